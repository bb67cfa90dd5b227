"""The iPhone's messages file (sms.db, SQLite) read from an open read-only connection,
texts taken from ``text`` or from the ``attributedBody`` typedstream.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from ..errors import ImportProblem
from ..i18n import QT_TRANSLATE_NOOP
from .model import (
    ArchiveResult,
    Cancel,
    ImportCancelled,
    Progress,
    _never,
    _nothing,
)
from .senders import SenderTally

# --------------------------------------------------------------------------------------------
# iPhone sms.db (SQLite). message.handle_id -> handle.ROWID; handle.id is the E.164 number or
# an Apple ID; message.date counts seconds (older) or nanoseconds (iOS 11 and later) since
# 2001-01-01 UTC; newer systems leave message.text NULL and keep the text in attributedBody, an
# NSAttributedString in Apple's "typedstream" format (the UTF-8 text follows the NSString class
# name, a "+" and a length). Sources: https://jachimo.github.io/research/imessage-chatdb-reference
# ; https://chrissardegna.com/blog/reverse-engineering-apples-typedstream-format ;
# https://docs.rs/imessage-core/latest/imessage_core/dates/index.html

APPLE_EPOCH = 978_307_200


def apple_date(value: object) -> datetime | None:
    """message.date (seconds or nanoseconds since 2001) as a UTC datetime."""
    if not isinstance(value, (int, float)) or value <= 0:
        return None
    seconds = value / 1e9 if value > 1e11 else float(value)
    try:
        return datetime.fromtimestamp(APPLE_EPOCH + seconds, UTC)
    except (OverflowError, OSError, ValueError):
        return None


def attributed_text(blob: object) -> str:
    """The plain text inside an attributedBody typedstream ("" if none can be found)."""
    if not isinstance(blob, bytes):
        return ""
    at = blob.find(b"NSString")
    if at < 0:
        return ""
    plus = blob.find(b"+", at + 8, at + 20)
    if plus < 0:
        return ""
    pos = plus + 1
    if pos >= len(blob):
        return ""
    length = blob[pos]
    pos += 1
    if length == 0x81:
        length = int.from_bytes(blob[pos : pos + 2], "little")
        pos += 2
    elif length == 0x82:
        length = int.from_bytes(blob[pos : pos + 4], "little")
        pos += 4
    return blob[pos : pos + length].decode("utf-8", "replace")


def problem_not_sms_db() -> ImportProblem:
    return ImportProblem(
        QT_TRANSLATE_NOOP("Import", "This database is not an iPhone's messages file (sms.db)."),
        QT_TRANSLATE_NOOP(
            "Import", "Choose the whole iPhone backup folder; Ringoff finds the messages in it."
        ),
    )


def read_sms_db(
    conn: sqlite3.Connection,
    tally: SenderTally,
    *,
    kind: str = "iphone_sms_db",
    cancel: Cancel = _never,
    progress: Progress = _nothing,
) -> ArchiveResult:
    """Read the received messages of an open (read-only) sms.db connection."""
    try:
        cols = {row[1] for row in conn.execute("PRAGMA table_info(message)")}
        if not {"text", "handle_id", "date"} <= cols:
            raise problem_not_sms_db()
        attributed = "m.attributedBody" if "attributedBody" in cols else "NULL"
        from_me = "m.is_from_me" if "is_from_me" in cols else "0"
        rows = conn.execute(
            f"SELECT h.id, m.text, {attributed}, m.date, {from_me} FROM message m "  # noqa: S608
            "LEFT JOIN handle h ON m.handle_id = h.ROWID"
        )
        n = 0
        for handle, text, blob, when, mine in rows:
            n += 1
            if n % 2000 == 0:
                if cancel():
                    raise ImportCancelled
                progress(n)
            if mine:
                continue
            body = text if isinstance(text, str) else attributed_text(blob)
            tally.add(handle if isinstance(handle, str) else "", body, apple_date(when))
    except sqlite3.DatabaseError:
        raise problem_not_sms_db() from None
    return tally.result(kind)
