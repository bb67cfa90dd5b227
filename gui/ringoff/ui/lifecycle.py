"""Wiring that lives as long as the window: auto-lock, locking when the computer sleeps or the
screen locks (the system's own signals, the clock gap as the last resort), backups on unlock,
clipboard.

Kept apart from the window so tests can attach it with a fake clock and drive it directly.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..services.autolock import IdleWatcher, LockSignals, lock_signals
from .context import AppContext

#: ``signals`` for :class:`Lifecycle`: listen to the system's own sleep and lock signals.
SYSTEM = object()


class Lifecycle(QObject):
    def __init__(
        self,
        ctx: AppContext,
        window: QWidget,
        watcher: IdleWatcher | None = None,
        signals: LockSignals | object | None = SYSTEM,
    ):
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.watcher = watcher or IdleWatcher(int(ctx.settings["autolock_minutes"]), parent=self)
        self.watcher.lock_on_sleep = bool(ctx.settings["lock_on_sleep"])
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.watcher)
        self.watcher.idle.connect(lambda minutes: ctx.session.lock("idle", minutes=minutes))
        self.watcher.slept.connect(lambda: ctx.session.lock("sleep"))
        if signals is SYSTEM:
            import sys

            window_id = int(window.winId()) if sys.platform == "win32" else None
            signals = lock_signals(self, window_id=window_id)
        self.lock_signals = signals if isinstance(signals, LockSignals) else None
        if self.lock_signals is not None:
            self.lock_signals.sleeping.connect(lambda: self._system_lock("sleep"))
            self.lock_signals.screen_locked.connect(lambda: self._system_lock("screen"))
        ctx.session.unlocked.connect(self._on_unlocked)
        # At lock and at quit (quitting locks): a backup that holds the day's work.
        ctx.session.about_to_lock.connect(self._on_about_to_lock)
        ctx.session.locked.connect(lambda _reason: self.watcher.stop())
        ctx.settings_changed.connect(self._on_setting)
        self._clipboard_text: str | None = None
        self._clipboard_timer = QTimer(self)
        self._clipboard_timer.setSingleShot(True)
        self._clipboard_timer.timeout.connect(self._clear_clipboard)
        from .reminders_ui import install_reminders

        self.reminders = install_reminders(ctx, window, self)
        if ctx.session.is_unlocked:
            self._on_unlocked()

    def _system_lock(self, reason: str) -> None:
        """The computer is going to sleep or its screen locked: lock too, if the person wants."""
        if self.ctx.session.is_unlocked and bool(self.ctx.settings["lock_on_sleep"]):
            self.ctx.session.lock(reason)

    def _on_unlocked(self) -> None:
        self.watcher.start()
        self._show_repair_notes()
        if not self.ctx.demo:
            self._follow_backups_folder()
            self._backup()

    def _show_repair_notes(self) -> None:
        """Say in plain words what opening repaired (an interrupted key change or restore)."""
        vault = self.ctx.session.vault
        notes, vault.notes = list(vault.notes), []
        if not notes:
            return
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Ringoff finished what was interrupted"),
            "\n\n".join(self.ctx.tr(note) for note in notes),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setAccessibleName(box.windowTitle())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.repair_box = box
        box.open()

    def _on_about_to_lock(self) -> None:
        if not self.ctx.demo and self.ctx.session.is_unlocked:
            self._backup()

    def _target(self) -> Path:
        from ..operations.backups import where_backups_go

        return where_backups_go(self.ctx.session.vault.path, self.ctx.settings["backups_dir"])

    def _follow_backups_folder(self) -> None:
        """Key changes and repairs also reach the backups in the folder the person chose."""
        from ..operations.backups import follow_folder

        follow_folder(self.ctx.session.vault, self._target())

    def _backup(self) -> None:
        """An automatic encrypted backup: at unlock when the newest is a day old, at lock and
        quit when something changed and the newest is an hour old (operations.backups)."""
        from ..operations.backups import automatic_backup

        try:
            automatic_backup(self.ctx.session.vault, self._target())
        except Exception:  # a failed backup must not block the person; the window shows dates
            return

    def _on_setting(self, key: str) -> None:
        if key == "autolock_minutes":
            self.watcher.minutes = int(self.ctx.settings["autolock_minutes"])
        elif key == "lock_on_sleep":
            self.watcher.lock_on_sleep = bool(self.ctx.settings["lock_on_sleep"])

    # -- clipboard --

    def copy_sensitive(self, text: str) -> None:
        """Copy *text* and clear it after the configured number of seconds (if unchanged)."""
        QGuiApplication.clipboard().setText(text)
        self._clipboard_text = text
        seconds = int(self.ctx.settings["clipboard_seconds"])
        if seconds > 0:
            self._clipboard_timer.start(seconds * 1000)

    def _clear_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if self._clipboard_text is not None and clipboard.text() == self._clipboard_text:
            clipboard.clear()
        self._clipboard_text = None


def attach(ctx: AppContext, window: QWidget) -> Lifecycle:
    from .settings_page import remember_actor

    remember_actor(ctx)  # the history says who did what: "your name" after every unlock
    lifecycle = Lifecycle(ctx, window)
    window.setProperty("lifecycle", lifecycle)
    window.lifecycle = lifecycle  # type: ignore[attr-defined]
    return lifecycle
