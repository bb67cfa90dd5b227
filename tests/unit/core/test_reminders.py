"""Reminder schedules: local hour across DST, missed reminders after sleep, snooze, wake-ups."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ringoff.core import reminders as rm
from ringoff.core import timeline as tl

NY = ZoneInfo("America/New_York")
SHANGHAI = ZoneInfo("Asia/Shanghai")
TODAY = date(2026, 1, 5)


def _timeline(cancel_on: date | None, region: str = "CN") -> tl.Timeline:
    return tl.build_timeline(cancel_on, region, TODAY)


def test_default_schedule_days_and_kinds() -> None:
    cancel = date(2026, 6, 30)
    reminders = rm.schedule_for("n1", _timeline(cancel), tz=SHANGHAI)
    local_days = [(r.kind, r.days_before, r.due.date()) for r in reminders]
    assert local_days == [
        ("before_cancel", 30, date(2026, 5, 31)),
        ("before_cancel", 14, date(2026, 6, 16)),
        ("before_cancel", 7, date(2026, 6, 23)),
        ("before_cancel", 3, date(2026, 6, 27)),
        ("before_cancel", 1, date(2026, 6, 29)),
        ("cancel_day", 0, cancel),
        # 90 days after 30 June is 28 September; a week before that is 21 September.
        ("before_reissue", 7, date(2026, 9, 21)),
    ]
    for r in reminders:
        assert r.due.tzinfo is SHANGHAI
        assert (r.due.hour, r.due.minute) == (9, 0)
        # Beijing has no DST: 09:00 there is always 01:00 UTC.
        assert (r.due_utc.hour, r.due_utc.minute) == (1, 0)
    assert len({r.key for r in reminders}) == len(reminders)


def test_no_date_no_reminders() -> None:
    assert rm.schedule_for("n1", _timeline(None), tz=SHANGHAI) == []


def test_override_days_and_hour() -> None:
    cancel = date(2026, 6, 30)
    reminders = rm.schedule_for("n1", _timeline(cancel), days=(2, 10, 10, 0), hour=20, tz=NY)
    before = [r.days_before for r in reminders if r.kind == "before_cancel"]
    assert before == [10, 2]  # duplicates and 0 dropped, largest first
    assert [r.kind for r in reminders].count("cancel_day") == 1
    assert all(r.due.hour == 20 for r in reminders)


@pytest.mark.parametrize("days", [(-1,), (4000,)])
def test_override_rejects_nonsense(days: tuple[int, ...]) -> None:
    with pytest.raises(ValueError):
        rm.schedule_for("n1", _timeline(date(2026, 6, 30)), days=days, tz=NY)


def test_short_custom_rule_drops_reissue_reminder() -> None:
    t = tl.build_timeline(date(2026, 6, 30), "CN", TODAY, tl.custom(5))
    kinds = [r.kind for r in rm.schedule_for("n1", t, tz=NY)]
    assert "before_reissue" not in kinds
    t8 = tl.build_timeline(date(2026, 6, 30), "CN", TODAY, tl.custom(8))
    reissue = [r for r in rm.schedule_for("n1", t8, tz=NY) if r.kind == "before_reissue"]
    assert [r.due.date() for r in reissue] == [date(2026, 7, 1)]


def test_keys_are_stable_and_change_with_the_date() -> None:
    a = rm.schedule_for("n1", _timeline(date(2026, 6, 30)), tz=NY)
    b = rm.schedule_for("n1", _timeline(date(2026, 6, 30)), hour=10, tz=SHANGHAI)
    c = rm.schedule_for("n1", _timeline(date(2026, 7, 31)), tz=NY)
    assert [r.key for r in a] == [r.key for r in b]
    assert not {r.key for r in a} & {r.key for r in c}


@pytest.mark.parametrize(
    ("cancel", "utc_hours"),
    [
        # Spring forward on Sunday 8 March 2026: EST (UTC-5) before, EDT (UTC-4) after.
        (date(2026, 3, 9), {30: 14, 14: 14, 7: 14, 3: 14, 1: 13, 0: 13}),
        # Fall back on Sunday 1 November 2026: EDT before, EST after.
        (date(2026, 11, 2), {30: 13, 14: 13, 7: 13, 3: 13, 1: 14, 0: 14}),
    ],
)
def test_nine_oclock_stays_nine_oclock_across_dst(cancel: date, utc_hours: dict[int, int]) -> None:
    reminders = rm.schedule_for("n1", _timeline(cancel, "US"), tz=NY)
    by_days = {r.days_before: r for r in reminders if r.kind != "before_reissue"}
    for days_before, utc_hour in utc_hours.items():
        r = by_days[days_before]
        assert r.due.date() == cancel - timedelta(days=days_before)
        assert (r.due.hour, r.due.minute) == (9, 0)
        assert r.due_utc.hour == utc_hour


def test_reminder_on_the_dst_day_itself() -> None:
    # The cancellation falls on the spring-forward day; 09:00 exists and is EDT.
    r = next(
        r
        for r in rm.schedule_for("n1", _timeline(date(2026, 3, 8), "US"), tz=NY)
        if r.kind == "cancel_day"
    )
    assert r.due_utc == datetime(2026, 3, 8, 13, 0, tzinfo=UTC)


def test_hour_inside_the_gap_moves_forward() -> None:
    # 02:00 does not exist in New York on 8 March 2026; the wall clock jumps to 03:00.
    due = rm.at_local_hour(date(2026, 3, 8), 2, NY)
    assert (due.hour, due.minute) == (3, 0)
    assert due.astimezone(UTC) == datetime(2026, 3, 8, 7, 0, tzinfo=UTC)


def test_machine_slept_through_a_reminder() -> None:
    reminders = rm.schedule_for("n1", _timeline(date(2026, 6, 30)), tz=SHANGHAI)
    seven = next(r for r in reminders if r.days_before == 7 and r.kind == "before_cancel")
    # Before it is due: nothing.
    assert rm.due_reminders(reminders, seven.due_utc - timedelta(seconds=1), set(), {}) == [
        r for r in reminders if r.due_utc < seven.due_utc
    ]
    ack = {r.key for r in reminders if r.due_utc < seven.due_utc}
    assert rm.due_reminders(reminders, seven.due_utc - timedelta(seconds=1), ack, {}) == []
    # The laptop sleeps from the evening before until two days later.
    woke = seven.due_utc + timedelta(days=2)
    due = rm.due_reminders(reminders, woke, ack, {})
    assert due == [seven]
    # Reported once: after acknowledging, it does not come back.
    ack.add(seven.key)
    assert rm.due_reminders(reminders, woke + timedelta(hours=1), ack, {}) == []


def test_many_missed_reminders_collapse_to_the_newest_per_number() -> None:
    a = rm.schedule_for("a", _timeline(date(2026, 6, 30)), tz=SHANGHAI)
    b = rm.schedule_for("b", _timeline(date(2026, 7, 10)), tz=SHANGHAI)
    now = datetime(2026, 6, 28, 12, 0, tzinfo=UTC)
    due = rm.due_reminders(a + b, now, set(), {})
    assert {r.number_id for r in due} == {"a", "b"}
    newest = rm.latest_per_number(due)
    assert [(r.number_id, r.days_before) for r in newest] == [("b", 14), ("a", 3)]


def test_snooze_delays_a_due_reminder() -> None:
    reminders = rm.schedule_for("n1", _timeline(date(2026, 6, 30)), tz=SHANGHAI)
    first = reminders[0]
    now = first.due_utc + timedelta(minutes=5)
    snoozed = rm.snooze(first.key, now, timedelta(hours=3))
    assert snoozed == {first.key: now + timedelta(hours=3)}
    assert rm.due_reminders(reminders, now, set(), snoozed) == []
    assert rm.due_reminders(reminders, now + timedelta(hours=3), set(), snoozed) == [first]
    # A snooze that ended before the due time does not make the reminder early.
    early = {first.key: first.due_utc - timedelta(days=1)}
    assert rm.due_reminders(reminders, first.due_utc - timedelta(hours=1), set(), early) == []


def test_snooze_keeps_other_entries_and_rejects_bad_input() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    old = {"x": now}
    new = rm.snooze("y", now, timedelta(days=1), old)
    assert new == {"x": now, "y": now + timedelta(days=1)} and old == {"x": now}
    with pytest.raises(ValueError):
        rm.snooze("y", now, timedelta(0))
    with pytest.raises(ValueError):
        rm.snooze("y", datetime(2026, 1, 1), timedelta(days=1))


def test_next_wake_is_capped_and_finds_the_next_due_time() -> None:
    reminders = rm.schedule_for("n1", _timeline(date(2026, 6, 30)), tz=SHANGHAI)
    first = reminders[0]
    far = first.due_utc - timedelta(days=3)
    assert rm.next_wake(reminders, far, set(), {}) == far + timedelta(hours=1)
    near = first.due_utc - timedelta(minutes=20)
    assert rm.next_wake(reminders, near, set(), {}) == first.due_utc
    # Once due and left unacknowledged, it does not make the caller spin.
    after = first.due_utc + timedelta(minutes=1)
    assert rm.next_wake(reminders, after, set(), {}) == after + timedelta(hours=1)
    # A snooze ending soon is a wake-up time too.
    snoozed = rm.snooze(first.key, after, timedelta(minutes=10))
    assert rm.next_wake(reminders, after, set(), snoozed) == after + timedelta(minutes=10)
    assert rm.next_wake(reminders, after, {first.key}, snoozed) == after + timedelta(hours=1)


def test_next_wake_with_nothing_left() -> None:
    now = datetime(2026, 1, 1, 8, 0, tzinfo=UTC)
    assert rm.next_wake([], now, set(), {}, max_wait=timedelta(minutes=15)) == now + timedelta(
        minutes=15
    )
    with pytest.raises(ValueError):
        rm.next_wake([], now, set(), {}, max_wait=timedelta(0))


@given(
    cancel=st.dates(min_value=date(2020, 1, 1), max_value=date(2040, 12, 31)),
    now=st.datetimes(
        min_value=datetime(2019, 1, 1), max_value=datetime(2041, 12, 31), timezones=st.just(UTC)
    ),
    zone=st.sampled_from(["America/New_York", "Asia/Shanghai", "Europe/London", "UTC"]),
)
def test_next_wake_never_skips_a_reminder(cancel: date, now: datetime, zone: str) -> None:
    tz = ZoneInfo(zone)
    reminders = rm.schedule_for("n", _timeline(cancel, "US"), tz=tz)
    wake = rm.next_wake(reminders, now, set(), {})
    assert now < wake <= now + rm.DEFAULT_MAX_WAIT
    # Nothing becomes due strictly between now and the wake-up time.
    assert all(not (now < r.due_utc < wake) for r in reminders)
    assert all(r.due.hour == 9 for r in reminders)


def test_locked_text_is_generic() -> None:
    text = rm.locked_text()
    assert text.context == "Reminders"
    assert text.render() == "Ringoff has a reminder for you"
    assert not text.args


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("before_cancel", "Days left before +86 138 0000 0000 is cancelled: 3."),
        ("cancel_day", "+86 138 0000 0000 is due to be cancelled today."),
        ("before_reissue", "Days left before +86 138 0000 0000 may be given to someone else: 3."),
    ],
)
def test_detail_text(kind: rm.Kind, expected: str) -> None:
    r = rm.Reminder("n1", kind, datetime(2026, 6, 27, 9, tzinfo=SHANGHAI), 3, "k")
    text = rm.detail_text(r, "+86 138 0000 0000", 3)
    assert text.context == "Reminders"
    assert text.render().startswith(expected)
