"""What reading a message archive gives (one :class:`MessageFind` per sender, an
:class:`ArchiveResult` per file), the kinds of archive, the limits every reader keeps, and the
Cancel and progress callbacks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from ..errors import ImportProblem
from ..i18n import QT_TRANSLATE_NOOP, Text
from ..importers import ServiceRef

CHUNK = 1 << 20
#: Verdicts remembered per (sender, text shape) hash.
MAX_MEMO = 200_000


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


@dataclass(slots=True)
class _Tally:
    sender: str
    ref: ServiceRef | None
    count: int
    last: datetime | None


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
