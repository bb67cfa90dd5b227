"""Reading whole message archives to find every service that ever texted or mailed a number.

Formats (facts and sources in /work/shared/research/formats.md, repeated at each reader):

- Android "SMS Backup & Restore" XML (:func:`read_sms_backup`),
- a CSV or plain-text export of messages (:func:`read_message_table`, :func:`read_message_text`),
- iPhone ``sms.db`` from an unencrypted Finder/iTunes backup (:func:`read_sms_db`; the backup
  folder is resolved by ``operations.importing``),
- mbox (Google Takeout, Thunderbird, Apple Mail) and single .eml messages (:func:`read_mbox`,
  :func:`read_eml`),
- the reply of China's official look-up 一证通查 (:func:`read_official_reply`).

Privacy rule: a message body is looked at while its own message is read, to find the sender's
name (the 【签名】 or the service an English text names); then it is dropped. Only the sender,
the catalog service, the count and the last date survive, in :class:`SenderTally`. Nothing is
written anywhere: the readers take open streams or connections and return values.

Every reader streams: memory does not grow with the size of the archive, only with the number
of distinct senders (bounded by :data:`MAX_SENDERS`). ``cancel`` is called between chunks (at
least every :data:`CHUNK` bytes) and raises :class:`ImportCancelled` when it returns true;
``progress`` gets the bytes (or rows) read so far.

No Qt here.
"""

from __future__ import annotations

import contextlib
import csv
import email.utils
import re
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.header import decode_header, make_header
from typing import IO
from xml.parsers import expat

from .errors import ImportProblem
from .i18n import QT_TRANSLATE_NOOP, Text
from .importers import ServiceMatcher, ServiceRef
from .sms import sender_candidates, split_messages

CHUNK = 1 << 20
#: Verdicts remembered per (sender, text shape) hash.
MAX_MEMO = 200_000
_DIGIT_RUNS = re.compile(r"\d+")
#: Distinct senders kept at most (an archive with more is spam or not a phone's archive).
MAX_SENDERS = 20_000
#: A single message header or attribute longer than this is refused (a damaged or hostile file).
MAX_FIELD = 50 * 1024 * 1024

Progress = Callable[[int], None]
Cancel = Callable[[], bool]


class ImportCancelled(Exception):
    """The person pressed Cancel: nothing was kept."""


def _never() -> bool:
    return False


def _nothing(_: int) -> None:
    return None


# --------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True, slots=True)
class MessageFind:
    """One sender of an archive: who, which service (if known), how often, and when last.

    ``sender`` is the sender's name or number as the archive shows it (a signature, a short
    code, a mail domain): never a body or a code.
    """

    sender: str
    service_id: str | None
    service_name: str
    count: int
    last: date | None
    official: bool = False  # listed by the official look-up (一证通查), not counted messages


@dataclass(frozen=True, slots=True)
class ArchiveResult:
    kind: str  # see KIND_LABELS
    messages: int  # messages read
    personal: int  # messages from people (ignored)
    finds: list[MessageFind]


KIND_LABELS: dict[str, Text] = {
    "sms_backup": QT_TRANSLATE_NOOP("Import", "text messages saved by “SMS Backup & Restore”"),
    "messages_csv": QT_TRANSLATE_NOOP("Import", "a table of text messages"),
    "messages_text": QT_TRANSLATE_NOOP("Import", "text messages copied as plain text"),
    "iphone_backup": QT_TRANSLATE_NOOP("Import", "the messages of an iPhone backup"),
    "iphone_sms_db": QT_TRANSLATE_NOOP("Import", "the messages file of an iPhone (sms.db)"),
    "mbox": QT_TRANSLATE_NOOP("Import", "a mailbox file (mbox)"),
    "eml": QT_TRANSLATE_NOOP("Import", "saved e-mails (.eml)"),
    "official_reply": QT_TRANSLATE_NOOP("Import", "the reply of the official look-up 一证通查"),
}


# --------------------------------------------------------------------------------------------
# Senders


_SPACES = re.compile(r"[\s\-().\u00a0]+")
_CODE_WORDS = re.compile(
    r"verification|security code|login code|sign[- ]?in|passcode|one[- ]time|\bcode\b|\bOTP\b"
    r"|验证码|校验码|动态码|动态密码|登录|注册|绑定",
    re.IGNORECASE,
)
_PHONE_WORDS = re.compile(
    r"phone number|mobile number|phone was|number (?:was|has been) (?:added|changed|verified)"
    r"|verify your (?:phone|number)|手机号|手机号码|绑定|验证码|verification code|security code"
    r"|sign[- ]?in code|login code|one[- ]time (?:code|password|passcode)",
    re.IGNORECASE,
)


