"""The kinds of message a person records, how they asked an institution, the state of a
request, and when to follow up.

Part of the received-number feature (:mod:`ringoff.core.received`).
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum
from typing import Final

from ..i18n import QT_TRANSLATE_NOOP, Text

#: Days between asking an institution and the reminder to check whether the texts stopped.
DEFAULT_FOLLOW_UP_DAYS: Final = 5


class MessageKind(StrEnum):
    """What a message or call for the previous owner was. Stored in the vault: never rename."""

    CODE = "code"  # a verification code (its content is never kept)
    NOTICE = "notice"  # a bank or bill notice
    CALL = "call"
    MARKETING = "marketing"
    OTHER = "other"


KIND_TEXTS: Final[dict[MessageKind, Text]] = {
    MessageKind.CODE: QT_TRANSLATE_NOOP("Recipient", "A verification code"),
    MessageKind.NOTICE: QT_TRANSLATE_NOOP("Recipient", "A bank or bill notice"),
    MessageKind.CALL: QT_TRANSLATE_NOOP("Recipient", "A call"),
    MessageKind.MARKETING: QT_TRANSLATE_NOOP("Recipient", "Advertising"),
    MessageKind.OTHER: QT_TRANSLATE_NOOP("Recipient", "Something else"),
}


class Channel(StrEnum):
    """How the person asked. Stored in the vault: never rename."""

    PHONE = "phone"
    IN_PERSON = "in_person"
    WRITTEN = "written"
    OTHER = "other"


CHANNEL_TEXTS: Final[dict[Channel, Text]] = {
    Channel.PHONE: QT_TRANSLATE_NOOP("Recipient", "By phone (their hotline)"),
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("Recipient", "In person (a branch or service hall)"),
    Channel.WRITTEN: QT_TRANSLATE_NOOP("Recipient", "In writing (a message, email or app chat)"),
    Channel.OTHER: QT_TRANSLATE_NOOP("Recipient", "Another way"),
}


class RequestStatus(StrEnum):
    """The state of one request. Stored in the vault: never rename."""

    WAITING = "waiting"
    DONE = "done"
    NO_ANSWER = "no_answer"


STATUS_TEXTS: Final[dict[RequestStatus, Text]] = {
    RequestStatus.WAITING: QT_TRANSLATE_NOOP("Recipient", "Waiting"),
    RequestStatus.DONE: QT_TRANSLATE_NOOP("Recipient", "Done: the messages stopped"),
    RequestStatus.NO_ANSWER: QT_TRANSLATE_NOOP("Recipient", "No answer"),
}


def kind_of(value: str) -> MessageKind:
    """The stored kind, or OTHER for a value this version does not know."""
    try:
        return MessageKind(value)
    except ValueError:
        return MessageKind.OTHER


def channel_of(value: str) -> Channel:
    try:
        return Channel(value)
    except ValueError:
        return Channel.OTHER


def status_of(value: str) -> RequestStatus:
    try:
        return RequestStatus(value)
    except ValueError:
        return RequestStatus.WAITING


def follow_up_day(asked_on: date, days: int = DEFAULT_FOLLOW_UP_DAYS) -> date:
    return asked_on + timedelta(days=days)
