"""Auto-lock: an application-wide inactivity filter, and a sleep detector.

Any key press, mouse click, wheel or touch anywhere in the app counts as use. A timer checks
every few seconds; locking happens after ``minutes`` without use. The clocks are parameters so
tests can move time by hand and call :meth:`IdleWatcher.check`.

Sleep: the monotonic clock stops while the computer sleeps (Linux CLOCK_MONOTONIC, macOS
mach_absolute_time) but the wall clock does not, so a wall-clock jump much larger than the
monotonic step between two checks means the machine slept; with "lock when the computer
sleeps" on, the session locks. Qt has no portable screen-lock signal, so this is the portable
part; platform listeners can call ``session.lock("screen")`` directly.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

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
