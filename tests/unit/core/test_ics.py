"""Calendar export: events on the right days, alarms at the right times, stable UIDs, privacy."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from icalendar import Calendar

from ringoff.core import ics
from ringoff.core import timeline as tl

NOW = datetime(2026, 1, 5, 3, 4, 5, tzinfo=UTC)
LABEL = "+86 138 1234 5678"
OWNER = "王小明"
CANCEL = date(2026, 6, 30)


def _input(*numbers: ics.IcsNumber, hour: int = 9) -> ics.IcsInput:
    return ics.IcsInput(vault_id="vault-1", numbers=numbers, hour=hour)


def _number(
    number_id: str = "n1",
    cancel: date | None = CANCEL,
    region: str = "CN",
    days: tuple[int, ...] | None = None,
) -> ics.IcsNumber:
    return ics.IcsNumber(
        number_id=number_id,
        timeline=tl.build_timeline(cancel, region, date(2026, 1, 5)),
        label=LABEL,
        owner=OWNER,
        reminder_days=days,
    )


def _parse(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def _events(cal: Calendar) -> list[Any]:
    return list(cal.walk("VEVENT"))


def _fire_times(event: Any) -> list[datetime]:
    start = event.decoded("DTSTART")
    assert isinstance(start, date) and not isinstance(start, datetime)
    return sorted(
        datetime.combine(start, time()) + alarm.decoded("TRIGGER") for alarm in event.walk("VALARM")
    )


def test_calendar_header() -> None:
    cal = _parse(ics.export_ics(_input(_number()), lang="en", include_details=True, now_utc=NOW))
    assert str(cal["VERSION"]) == "2.0"
    assert "Ringoff" in str(cal["PRODID"])
    for event in _events(cal):
        assert event.decoded("DTSTAMP") == NOW
        assert str(event["UID"]).endswith("@ringoff")


def test_events_fall_on_the_key_days() -> None:
    cal = _parse(ics.export_ics(_input(_number()), lang="en", include_details=True, now_utc=NOW))
    days = {str(e["SUMMARY"]): e.decoded("DTSTART") for e in _events(cal)}
    assert days == {
        f"Last comfortable day to move accounts off {LABEL} ({OWNER})": date(2026, 6, 23),
        f"Cancellation day of {LABEL} ({OWNER})": CANCEL,
        f"Earliest day {LABEL} ({OWNER}) may go to someone else": date(2026, 9, 28),
    }
    for event in _events(cal):
        assert event.decoded("DTEND") - event.decoded("DTSTART") == timedelta(days=1)


def test_every_alarm_fires_on_its_intended_day_and_hour() -> None:
    data = ics.export_ics(_input(_number()), lang="en", include_details=False, now_utc=NOW)
    by_day = {e.decoded("DTSTART"): e for e in _events(_parse(data))}
    at9 = lambda d: datetime.combine(d, time(9))  # noqa: E731
    assert _fire_times(by_day[date(2026, 6, 23)]) == [at9(date(2026, 6, 23))]
    assert _fire_times(by_day[CANCEL]) == [
        at9(CANCEL - timedelta(days=d)) for d in (30, 14, 7, 3, 1, 0)
    ]
    # A week before the earliest reissue day (28 September).
    assert _fire_times(by_day[date(2026, 9, 28)]) == [at9(date(2026, 9, 21))]
    for alarm in _parse(data).walk("VALARM"):
        assert str(alarm["ACTION"]) == "DISPLAY"
        assert str(alarm["DESCRIPTION"])


def test_custom_days_and_hour() -> None:
    data = ics.export_ics(
        _input(_number(days=(10, 2)), hour=18), lang="en", include_details=True, now_utc=NOW
    )
    cancel_event = next(e for e in _events(_parse(data)) if e.decoded("DTSTART") == CANCEL)
    assert _fire_times(cancel_event) == [
        datetime.combine(CANCEL - timedelta(days=d), time(18)) for d in (10, 2, 0)
    ]
    texts = [str(a["DESCRIPTION"]) for a in cancel_event.walk("VALARM")]
    assert texts[0].startswith("In 10 days: ") and texts[2].startswith("Today: ")


def test_trigger_text_is_relative() -> None:
    data = ics.export_ics(_input(_number()), lang="en", include_details=True, now_utc=NOW)
    assert b"TRIGGER:-P29DT15H" in data  # 30 days before, at 09:00
    assert b"TRIGGER:PT9H" in data  # on the day, at 09:00


def test_uids_are_stable_and_distinct() -> None:
    first = ics.export_ics(
        _input(_number(), _number("n2", date(2026, 8, 1), "US")),
        lang="en",
        include_details=True,
        now_utc=NOW,
    )
    # Later, in Chinese, without details, with one number's date moved: same UIDs.
    again = ics.export_ics(
        _input(_number(cancel=date(2026, 7, 15)), _number("n2", date(2026, 8, 1), "US")),
        lang="zh_CN",
        include_details=False,
        now_utc=NOW + timedelta(days=3),
    )
    uids_first = [str(e["UID"]) for e in _events(_parse(first))]
    uids_again = [str(e["UID"]) for e in _events(_parse(again))]
    assert len(uids_first) == 6 == len(set(uids_first))
    assert uids_first == uids_again
    # A later export has a higher SEQUENCE, so calendars take the update.
    seq = lambda data: {int(e["SEQUENCE"]) for e in _events(_parse(data))}  # noqa: E731
    assert max(seq(first)) < min(seq(again))
    # Another vault with the same number ids does not collide.
    other = ics.export_ics(
        ics.IcsInput("vault-2", [_number()]), lang="en", include_details=True, now_utc=NOW
    )
    assert not {str(e["UID"]) for e in _events(_parse(other))} & set(uids_first)


def test_no_details_leaves_out_number_and_owner() -> None:
    numbers = (_number(), _number("n2", date(2026, 8, 1), "US"))
    for lang, generic in (("en", "Phone number"), ("zh_CN", "号码")):
        data = ics.export_ics(_input(*numbers), lang=lang, include_details=False, now_utc=NOW)
        text = data.decode("utf-8")
        unfolded = text.replace("\r\n ", "")
        for secret in (LABEL, "138 1234", "12345678", OWNER, "vault-1"):
            assert secret not in unfolded, (lang, secret)
        assert f"{generic} 1" in unfolded and f"{generic} 2" in unfolded


def test_details_are_in_when_asked() -> None:
    data = ics.export_ics(_input(_number()), lang="en", include_details=True, now_utc=NOW)
    cal = _parse(data)
    summaries = " ".join(str(e["SUMMARY"]) for e in _events(cal))
    assert LABEL in summaries and OWNER in summaries


@pytest.mark.parametrize("lang", ["zh_CN", "zh-CN", "zh", "zh_Hans_CN"])
def test_chinese_text(lang: str) -> None:
    data = ics.export_ics(_input(_number()), lang=lang, include_details=False, now_utc=NOW)
    summaries = {str(e["SUMMARY"]) for e in _events(_parse(data))}
    assert summaries == {
        "号码 1：从容改绑账号的最后一天",
        "号码 1 销号日",
        "号码 1 最早可能分配给别人的日子",
    }
    alarms = [str(a["DESCRIPTION"]) for a in _parse(data).walk("VALARM")]
    assert "还有 30 天：号码 1 销号日" in alarms and "明天：号码 1 销号日" in alarms


def test_other_languages_fall_back_to_english() -> None:
    data = ics.export_ics(_input(_number()), lang="de_DE", include_details=False, now_utc=NOW)
    assert "Cancellation day of Phone number 1" in {
        str(e["SUMMARY"]) for e in _events(_parse(data))
    }


def test_short_rule_gets_an_on_the_day_reissue_alarm() -> None:
    number = ics.IcsNumber(
        "n1", tl.build_timeline(CANCEL, "CN", date(2026, 1, 5), tl.custom(3)), LABEL
    )
    data = ics.export_ics(_input(number), lang="en", include_details=True, now_utc=NOW)
    reissue = next(e for e in _events(_parse(data)) if e.decoded("DTSTART") == date(2026, 7, 3))
    assert _fire_times(reissue) == [datetime(2026, 7, 3, 9)]


def test_numbers_without_date_are_skipped() -> None:
    data = ics.export_ics(
        _input(_number("a", None), _number("b")), lang="en", include_details=False, now_utc=NOW
    )
    summaries = {str(e["SUMMARY"]) for e in _events(_parse(data))}
    # Numbering follows the list given, so the dated number is "Phone number 2".
    assert summaries and all("Phone number 2" in s for s in summaries)
    with pytest.raises(ics.NothingToExport):
        ics.export_ics(_input(_number("a", None)), lang="en", include_details=True, now_utc=NOW)


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError):
        ics.export_ics(
            _input(_number()), lang="en", include_details=True, now_utc=datetime(2026, 1, 1)
        )


def test_switched_off_reminders_leave_their_alarms_out_but_keep_the_dates() -> None:
    from dataclasses import replace

    quiet = replace(_number(), cancel_day_alarm=False, reissue_alarm=False)
    data = ics.export_ics(_input(quiet), lang="en", include_details=False, now_utc=NOW)
    by_day = {e.decoded("DTSTART"): e for e in _events(_parse(data))}
    assert set(by_day) == {date(2026, 6, 23), CANCEL, date(2026, 9, 28)}  # the facts stay
    at9 = lambda d: datetime.combine(d, time(9))  # noqa: E731
    assert _fire_times(by_day[CANCEL]) == [
        at9(CANCEL - timedelta(days=d)) for d in (30, 14, 7, 3, 1)
    ]  # no alarm on the day itself
    assert _fire_times(by_day[date(2026, 9, 28)]) == []
    assert _fire_times(by_day[date(2026, 6, 23)]) == [at9(date(2026, 6, 23))]
