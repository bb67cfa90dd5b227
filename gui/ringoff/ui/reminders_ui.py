"""Reminders on screen: the home page's banner, the calendar export and the reminder days.

* :func:`reminder_banner` — what is due or overdue, in words, with "Open", "Remind me
  tomorrow" and "Got it" (saved at once).
* :class:`CalendarExportDialog` — a .ics file for one number or all, without the number and
  names unless the person asks for them, and how to get it onto a phone.
* :class:`ReminderDaysDialog` — on which days one number reminds.
* :func:`install_reminders` — the reminder clock and the system's notifications, wired to the
  window (lifecycle): a click opens the number (after unlock); a choice brought from another
  computer in a transfer file is asked about again here.
* :class:`NumberReminders` — on a number's page: whether reminders are on and the next one, or
  why they are off, and the offer to turn them on (and to use the phone's calendar) once the
  number has a cancellation date.
* :func:`set_helper`, :func:`helper_status` — reminders on this computer even when Ringoff is
  closed: the helper at login (started at once), and the words for its state.
"""

from __future__ import annotations

import contextlib
import itertools
import os
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..core import phone
from ..core.model import NumberMode, PhoneNumber
from ..core.reminders import (
    DEFAULT_DAYS,
    DEFAULT_HOUR,
    REISSUE_DAYS_BEFORE,
    at_local_hour,
    effective_due,
)
from ..core.timeline import timeline_for_number
from ..services.helper import OPEN_REMINDER_ENV
from ..services.notifier import make_notifier
from ..services.reminder_clock import (
    DueNumber,
    ReminderClock,
    ReminderState,
    due_by_number,
    load_state,
    local_zone,
    reminders_for,
    save_state,
)
from . import style
from .context import AppContext
from .dates import long_date, relative, spoken
from .errors import show_problem
from .widgets import Card, button, labelled, para, row, title

#: The vault pref that remembers the choice, so it travels with a transfer file.
HELPER_PREF = "reminders_helper"
#: Numbers whose offer the person answered "No, thanks" to.
DECLINED_PREF = "reminders_offer_declined"

#: The days a person can choose in the reminder days dialog.
CHOICES = (30, 14, 7, 3, 1)


# --- wiring (called from ui/lifecycle.py) -------------------------------------------------


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


def _clock_of(window: QWidget | None) -> ReminderClock | None:
    lifecycle = getattr(window, "lifecycle", None)
    found = getattr(lifecycle, "reminders", None)
    return found if isinstance(found, ReminderClock) else None


# --- the banner ---------------------------------------------------------------------------


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
                self.ctx.session.write(lambda v: save_state(v, load_state(v).snooze(keys, until)))
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
                self.ctx.session.write(lambda v: save_state(v, load_state(v).acknowledge(keys)))
        except Exception as exc:
            show_problem(self, exc)
            return
        self._done(line)


def due_now(ctx: AppContext) -> list[DueNumber]:
    """What is due now, per number, read from the vault with the context's clock."""
    vault = ctx.session.vault
    state = load_state(vault)
    now = ctx.now()
    zone = now.tzinfo or local_zone(ctx.clock)
    found = reminders_for(vault.numbers(), now.date(), zone, DEFAULT_HOUR, state)
    return due_by_number(found, now, state)


def reminder_sentence(ctx: AppContext, item: DueNumber) -> str:
    """ "Number 138 **** 5678 (Dad) will be cancelled in 7 days — …. Accounts still to do: 5." """
    vault = ctx.session.vault
    number = vault.number(item.reminder.number_id)
    names = {p.id: p.name for p in vault.people()}
    who = names.get(number.person_id, "")
    label = phone.masked(number.e164, number.region)
    shown = (
        QCoreApplication.translate("ReminderBanner", "{number} ({name})").format(
            number=label, name=who
        )
        if who
        else label
    )
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
    from ..core.plan import build_plan

    plan = build_plan(number, vault.accounts(number.id), ctx.catalog, today)
    left = len(plan.remaining)
    if plan.total == 0:
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


# --- calendar export ----------------------------------------------------------------------


def number_label(ctx: AppContext, number: PhoneNumber) -> str:
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


