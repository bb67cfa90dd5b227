"""The home page's reminder banner: what is due or overdue, in words, with "Open", "Remind me
tomorrow" and "Got it" (saved at once); and how a number is named in these sentences."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core import phone
from ...core.model import PhoneNumber
from ...core.reminders import DEFAULT_HOUR, at_local_hour
from ...core.timeline import timeline_for_number
from ...operations import reminders as reminder_ops
from ...operations.reminders import DueNumber, local_zone
from ...services.reminder_clock import ReminderClock
from .. import style
from ..context import AppContext
from ..dates import relative, spoken
from ..errors import show_problem
from ..widgets import Card, button, para, row


def _clock_of(window: QWidget | None) -> ReminderClock | None:
    lifecycle = getattr(window, "lifecycle", None)
    found = getattr(lifecycle, "reminders", None)
    return found if isinstance(found, ReminderClock) else None


class ReminderRow(QWidget):
    """One number's reminder: a sentence and three buttons."""

    def __init__(self, banner: ReminderBanner, item: DueNumber, text: str) -> None:
        super().__init__()
        self.banner = banner
        self.item = item
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(int(style.em() * 0.3))
        self.text = para(text)
        self.text.setAccessibleName(text)
        lay.addWidget(self.text)
        self.open_button = button(self.tr("Open"), self.tr("Open this number"))
        self.snooze_button = button(self.tr("Remind me tomorrow"))
        self.ack_button = button(self.tr("Got it"), self.tr("Got it, do not remind me again"))
        lay.addWidget(row(self.open_button, self.snooze_button, self.ack_button))
        self.open_button.clicked.connect(self.open_number)
        self.snooze_button.clicked.connect(self.snooze)
        self.ack_button.clicked.connect(self.acknowledge)

    def open_number(self) -> None:
        self.banner.window_.go(("number", self.item.reminder.number_id))  # type: ignore[attr-defined]

    def snooze(self) -> None:
        self.banner.snooze(self)

    def acknowledge(self) -> None:
        self.banner.acknowledge(self)


class ReminderBanner(Card):
    def __init__(self, ctx: AppContext, window: QWidget, items: list[tuple[DueNumber, str]]):
        super().__init__()
        self.ctx = ctx
        self.window_ = window
        self.setAccessibleName(self.tr("Reminders"))
        self.heading = QLabel(self.tr("Reminders"))
        style.heading(self.heading, 1.2)
        style.colour_label(self.heading, style.state_colours().blue)
        self.layout_.addWidget(self.heading)
        self.rows: list[ReminderRow] = []
        for item, text in items:
            line = ReminderRow(self, item, text)
            self.rows.append(line)
            self.layout_.addWidget(line)

    def texts(self) -> list[str]:
        return [r.text.text() for r in self.rows if not r.isHidden()]

    def _done(self, line: ReminderRow) -> None:
        line.setVisible(False)
        if not self.texts():
            self.setVisible(False)

    def snooze(self, line: ReminderRow) -> None:
        now = self.ctx.now()
        zone = now.tzinfo or local_zone(self.ctx.clock)
        until = at_local_hour(now.date() + timedelta(days=1), DEFAULT_HOUR, zone)
        keys = list(line.item.keys)
        clock = _clock_of(self.window_)
        try:
            if clock is not None:
                clock.snooze_until(keys, until)
            else:
                self.ctx.session.write(lambda v: reminder_ops.snooze_until(v, keys, until))
        except Exception as exc:
            show_problem(self, exc)
            return
        self._done(line)

    def acknowledge(self, line: ReminderRow) -> None:
        keys = list(line.item.keys)
        clock = _clock_of(self.window_)
        try:
            if clock is not None:
                clock.acknowledge(keys)
            else:
                self.ctx.session.write(lambda v: reminder_ops.acknowledge(v, keys))
        except Exception as exc:
            show_problem(self, exc)
            return
        self._done(line)


def due_now(ctx: AppContext) -> list[DueNumber]:
    """What is due now, per number, read from the vault with the context's clock."""
    now = ctx.now()
    return reminder_ops.due_now(ctx.session.vault, now, now.tzinfo or local_zone(ctx.clock))


def reminder_sentence(ctx: AppContext, item: DueNumber) -> str:
    """ "Number 138 **** 5678 (Dad) will be cancelled in 7 days — …. Accounts still to do: 5."

    The two counts come from the database (a plan of every account, built for each due number
    while unlocking, cost ~10 ms per 250 accounts before the first paint of home)."""
    vault = ctx.session.vault
    number = vault.number(item.reminder.number_id)
    shown = number_label(ctx, number)
    today = ctx.today()
    timeline = timeline_for_number(number, today)
    if item.reminder.kind == "before_reissue" and timeline.earliest_reissue is not None:
        day = timeline.earliest_reissue
        if day > today:
            first = QCoreApplication.translate(
                "ReminderBanner", "Number {number} may be given to someone else {when}."
            )
        else:
            first = QCoreApplication.translate(
                "ReminderBanner", "Number {number} may now be given to someone else."
            )
    else:
        day = timeline.cancel_on or today
        if day > today:
            first = QCoreApplication.translate(
                "ReminderBanner", "Number {number} will be cancelled {when}."
            )
        elif day == today:
            first = QCoreApplication.translate(
                "ReminderBanner", "Number {number} is cancelled today."
            )
        else:
            first = QCoreApplication.translate(
                "ReminderBanner", "Number {number} was cancelled {when}."
            )
    when = spoken(day, today) if day != today else relative(day, today)
    sentence = first.format(number=shown, when=when)
    total, left = vault.account_counts(number.id)
    if total == 0:
        rest = QCoreApplication.translate("ReminderBanner", "No accounts are listed for it yet.")
    elif left:
        rest = QCoreApplication.translate(
            "ReminderBanner", "Accounts still to do: {count}."
        ).format(count=left)
    else:
        rest = QCoreApplication.translate("ReminderBanner", "Every account is done.")
    return f"{sentence} {rest}"


def reminder_banner(ctx: AppContext, window: QWidget) -> QWidget | None:
    """The home page's reminder banner, or None when nothing is due."""
    if not ctx.session.is_unlocked:
        return None
    items = due_now(ctx)
    if not items:
        return None
    return ReminderBanner(ctx, window, [(i, reminder_sentence(ctx, i)) for i in items])


def number_label(ctx: AppContext, number: PhoneNumber) -> str:
    """ "138 **** 5678 (Dad)": the masked number and whose it is."""
    names = {p.id: p.name for p in ctx.session.vault.people()}
    who = names.get(number.person_id, "")
    label = phone.masked(number.e164, number.region)
    return (
        QCoreApplication.translate("ReminderBanner", "{number} ({name})").format(
            number=label, name=who
        )
        if who
        else label
    )
