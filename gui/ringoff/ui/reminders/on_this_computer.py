"""Reminders on this computer even when Ringoff is closed: the helper at login (started at
once), the words for its state, the question after a transfer from another computer, and on a
number's page whether reminders are on and the offer to turn them on (:class:`NumberReminders`).
"""

from __future__ import annotations

import contextlib
import itertools
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

from ...core.model import NumberMode
from ...operations import reminders as reminder_ops
from ...operations.reminders import (
    decline_offer,
    helper_wanted,
    local_zone,
    next_in_schedule,
    offer_declined,
    remember_helper,
)
from .. import style
from ..context import AppContext
from ..dates import long_date
from ..errors import show_problem
from ..widgets import Card, button, para, row

if TYPE_CHECKING:
    from ...storage.vault import Vault


def helper_is_on() -> bool:
    """Whether the helper starts at login on this computer (its login entry exists)."""
    from ...services import autostart

    platform, home, env = autostart.this_computer()
    try:
        return autostart.is_installed(platform, home, env)
    except Exception:  # no registry here, or an unreadable folder
        return False


def set_helper(ctx: AppContext, on: bool) -> None:
    """Turn reminders on this computer on (at login, and started at once) or off.

    The choice is kept in the vault too (when unlocked), so a transfer file carries it to the
    next computer, where it is asked about again. Raises OSError and the like on failure.
    """
    from ...services import autostart
    from ...services.helper import turn_off, turn_on

    vault_path = ctx.session.vault_path
    if on:
        turn_on(vault_path, autostart.this_computer(), command=autostart.helper_command(vault_path))
    else:
        turn_off(vault_path, autostart.this_computer())
    if ctx.session.is_unlocked and helper_wanted(ctx.session.vault) is not on:
        ctx.session.write(lambda v: remember_helper(v, on))


def next_reminder(ctx: AppContext, number_id: str | None = None) -> datetime | None:
    """When the next reminder comes (of one number, or of any), in UTC."""
    now = ctx.now()
    if not ctx.session.is_unlocked:
        # Locked: only the schedule file knows, and it cannot tell one number from another.
        return None if number_id is not None else next_in_schedule(ctx.session.vault_path, now)
    zone = now.tzinfo or local_zone(ctx.clock)
    return reminder_ops.next_reminder(ctx.session.vault, now, zone, number_id)


def helper_status(ctx: AppContext, number_id: str | None = None) -> str:
    """ "Reminders on — next: Wednesday 16 December 2026", or why there are none."""
    if number_id is not None and ctx.session.is_unlocked:
        number = ctx.session.vault.number(number_id)
        if number.mode is NumberMode.RECEIVED:
            return ""
        if number.cancel_on is None:
            return QCoreApplication.translate(
                "Reminders", "No reminders yet: they start once the number has a cancellation date."
            )
    upcoming = next_reminder(ctx, number_id)
    when = long_date(upcoming.astimezone(ctx.now().tzinfo or UTC).date()) if upcoming else ""
    if helper_is_on():
        if upcoming is None:
            return QCoreApplication.translate("Reminders", "Reminders on — none is planned now.")
        return QCoreApplication.translate("Reminders", "Reminders on — next: {date}").format(
            date=when
        )
    if upcoming is None:
        return QCoreApplication.translate("Reminders", "Reminders on this computer are off.")
    return QCoreApplication.translate(
        "Reminders",
        "Reminders only while Ringoff is open — next: {date}",
    ).format(date=when)


