"""Android "SMS Backup & Restore" XML, streamed through expat's callbacks (no element tree),
emoji surrogate references repaired before parsing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import IO
from xml.parsers import expat

from ..errors import ImportProblem
from ..i18n import QT_TRANSLATE_NOOP
from .model import (
    CHUNK,
    ArchiveResult,
    Cancel,
    ImportCancelled,
    Progress,
    _from_ms,
    _never,
    _nothing,
)
from .senders import SenderTally

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