class CalendarExportDialog(QDialog):
    """Save a calendar (.ics) file with the key dates and reminders of one number or all."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, number_id: str | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.saved_path: Path | None = None
        self.setWindowTitle(self.tr("Dates in your phone's calendar"))
        self.setAccessibleName(self.windowTitle())
        lay = QVBoxLayout(self)
        spacing = int(style.em() * 0.6)
        lay.setSpacing(spacing)
        lay.setContentsMargins(spacing * 2, spacing * 2, spacing * 2, spacing * 2)
        lay.addWidget(title(self.tr("Put the dates in your phone's calendar"), 1.35))
        lay.addWidget(
            para(
                self.tr(
                    "Ringoff makes a calendar file with the important days: the last "
                    "comfortable day to finish, the cancellation day and the first day the "
                    "number may go to someone else. Your phone's calendar then reminds you, "
                    "even when the computer is off."
                )
            )
        )
        self.numbers = [
            n
            for n in ctx.session.vault.numbers()
            if n.mode is NumberMode.OWN and n.cancel_on is not None
        ]
        self.which = QComboBox()
        self.which.addItem(self.tr("All numbers"), None)
        for n in self.numbers:
            self.which.addItem(number_label(ctx, n), n.id)
        if number_id is not None:
            index = self.which.findData(number_id)
            if index >= 0:
                self.which.setCurrentIndex(index)
        lay.addWidget(labelled(self.tr("&Which number"), self.which))

        self.private = QCheckBox(self.tr("&Leave the phone number and names out of the file"))
        self.private.setChecked(True)
        self.private.setAccessibleName(self.tr("Leave the phone number and names out of the file"))
        lay.addWidget(self.private)
        lay.addWidget(
            para(
                self.tr(
                    "Safer if the file is sent by email or the calendar is shared: the events "
                    "then say “Phone number 1” instead of the number."
                ),
                hint=True,
            )
        )

        self.result = para("")
        self.result.setAccessibleName(self.tr("What to do with the file"))
        self.result.setVisible(False)
        lay.addWidget(self.result)

        self.save_button = button(self.tr("Save the calendar file…"), primary=True)
        self.close_button = button(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        lay.addWidget(row(self.save_button, self.close_button))
        lay.addStretch(1)
        self.save_button.clicked.connect(self.choose_and_save)
        self.close_button.clicked.connect(self.reject)
        if not self.numbers:
            self.save_button.setEnabled(False)
            self.result.setText(
                self.tr("No number has a cancellation date yet, so there is nothing to export.")
            )
            self.result.setVisible(True)
        self.resize(style.em() * 34, style.em() * 24)

    def selected_numbers(self) -> list[PhoneNumber]:
        chosen = self.which.currentData()
        return [n for n in self.numbers if chosen is None or n.id == chosen]

    def ics_bytes(self) -> bytes:
        from ..core.ics import IcsInput, IcsNumber, export_ics

        vault = self.ctx.session.vault
        names = {p.id: p.name for p in vault.people()}
        today = self.ctx.today()
        numbers = [
            IcsNumber(
                number_id=n.id,
                timeline=timeline_for_number(n, today),
                label=phone.display(n.e164, n.region),
                owner=names.get(n.person_id, ""),
                reminder_days=n.reminder_days,
            )
            for n in self.selected_numbers()
        ]
        return export_ics(
            IcsInput(vault_id=vault.vault_id, numbers=numbers),
            lang=self.ctx.lang,
            include_details=not self.private.isChecked(),
            now_utc=self.ctx.clock(),
        )

    def export_to(self, path: Path) -> Path:
        """Write the file to *path* (owner-only, atomically) and explain the next steps."""
        from ..storage.atomic import write_atomic

        target = path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics")
        write_atomic(target, self.ics_bytes())
        self.saved_path = target
        self.result.setText(
            self.tr(
                "Saved as {path}.\n\n"
                "iPhone: send the file to yourself by email (or with AirDrop from a Mac). Open "
                "the message on the iPhone, tap the file, then tap “Add All”.\n\n"
                "Android: send the file to yourself by email. Open the message on the phone, "
                "tap the file and choose your calendar (for example Google Calendar), then "
                "tap “Save” or “Import”.\n\n"
                "Exporting again later updates the same events instead of adding copies."
            ).format(path=str(target))
        )
        self.result.setVisible(True)
        self.close_button.setText(self.tr("Done"))
        self.close_button.setAccessibleName(self.tr("Done"))
        return target

    def choose_and_save(self) -> None:
        start = Path.home() / self.tr("ringoff-dates.ics")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the calendar file"), str(start), self.tr("Calendar files (*.ics)")
        )
        if not chosen:
            return
        try:
            self.export_to(Path(chosen))
        except Exception as exc:
            show_problem(self, exc)


# --- reminder days ------------------------------------------------------------------------


class ReminderDaysDialog(QDialog):
    """Choose the days on which one number reminds you."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, number_id: str):
        super().__init__(parent)
        self.ctx = ctx
        self.number_id = number_id
        vault = ctx.session.vault
        number = vault.number(number_id)
        state = load_state(vault)
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

        def write(vault: object) -> None:
            from ..storage.vault import Vault

            assert isinstance(vault, Vault)
            number = vault.number(number_id)
            if number.reminder_days != days:
                vault.update_number(replace(number, reminder_days=days))
            state: ReminderState = load_state(vault)
            updated = state.with_switches(number_id, cancel_day=on_day, reissue=reissue)
            if updated != state:
                save_state(vault, updated)

        try:
            self.ctx.session.write(write)
        except Exception as exc:
            show_problem(self, exc)
            return
        self.accept()