def _plain_address(address: str) -> str:
    return _SPACES.sub("", unicodedata.normalize("NFKC", address)).strip()


def is_service_address(address: str, region: str) -> bool:
    """Does *address* look like a service rather than a person: an alphanumeric sender id
    ("Google"), a short code (at most 6 digits: US codes are 5-6 digits, carriers' 10086), or a
    Chinese service port (106…, 95…/96… short numbers, 12xxx)."""
    plain = _plain_address(address)
    if not plain:
        return False
    digits = plain.lstrip("+")
    if not digits.isdigit():
        return any(c.isalpha() for c in plain) and "@" not in plain
    if len(digits) <= 6:
        return True
    cn = digits[2:] if digits.startswith("86") and len(digits) > 8 else digits
    return cn.startswith("106") or (cn[:2] in ("95", "96") and len(cn) <= 8)


@dataclass(slots=True)
class _Tally:
    sender: str
    ref: ServiceRef | None
    count: int
    last: datetime | None


class SenderTally:
    """Counts messages per sender. :meth:`add` looks at one message and forgets its body."""

    def __init__(self, matcher: ServiceMatcher, region: str, lang: str = "en") -> None:
        self.matcher = matcher
        self.region = region.upper()
        self.lang = lang
        self.messages = 0
        self.personal = 0
        self._tallies: dict[str, _Tally] = {}
        self._names: dict[str, ServiceRef | None] = {}
        self._addresses: dict[str, tuple[ServiceRef | None, bool]] = {}
        self._memo: dict[int, tuple[str, str, ServiceRef | None] | None] = {}
        by_number = getattr(matcher, "services_for_sms_number", None)
        self._by_number: Callable[[str, str], list[ServiceRef]] | None = by_number
        self._by_name: Callable[[str], ServiceRef | None] | None = getattr(
            matcher, "service_for_name", None
        )

    # -- looking up --

    def service_for_name(self, name: str) -> ServiceRef | None:
        key = name.casefold()
        if key in self._names:
            return self._names[key]
        ref = self.matcher.service_for_sms_sender(name)
        if ref is None and self._by_name is not None:
            ref = self._by_name(name)
        if ref is None and self._by_name is None:
            for candidate in self.matcher.search(name, self.lang, 5):
                names = {candidate.name(self.lang), candidate.name("en"), candidate.name("zh_CN")}
                if key in {n.casefold() for n in names} or key == candidate.id:
                    ref = candidate
                    break
        if len(self._names) < MAX_SENDERS:
            self._names[key] = ref
        return ref

    def _address(self, address: str) -> tuple[ServiceRef | None, bool]:
        found = self._addresses.get(address)
        if found is None:
            service_like = is_service_address(address, self.region)
            ref: ServiceRef | None = None
            plain = _plain_address(address)
            if service_like and not plain.lstrip("+").isdigit():
                ref = self.service_for_name(address.strip())
            elif self._by_number is not None and plain:
                refs = self._by_number(plain, self.region)
                if not refs and plain.startswith("+"):
                    refs = self._by_number(plain[1:], self.region)
                ref = refs[0] if refs else None
            found = (ref, service_like)
            if len(self._addresses) < MAX_SENDERS:
                self._addresses[address] = found
        return found

    # -- counting --

    def add(self, address: str, body: str, when: datetime | None) -> None:
        """Count one received message from *address* (may be "") whose text is *body*."""
        self.messages += 1
        # Texts of one sender mostly differ only in their codes and amounts: the verdict for
        # (sender, text with every run of digits blanked) is remembered by its hash alone, so
        # no text is kept and most messages cost one look-up.
        head = body[: body.find("】", 0, 20) + 1] if body[:1] == "【" else ""
        memo = hash((address, head, _DIGIT_RUNS.sub("#", body[:300])))
        if memo in self._memo:
            known = self._memo[memo]
            if known is None:
                self.personal += 1
            else:
                self.count(known[0], known[1], known[2], when)
            return
        verdict = self._verdict(address, body)
        if len(self._memo) < MAX_MEMO:
            self._memo[memo] = verdict
        if verdict is None:
            self.personal += 1
        else:
            self.count(verdict[0], verdict[1], verdict[2], when)

    def _verdict(self, address: str, body: str) -> tuple[str, str, ServiceRef | None] | None:
        """(tally key, sender shown, service) of one message, or None for a person."""
        signature = _signature_of(body) if body else ""
        if signature:  # the 【签名】 is the name (it may be digits: 【12306】)
            names = [signature]
        else:
            names = sender_candidates(_TAIL_JUNK.sub("", body[:600])) if body else []
        ref: ServiceRef | None = None
        chosen = ""
        for name in names:
            ref = self.service_for_name(name)
            if ref is not None:
                chosen = name
                break
        addr_ref, service_like = self._address(address) if address else (None, False)
        if ref is None and addr_ref is not None:
            ref, chosen = addr_ref, address.strip()
        if ref is not None:
            return "s:" + ref.id, chosen, ref
        if signature or (names and (service_like or _proper_name(names[0], body))):
            chosen = signature or names[0]
            return "n:" + chosen.casefold(), chosen, None
        if service_like:
            chosen = _plain_address(address)
            return "a:" + chosen.casefold(), chosen, None
        return None

    def count(self, key: str, sender: str, ref: ServiceRef | None, when: datetime | None) -> None:
        tally = self._tallies.get(key)
        if tally is None:
            if len(self._tallies) >= MAX_SENDERS:
                raise _too_many_senders()
            tally = self._tallies[key] = _Tally(sender, ref, 0, None)
        tally.count += 1
        if when is not None and (tally.last is None or when > tally.last):
            tally.last = when

    def result(self, kind: str) -> ArchiveResult:
        finds = [
            MessageFind(
                sender=t.sender,
                service_id=t.ref.id if t.ref is not None else None,
                service_name=t.ref.name(self.lang) if t.ref is not None else t.sender,
                count=t.count,
                last=t.last.date() if t.last is not None else None,
            )
            for t in self._tallies.values()
        ]
        finds.sort(key=lambda f: (f.service_id is None, -f.count, f.service_name.casefold()))
        return ArchiveResult(kind, self.messages, self.personal, finds)


