"""Defaults that depend on where the person lives: the country of a new number, the example
shown in a field, and the checks on a typed date.

The locale is always passed in (the UI and the CLI read the system's; core never looks it up),
so a test can be a US user on any machine.

No Qt here (core/ never imports PySide6).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date
from typing import Final

from .errors import UserError
from .i18n import QT_TRANSLATE_NOOP, Text

# The countries the number dialog offers, in this order after the default one.
REGIONS: Final = ("CN", "US", "GB", "IN", "HK", "TW", "SG", "CA", "AU", "DE", "FR", "JP", "KR")

# A made-up but well-formed example number per region (555-01xx is reserved for fiction in
# North America; the others are the national plan's sample ranges).
EXAMPLE_NUMBERS: Final = {
    "CN": "138 1234 5678",
    "US": "(555) 010-0123",
    "CA": "(555) 010-0123",
    "GB": "07700 900123",
    "HK": "5123 4567",
    "TW": "0912 345 678",
    "SG": "8123 4567",
    "AU": "0412 345 678",
    "IN": "98765 43210",
    "DE": "0151 23456789",
    "FR": "06 12 34 56 78",
    "JP": "090-1234-5678",
    "KR": "010-1234-5678",
}

# What to type in the catalog search, as an example that fits the region.
SEARCH_EXAMPLES: Final = {
    "CN": "支付宝, zfb, 工商银行",
    "": "PayPal, Chase, Google",
}


def region_of_locale(locale_name: str) -> str:
    """The country part of a locale name: "en_US.UTF-8" -> "US", "zh-Hans-CN" -> "CN", "" if
    there is none. A bare "zh" means mainland China."""
    name = locale_name.split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    parts = [p for p in name.split("_") if p]
    for part in reversed(parts[1:]):
        if len(part) == 2 and part.isalpha():
            return part.upper()
    if parts and parts[0].lower() == "zh":
        return "CN"
    return ""


def default_region(locale_name: str, existing: Iterable[str] = ()) -> str:
    """The country to suggest for a new number: the one most of the person's numbers already
    have, else the system locale's, else mainland China for a Chinese locale, else the US."""
    counts = Counter(r.upper() for r in existing if r)
    if counts:
        return counts.most_common(1)[0][0]
    region = region_of_locale(locale_name)
    if region:
        return region
    return "US"


def example_number(region: str) -> str:
    return EXAMPLE_NUMBERS.get(region.upper(), EXAMPLE_NUMBERS["US"])


def search_example(region: str) -> str:
    return SEARCH_EXAMPLES.get(region.upper(), SEARCH_EXAMPLES[""])


def paper_for_locale(locale_name: str) -> str:
    """ "letter" where Letter paper is the norm (US, Canada, Mexico, the Philippines, Chile,
    Colombia, Venezuela...), else "a4"."""
    letter = {"US", "CA", "MX", "PH", "CL", "CO", "VE", "PR", "GT", "CR", "DO", "PA", "SV"}
    return "letter" if region_of_locale(locale_name) in letter else "a4"


def parse_date(text: str) -> date:
    """A YYYY-MM-DD date, or a plain :class:`UserError` (2027-02-30 is refused, not moved)."""
    cleaned = text.strip()
    try:
        return date.fromisoformat(cleaned)
    except ValueError:
        pass
    parts = cleaned.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Regional", "There is no day {text}: that month is shorter. Check the day."
            ).format(text=cleaned)
        )
    raise UserError(
        QT_TRANSLATE_NOOP(
            "Cli", "“{text}” is not a date. Write it as year-month-day, e.g. 2027-03-15."
        ).format(text=cleaned)
    )


def past_date_warning(day: date, today: date) -> Text | None:
    """A warning when a cancellation date lies in the past (accepted: it may really be so)."""
    if day >= today:
        return None
    return QT_TRANSLATE_NOOP(
        "Regional",
        "{date} is in the past. If the number is already cancelled, that is right; otherwise "
        "check the date.",
    ).format(date=day.isoformat())
