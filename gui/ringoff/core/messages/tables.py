"""Messages exported as a table (CSV with sender and body columns found by their names) or
copied as plain text.
"""

from __future__ import annotations

import csv
import email.utils
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import IO

from ..errors import ImportProblem
from ..i18n import QT_TRANSLATE_NOOP
from ..sms import split_messages
from .model import (
    ArchiveResult,
    Cancel,
    ImportCancelled,
    Progress,
    _from_ms,
    _never,
    _nothing,
)
from .senders import SenderTally
from .sms_backup import _problem_damaged

# --------------------------------------------------------------------------------------------
# A CSV or plain-text export of messages (phone tools and spreadsheets; no published standard,
# so the columns are found by their names).

_SENDER_COLS = (
    "address",
    "from",
    "sender",
    "number",
    "phone",
    "发件人",
    "号码",
    "发送者",
    "联系人号码",
)
_BODY_COLS = ("body", "text", "message", "content", "sms", "内容", "短信内容", "正文", "消息")
_DATE_COLS = ("date", "time", "datetime", "timestamp", "received", "日期", "时间", "接收时间")
_TYPE_COLS = ("type", "direction", "folder", "box", "类型", "方向")


def message_columns(header: list[str]) -> tuple[int, int, int, int] | None:
    """(sender, body, date, type) column indices of a message table, or None if it is not one."""
    names = [h.strip().lstrip("\ufeff").strip('"').strip().casefold() for h in header]

    def find(options: Iterable[str]) -> int:
        for option in options:
            if option in names:
                return names.index(option)
        return -1

    body = find(_BODY_COLS)
    sender = find(_SENDER_COLS)
    if body < 0 or sender < 0:
        return None
    return sender, body, find(_DATE_COLS), find(_TYPE_COLS)


_OUTGOING = frozenset({"2", "sent", "outgoing", "out", "发送", "已发送", "outbox"})


def _parse_date(text: str) -> datetime | None:
    t = text.strip()
    if not t:
        return None
    if t.isdigit():
        value = int(t)
        return _from_ms(t) if value > 10**11 else _from_ms(str(value * 1000))
    m = re.match(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})", t)
    if m:
        try:
            return datetime(int(m[1]), int(m[2]), int(m[3]), tzinfo=UTC)
        except ValueError:
            return None
    try:
        parsed = email.utils.parsedate_to_datetime(t)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def read_message_table(
    text_stream: IO[str],
    tally: SenderTally,
    *,
    cancel: Cancel = _never,
    progress: Progress = _nothing,
) -> ArchiveResult:
    """A CSV of messages with a sender column and a body column (found by their names)."""
    first = text_stream.readline()
    sep = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(_chain_first(first, text_stream), delimiter=sep)
    try:
        header = next(reader)
        cols = message_columns(header)
        if cols is None:
            raise ImportProblem(
                QT_TRANSLATE_NOOP("Import", "This table has no sender and message columns.")
            )
        s_i, b_i, d_i, t_i = cols
        for n, row in enumerate(reader, start=1):
            if n % 2000 == 0:
                if cancel():
                    raise ImportCancelled
                progress(n)
            if len(row) <= max(s_i, b_i):
                continue
            if 0 <= t_i < len(row) and row[t_i].strip().casefold() in _OUTGOING:
                continue
            when = _parse_date(row[d_i]) if 0 <= d_i < len(row) else None
            tally.add(row[s_i], row[b_i], when)
    except csv.Error:
        raise _problem_damaged(reader.line_num) from None
    return tally.result("messages_csv")


def _chain_first(first: str, rest: IO[str]) -> Iterator[str]:
    yield first
    yield from rest


def read_message_text(text: str, tally: SenderTally) -> ArchiveResult:
    """Messages copied as plain text (no sender numbers: the names in the texts are used)."""
    for message in split_messages(text):
        tally.add("", message, None)
    return tally.result("messages_text")
