"""What reading a file gives: :class:`Found` (the kind of file and its finds) and one
:class:`Find` per service with its evidence for the number, in words (:func:`evidence_text`)
and for ``ringoff import --json`` (:func:`evidence_json`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from ...core import messages
from ...core.dates import month_words
from ...core.i18n import QT_TRANSLATE_NOOP, Text
from ...core.text import clean_name as _clean_name

#: A plain-text file of copied messages is read whole; larger ones are refused.
MAX_TEXT_BYTES = 64 * 1024 * 1024
#: Files looked at in one folder at most.
MAX_FOLDER_FILES = 200_000

FractionProgress = Callable[[float], None]


def clean_name(name: str) -> str:
    """A name safe to store and print (core.text: whole escape sequences, control characters
    and direction overrides removed), on one line and at most 200 characters."""
    return " ".join(_clean_name(name).split())[:200]


@dataclass(frozen=True, slots=True)
class Find:
    """One service found, with what shows it is tied to the number.

    ``messages``: texts or mails about the number from it (None: not a message archive);
    ``signs_in_with_number``: a saved password signs in with the number, or the official
    look-up lists it; ``official``: the official look-up (一证通查) lists it.
    """

    key: str
    name: str
    service_id: str | None
    host: str
    messages: int | None
    last: date | None
    signs_in_with_number: bool
    official: bool = False
    duplicate: bool = False
    ticked: bool = False
    mail: bool = False  # the messages are e-mails

    @property
    def evidence(self) -> bool:
        return bool(self.messages) or self.signs_in_with_number or self.official


@dataclass(frozen=True, slots=True)
class Found:
    kind: str
    kind_label: Text
    items: int  # rows of an export, or messages of an archive
    finds: list[Find]
    personal: int = 0  # messages from people, not counted
    plain_text: bool = True  # the file holds private data in clear: remind to delete it

    @property
    def is_archive(self) -> bool:
        """A message archive or the official reply (else a password export)."""
        return self.kind in messages.KIND_LABELS


def evidence_text(find: Find, lang: str) -> Text | None:
    """What shows the find is tied to the number, in words; None when nothing does."""
    if find.official:
        return QT_TRANSLATE_NOOP("Import", "the official check (一证通查) lists it for this number")
    if find.signs_in_with_number:
        return QT_TRANSLATE_NOOP("Import", "signs in with this number")
    n = find.messages or 0
    if not n:
        return None
    when = month_words(find.last, lang) if find.last is not None else ""
    if find.mail:
        if n == 1:
            text = QT_TRANSLATE_NOOP("Import", "sent one e-mail about a code or this number")
        else:
            text = QT_TRANSLATE_NOOP(
                "Import", "sent {n} e-mails about codes or this number"
            ).format(n=n)
        if when:
            text = QT_TRANSLATE_NOOP("Import", "{what}, last in {when}").format(
                what=text, when=when
            )
        return text
    if n == 1:
        if when:
            return QT_TRANSLATE_NOOP("Import", "texted this number once, in {when}").format(
                when=when
            )
        return QT_TRANSLATE_NOOP("Import", "texted this number once")
    if when:
        return QT_TRANSLATE_NOOP("Import", "texted this number {n} times, last in {when}").format(
            n=n, when=when
        )
    return QT_TRANSLATE_NOOP("Import", "texted this number {n} times").format(n=n)


def evidence_json(find: Find) -> dict[str, Any]:
    """The ``evidence`` object of ``ringoff import --json``."""
    return {
        "messages": find.messages,
        "last": find.last.isoformat() if find.last is not None else None,
        "signs_in_with_number": find.signs_in_with_number,
    }
