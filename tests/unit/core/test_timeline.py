"""Key dates of a number: rules per country, phases, pace check, today in the user's zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ringoff.core import timeline as tl
from ringoff.core.i18n import Text
from ringoff.core.model import PhoneNumber

TODAY = date(2026, 5, 1)


@pytest.mark.parametrize(
    ("region", "rule_id", "min_days", "max_days", "confirmed"),
    [
        ("CN", "cn_90", 90, None, True),
        ("US", "us_fcc", 45, 90, True),
        ("IN", "in_trai", 90, None, False),
        ("GB", "default", 30, None, False),
        ("FR", "default", 30, None, False),
        ("", "default", 30, None, False),
    ],
)
def test_region_rules(
    region: str, rule_id: str, min_days: int, max_days: int | None, confirmed: bool
) -> None:
    rule = tl.rule_for(region)
    assert (rule.id, rule.min_days, rule.max_days, rule.confirmed) == (
        rule_id,
        min_days,
        max_days,
        confirmed,
    )
    assert isinstance(rule.why, Text) and rule.why.context == "Timeline"
    assert rule.source


def test_region_lookup_ignores_case_and_spaces() -> None:
    assert tl.rule_for(" cn ") is tl.CN
    assert tl.rule_for("us") is tl.US


def test_sources_name_the_regulations() -> None:
    assert "18-177" in tl.US.source
    assert "电信服务规范" in tl.CN.source
    assert tl.IN.source.startswith("https://")
    # The default is a guess and must say so, in the user-facing text too.
    assert "no fixed rule" in tl.DEFAULT.why.source


def test_arrears_note_is_marked_unconfirmed() -> None:
    assert tl.ARREARS_CN.context == "Timeline"
    assert tl.ARREARS_CN.source.startswith("Unconfirmed")


def test_named_rule_wins_over_region() -> None:
    assert tl.rule_for("CN", "us_fcc") is tl.US


def test_custom_rule() -> None:
    rule = tl.rule_for("CN", "custom", 120)
    assert rule.id == "custom" and rule.min_days == 120 and not rule.confirmed
    assert rule.why.render() == "You set this yourself: 120 days after cancellation."


def test_custom_without_days_or_unknown_id_falls_back_to_region() -> None:
    assert tl.rule_for("US", "custom", None) is tl.US
    assert tl.rule_for("CN", "rule_from_a_newer_version") is tl.CN


@pytest.mark.parametrize("days", [0, -5, 3651])
def test_custom_rejects_out_of_range(days: int) -> None:
    with pytest.raises(ValueError):
        tl.custom(days)


def test_timeline_dates_china() -> None:
    t = tl.build_timeline(date(2026, 6, 30), "CN", TODAY)
    assert t.last_comfortable_day == date(2026, 6, 23)
    assert t.cancel_on == date(2026, 6, 30)
    assert t.earliest_reissue == date(2026, 9, 28)  # 90 days later
    assert t.latest_reissue is None


def test_timeline_dates_us_has_latest() -> None:
    t = tl.build_timeline(date(2026, 1, 31), "US", TODAY, buffer_days=10)
    assert t.last_comfortable_day == date(2026, 1, 21)
    assert t.earliest_reissue == date(2026, 3, 17)  # 45 days
    assert t.latest_reissue == date(2026, 5, 1)  # 90 days


def test_timeline_without_date() -> None:
    t = tl.build_timeline(None, "CN", TODAY)
    assert t.last_comfortable_day is None
    assert t.earliest_reissue is None
    assert t.latest_reissue is None
    assert t.phase() is tl.Phase.NO_DATE


def test_phases_across_the_timeline() -> None:
    cancel = date(2026, 6, 30)
    t = tl.build_timeline(cancel, "US", TODAY)  # last 06-23, earliest 08-14
    assert t.phase() is tl.Phase.PLENTY_OF_TIME
    assert t.phase(date(2026, 6, 23)) is tl.Phase.PLENTY_OF_TIME
    assert t.phase(date(2026, 6, 24)) is tl.Phase.FINISH_SOON
    assert t.phase(date(2026, 6, 29)) is tl.Phase.FINISH_SOON
    assert t.phase(cancel) is tl.Phase.CANCELLED_WAITING
    assert t.phase(date(2026, 8, 13)) is tl.Phase.CANCELLED_WAITING
    assert t.phase(date(2026, 8, 14)) is tl.Phase.MAY_BE_REISSUED
    assert t.phase(date(2027, 1, 1)) is tl.Phase.MAY_BE_REISSUED


def test_timeline_for_number_uses_its_own_rule() -> None:
    number = PhoneNumber(
        e164="+8613800000000",
        person_id="p",
        region="CN",
        cancel_on=date(2026, 7, 1),
        reissue_rule="custom",
        custom_reissue_days=200,
    )
    t = tl.timeline_for_number(number, TODAY)
    assert t.earliest_reissue == date(2026, 7, 1) + timedelta(days=200)


def test_negative_buffer_is_refused() -> None:
    with pytest.raises(ValueError):
        tl.build_timeline(date(2026, 7, 1), "CN", TODAY, buffer_days=-1)


def test_days_until() -> None:
    assert tl.days_until(date(2026, 5, 11), TODAY) == 10
    assert tl.days_until(TODAY, TODAY) == 0
    assert tl.days_until(date(2026, 4, 30), TODAY) == -1


@pytest.mark.parametrize(
    ("remaining", "last_day", "per_day", "expected"),
    [
        (0, date(2026, 4, 1), 2.0, True),  # nothing left fits even after the day
        (2, TODAY, 2.0, True),  # today counts
        (3, TODAY, 2.0, False),
        (20, date(2026, 5, 10), 2.0, True),  # 10 days x 2
        (21, date(2026, 5, 10), 2.0, False),
        (5, date(2026, 5, 10), 0.5, True),
        (6, date(2026, 5, 10), 0.5, False),
        (1, date(2026, 4, 30), 2.0, False),  # the last day has passed
    ],
)
def test_fits(remaining: int, last_day: date, per_day: float, expected: bool) -> None:
    assert tl.fits(remaining, TODAY, last_day, per_day) is expected


@pytest.mark.parametrize("per_day", [0.0, -1.0, float("nan"), float("inf")])
def test_fits_rejects_bad_pace(per_day: float) -> None:
    with pytest.raises(ValueError):
        tl.fits(1, TODAY, date(2026, 6, 1), per_day)


def test_local_today_china_is_ahead_of_utc() -> None:
    shanghai = ZoneInfo("Asia/Shanghai")
    # 17:30 UTC on 30 April is 01:30 on 1 May in Beijing.
    assert tl.local_today(datetime(2026, 4, 30, 17, 30, tzinfo=UTC), shanghai) == TODAY
    assert tl.local_today(datetime(2026, 4, 30, 15, 59, tzinfo=UTC), shanghai) == date(2026, 4, 30)


def test_local_today_new_york_is_behind_utc() -> None:
    ny = ZoneInfo("America/New_York")
    assert tl.local_today(datetime(2026, 5, 1, 3, 0, tzinfo=UTC), ny) == date(2026, 4, 30)


def test_local_today_refuses_naive() -> None:
    with pytest.raises(ValueError):
        tl.local_today(datetime(2026, 5, 1, 3, 0), ZoneInfo("UTC"))


@given(
    cancel_on=st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)),
    region=st.sampled_from(["CN", "US", "IN", "GB", "DE", "", "ZZ"]),
    buffer_days=st.integers(min_value=0, max_value=60),
    custom_days=st.one_of(st.none(), st.integers(min_value=1, max_value=3650)),
    today=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
)
def test_dates_are_always_ordered(
    cancel_on: date, region: str, buffer_days: int, custom_days: int | None, today: date
) -> None:
    rule = tl.rule_for(region, "custom" if custom_days else None, custom_days)
    t = tl.build_timeline(cancel_on, region, today, rule, buffer_days)
    last, earliest, latest = t.last_comfortable_day, t.earliest_reissue, t.latest_reissue
    assert last is not None and earliest is not None
    assert last <= cancel_on < earliest
    if latest is not None:
        assert earliest <= latest
    # Phases never go backwards as the days pass.
    order = list(tl.Phase)
    days = [last - timedelta(days=1), last, cancel_on - timedelta(days=1), cancel_on, earliest]
    ranks = [order.index(t.phase(d)) for d in days]
    assert ranks == sorted(ranks)
    assert t.phase(earliest) is tl.Phase.MAY_BE_REISSUED