def _proper_name(name: str, body: str) -> bool:
    """A name read from a person's number counts only when it is written like a company's
    (every word capitalised: "Fabrikam Bank", not "mom says the") in a text about a code."""
    words = name.split()
    return all(w[:1].isupper() or w[:1].isdigit() for w in words) and bool(
        _CODE_WORDS.search(body[:600])
    )


_LEAD = re.compile(r"^\s*(?:<#>\s*)?[【［]\s*([^】］\n]{2,16}?)\s*[】］]")
_TRAIL = re.compile(r"[【［]\s*([^】］【［\n]{2,16}?)\s*[】］]\s*[。.!！]?\s*$")


_TAIL_JUNK = re.compile(r"[\s\ufffd\u2600-\u27bf\U0001f000-\U0001ffff]+$")


def _signature_of(body: str) -> str:
    """The 【签名】 at the start (or end) of a Chinese text, "" if none."""
    m = _LEAD.match(body) or _TRAIL.search(_TAIL_JUNK.sub("", body[-80:]))
    return m.group(1).strip() if m else ""


_SIGNATURE = re.compile(r"^\s*[【\[［][^】\]］\n]{2,16}[】\]］]|[【［][^】］\n]{2,16}[】］]\s*$")


def _has_signature(body: str) -> bool:
    return bool(_SIGNATURE.search(body[:600]) or _SIGNATURE.search(body[-40:]))


def _too_many_senders() -> ImportProblem:
    return ImportProblem(
        QT_TRANSLATE_NOOP(
            "Import", "This file has messages from far too many different senders to be read."
        ),
        QT_TRANSLATE_NOOP("Import", "Choose the messages of one phone, or a smaller mailbox."),
    )


def _from_ms(value: str | None) -> datetime | None:
    try:
        ms = int(value or "")
    except ValueError:
        return None
    if ms <= 0:
        return None
    try:
        return datetime.fromtimestamp(ms / 1000, UTC)
    except (OverflowError, OSError, ValueError):
        return None


