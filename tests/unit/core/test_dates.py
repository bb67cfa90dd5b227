"""How a date is said, Qt-free: the same words as Qt's en_GB and zh_CN formats gave the screens,
for every day of three years, and the relative words in both languages."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from ringoff.core import dates
from ringoff.core.i18n import Text

TODAY = date(2026, 11, 28)


def _days(start: date, count: int) -> list[date]:
    return [start + timedelta(days=i) for i in range(count)]


def test_long_and_short_dates_in_both_languages() -> None:
    d = date(2027, 3, 15)
    assert dates.long_date(d, "en") == "Monday 15 March 2027"
    assert dates.long_date(d, "zh_CN") == "2027年3月15日 星期一"
    assert dates.long_date(d, "zh-Hans-CN") == "2027年3月15日 星期一"
    assert dates.short_date(date(2026, 9, 3), "en", TODAY) == "3 Sept"
    assert dates.short_date(d, "en", TODAY) == "15 Mar 2027"
    assert dates.short_date(date(2026, 9, 3), "zh_CN", TODAY) == "9月3日"
    assert dates.short_date(d, "zh_CN", TODAY) == "2027年3月15日"


@pytest.mark.parametrize(
    ("days", "words", "values"),
    [
        (0, "today", {}),
        (1, "tomorrow", {}),
        (-1, "yesterday", {}),
        (23, "in {days} days", {"days": 23}),
        (-3, "{days} days ago", {"days": 3}),
    ],
)
def test_relative_words(days: int, words: str, values: dict[str, int]) -> None:
    said = dates.relative(TODAY + timedelta(days=days), TODAY)
    assert (said.context, said.source, said.args) == ("Dates", words, values)


def test_spoken_translates_both_halves_into_the_chosen_language() -> None:
    seen: list[str] = []

    def tr(text: Text) -> str:
        seen.append(text.source)
        return text.render("«" + text.source + "»" if text.source == "tomorrow" else None)

    said = dates.spoken(TODAY + timedelta(days=1), TODAY, "zh_CN", tr)
    assert said == "«tomorrow» — 2026年11月29日 星期日"
    assert seen == ["tomorrow", "{relative} — {date}"]
    en = dates.spoken(TODAY + timedelta(days=23), TODAY, "en", lambda t: t.render())
    assert en == "in 23 days — Monday 21 December 2026"


def test_day_and_time_has_the_year_only_when_it_is_not_this_year() -> None:
    at = datetime(2026, 11, 28, 10, 42)
    assert dates.day_and_time(at, TODAY, "en") == "Saturday 28 November, 10:42"
    assert dates.day_and_time(at, TODAY, "zh_CN") == "11月28日 星期六 10:42"
    old = datetime(2025, 1, 2, 7, 5)
    assert dates.day_and_time(old, TODAY, "en") == "Thursday 2 January 2025, 07:05"
    assert dates.day_and_time(old, TODAY, "zh_CN") == "2025年1月2日 星期四 07:05"


def test_the_words_are_qt_s_own_for_every_day() -> None:
    """The screens used Qt's locales before; the wording must not change by a letter."""
    qtcore = pytest.importorskip("PySide6.QtCore")
    en = qtcore.QLocale(qtcore.QLocale.Language.English, qtcore.QLocale.Country.UnitedKingdom)
    zh = qtcore.QLocale(qtcore.QLocale.Language.Chinese, qtcore.QLocale.Country.China)
    for d in _days(date(2026, 1, 1), 3 * 366):
        qd = qtcore.QDate(d.year, d.month, d.day)
        assert dates.long_date(d, "en") == en.toString(qd, "dddd d MMMM yyyy")
        assert dates.long_date(d, "zh_CN") == zh.toString(qd, "yyyy年M月d日 dddd")
        today = date(2027, 6, 1)
        short_en = "d MMM" if d.year == today.year else "d MMM yyyy"
        short_zh = "M月d日" if d.year == today.year else "yyyy年M月d日"
        assert dates.short_date(d, "en", today) == en.toString(qd, short_en)
        assert dates.short_date(d, "zh_CN", today) == zh.toString(qd, short_zh)
