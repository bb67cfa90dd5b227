"""The old name of :mod:`ringoff.ui.reminders`, kept so callers written before the split still
import from here; new code imports from ``ringoff.ui.reminders``."""

from __future__ import annotations

from .reminders import (
    CHOICES,
    DECLINED_PREF,
    HELPER_PREF,
    CalendarExportDialog,
    NumberReminders,
    ReminderBanner,
    ReminderDaysDialog,
    ReminderRow,
    ask_on_this_computer,
    due_now,
    helper_is_on,
    helper_status,
    helper_status_label,
    install_reminders,
    next_reminder,
    number_label,
    reminder_banner,
    reminder_sentence,
    set_helper,
)

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