# --------------------------------------------------------------------------------------------
# Android: SMS Backup & Restore XML
#
# Root <smses count="N"> holding <sms .../> and <mms> elements (SyncTech's field list and XSD:
# https://synctech.com.au/sms-backup-restore/fields-in-xml-backup-files/). On <sms>: address
# (raw), date (Java ms since 1970), type (1 = received), body. On <mms>: date (ms), msg_box
# (1 = inbox), <addrs><addr address=… type=…/> with type 137 = From (PDU header codes), and
# <parts><part ct="text/plain" text=…/>. An app option writes emoji as numeric references to
# UTF-16 surrogates (&#55357;&#56846;) that strict XML parsers refuse
# (https://wilgysef.com/smstoxml/): they are replaced before parsing.

_SURROGATE_REF = re.compile(rb"&#(?:5[5-7]\d{3}|x[dD][89a-fA-F][0-9a-fA-F]{2});")


def _fix_surrogates(chunk: bytes) -> bytes:
    def repl(m: re.Match[bytes]) -> bytes:
        text = m.group(0)[2:-1]
        value = int(text[1:], 16) if text[:1] in (b"x", b"X") else int(text)
        return b"&#65533;" if 0xD800 <= value <= 0xDFFF else m.group(0)

    return _SURROGATE_REF.sub(repl, chunk)


def _xml_chunks(stream: IO[bytes], cancel: Cancel, progress: Progress) -> Iterator[bytes]:
    """The stream in chunks, surrogate references replaced (a reference is never cut)."""
    done = 0
    tail = b""
    while True:
        if cancel():
            raise ImportCancelled
        chunk = stream.read(CHUNK)
        if not chunk:
            if tail:
                yield _fix_surrogates(tail)
            return
        done += len(chunk)
        data = tail + chunk
        cut = data.rfind(b"&", max(0, len(data) - 12))
        if cut >= 0 and b";" not in data[cut:]:
            data, tail = data[:cut], data[cut:]
        else:
            tail = b""
        yield _fix_surrogates(data)
        progress(done)


def _problem_truncated() -> ImportProblem:
    return ImportProblem(
        QT_TRANSLATE_NOOP(
            "Import", "This file is cut short: its end is missing, so it cannot be read."
        ),
        QT_TRANSLATE_NOOP(
            "Import",
            "Make the backup again on the phone and copy the whole file; nothing was added.",
        ),
    )


def _problem_damaged(line: int) -> ImportProblem:
    return ImportProblem(
        QT_TRANSLATE_NOOP("Import", "This file is damaged near line {line}.").format(line=line),
        QT_TRANSLATE_NOOP("Import", "Make the backup again on the phone and choose the new file."),
    )


def _problem_not_sms_backup() -> ImportProblem:
    return ImportProblem(
        QT_TRANSLATE_NOOP("Import", "This XML file is not a backup of text messages."),
        QT_TRANSLATE_NOOP(
            "Import",
            "In “SMS Backup & Restore” on the phone, make a backup of messages and choose the "
            "file whose name starts with “sms-”.",
        ),
    )


def read_sms_backup(
    stream: IO[bytes],
    tally: SenderTally,
    *,
    cancel: Cancel = _never,
    progress: Progress = _nothing,
) -> ArchiveResult:
    """Read an SMS Backup & Restore file, message by message; the file is never kept whole.

    expat's callbacks are used directly: no element tree is built (an <sms> is all attributes),
    so memory stays flat and the reading costs about what a bare parse does.
    """
    parser = expat.ParserCreate()
    state = _SmsState(tally)
    parser.StartElementHandler = state.start
    parser.EndElementHandler = state.end
    try:
        for chunk in _xml_chunks(stream, cancel, progress):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except expat.ExpatError as exc:
        if not state.root_seen and exc.lineno <= 1:
            raise _problem_not_sms_backup() from None
        if exc.code in (3, 5):  # "no element found", "unclosed token": the end is missing
            raise _problem_truncated() from None
        raise _problem_damaged(exc.lineno) from None
    if not state.root_seen:
        raise _problem_not_sms_backup()
    return tally.result("sms_backup")


