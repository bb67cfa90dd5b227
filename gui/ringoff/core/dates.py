"""How a date is said to a person, the one place for it: "Monday 15 March 2027" /
"2027年3月15日 星期一", "15 Mar" / "3月15日", "in 23 days", and both together
("in 23 days — Monday 15 March 2027").

Qt-free: the language and today are always passed in, so the screens (in the language in use),
a printed checklist (in the language chosen for the paper) and the command line say a date the
same way, and a test can be any day in any language. The names follow Qt's own en_GB and zh_CN
formats ("dddd d MMMM yyyy", "yyyy年M月d日 dddd"), which the screens showed before, word for word.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from .i18n import QT_TRANSLATE_NOOP, Text

_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "zh_CN": ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"),
}
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# British English abbreviations, as Qt's en_GB locale (CLDR) writes them: "Sept", not "Sep".
_SHORT_MONTHS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
)


def language_of(lang: str) -> str:
    """ "zh_CN" for any Chinese locale name ("zh", "zh-CN", "zh_Hans_CN"...), else "en"."""
    return "zh_CN" if lang.replace("-", "_").lower().startswith("zh") else "en"


def month_words(d: date, lang: str) -> str:
    """ "March 2024" / "2024年3月": when a message last came, said loosely."""
    if language_of(lang) == "zh_CN":
        return f"{d.year}年{d.month}月"
    return f"{_MONTHS[d.month - 1]} {d.year}"


def weekday(d: date, lang: str) -> str:
    """ "Monday" / "星期一"."""
    return _WEEKDAYS[language_of(lang)][d.weekday()]


def long_date(d: date, lang: str) -> str:
    """ "Monday 15 March 2027" / "2027年3月15日 星期一"."""
    if language_of(lang) == "zh_CN":
        return f"{d.year}年{d.month}月{d.day}日 {weekday(d, lang)}"
    return f"{weekday(d, lang)} {d.day} {_MONTHS[d.month - 1]} {d.year}"


def short_date(d: date, lang: str, today: date) -> str:
    """ "15 Mar" / "3月15日", with the year when it is not today's ("15 Mar 2028")."""
    zh = language_of(lang) == "zh_CN"
    if d.year != today.year:
        return (
            f"{d.year}年{d.month}月{d.day}日"
            if zh
            else f"{d.day} {_SHORT_MONTHS[d.month - 1]} {d.year}"
        )
    return f"{d.month}月{d.day}日" if zh else f"{d.day} {_SHORT_MONTHS[d.month - 1]}"


def relative(d: date, today: date) -> Text:
    """ "today", "tomorrow", "yesterday", "in 23 days", "3 days ago" (never "in 1 days")."""
    days = (d - today).days
    if days == 0:
        return QT_TRANSLATE_NOOP("Dates", "today")
    if days == 1:
        return QT_TRANSLATE_NOOP("Dates", "tomorrow")
    if days == -1:
        return QT_TRANSLATE_NOOP("Dates", "yesterday")
    if days > 0:
        return QT_TRANSLATE_NOOP("Dates", "in {days} days").format(days=days)
    return QT_TRANSLATE_NOOP("Dates", "{days} days ago").format(days=-days)


def spoken(d: date, today: date, lang: str, tr: Callable[[Text], str]) -> str:
    """ "in 23 days — Monday 15 March 2027"; *tr* translates into *lang*."""
    return tr(
        QT_TRANSLATE_NOOP("Dates", "{relative} — {date}").format(
            relative=tr(relative(d, today)), date=long_date(d, lang)
        )
    )


def day_and_time(at: datetime, today: date, lang: str) -> str:
    """ "Saturday 28 November, 10:42" / "11月28日 星期六 10:42" for a moment in the person's
    own zone (*at* already converted); the year only when it is not today's."""
    d = at.date()
    clock = f"{at.hour:02d}:{at.minute:02d}"
    if language_of(lang) == "zh_CN":
        day = f"{d.month}月{d.day}日 {weekday(d, lang)}"
        if d.year != today.year:
            day = long_date(d, lang)
        return f"{day} {clock}"
    day = f"{weekday(d, lang)} {d.day} {_MONTHS[d.month - 1]}"
    if d.year != today.year:
        day = long_date(d, lang)
    return f"{day}, {clock}"


__all__ = [
    "day_and_time",
    "language_of",
    "long_date",
    "relative",
    "short_date",
    "spoken",
    "weekday",
]
