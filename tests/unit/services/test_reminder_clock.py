"""The reminder clock and the tray agent: hourly re-checks, sleep, locked text, schedule file.

These need QtCore (QTimer, QObject signals) but no window; the clock is a FakeClock moved by hand
and the timer's timeout is fired by hand instead of waiting.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from helpers.vaults import MARKER_ASCII, MARKER_CHINESE, FakeClock, make_vault, markers_in
from helpers.vaults import open_with_passphrase as reopen

from ringoff.core.model import NumberStatus, PhoneNumber
from ringoff.services.agent import Agent, app_is_running
from ringoff.services.notifier import FakeNotifier
from ringoff.services.reminder_clock import (
    MAX_WAIT_MS,
    ReminderClock,
    ReminderState,
    interval_ms,
    load_state,
)
from ringoff.services.session import Session
from ringoff.storage import keys
from ringoff.storage import schedule as schedule_mod

START = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
GENERIC = "Ringoff has a reminder for you"
NUMBER = "+8613812345678"


def _setup(
    folder: Path, cancel_in_days: int, clock: FakeClock
) -> tuple[Session, ReminderClock, FakeNotifier]:
    vault, _ = make_vault(folder, clock=clock)
    person = vault.add_person(MARKER_CHINESE)
    vault.add_number(
        PhoneNumber(
            e164=NUMBER,
            person_id=person.id,
            region="CN",
            carrier=MARKER_ASCII,
            status=NumberStatus.CANCEL_PLANNED,
            cancel_on=START.date() + timedelta(days=cancel_in_days),
            notes=MARKER_ASCII,
        )
    )
    session = Session(vault.path, clock=clock, kdf=keys.TEST_KDF)
    session.adopt(vault)
    notifier = FakeNotifier()
    reminders = ReminderClock(session, clock, notifier=notifier, zone=lambda: UTC)
    reminders.start()
    return session, reminders, notifier


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def made(qapp: object, tmp_path: Path, clock: FakeClock) -> Iterator[list[Session]]:
    sessions: list[Session] = []
    yield sessions
    for s in sessions:
        s.lock("manual")


def test_never_arms_a_timer_longer_than_an_hour(
    made: list[Session], tmp_path: Path, clock: FakeClock
) -> None:
    session, reminders, _ = _setup(tmp_path, 200, clock)  # the first reminder is months away
    made.append(session)
    assert 0 < reminders.timer.interval() <= MAX_WAIT_MS
    for _ in range(50):
        clock.advance(hours=7)
        reminders.timer.timeout.emit()
        assert reminders.timer.isActive()
    session.lock("manual")
    for _ in range(5):
        clock.advance(days=3)
        reminders.timer.timeout.emit()
    assert reminders.longest_ms <= MAX_WAIT_MS
    assert reminders.longest_ms == MAX_WAIT_MS  # the cap was actually reached, not just missed


def test_plans_the_next_due_time_when_it_is_closer_than_an_hour(
    made: list[Session], tmp_path: Path, clock: FakeClock
) -> None:
    session, reminders, _ = _setup(tmp_path, 37, clock)  # the 30-days reminder: 7 days, 09:00
    made.append(session)
    clock.now = datetime(2026, 3, 8, 8, 50, tzinfo=UTC)
    reminders.check()
    assert reminders.timer.interval() == 10 * 60 * 1000 + 500
    assert interval_ms(START, START + timedelta(days=40)) == MAX_WAIT_MS
    assert interval_ms(START, START) == 1000


def test_a_machine_that_slept_past_a_reminder_gets_it_once(
    made: list[Session], tmp_path: Path, clock: FakeClock
) -> None:
    session, reminders, notifier = _setup(tmp_path, 10, clock)  # 7-days reminder in 3 days
    made.append(session)
    reminders.check()
    assert notifier.messages == []  # the old 30- and 14-days ones are the banner's business
    clock.advance(days=5)  # asleep: the timer never fired, the wall clock jumped
    reminders.timer.timeout.emit()
    assert len(notifier.messages) == 1
    assert "138 **** 5678" in notifier.messages[0]
    assert "Days left before 138 **** 5678 is cancelled: 5." in notifier.messages[0]
    assert "13812345678" not in notifier.messages[0]
    reminders.timer.timeout.emit()
    reminders.check()
    assert len(notifier.messages) == 1


def test_locked_text_is_generic_and_read_from_the_schedule_file(
    made: list[Session], tmp_path: Path, clock: FakeClock
) -> None:
    session, reminders, notifier = _setup(tmp_path, 10, clock)
    made.append(session)
    session.lock("manual")
    assert notifier.messages == []  # what was due before locking is not told again
    clock.advance(days=5)
    reminders.timer.timeout.emit()
    assert notifier.messages == [GENERIC]
    reminders.check()
    assert notifier.messages == [GENERIC]


def test_schedule_file_holds_no_user_data(
    made: list[Session], tmp_path: Path, clock: FakeClock
) -> None:
    session, reminders, _ = _setup(tmp_path, 10, clock)
    made.append(session)
    path = schedule_mod.schedule_path(session.vault_path)
    data = path.read_bytes()
    assert markers_in(data) == []
    # Whole numbers, not fragments: four digits can turn up in a random hash by chance.
    number = session.vault.numbers()[0]
    for secret in (number.e164.encode(), number.e164[3:].encode(), number.id.encode()):
        assert secret not in data
    schedule = schedule_mod.read_schedule(path)
    assert not schedule.damaged
    assert len(schedule.entries) == len(reminders.reminders()) == 7
    assert path.stat().st_mode & 0o777 == 0o600


def test_vault_changes_rewrite_the_schedule(
    made: list[Session], tmp_path: Path, clock: FakeClock
) -> None:
    session, reminders, _ = _setup(tmp_path, 10, clock)
    made.append(session)
    path = schedule_mod.schedule_path(session.vault_path)
    before = schedule_mod.read_schedule(path)
    number = session.vault.numbers()[0]
    from dataclasses import replace

    session.write(lambda v: v.update_number(replace(number, reminder_days=(7,))))
    after = schedule_mod.read_schedule(path)
    assert len(after.entries) == 3  # 7 days before, the day itself, before reissue
    assert after.salt == before.salt
    due = reminders.due()
    assert [d.reminder.kind for d in due] == []  # the 7-days one is still 3 days away
    assert reminders.reminders()[0].due.date() == date(2026, 3, 4)


def test_acknowledged_while_locked_is_merged_after_unlock(
    made: list[Session], tmp_path: Path, clock: FakeClock
) -> None:
    session, reminders, _ = _setup(tmp_path, 10, clock)
    path = session.vault_path
    session.lock("manual")
    clock.advance(days=5)
    schedule = schedule_mod.read_schedule(schedule_mod.schedule_path(path))
    due = schedule_mod.due_keys(schedule, clock.now)
    assert len(due) == 3  # 30, 14 and 7 days before
    assert schedule_mod.acknowledge(schedule_mod.schedule_path(path), due) == 3
    session.adopt(reopen(path, clock=clock))
    made.append(session)
    state = load_state(session.vault)
    assert len(state.acknowledged) == 3
    assert reminders.due() == []


def test_reminder_state_survives_bad_prefs() -> None:
    assert ReminderState.from_json("nonsense") == ReminderState()
    state = ReminderState.from_json(
        {"acknowledged": ["a", 3], "snoozed": {"b": "not a date", "c": "2026-03-02T09:00:00"}}
    )
    assert state.acknowledged == frozenset({"a"}) and dict(state.snoozed) == {}
    when = datetime(2026, 3, 2, 9, tzinfo=UTC)
    round_trip = ReminderState.from_json(ReminderState().snooze(["k"], when).to_json())
    assert dict(round_trip.snoozed) == {"k": when}
    assert round_trip.acknowledge(["k"]).snoozed == {}


# --- the agent ---------------------------------------------------------------------------


def test_agent_shows_the_generic_text_once_and_marks_it(
    made: list[Session], tmp_path: Path, clock: FakeClock
) -> None:
    session, _, _ = _setup(tmp_path, 10, clock)
    path = session.vault_path
    session.lock("manual")
    shown: list[str] = []
    running = [True]
    agent = Agent(
        path, lambda m, _tag: shown.append(m) is None, clock=clock, app_running=lambda: running[0]
    )
    assert agent.check() == 0 and shown == []  # the app has the vault open: leave it to the app
    running[0] = False
    assert agent.check() == 2  # the 30- and 14-days reminders
    assert shown == [GENERIC]
    assert agent.check() == 0 and shown == [GENERIC]
    clock.advance(days=5)
    agent.timer.timeout.emit()
    assert shown == [GENERIC, GENERIC]
    assert 0 < agent.longest_ms <= MAX_WAIT_MS


def test_a_missed_reminder_is_shown_once_at_the_next_start(
    made: list[Session], tmp_path: Path, clock: FakeClock
) -> None:
    """The computer was off when reminders fell due: the next start shows them once."""
    session, _, _ = _setup(tmp_path, 10, clock)
    session.lock("manual")
    clock.advance(days=8)  # switched off for a week: the 7-, 3- and 1-day reminders passed too
    first: list[str] = []
    agent = Agent(
        session.vault_path,
        lambda m, _t: first.append(m) is None,
        clock=clock,
        app_running=lambda: False,
    )
    assert agent.check() == 4  # 30, 14, 7 and 3 days before, all at once
    assert first == [GENERIC]  # one notification, not four
    second: list[str] = []
    again = Agent(
        session.vault_path,
        lambda m, _t: second.append(m) is None,
        clock=clock,
        app_running=lambda: False,
    )
    assert again.check() == 0 and second == []  # the start after that: nothing again


def test_agent_keeps_reminders_it_could_not_show(
    made: list[Session], tmp_path: Path, clock: FakeClock
) -> None:
    session, _, _ = _setup(tmp_path, 10, clock)
    session.lock("manual")
    agent = Agent(session.vault_path, lambda m, _tag: False, clock=clock, app_running=lambda: False)
    assert agent.check() == 0
    schedule = schedule_mod.read_schedule(schedule_mod.schedule_path(session.vault_path))
    assert len(schedule_mod.due_keys(schedule, clock.now)) == 2


def test_app_is_running_only_connects(qtbot: object, tmp_path: Path) -> None:
    from ringoff.services.single_instance import InstanceServer

    vault = tmp_path / "x.vault"
    assert not app_is_running(vault)
    server = InstanceServer(vault)
    raised: list[bool] = []
    server.raise_requested.connect(lambda: raised.append(True))
    try:
        assert app_is_running(vault)
        qtbot.wait(200)  # type: ignore[attr-defined]
        assert raised == []  # the window was not asked to come forward
    finally:
        server.close()


def test_the_dock_policy_is_macos_only_and_not_retried_after_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ringoff.services.agent as agent_mod
    from ringoff.storage.resources import cache_dir

    monkeypatch.setenv("RINGOFF_HOME", str(tmp_path))
    calls: list[bool] = []
    monkeypatch.setattr(agent_mod, "_set_accessory_policy", lambda: calls.append(True) or True)
    assert agent_mod.hide_from_dock("linux") is False and calls == []
    assert agent_mod.hide_from_dock("darwin") is True and calls == [True]
    (cache_dir() / "mac-dock-policy-trying").write_bytes(b"")  # left by a crash
    assert agent_mod.hide_from_dock("darwin") is False and calls == [True]
