"""core.regional: defaults from the locale and the person's numbers, and typed dates."""

from __future__ import annotations

from datetime import date

import pytest

from ringoff.core.errors import UserError
from ringoff.core.regional import (
    default_region,
    example_number,
    paper_for_locale,
    parse_date,
    past_date_warning,
    region_of_locale,
    search_example,
)


@pytest.mark.parametrize(
    ("name", "region"),
    [
        ("en_US.UTF-8", "US"),
        ("en-GB", "GB"),
        ("zh_CN.UTF-8", "CN"),
        ("zh-Hans-CN", "CN"),
        ("zh", "CN"),
        ("de_DE@euro", "DE"),
        ("C", ""),
        ("", ""),
    ],
)
def test_region_of_locale(name: str, region: str) -> None:
    assert region_of_locale(name) == region


def test_a_us_users_defaults() -> None:
    assert default_region("en_US.UTF-8") == "US"
    assert "555" in example_number("US") and "138" not in example_number("US")
    assert "zfb" not in search_example("US") and "支付宝" not in search_example("US")
    assert paper_for_locale("en_US.UTF-8") == "letter"
    assert paper_for_locale("en_CA") == "letter"


def test_chinese_defaults() -> None:
    assert default_region("zh_CN.UTF-8") == "CN"
    assert example_number("CN").startswith("138")
    assert "zfb" in search_example("CN")
    assert paper_for_locale("zh_CN.UTF-8") == "a4"
    assert paper_for_locale("en_GB") == "a4"


def test_the_persons_numbers_win_over_the_locale() -> None:
    # An English system, but the family's numbers are all Chinese: a Chinese number it is.
    assert default_region("en_US.UTF-8", ["CN", "CN", "US"]) == "CN"
    assert default_region("", []) == "US"  # nothing known: not China by assumption


def test_impossible_dates_are_refused_not_moved() -> None:
    assert parse_date("2027-03-15") == date(2027, 3, 15)
    assert parse_date(" 2028-02-29 ") == date(2028, 2, 29)  # a leap day exists
    with pytest.raises(UserError) as caught:
        parse_date("2027-02-30")
    assert "2027-02-30" in str(caught.value.message)
    assert "shorter" in caught.value.message.source
    with pytest.raises(UserError) as caught:
        parse_date("next week")
    assert "year-month-day" in caught.value.message.source


def test_past_dates_are_warned() -> None:
    today = date(2026, 12, 1)
    assert past_date_warning(date(2026, 12, 1), today) is None
    assert past_date_warning(date(2027, 1, 1), today) is None
    warning = past_date_warning(date(2026, 11, 30), today)
    assert warning is not None and "2026-11-30" in str(warning)
