"""Reminders on screen, one room each: the home page's banner (banner), the calendar file
(calendar_dialog), a number's reminder days (days_dialog), reminders on this computer and the
offer on a number's page (on_this_computer), and the clock wired to the window (wiring).

What is remembered and computed is Qt-free in :mod:`ringoff.operations.reminders` and
:mod:`ringoff.operations.calendar`, shared with the command line.
"""

from __future__ import annotations

from ...operations.reminders import DECLINED_PREF, HELPER_PREF
from .banner import (
    ReminderBanner,
    ReminderRow,
    due_now,
    number_label,
    reminder_banner,
    reminder_sentence,
)
from .calendar_dialog import CalendarExportDialog
from .days_dialog import CHOICES, ReminderDaysDialog
from .on_this_computer import (
    NumberReminders,
    ask_on_this_computer,
    helper_is_on,
    helper_status,
    helper_status_label,
    next_reminder,
    set_helper,
)
from .wiring import install_reminders

__all__ = [
    "CHOICES",
    "DECLINED_PREF",
    "HELPER_PREF",
    "CalendarExportDialog",
    "NumberReminders",
    "ReminderBanner",
    "ReminderDaysDialog",
    "ReminderRow",
    "ask_on_this_computer",
    "due_now",
    "helper_is_on",
    "helper_status",
    "helper_status_label",
    "install_reminders",
    "next_reminder",
    "number_label",
    "reminder_banner",
    "reminder_sentence",
    "set_helper",
]