class _SmsState:
    """What the expat callbacks need between an <mms> and its end (its sender and text)."""

    def __init__(self, tally: SenderTally) -> None:
        self.tally = tally
        self.root_seen = False
        self.depth = 0
        self.mms: dict[str, str] | None = None
        self.mms_from = ""
        self.mms_text: list[str] = []

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        depth = self.depth = self.depth + 1
        if depth == 1:
            if tag != "smses":
                raise _problem_not_sms_backup()
            self.root_seen = True
        elif depth == 2:
            if tag == "sms":
                if attrs.get("type", "1") == "1":
                    self.tally.add(
                        attrs.get("address", ""), attrs.get("body", ""), _from_ms(attrs.get("date"))
                    )
            elif tag == "mms":
                self.mms = attrs
                self.mms_from = ""
                self.mms_text = []
        elif self.mms is not None:
            if tag == "addr" and attrs.get("type") == "137" and not self.mms_from:
                self.mms_from = attrs.get("address", "")
            elif tag == "part" and attrs.get("ct", "") == "text/plain":
                self.mms_text.append(attrs.get("text", ""))

    def end(self, tag: str) -> None:
        self.depth -= 1
        if self.depth == 1 and tag == "mms" and self.mms is not None:
            mms, self.mms = self.mms, None
            if mms.get("msg_box", "1") == "1":
                address = self.mms_from or mms.get("address", "").split("~")[0]
                text = " ".join(self.mms_text)
                self.tally.add(address, text, _from_ms(mms.get("date")))
            self.mms_text = []


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


def _problem_not_sms_db() -> ImportProblem:
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
            raise _problem_not_sms_db()
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
        raise _problem_not_sms_db() from None
    return tally.result(kind)


# --------------------------------------------------------------------------------------------
# Mail: mbox and .eml.
#
# An mbox holds messages back to back, each starting with a "From " line at the start of the
# file or after a blank line (http://www.qmail.org/man/man5/mbox.html, RFC 4155); Content-Length
# is ignored and the mboxo/mboxrd quoting does not matter here. Google Takeout writes one mbox
# (Takeout/Mail/*.mbox), Thunderbird one file with no extension per folder (beside a .msf
# index), Apple Mail a "<name>.mbox" folder with a file named "mbox" inside. Only the headers
# are parsed (From, Subject, Date); the body is skipped without being kept.

MAX_HEADER = 256 * 1024


class MailTally:
    """Counts mails per sending service (by the sender's domain)."""

    def __init__(self, matcher: ServiceMatcher, lang: str = "en") -> None:
        self.matcher = matcher
        self.lang = lang
        self.messages = 0
        self.personal = 0
        self._tallies: dict[str, _Tally] = {}
        self._domains: dict[str, ServiceRef | None] = {}
        self._senders: dict[str, str] = {}

    def add_headers(self, raw: bytes, envelope: bytes = b"") -> None:
        """Count one mail from its header block; *envelope* is the mbox "From " line."""
        self.messages += 1
        headers = _headers(raw)
        sender = headers.get("from", "")
        domain = self._senders.get(sender)
        if domain is None:
            domain = _sender_domain(sender)
            if len(self._senders) < MAX_SENDERS:
                self._senders[sender] = domain
        if not domain:
            self.personal += 1
            return
        ref = self._domains.get(domain, ...)
        if ref is ...:
            ref = self.matcher.service_for_domain(domain)
            if len(self._domains) < MAX_SENDERS:
                self._domains[domain] = ref
        subject = headers.get("subject", "")
        about_number = bool(_PHONE_WORDS.search(subject))
        if ref is not None:
            key = "s:" + ref.id
            if not about_number:
                key = "k:" + ref.id  # mails from a known service that say nothing of a number
        elif about_number:
            key = "d:" + domain
        else:
            self.personal += 1
            return
        tally = self._tallies.get(key)
        if tally is None:
            if len(self._tallies) >= MAX_SENDERS:
                raise _too_many_senders()
            tally = self._tallies[key] = _Tally(domain, ref, 0, None)
        tally.count += 1
        when = _mail_date(headers.get("date", "")) or _envelope_date(envelope)
        if when is not None and (tally.last is None or when > tally.last):
            tally.last = when

    def result(self, kind: str) -> ArchiveResult:
        finds: list[MessageFind] = []
        evidence = {k[2:] for k in self._tallies if k.startswith("s:")}
        for key, t in self._tallies.items():
            if key.startswith("k:") and key[2:] in evidence:
                continue  # the same service also mailed about the number: that one counts
            finds.append(
                MessageFind(
                    sender=t.sender,
                    service_id=t.ref.id if t.ref is not None else None,
                    service_name=t.ref.name(self.lang) if t.ref is not None else t.sender,
                    count=t.count if not key.startswith("k:") else 0,
                    last=t.last.date() if t.last is not None and not key.startswith("k:") else None,
                )
            )
        finds.sort(key=lambda f: (f.count == 0, f.service_id is None, -f.count, f.service_name))
        return ArchiveResult(kind, self.messages, self.personal, finds)


