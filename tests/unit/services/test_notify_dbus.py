"""Reminders reach the freedesktop notification service on a private D-Bus session bus.

The "done when" of issue 19: no tray anywhere (the offscreen platform has none), a session bus
of our own (``dbus-daemon --session``), and a recorder of Notify calls standing in for the
desktop's notification service (tests/helpers/notify_recorder.py, which insists on the exact
signature real servers want). The reminder is due, the vault is locked, and what arrives is the
generic sentence only. Needs Debian's ``dbus-daemon`` (package ``dbus-daemon`` / ``dbus``).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from helpers.buses import round_trip
from helpers.vaults import (
    MARKER_ASCII,
    MARKER_CHINESE,
    FakeClock,
    make_vault,
    markers_in,
    open_with_passphrase,
    run_cli,
)

from ringoff.core.model import NumberStatus, PhoneNumber
from ringoff.core.reminders import schedule_for
from ringoff.core.timeline import timeline_for_number
from ringoff.services import libdbus
from ringoff.services.agent import Agent, notify_due
from ringoff.services.notifier import FallbackNotifier, make_notifier, tray_available
from ringoff.services.notify_freedesktop import FreedesktopNotifier, freedesktop_available
from ringoff.services.reminder_clock import ReminderClock
from ringoff.services.session import Session
from ringoff.storage import keys
from ringoff.storage import schedule as schedule_mod

HERE = Path(__file__).resolve().parents[2]
RECORDER = HERE / "helpers" / "notify_recorder.py"
GENERIC = "Ringoff has a reminder for you"
NUMBER = "+8613812345678"
START = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)

pytestmark = pytest.mark.skipif(
    shutil.which("dbus-daemon") is None,
    reason="dbus-daemon is not installed (Debian package 'dbus-daemon', part of 'dbus')",
)


class Bus:
    def __init__(self, address: str, records: Path) -> None:
        self.address = address
        self.records = records

    def calls(self) -> list[dict[str, object]]:
        if not self.records.exists():
            return []
        return [json.loads(line) for line in self.records.read_text("utf-8").splitlines()]


@pytest.fixture
def session_bus(tmp_path: Path) -> Iterator[str]:
    """A private session bus: its address; the daemon is stopped afterwards."""
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # "Failed to set fd limit" when not allowed: harmless
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    try:
        assert address.startswith("unix:"), address
        yield address
    finally:
        daemon.terminate()
        daemon.wait(10)
        daemon.stdout.close()


@pytest.fixture
def recorder(session_bus: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Bus]:
    """The stand-in notification service on the private bus, which becomes the session bus."""
    records = tmp_path / "notify.jsonl"
    proc = subprocess.Popen(
        [sys.executable, str(RECORDER), session_bus, str(records)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        deadline = time.monotonic() + 20
        while not libdbus.name_has_owner(session_bus, "org.freedesktop.Notifications"):
            assert proc.poll() is None, "the recorder stopped"
            assert time.monotonic() < deadline, "the recorder never came up"
            time.sleep(0.05)
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", session_bus)
        monkeypatch.setenv("RINGOFF_NOTIFY", "auto")
        yield Bus(session_bus, records)
    finally:
        proc.terminate()
        proc.wait(10)


def _locked_vault_with_due_reminders(folder: Path, clock: FakeClock) -> Session:
    vault, _ = make_vault(folder, clock=clock)
    person = vault.add_person(MARKER_CHINESE)
    vault.add_number(
        PhoneNumber(
            e164=NUMBER,
            person_id=person.id,
            region="CN",
            carrier=MARKER_ASCII,
            status=NumberStatus.CANCEL_PLANNED,
            cancel_on=START.date() + timedelta(days=10),
        )
    )
    session = Session(vault.path, clock=clock, kdf=keys.TEST_KDF)
    session.adopt(vault)
    ReminderClock(session, clock, zone=lambda: UTC).start()  # writes the schedule file
    session.lock("manual")
    return session


def test_no_tray_here_and_no_service_means_no_freedesktop(qapp: object, session_bus: str) -> None:
    assert not tray_available()
    assert not freedesktop_available(session_bus)  # nobody owns the name, nothing to activate
    assert not freedesktop_available("")


def test_the_helper_s_reminder_reaches_the_notification_service(
    qapp: object, recorder: Bus, tmp_path: Path
) -> None:
    clock = FakeClock(START)
    session = _locked_vault_with_due_reminders(tmp_path, clock)
    assert not tray_available()
    notifier = make_notifier()
    assert isinstance(notifier, FallbackNotifier) and notifier.kind == "freedesktop"
    agent = Agent(
        session.vault_path,
        lambda message, tag: notifier.notify(message, tag=tag),
        clock=clock,
        app_running=lambda: False,
    )
    assert agent.check() == 2  # the 30- and 14-days reminders, in one notification
    calls = recorder.calls()
    assert len(calls) == 1
    call = calls[0]
    assert call["signature"] == "susssasa{sv}i"
    assert call["body"] == GENERIC
    assert call["summary"] == "Ringoff"
    assert str(call["app_icon"]).startswith("file://") and str(call["app_icon"]).endswith(".svg")
    assert call["actions"] == ["default", "Open Ringoff"]
    text = json.dumps(call, ensure_ascii=False).encode("utf-8")
    assert markers_in(text) == [] and b"5678" not in text
    assert notifier.fallback is None  # no tray icon was made
    # Never twice for the same due time.
    assert agent.check() == 0 and len(recorder.calls()) == 1
    notifier.close()


def test_a_click_tells_which_reminder_and_the_app_finds_the_number(
    qapp: object, qtbot: object, recorder: Bus, tmp_path: Path
) -> None:
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    clock = FakeClock(START)
    session = _locked_vault_with_due_reminders(tmp_path, clock)
    notifier = FreedesktopNotifier(recorder.address)
    assert notifier._bus is not None
    round_trip(notifier._bus)  # the click below must not beat the notifier's match rules
    tags: list[str] = []
    notifier.clicked.connect(tags.append)
    count, shown = notify_due(session.vault_path, clock.now, lambda m, t: notifier.notify(m, tag=t))
    assert (count, shown) == (2, True)
    notification_id = recorder.calls()[0]["id"]

    # The desktop says the notification was clicked: a real signal on the bus.
    bus = QDBusConnection.connectToBus(recorder.address, "test-emitter")
    for key, nid in (("default", 999), ("default", notification_id)):
        signal = QDBusMessage.createSignal(
            "/org/freedesktop/Notifications", "org.freedesktop.Notifications", "ActionInvoked"
        )
        signal.setArguments([nid, key])
        assert bus.send(signal)
    qtbot.waitUntil(lambda: len(tags) == 1, timeout=5000)  # type: ignore[attr-defined]
    qtbot.wait(100)  # type: ignore[attr-defined]
    assert len(tags) == 1  # another program's notification (id 999) is not ours
    QDBusConnection.disconnectFromBus("test-emitter")

    # After unlock, the app knows which number the clicked (generic) reminder was about.
    reopened = Session(session.vault_path, clock=clock, kdf=keys.TEST_KDF)
    reopened.adopt(open_with_passphrase(session.vault_path))
    clock_ = ReminderClock(reopened, clock, zone=lambda: UTC)
    number_id = reopened.vault.numbers()[0].id
    assert clock_.number_for_tag(tags[0]) == number_id
    assert clock_.number_for_tag("number:" + number_id) == number_id
    assert clock_.number_for_tag("0" * 32) is None
    reopened.lock("manual")
    notifier.close()


def test_ringoff_remind_notify_on_the_command_line(recorder: Bus, tmp_path: Path) -> None:
    """The same path from ``ringoff remind --notify``, in a child process as a script runs it."""
    from unit.cli.test_reminders import _vault_with_a_number

    home = tmp_path / "home"
    path = _vault_with_a_number(home, 10)
    vault = open_with_passphrase(path)
    with vault:
        number = vault.numbers()[0]
        reminders = schedule_for(
            number.id, timeline_for_number(number, datetime.now(UTC).date()), tz=UTC
        )
    schedule_mod.write_schedule(schedule_mod.schedule_path(path), reminders, set())
    env = {"DBUS_SESSION_BUS_ADDRESS": recorder.address}
    result = run_cli("remind", "--notify", home=home, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() and set(result.stdout.splitlines()) == {GENERIC}
    assert [c["body"] for c in recorder.calls()] == [GENERIC]
    again = run_cli("remind", "--notify", home=home, env=env)
    assert again.returncode == 0 and again.stdout == ""
    assert len(recorder.calls()) == 1  # not twice


def test_while_unlocked_the_app_says_more_but_never_the_whole_number(
    qapp: object, recorder: Bus, tmp_path: Path
) -> None:
    clock = FakeClock(START)
    session = _locked_vault_with_due_reminders(tmp_path, clock)
    unlocked = Session(session.vault_path, clock=clock, kdf=keys.TEST_KDF)
    unlocked.adopt(open_with_passphrase(session.vault_path))
    notifier = FreedesktopNotifier(recorder.address)
    reminders = ReminderClock(unlocked, clock, notifier=notifier, zone=lambda: UTC)
    reminders.start()  # what is due at unlock goes to the home page's banner, not a notification
    assert recorder.calls() == []
    clock.advance(days=3)  # the 7-days reminder falls due while the app is open
    reminders.check()
    calls = recorder.calls()
    assert len(calls) == 1
    body = str(calls[0]["body"])
    assert "138 **** 5678" in body and "Days left" in body
    text = json.dumps(calls[0], ensure_ascii=False).encode("utf-8")
    assert b"13812345678" not in text and markers_in(text) == []
    unlocked.lock("manual")
    notifier.close()
