"""The lock that hears the computer: each system's sleep and screen-lock signal, faked.

Linux: real D-Bus signals, emitted on a private bus (``dbus-daemon --session``) that stands in
for both the system bus (logind) and the session bus (the screen saver). Windows: the messages
the native event filter reads, built in memory exactly as Windows lays out a MSG (this runs on
every system). macOS: only where the Objective-C runtime is there.
"""

from __future__ import annotations

import ctypes
import shutil
import subprocess
import sys
from collections.abc import Iterator

import pytest
from helpers.buses import round_trip
from PySide6.QtCore import QByteArray
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from ringoff.services.autolock import (
    _MSG,
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    LockSignals,
    WindowsLockFilter,
    lock_signals,
    windows_event,
)
from ringoff.services.lock_dbus import DBusLockSignals, login1_session_path

needs_dbus = pytest.mark.skipif(
    shutil.which("dbus-daemon") is None,
    reason="dbus-daemon is not installed (Debian package 'dbus-daemon', part of 'dbus')",
)


@pytest.fixture
def bus_address() -> Iterator[str]:
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    try:
        yield address
    finally:
        daemon.terminate()
        daemon.wait(10)
        daemon.stdout.close()


class Heard:
    def __init__(self, signals: LockSignals) -> None:
        self.events: list[str] = []
        signals.sleeping.connect(lambda: self.events.append("sleep"))
        signals.screen_locked.connect(lambda: self.events.append("lock"))


def _emit(bus: QDBusConnection, path: str, iface: str, name: str, *args: object) -> None:
    message = QDBusMessage.createSignal(path, iface, name)
    if args:
        message.setArguments(list(args))
    assert bus.send(message)


@needs_dbus
def test_logind_and_the_screen_saver_over_a_real_bus(
    qapp: object, qtbot: object, bus_address: str
) -> None:
    listen = QDBusConnection.connectToBus(bus_address, "listener")
    talk = QDBusConnection.connectToBus(bus_address, "emitter")
    signals = DBusLockSignals(listen, listen, session_id="2")
    assert signals.sources == ["logind", "screensaver"]
    round_trip(listen)
    heard = Heard(signals)
    wait = qtbot.waitUntil  # type: ignore[attr-defined]

    _emit(
        talk, "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", True
    )
    wait(lambda: heard.events == ["sleep"], timeout=5000)
    # Waking up, a screen saver switching off, another user's session: none of them lock.
    _emit(
        talk, "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", False
    )
    _emit(talk, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", False)
    _emit(talk, "/org/freedesktop/login1/session/_37", "org.freedesktop.login1.Session", "Lock")
    _emit(talk, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", True)
    wait(lambda: len(heard.events) == 2, timeout=5000)
    assert heard.events == ["sleep", "lock"]
    _emit(talk, "/org/freedesktop/login1/session/_32", "org.freedesktop.login1.Session", "Lock")
    _emit(talk, "/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", True)
    wait(lambda: len(heard.events) == 4, timeout=5000)
    assert heard.events == ["sleep", "lock", "lock", "lock"]
    signals.close()
    _emit(
        talk, "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", True
    )
    qtbot.wait(200)  # type: ignore[attr-defined]
    assert len(heard.events) == 4  # closed: not listening any more
    for name in ("listener", "emitter"):
        QDBusConnection.disconnectFromBus(name)


def test_logind_session_paths_are_escaped_as_systemd_does() -> None:
    assert login1_session_path("2") == "/org/freedesktop/login1/session/_32"
    assert login1_session_path("c1") == "/org/freedesktop/login1/session/c1"
    assert login1_session_path("c-1") == "/org/freedesktop/login1/session/c_2d1"
    assert login1_session_path("") == ""


def _message(message: int, wparam: int) -> _MSG:
    return _MSG(hwnd=None, message=message, wParam=wparam, lParam=0, time=0, pt_x=0, pt_y=0)


def test_windows_messages_are_read_from_memory() -> None:
    cases = {
        (WM_POWERBROADCAST, PBT_APMSUSPEND): "sleep",
        (WM_POWERBROADCAST, 0x0012): None,  # PBT_APMRESUMEAUTOMATIC: waking up
        (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK): "lock",
        (WM_WTSSESSION_CHANGE, 0x0008): None,  # WTS_SESSION_UNLOCK
        (0x0100, PBT_APMSUSPEND): None,  # WM_KEYDOWN with the same wParam
    }
    for (message, wparam), expected in cases.items():
        msg = _message(message, wparam)
        assert windows_event(ctypes.addressof(msg)) == expected
    assert windows_event(0) is None


def test_the_windows_filter_turns_messages_into_signals(qapp: object) -> None:
    signals = WindowsLockFilter()
    heard = Heard(signals)
    suspend = _message(WM_POWERBROADCAST, PBT_APMSUSPEND)
    locked = _message(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
    kind = QByteArray(b"windows_generic_MSG")
    assert signals.filter.nativeEventFilter(kind, ctypes.addressof(suspend)) == (False, 0)
    signals.filter.nativeEventFilter(kind, ctypes.addressof(locked))
    # Another platform's event type is never read as a MSG.
    signals.filter.nativeEventFilter(QByteArray(b"xcb_generic_event_t"), ctypes.addressof(locked))
    assert heard.events == ["sleep", "lock"]
    signals.close()


@pytest.mark.skipif(sys.platform != "darwin", reason="the Objective-C runtime is macOS's")
def test_macos_observer_registers(qapp: object) -> None:
    signals = lock_signals(platform="darwin")
    assert signals is not None and signals.sources == ["workspace", "screen"]
    signals.close()


def test_without_any_bus_there_is_no_listener(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/ringoff-test-bus")
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent/ringoff-test-bus")
    assert lock_signals(platform="linux") is None


def test_a_crashed_macos_setup_is_not_tried_again(
    qapp: object, tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Objective-C calls cannot raise when wrong: a marker left by a crash disables them."""
    import ringoff.services.mac_lock as mac_lock
    from ringoff.storage.resources import cache_dir

    monkeypatch.setenv("RINGOFF_HOME", str(tmp_path))
    made: list[bool] = []

    class Observer(LockSignals):
        def __init__(self, parent: object = None) -> None:
            super().__init__()
            made.append(True)
            self.sources.append("workspace")

    monkeypatch.setattr(mac_lock, "MacLockObserver", Observer)
    marker = cache_dir() / "mac-lock-observer-trying"
    assert lock_signals(platform="darwin") is not None and made == [True]
    assert not marker.exists()  # the attempt finished
    marker.write_bytes(b"")  # as a crash in the middle would leave it
    assert lock_signals(platform="darwin") is None and made == [True]  # not tried again