_HEADER_LINE = re.compile(rb"^(From|Subject|Date):[ \t]*(.*)$", re.IGNORECASE)


def _headers(raw: bytes) -> dict[str, str]:
    """From, Subject and Date of a header block (folded lines joined, encoded words decoded)."""
    out: dict[str, str] = {}
    current: str | None = None
    for line in raw.split(b"\n"):
        line = line.rstrip(b"\r")
        if line[:1] in (b" ", b"\t") and current is not None:
            out[current] += " " + _text(line.strip())
            continue
        m = _HEADER_LINE.match(line)
        current = None
        if m:
            name = m.group(1).decode().casefold()
            if name not in out:
                out[name] = _text(m.group(2))
                current = name
    for name in ("from", "subject"):
        if "=?" in out.get(name, ""):
            with contextlib.suppress(ValueError, LookupError, UnicodeError):
                out[name] = str(make_header(decode_header(out[name])))
    return out


def _text(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


_ANGLE_ADDRESS = re.compile(r"<[^<>@\s]+@([A-Za-z0-9.-]+)>\s*$")


def _sender_domain(from_header: str) -> str:
    m = _ANGLE_ADDRESS.search(from_header)
    if m:  # "Name <user@host>", the usual form
        domain = m.group(1).lower()
        return domain if "." in domain else ""
    _, address = email.utils.parseaddr(from_header)
    if "@" not in address:
        return ""
    domain = address.rpartition("@")[2].strip().strip(">").lower()
    return domain if "." in domain else ""


_MONTH_NUMBERS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}
_RFC_DATE = re.compile(r"(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\s+(\d{1,2}):(\d{2})")


def _mail_date(value: str) -> datetime | None:
    """The day of a Date header ("Wed, 03 Jan 2024 10:00:00 +0000"): a quick pattern first,
    the standard library's parser for anything else."""
    if not value:
        return None
    m = _RFC_DATE.search(value)
    if m:
        month = _MONTH_NUMBERS.get(m.group(2).lower())
        if month:
            with contextlib.suppress(ValueError):
                return datetime(int(m.group(3)), month, int(m.group(1)), tzinfo=UTC)
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _problem_not_mbox() -> ImportProblem:
    return ImportProblem(
        QT_TRANSLATE_NOOP("Import", "This file is not a mailbox: it does not start like one."),
        QT_TRANSLATE_NOOP(
            "Import",
            "Choose the .mbox file of Google Takeout, a Thunderbird folder file, or an Apple "
            "Mail export.",
        ),
    )


def read_mbox(
    stream: IO[bytes],
    tally: MailTally,
    *,
    cancel: Cancel = _never,
    progress: Progress = _nothing,
) -> ArchiveResult:
    """Stream an mbox: split at "From " lines after a blank line, parse only each header."""
    head = stream.read(5)
    if head != b"From ":
        raise _problem_not_mbox()
    buf = head
    done = 5
    header: bytearray | None = bytearray()  # None while skipping a body
    pos = 0
    while True:
        if cancel():
            raise ImportCancelled
        chunk = stream.read(CHUNK)
        done += len(chunk)
        buf = buf[pos:] + chunk
        pos = 0
        at_end = not chunk
        while True:
            if header is not None:
                # Only the next header block is searched (not the rest of the buffer).
                window = min(len(buf), pos + MAX_HEADER)
                end = buf.find(b"\n\n", pos, window)
                limit = end + 2 if end >= 0 else window
                end_crlf = buf.find(b"\r\n\r\n", pos, limit)
                if end < 0 or (0 <= end_crlf < end):
                    end = end_crlf
                if end < 0:
                    if at_end:
                        header += buf[pos:]
                        pos = len(buf)
                        break
                    keep = max(pos, len(buf) - 3)
                    header += buf[pos:keep]
                    pos = keep
                    if len(header) > MAX_HEADER:
                        raise _problem_huge_header()
                    break
                header += buf[pos:end]
                if len(header) > MAX_HEADER:
                    raise _problem_huge_header()
                _one_mail(bytes(header), tally)
                header = None
                pos = end
            nxt = buf.find(b"\nFrom ", pos)
            while nxt >= 0 and not _after_blank(buf, nxt):
                nxt = buf.find(b"\nFrom ", nxt + 1)
            if nxt < 0:
                pos = max(pos, len(buf) - 8)
                break
            header = bytearray()
            pos = nxt + 1
        progress(done)
        if at_end:
            if header is not None and header.strip():
                _one_mail(bytes(header), tally)
            break
    return tally.result("mbox")


