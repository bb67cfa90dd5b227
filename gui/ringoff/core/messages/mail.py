"""Mail: mbox files (Google Takeout, Thunderbird, Apple Mail) streamed message by message
and single .eml files; only the From, Subject and Date headers are read, bodies are skipped.
"""

from __future__ import annotations

import contextlib
import email.utils
import re
from datetime import UTC, datetime
from email.header import decode_header, make_header
from typing import IO

from ..errors import ImportProblem
from ..i18n import QT_TRANSLATE_NOOP
from ..importers import ServiceMatcher, ServiceRef
from .model import (
    CHUNK,
    MAX_SENDERS,
    ArchiveResult,
    Cancel,
    ImportCancelled,
    MessageFind,
    Progress,
    _never,
    _nothing,
    _Tally,
    _too_many_senders,
)
from .senders import _PHONE_WORDS

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
