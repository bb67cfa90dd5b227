"""The reminder clock and the system's notifications, wired to the window (by the lifecycle).

A clicked notification brings the window forward and opens its number (after unlock); a choice
brought from another computer in a transfer file is asked about again after unlock.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from ...services.helper import OPEN_REMINDER_ENV
from ...services.notifier import make_notifier
from ...services.reminder_clock import ReminderClock
from ..context import AppContext
from .on_this_computer import ask_on_this_computer


def install_reminders(
    ctx: AppContext, window: QWidget, parent: QObject | None = None
) -> ReminderClock:
    """The reminder clock with the system's notifications (a tray icon only as a fallback)."""
    owner: QObject = parent if parent is not None else window
    notifier = make_notifier(owner)
    bring = getattr(window, "bring_to_front", window.show)
    notifier.open_requested.connect(bring)
    notifier.lock_requested.connect(lambda: ctx.session.lock("manual"))
    notifier.quit_requested.connect(QApplication.quit)
    notifier.set_locked(not ctx.session.is_unlocked)
    ctx.session.unlocked.connect(lambda: notifier.set_locked(False))
    ctx.session.locked.connect(lambda _reason: notifier.set_locked(True))
    clock = ReminderClock(ctx.session, ctx.clock, notifier=notifier, parent=owner)
    clock.setProperty("notifier_kind", notifier.kind)
    opener = _Opener(ctx, window, clock, owner)
    clock.opener = opener  # type: ignore[attr-defined]  # (tests click through it)
    notifier.clicked.connect(opener.open)
    # The helper started this window because its notification was clicked.
    started_for = os.environ.pop(OPEN_REMINDER_ENV, "")
    if started_for:
        opener.open(started_for)

    def refresh_home(_count: int) -> None:
        # A reminder fell due while the home page is showing: show it in the banner too.
        route = getattr(window, "route", ())
        if ctx.session.is_unlocked and tuple(route)[:1] == ("home",):
            window.go(("home",), remember=False)  # type: ignore[attr-defined]

    clock.fired.connect(refresh_home)
    ctx.session.unlocked.connect(lambda: ask_on_this_computer(ctx, window))
    clock.start()
    if ctx.session.is_unlocked:
        ask_on_this_computer(ctx, window)
    return clock


class _Opener(QObject):
    """A clicked notification brings the window forward and opens its number after unlock."""

    def __init__(
        self, ctx: AppContext, window: QWidget, clock: ReminderClock, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = window
        self.clock = clock
        self.pending = ""
        ctx.session.unlocked.connect(self._after_unlock)

    def open(self, tag: str) -> None:
        bring = getattr(self.window, "bring_to_front", self.window.show)
        bring()
        if not self.ctx.session.is_unlocked:
            self.pending = tag  # the unlock page shows; the number after the passphrase
            return
        self._go(tag)

    def _after_unlock(self) -> None:
        tag, self.pending = self.pending, ""
        if tag:
            self._go(tag)

    def _go(self, tag: str) -> None:
        number_id = self.clock.number_for_tag(tag)
        go = getattr(self.window, "go", None)
        if number_id is not None and go is not None:
            go(("number", number_id))