def _after_blank(buf: bytes, newline: int) -> bool:
    return buf[newline - 1 : newline] == b"\n" or buf[newline - 2 : newline] == b"\n\r"


def _one_mail(header: bytes, tally: MailTally) -> None:
    from_line, _, rest = header.partition(b"\n")
    tally.add_headers(rest, from_line)


def _envelope_date(from_line: bytes) -> datetime | None:
    parts = from_line.split()
    if len(parts) < 6:
        return None
    return _mail_date(" ".join(p.decode("latin-1") for p in parts[2:]))


def _problem_huge_header() -> ImportProblem:
    return ImportProblem(
        QT_TRANSLATE_NOOP(
            "Import", "One message in this file has a header far too long to be an e-mail."
        ),
        QT_TRANSLATE_NOOP("Import", "The file is damaged or is not a mailbox; nothing was added."),
    )


def read_eml(stream: IO[bytes], tally: MailTally) -> None:
    """One .eml message: only its header block (at most :data:`MAX_HEADER` bytes) is read."""
    raw = stream.read(MAX_HEADER)
    end = raw.find(b"\n\n")
    end_crlf = raw.find(b"\r\n\r\n")
    if end < 0 or (0 <= end_crlf < end):
        end = end_crlf
    tally.add_headers(raw[: end if end >= 0 else len(raw)])


# --------------------------------------------------------------------------------------------
# China's official look-up 一证通查: the reply comes by SMS from 10699000 within 48 hours
# (MIIT notice reposted at http://life.jsnol.com/local/20220722/40900.html). Its exact wording
# is not published; a reporter's test shows platform names with counts
# (http://lianchengexpo.xrbh.cn/quote/9310.html). The reader therefore looks for every catalog
# service named in the text, most specific name first, and for "name N个" pairs.

_OFFICIAL_MARK = re.compile(r"一证通查|10699000|互联网账号|注册了?\s*\d+\s*个账号|工信部")
_NAME_COUNT = re.compile(r"([\u4e00-\u9fffA-Za-z0-9]{2,12})\s*[:：(（]?\s*(\d{1,3})\s*个")
_NOT_A_NAME = re.compile(r"[的了共在中为有]|查询|平台|账号|应用|号码")
_NOT_APPS = frozenset({"共", "账号", "注册", "应用", "平台", "互联网应用平台", "互联网账号"})


def looks_official_reply(text: str) -> bool:
    return bool(_OFFICIAL_MARK.search(text[:4000]))


def read_official_reply(
    text: str, matcher: ServiceMatcher, services: Iterable[ServiceRef], lang: str = "en"
) -> ArchiveResult:
    """The apps the 一证通查 reply lists (each marked ``official``)."""
    found: dict[str, MessageFind] = {}
    names: list[tuple[str, ServiceRef]] = []
    for ref in services:
        for name in {ref.name("zh_CN"), ref.name("en")}:
            if len(name) >= 2:
                names.append((name, ref))
    names.sort(key=lambda pair: -len(pair[0]))
    rest = text
    for name, ref in names:
        if name in rest and ref.id not in found:
            found[ref.id] = MessageFind(name, ref.id, ref.name(lang), 1, None, official=True)
            rest = rest.replace(name, " ")
    for m in _NAME_COUNT.finditer(rest):
        label = m.group(1)
        label = re.sub(r"^(?:在|其中|您在|于|共)", "", label)
        if label in _NOT_APPS or len(label) < 2 or label.isdigit() or _NOT_A_NAME.search(label):
            continue
        named = matcher.service_for_sms_sender(label)
        key = named.id if named is not None else "n:" + label
        if key not in found:
            found[key] = MessageFind(
                label,
                named.id if named is not None else None,
                named.name(lang) if named is not None else label,
                1,
                None,
                official=True,
            )
    return ArchiveResult("official_reply", 1, 0, list(found.values()))