# --- reminders on this computer: the helper ----------------------------------------------


def helper_is_on() -> bool:
    """Whether the helper starts at login on this computer (its login entry exists)."""
    from ..services import autostart
    from .settings_page import autostart_place

    platform, home, env = autostart_place()
    try:
        return autostart.is_installed(platform, home, env)
    except Exception:  # no registry here, or an unreadable folder
        return False


def set_helper(ctx: AppContext, on: bool) -> None:
    """Turn reminders on this computer on (at login, and started at once) or off.

    The choice is kept in the vault too (when unlocked), so a transfer file carries it to the
    next computer, where it is asked about again. Raises OSError and the like on failure.
    """
    from ..services.helper import turn_off, turn_on
    from .settings_page import agent_command, autostart_place

    vault_path = ctx.session.vault_path
    if on:
        turn_on(vault_path, autostart_place(), command=agent_command(vault_path))
    else:
        turn_off(vault_path, autostart_place())
    if ctx.session.is_unlocked and ctx.session.vault.pref(HELPER_PREF, None) is not on:
        ctx.session.write(lambda v: v.set_pref(HELPER_PREF, on))


def next_reminder(ctx: AppContext, number_id: str | None = None) -> datetime | None:
    """When the next reminder comes (of one number, or of any), in UTC."""
    now = ctx.now().astimezone(UTC)
    if not ctx.session.is_unlocked:
        from ..storage import schedule as schedule_mod

        if number_id is not None:
            return None
        path = schedule_mod.schedule_path(ctx.session.vault_path)
        return schedule_mod.next_due(schedule_mod.read_schedule(path), now)
    vault = ctx.session.vault
    state = load_state(vault)
    zone = ctx.now().tzinfo or local_zone(ctx.clock)
    found = reminders_for(vault.numbers(), ctx.today(), zone, DEFAULT_HOUR, state)
    times = [
        effective_due(r, state.snoozed)
        for r in found
        if r.key not in state.acknowledged
        and (number_id is None or r.number_id == number_id)
        and effective_due(r, state.snoozed) > now
    ]
    return min(times, default=None)


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
    wanted = ctx.session.vault.pref(HELPER_PREF, None)
    if on_here and wanted is not True:
        with contextlib.suppress(Exception):  # only a record; never worth a message
            ctx.session.write(lambda v: v.set_pref(HELPER_PREF, True))
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
        self, ctx: AppContext, window: QWidget, number_id: str, *, calendar_button: bool = True
    ) -> None:
        """*calendar_button*: False where the page has its own "Add to my phone's calendar"."""
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
        declined = vault.pref(DECLINED_PREF, [])
        return (
            number.mode is not NumberMode.RECEIVED
            and number.cancel_on is not None
            and not (isinstance(declined, list) and self.number_id in declined)
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

        def write(vault: object) -> None:
            declined = vault.pref(DECLINED_PREF, [])  # type: ignore[attr-defined]
            declined = (
                [d for d in declined if isinstance(d, str)] if isinstance(declined, list) else []
            )
            if number_id not in declined:
                vault.set_pref(DECLINED_PREF, [*declined, number_id])  # type: ignore[attr-defined]

        try:
            self.ctx.session.write(write)
        except Exception as exc:
            show_problem(self, exc)
            return
        self.refresh()

    def open_calendar(self) -> None:
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


__all__ = [
    "CalendarExportDialog",
    "NumberReminders",
    "ReminderBanner",
    "ReminderDaysDialog",
    "helper_status",
    "install_reminders",
    "reminder_banner",
    "set_helper",
]
