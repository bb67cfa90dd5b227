"""What lives as long as the window but shows nothing: locking after the chosen idle time, when
the computer sleeps or the screen locks (the system's own signals, the clock gap as the last
resort), following the settings as they change, and a copied secret cleared from the clipboard.

The window's half (the repair notes' message box, the reminders wired to the window, the
backups at unlock and lock) is :mod:`ringoff.ui.lifecycle`, which builds on this class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QGuiApplication

from .autolock import IdleWatcher, lock_signals
from .lock_base import LockSignals

if TYPE_CHECKING:
    from ..storage.settings import Settings
    from .session import Session

#: ``signals`` for :class:`SessionLifecycle`: listen to the system's own sleep and lock signals.
SYSTEM = object()


class SessionLifecycle(QObject):
    """Locks the session when the person is away; clears a copied secret after a while.

    Reads ``autolock_minutes``, ``lock_on_sleep`` and ``clipboard_seconds`` from *settings*;
    call :meth:`on_setting` after one of them was saved. Call :meth:`begin` once the owner has
    wired its own handlers: a session that is already unlocked is then treated as just unlocked.
    """

    def __init__(
        self,
        session: Session,
        settings: Settings,
        *,
        watcher: IdleWatcher | None = None,
        signals: LockSignals | object | None = SYSTEM,
        window_id: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.watcher = watcher or IdleWatcher(int(settings["autolock_minutes"]), parent=self)
        self.watcher.lock_on_sleep = bool(settings["lock_on_sleep"])
        app = QCoreApplication.instance()
        if isinstance(app, QGuiApplication):
            self.watcher.watch(app)  # every key press and click in a window counts as use
        self.watcher.idle.connect(lambda minutes: session.lock("idle", minutes=minutes))
        self.watcher.slept.connect(lambda: session.lock("sleep"))
        if signals is SYSTEM:
            signals = lock_signals(self, window_id=window_id)
        self.lock_signals = signals if isinstance(signals, LockSignals) else None
        if self.lock_signals is not None:
            self.lock_signals.sleeping.connect(lambda: self._system_lock("sleep"))
            self.lock_signals.screen_locked.connect(lambda: self._system_lock("screen"))
        session.unlocked.connect(self._on_unlocked)
        session.locked.connect(lambda _reason: self.watcher.stop())
        self._clipboard_text: str | None = None
        self._clipboard_timer = QTimer(self)
        self._clipboard_timer.setSingleShot(True)
        self._clipboard_timer.timeout.connect(self._clear_clipboard)

    def begin(self) -> None:
        """Act on a session that was unlocked before this object existed."""
        if self.session.is_unlocked:
            self._on_unlocked()

    def _on_unlocked(self) -> None:
        self.watcher.start()

    def _system_lock(self, reason: str) -> None:
        """The computer is going to sleep or its screen locked: lock too, if the person wants."""
        if self.session.is_unlocked and bool(self.settings["lock_on_sleep"]):
            self.session.lock(reason)

    def on_setting(self, key: str) -> None:
        """A setting was saved: follow it at once."""
        if key == "autolock_minutes":
            self.watcher.minutes = int(self.settings["autolock_minutes"])
        elif key == "lock_on_sleep":
            self.watcher.lock_on_sleep = bool(self.settings["lock_on_sleep"])

    # -- clipboard --

    def copy_sensitive(self, text: str) -> None:
        """Copy *text* and clear it after the configured number of seconds (if unchanged)."""
        QGuiApplication.clipboard().setText(text)
        self._clipboard_text = text
        seconds = int(self.settings["clipboard_seconds"])
        if seconds > 0:
            self._clipboard_timer.start(seconds * 1000)

    def _clear_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if self._clipboard_text is not None and clipboard.text() == self._clipboard_text:
            clipboard.clear()
        self._clipboard_text = None


__all__ = ["SYSTEM", "SessionLifecycle"]
