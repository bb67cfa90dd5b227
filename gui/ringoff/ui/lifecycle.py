"""The window's half of the lifecycle: the reminders wired to the window, a plain message about
what opening repaired, and the backups at unlock, lock and quit.

The half that shows nothing (locking when idle, asleep or the screen locks; following the
settings; clearing a copied secret) is :class:`ringoff.services.lifecycle.SessionLifecycle`.
Kept apart from the window so tests can attach it with a fake clock and drive it directly.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ..services.autolock import IdleWatcher
from ..services.lifecycle import SYSTEM, SessionLifecycle
from ..services.lock_base import LockSignals
from .context import AppContext
from .widgets import after_first_paint


class Lifecycle(SessionLifecycle):
    def __init__(
        self,
        ctx: AppContext,
        window: QWidget,
        watcher: IdleWatcher | None = None,
        signals: LockSignals | object | None = SYSTEM,
    ):
        window_id = int(window.winId()) if signals is SYSTEM and sys.platform == "win32" else None
        super().__init__(
            ctx.session,
            ctx.settings,
            watcher=watcher,
            signals=signals,
            window_id=window_id,
            parent=window,
        )
        self.ctx = ctx
        self.window = window
        # At lock and at quit (quitting locks): a backup that holds the day's work.
        ctx.session.about_to_lock.connect(self._on_about_to_lock)
        ctx.settings_changed.connect(self.on_setting)
        from .reminders import install_reminders

        self.reminders = install_reminders(ctx, window, self)
        self.begin()

    def _on_unlocked(self) -> None:
        super()._on_unlocked()
        self._show_repair_notes()
        if not self.ctx.demo:
            self._follow_backups_folder()
            # The day's first backup (~60 ms for 5,000 accounts) once home is on the screen.
            current = getattr(self.window, "current_page", None)
            after_first_paint(
                current() if callable(current) else None, self._backup_if_open, context=self
            )

    def _backup_if_open(self) -> None:
        if self.ctx.session.is_unlocked:
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


def attach(ctx: AppContext, window: QWidget) -> Lifecycle:
    from .settings_page import remember_actor

    remember_actor(ctx)  # the history says who did what: "your name" after every unlock
    lifecycle = Lifecycle(ctx, window)
    window.setProperty("lifecycle", lifecycle)
    window.lifecycle = lifecycle  # type: ignore[attr-defined]
    return lifecycle


__all__ = ["SYSTEM", "Lifecycle", "attach"]
