"""Small wording rules that keep sentences right with any name a person or the catalog gives.

* A person called "Me" (or 我, 本人) owns "my number", not "Me's number".
* Counts pick the singular or plural sentence instead of writing "sender(s)".
* A phone number on screen never breaks across two lines.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core import phone

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


# A no-break space: Qt's line breaking (Unicode UAX #14, class GL) never breaks a line there.
# https://www.unicode.org/reports/tr14/#GL
NO_BREAK = "\u00a0"


def unbroken(number: str) -> str:
    """*number* as one piece on screen: its groups ("139 **** 5432") joined by no-break spaces,
    so a wrapped sentence never leaves "139" at the end of one line and "**** 5432" on the
    next. Only for what the window shows; the CLI, the PDFs and the clipboard keep spaces."""
    return number.replace(" ", NO_BREAK)


def shown_number(e164: str, region: str | None, whole: bool = False) -> str:
    """The number as the window shows it: partly hidden unless *whole*, never broken."""
    return unbroken(phone.display(e164, region) if whole else phone.masked(e164, region))


def numbers_kept_whole(text: str, *e164s: tuple[str | None, str | None]) -> str:
    """*text* (a sentence made elsewhere, e.g. the plan's verdict) with each of the numbers
    in it, as shown whole or partly hidden, made unbreakable. Pairs are (e164, region)."""
    for e164, region in e164s:
        if not e164:
            continue
        for plain_text in (phone.masked(e164, region), phone.display(e164, region)):
            if " " in plain_text:
                text = text.replace(plain_text, unbroken(plain_text))
    return text
