"""Phone numbers: parse what people type, store E.164, show the national format, mask."""

from __future__ import annotations

from functools import lru_cache

import phonenumbers

from .errors import UserError
from .i18n import QT_TRANSLATE_NOOP


def parse(text: str, region: str) -> str:
    """Return *text* as E.164 for a number of *region*, or raise :class:`UserError`."""
    cleaned = text.strip()
    if not cleaned or len(cleaned) > 40:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Please type a phone number."))
    try:
        parsed = phonenumbers.parse(cleaned, region.upper() or None)
    except phonenumbers.NumberParseException:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "“{text}” does not look like a phone number.").format(
                text=cleaned
            )
        ) from None
    if not phonenumbers.is_possible_number(parsed):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "“{text}” does not look like a phone number: check the digits."
            ).format(text=cleaned)
        )
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def try_parse(text: str, region: str) -> str | None:
    """Like :func:`parse` but returns None instead of raising."""
    try:
        return parse(text, region)
    except UserError:
        return None


def region_of(e164: str) -> str:
    """The ISO region code of an E.164 number ("" when unknown)."""
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return ""
    return phonenumbers.region_code_for_number(parsed) or ""


@lru_cache(maxsize=256)
def display(e164: str, home_region: str | None = None) -> str:
    """National format when the number belongs to *home_region*, else international.

    Remembered (a pure function of two strings): a printed checklist shows the new number in
    every account's line, and parsing it again each time cost ~80 ms for 250 accounts."""
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    region = phonenumbers.region_code_for_number(parsed)
    fmt = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if home_region and region == home_region.upper()
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(parsed, fmt)


def prepare(regions: tuple[str, ...] = ("CN", "US")) -> None:
    """Load *regions*' metadata and build their formatting patterns ahead of need.

    phonenumbers reads a region's metadata and compiles its patterns' regular expressions at
    its first number (~10 ms a region): the main window does this while the passphrase is
    typed, so home's first cards do not. Formats each region's example mobile and landline
    numbers (no one's data); nothing is remembered but phonenumbers' own caches."""
    kinds = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)
    for region in regions:
        for kind in kinds:
            example = phonenumbers.example_number_for_type(region, kind)
            if example is not None:
                phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)
                phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def masked(e164: str, home_region: str | None = None) -> str:
    """The number with its middle digits hidden, e.g. ``138 **** 5678``.

    Keeps the country prefix (if shown), the first three and the last four national digits.
    """
    shown = display(e164, home_region)
    digits = [i for i, ch in enumerate(shown) if ch.isdigit()]
    prefix_digits = 0
    if shown.startswith("+"):
        prefix_digits = len(shown.split(" ", 1)[0]) - 1
    national = digits[prefix_digits:]
    hide = national[2:-2] if len(national) <= 7 else national[3:-4]
    chars = list(shown)
    for i in hide:
        chars[i] = "*"
    return "".join(chars)
