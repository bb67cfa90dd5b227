"""On which days one number reminds: the days before it is cancelled, the day itself, and
before it may go to someone else (saved in the vault at once)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QDialog, QVBoxLayout, QWidget

from ...core.reminders import DEFAULT_DAYS, REISSUE_DAYS_BEFORE
from ...operations import reminders as reminder_ops
from ...operations.reminders import set_reminder_days
from .. import style
from ..context import AppContext
from ..dates import long_date
from ..errors import show_problem
from ..widgets import button, para, row, title
from .banner import number_label

if TYPE_CHECKING:
    from ...storage.vault import Vault

#: The days a person can choose in the reminder days dialog.
CHOICES = (30, 14, 7, 3, 1)


class ReminderDaysDialog(QDialog):
    """Choose the days on which one number reminds you."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, number_id: str):
        super().__init__(parent)
        self.ctx = ctx
        self.number_id = number_id
        vault = ctx.session.vault
        number = vault.number(number_id)
        state = reminder_ops.load_state(vault)
        self.setWindowTitle(self.tr("Reminder days"))
        self.setAccessibleName(self.windowTitle())
        lay = QVBoxLayout(self)
        spacing = int(style.em() * 0.5)
        lay.setSpacing(spacing)
        lay.setContentsMargins(spacing * 2, spacing * 2, spacing * 2, spacing * 2)
        lay.addWidget(title(self.tr("When should Ringoff remind you?"), 1.35))
        intro = self.tr("For the number {number}. Reminders come at 9 in the morning.").format(
            number=number_label(ctx, number)
        )
        if number.cancel_on is not None:
            intro += " " + self.tr("It is to be cancelled on {date}.").format(
                date=long_date(number.cancel_on)
            )
        lay.addWidget(para(intro))

        chosen = set(number.reminder_days if number.reminder_days is not None else DEFAULT_DAYS)
        self.day_boxes: dict[int, QCheckBox] = {}
        for days in CHOICES:
            text = (
                self.tr("The day before it is cancelled")
                if days == 1
                else self.tr("{days} days before it is cancelled").format(days=days)
            )
            box = QCheckBox(text)
            box.setAccessibleName(text)
            box.setChecked(days in chosen)
            self.day_boxes[days] = box
            lay.addWidget(box)
        self.on_the_day = QCheckBox(self.tr("On the day it is cancelled"))
        self.on_the_day.setAccessibleName(self.on_the_day.text())
        self.on_the_day.setChecked(number_id not in state.skip_cancel_day)
        lay.addWidget(self.on_the_day)
        self.reissue = QCheckBox(
            self.tr("{days} days before it may go to someone else").format(days=REISSUE_DAYS_BEFORE)
        )
        self.reissue.setAccessibleName(self.reissue.text())
        self.reissue.setChecked(number_id not in state.skip_reissue)
        lay.addWidget(self.reissue)

        self.save_button = button(self.tr("Save"), primary=True)
        self.cancel_button = button(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        lay.addWidget(row(self.save_button, self.cancel_button))
        lay.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.setMinimumWidth(int(style.em() * 28))
        self.resize(int(style.em() * 30), self.heightForWidth(int(style.em() * 30)))

    def chosen_days(self) -> tuple[int, ...] | None:
        """The days before cancellation; None when they are exactly the defaults."""
        days = tuple(d for d in CHOICES if self.day_boxes[d].isChecked())
        return None if days == DEFAULT_DAYS else days

    def save(self) -> None:
        days = self.chosen_days()
        on_day = self.on_the_day.isChecked()
        reissue = self.reissue.isChecked()
        number_id = self.number_id

        def write(vault: Vault) -> None:
            set_reminder_days(vault, number_id, days, cancel_day=on_day, reissue=reissue)

        try:
            self.ctx.session.write(write)
        except Exception as exc:
            show_problem(self, exc)
            return
        self.accept()
