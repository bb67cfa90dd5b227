"""Small wording rules that keep sentences right with any name a person or the catalog gives.

* A person called "Me" (or 我, 本人) owns "my number", not "Me's number".
* Counts pick the singular or plural sentence instead of writing "sender(s)".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_ME = {"me", "myself", "i", "我", "我自己", "自己", "本人"}


def is_me(name: str) -> bool:
    return name.strip().casefold() in _ME


def whose_number(person: str) -> str:
    """ "Dad's number", "My number" (person "Me"), or "A number" without a person."""
    if not person.strip():
        return QCoreApplication.translate("Words", "A number")
    if is_me(person):
        return QCoreApplication.translate("Words", "My number")
    return QCoreApplication.translate("Words", "{name}'s number").format(name=person)


def plan_heading(person: str, number: str) -> str:
    if not person.strip():
        return QCoreApplication.translate("Words", "The plan for {number}").format(number=number)
    if is_me(person):
        return QCoreApplication.translate("Words", "The plan for my number {number}").format(
            number=number
        )
    return QCoreApplication.translate("Words", "The plan for {person}'s number {number}").format(
        person=person, number=number
    )


def senders_added(n: int) -> str:
    if n == 1:
        return QCoreApplication.translate(
            "Words", "Added 1 sender. You can paste more, or close this window."
        )
    return QCoreApplication.translate(
        "Words", "Added {n} senders. You can paste more, or close this window."
    ).format(n=n)