def ask_on_this_computer(ctx: AppContext, window: QWidget) -> QMessageBox | None:
    """After unlock: remember the choice in the vault, or ask again on a new computer.

    The vault says reminders were on (on another computer, before a transfer) but this
    computer has no helper: one question, yes by default.
    """
    if not ctx.session.is_unlocked or ctx.demo:
        return None
    on_here = helper_is_on()
    wanted = helper_wanted(ctx.session.vault)
    if on_here and wanted is not True:
        with contextlib.suppress(Exception):  # only a record; never worth a message
            ctx.session.write(lambda v: remember_helper(v, True))
        return None
    if on_here or wanted is not True or window.property("helper_asked"):
        return None
    window.setProperty("helper_asked", True)
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("ReminderQuestion", "Reminders on this computer"))
    box.setText(
        QCoreApplication.translate(
            "ReminderQuestion",
            "On your other computer, Ringoff reminded you even when it was closed. "
            "Do the same on this computer?",
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "ReminderQuestion",
            "A small helper starts when you log in. It knows only the dates, nothing else.",
        )
    )
    yes = box.addButton(
        QCoreApplication.translate("ReminderQuestion", "Yes, remind me here"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    no = box.addButton(
        QCoreApplication.translate("ReminderQuestion", "No, thanks"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(yes)
    box.setEscapeButton(no)
    box.setAccessibleName(box.windowTitle())

    def answered(clicked: object) -> None:
        try:
            set_helper(ctx, clicked is yes)
        except Exception as exc:
            show_problem(window, exc)

    box.buttonClicked.connect(answered)
    box.open()
    window.setProperty("helper_question", box)
    return box


class NumberReminders(QWidget):
    """On a number's page: the reminders' state, and the offer once it has a date."""

    def __init__(
        self,
        ctx: AppContext,
        window: QWidget,
        number_id: str,
        *,
        calendar_button: bool = True,
        refresh: bool = True,
    ) -> None:
        """*calendar_button*: False where the page has its own "Add to my phone's calendar".
        *refresh*: False where the page calls :meth:`refresh` itself right after (the number
        page: it reads the vault once, not twice)."""
        super().__init__()
        self.ctx = ctx
        self.window_ = window
        self.number_id = number_id
        self.dialog: QWidget | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, int(style.em() * 0.4), 0, 0)
        lay.setSpacing(int(style.em() * 0.4))
        self.status = para("")
        self.status.setAccessibleName(self.tr("Reminders"))
        lay.addWidget(self.status)
        self.offer = Card()
        self.offer.setAccessibleName(self.tr("Reminders on this computer"))
        self.question = QLabel("")
        self.question.setWordWrap(True)
        style.heading(self.question, 1.1)
        self.offer.layout_.addWidget(self.question)
        self.offer.layout_.addWidget(
            para(
                self.tr(
                    "A small helper starts when you log in and shows a notification on the "
                    "day. It knows only the dates, nothing else."
                ),
                hint=True,
            )
        )
        self.yes_button = button(self.tr("Yes, remind me"), primary=True)
        self.no_button = button(self.tr("No, thanks"))
        self.no_button.setAutoDefault(False)
        self.offer.layout_.addWidget(row(self.yes_button, self.no_button))
        self.phone_button = button(
            self.tr("Also in my phone's calendar…"),
            self.tr("Put the dates in your phone's calendar too"),
        )
        self.phone_button.setAutoDefault(False)
        self.offer.layout_.addWidget(row(self.phone_button))
        self.phone_button.setVisible(calendar_button)
        self.phone_hint = para(
            self.tr(
                "Your phone can remind you too: “Add to my phone's calendar…” above puts the "
                "dates in its calendar."
            ),
            hint=True,
        )
        self.phone_hint.setVisible(not calendar_button)
        self.offer.layout_.addWidget(self.phone_hint)
        lay.addWidget(self.offer)
        self.yes_button.clicked.connect(self.accept)
        self.no_button.clicked.connect(self.decline)
        self.phone_button.clicked.connect(self.open_calendar)
        if refresh:
            self.refresh()

    def focus_widgets(self) -> list[QWidget]:
        return [self.yes_button, self.no_button, self.phone_button]  # (hidden ones are skipped)

    def fit_tab_order(self, before: QWidget, after: QWidget) -> None:
        chain = [before, *self.focus_widgets(), after]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def offer_wanted(self) -> bool:
        if not self.ctx.session.is_unlocked or helper_is_on():
            return False
        vault = self.ctx.session.vault
        try:
            number = vault.number(self.number_id)
        except KeyError:
            return False
        return (
            number.mode is not NumberMode.RECEIVED
            and number.cancel_on is not None
            and not offer_declined(vault, self.number_id)
        )

    def refresh(self) -> None:
        if not self.ctx.session.is_unlocked:
            return
        try:
            number = self.ctx.session.vault.number(self.number_id)
        except KeyError:
            return
        text = helper_status(self.ctx, self.number_id)
        self.status.setText(text)
        self.status.setAccessibleDescription(text)
        self.status.setVisible(bool(text))
        wanted = self.offer_wanted()
        if wanted and number.cancel_on is not None:
            self.question.setText(
                self.tr(
                    "Remind you on this computer before {date}, even when Ringoff is closed?"
                ).format(date=long_date(number.cancel_on))
            )
            self.question.setAccessibleName(self.question.text())
        self.offer.setVisible(wanted)
        self.yes_button.setDefault(wanted)

    def accept(self) -> None:
        try:
            set_helper(self.ctx, True)
        except Exception as exc:
            show_problem(self, exc)
            return
        self.refresh()
        self.status.setFocus(Qt.FocusReason.OtherFocusReason)

    def decline(self) -> None:
        number_id = self.number_id

        def write(vault: Vault) -> None:
            decline_offer(vault, number_id)

        try:
            self.ctx.session.write(write)
        except Exception as exc:
            show_problem(self, exc)
            return
        self.refresh()

    def open_calendar(self) -> None:
        from .calendar_dialog import CalendarExportDialog

        dialog = CalendarExportDialog(self.ctx, self, self.number_id)
        self.dialog = dialog
        dialog.open()


def helper_status_label(ctx: AppContext) -> QLabel:
    """For Settings: the helper's state in one line, kept up to date."""
    label = para(helper_status(ctx))
    label.setAccessibleName(QCoreApplication.translate("Reminders", "Reminders"))
    label.setAccessibleDescription(label.text())
    label.setObjectName("helper_status")
    return label
