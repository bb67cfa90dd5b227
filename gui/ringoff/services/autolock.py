"""Auto-lock: an inactivity filter on the app's windows, the system's own sleep and screen-lock
signals, and a sleep detector as the last resort.

Any key press, mouse click, wheel or touch in any of the app's windows counts as use. A timer checks
every few seconds; locking happens after ``minutes`` without use. The clocks are parameters so
tests can move time by hand and call :meth:`IdleWatcher.check`.

Sleep: the monotonic clock stops while the computer sleeps (Linux CLOCK_MONOTONIC, macOS
mach_absolute_time) but the wall clock does not, so a wall-clock jump much larger than the
monotonic step between two checks means the machine slept; with "lock when the computer
sleeps" on, the session locks. That gap never shows on Windows (Python's monotonic clock counts
sleep there), and it sees no screen lock anywhere, so :func:`lock_signals` listens to what each
system says, as KeePassXC does:

* Linux: logind's ``PrepareForSleep(true)`` and the session's ``Lock`` on the system bus
  (https://www.freedesktop.org/software/systemd/man/latest/org.freedesktop.login1.html), and the
  screen saver's ``ActiveChanged(true)`` on the session bus (``org.freedesktop.ScreenSaver``
  as KDE, Xfce and LXQt provide it; ``org.gnome.ScreenSaver``, ``org.cinnamon.ScreenSaver``,
  ``org.mate.ScreenSaver``), through QtDBus: :class:`~ringoff.services.lock_dbus.DBusLockSignals`.
* Windows: ``WM_POWERBROADCAST`` with ``PBT_APMSUSPEND`` (sent to every top-level window,
  https://learn.microsoft.com/en-us/windows/win32/power/pbt-apmsuspend) and
  ``WM_WTSSESSION_CHANGE`` with ``WTS_SESSION_LOCK`` after ``WTSRegisterSessionNotification``
  (https://learn.microsoft.com/en-us/windows/win32/api/wtsapi32/nf-wtsapi32-wtsregistersessionnotification,
  https://learn.microsoft.com/en-us/windows/win32/termserv/wm-wtssession-change), read by a Qt
  native event filter: :class:`WindowsLockFilter`.
* macOS: ``NSWorkspaceWillSleepNotification`` on the workspace's notification centre
  (https://developer.apple.com/documentation/appkit/nsworkspace/willsleepnotification) and the
  distributed ``com.apple.screenIsLocked`` notification that the login window posts (not
  documented by Apple; widely used, e.g. by KeePassXC), through the Objective-C runtime with
  ctypes: :class:`~ringoff.services.mac_lock.MacLockObserver`.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractNativeEventFilter,
    QCoreApplication,
    QEvent,
    QObject,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QWindow

from .lock_base import LockSignals

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.InputMethod,
}

SLEEP_GAP_SECONDS = 30.0


class IdleWatcher(QObject):
    idle = Signal(int)  # minutes
    slept = Signal()

    def __init__(
        self,
        minutes: int,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
        interval_ms: int = 5000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.minutes = minutes
        self.lock_on_sleep = True
        self._monotonic = monotonic
        self._wall = wall
        self._last_use = monotonic()
        self._last_check = (monotonic(), wall())
        self.active = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self.active = True
        self.touch()
        self._last_check = (self._monotonic(), self._wall())
        self._timer.start()

    def stop(self) -> None:
        self.active = False
        self._timer.stop()

    def touch(self) -> None:
        self._last_use = self._monotonic()

    def watch(self, app: QGuiApplication) -> None:
        """Count the input to each of *app*'s windows as use.

        The filter sits on the windows (QWindow), not on the application: the window system
        hands every key press and click to a window before its widgets see it. An
        application-wide Python filter sees every event of every object instead (layouts,
        paints, timers), and PySide6 wraps each for Python: that was ~15% of opening a page.
        A window is watched from the moment it first has the focus (a new dialog, the window
        itself); Qt keeps one entry per filter, so watching a window again changes nothing.
        """
        app.focusWindowChanged.connect(self._watch_window)
        for window in app.topLevelWindows():
            self._watch_window(window)

    def _watch_window(self, window: QWindow | None) -> None:
        if window is not None:
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.active and event.type() in _ACTIVITY:
            self._last_use = self._monotonic()
        return False

    def check(self) -> None:
        if not self.active:
            return
        mono, wall = self._monotonic(), self._wall()
        last_mono, last_wall = self._last_check
        self._last_check = (mono, wall)
        if self.lock_on_sleep and (wall - last_wall) - (mono - last_mono) > SLEEP_GAP_SECONDS:
            self.stop()
            self.slept.emit()
            return
        if self.minutes > 0 and mono - self._last_use >= self.minutes * 60:
            self.stop()
            self.idle.emit(self.minutes)


# --- the system's own signals --------------------------------------------------------------


# Windows messages (WinUser.h, WtsApi32.h).
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x0007
NOTIFY_FOR_THIS_SESSION = 0


class _MSG(ctypes.Structure):
    # MSG (https://learn.microsoft.com/en-us/windows/win32/api/winuser/ns-winuser-msg)
    _fields_ = [
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),  # WPARAM: UINT_PTR
        ("lParam", ctypes.c_ssize_t),  # LPARAM: LONG_PTR
        ("time", ctypes.c_uint32),
        ("pt_x", ctypes.c_long),
        ("pt_y", ctypes.c_long),
    ]


def windows_event(message_address: int) -> str | None:
    """What one Windows message says: "sleep", "lock" or None (the rest of the traffic)."""
    if not message_address:
        return None
    msg = _MSG.from_address(message_address)
    if msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND:
        return "sleep"
    if msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK:
        return "lock"
    return None


class _NativeFilter(QAbstractNativeEventFilter):
    def __init__(self, owner: WindowsLockFilter) -> None:
        super().__init__()
        self.owner = owner

    def nativeEventFilter(self, eventType: Any, message: Any) -> Any:  # noqa: N802, N803
        if bytes(eventType) == b"windows_generic_MSG":
            found = windows_event(int(message))
            if found == "sleep":
                self.owner.sleeping.emit()
            elif found == "lock":
                self.owner.screen_locked.emit()
        return False, 0  # never swallow a message: Qt and Windows still get it


class WindowsLockFilter(LockSignals):
    """Windows: a native event filter for sleep and session-lock messages."""

    def __init__(self, window_id: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.filter = _NativeFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.installNativeEventFilter(self.filter)
            self.sources.append("power")
        self._hwnd = window_id
        if window_id and sys.platform == "win32":
            try:
                wtsapi = ctypes.WinDLL("wtsapi32")
                if wtsapi.WTSRegisterSessionNotification(
                    ctypes.c_void_p(window_id), NOTIFY_FOR_THIS_SESSION
                ):
                    self.sources.append("session")
            except OSError:
                pass

    def close(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeNativeEventFilter(self.filter)
        if self._hwnd and sys.platform == "win32" and "session" in self.sources:
            with contextlib.suppress(OSError):
                ctypes.WinDLL("wtsapi32").WTSUnRegisterSessionNotification(
                    ctypes.c_void_p(self._hwnd)
                )


def _guarded_mac_observer(parent: QObject | None) -> LockSignals | None:
    """The macOS observer, unless setting it up killed Ringoff last time.

    It talks to the Objective-C runtime directly, where a mistake ends the process instead of
    raising. A marker file is written before the attempt and removed after it; if the marker
    is still there at the next start, that attempt crashed, and the clock gap is used instead.
    """
    from ..storage.resources import cache_dir

    marker = cache_dir() / "mac-lock-observer-trying"
    if marker.exists():
        return None
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_bytes(b"")
    except OSError:
        return None  # without the marker the attempt is not safe to make
    from .mac_lock import MacLockObserver

    observer = MacLockObserver(parent)
    with contextlib.suppress(OSError):
        marker.unlink()
    return observer


def lock_signals(
    parent: QObject | None = None, *, window_id: int | None = None, platform: str | None = None
) -> LockSignals | None:
    """The listener for this system, or None where none can be had (the clock gap remains)."""
    platform = platform or sys.platform
    try:
        if platform == "win32":
            return WindowsLockFilter(window_id, parent)
        if platform == "darwin":
            return _guarded_mac_observer(parent)
        from .lock_dbus import DBusLockSignals

        listener: LockSignals = DBusLockSignals(parent=parent)
    except Exception:  # a missing library or bus must never stop the app
        return None
    return listener if listener.sources else None
