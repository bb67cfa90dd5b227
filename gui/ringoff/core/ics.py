"""Calendar export (.ics): the key dates of one number or all, with alarms at reminder times.

The file is made without Qt, so its few messages carry their own English and Chinese wording
below instead of going through the translation catalogue. Each event's UID is a hash of the
vault id, the number id and the kind of date, so exporting again updates the events already in
the user's calendar instead of adding copies.

Events are all-day (``DTSTART;VALUE=DATE``), which calendars show on the right day in any zone.
An alarm is set relative to the start of its event's day, at the reminder hour: "30 days before,
at 09:00" is ``TRIGGER:-P29DT15H``.

The days before cancellation are each number's own; the alarm on the cancellation day and the
one before the reissue day are left out when the person switched those reminders off (the
events themselves stay: the dates are facts).

With ``include_details=False`` the file names neither the phone number nor its owner: numbers
are called "Phone number 1", "Phone number 2"... in the order given.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from icalendar import Alarm, Calendar, Event

from .dates import language_of
from .errors import UserError
from .i18n import QT_TRANSLATE_NOOP
from .reminders import DEFAULT_HOUR, REISSUE_DAYS_BEFORE, normalise_days
from .timeline import Timeline

PRODID = "-//Ringoff//Ringoff reminders 1.0//EN"
#: The day SEQUENCE counts from; later exports get a higher SEQUENCE, so calendars update.
_SEQUENCE_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)

#: Only for the .ics: each message in English and Simplified Chinese.
_MESSAGES: dict[str, dict[str, str]] = {
    "calendar_name": {"en": "Ringoff: number dates", "zh_CN": "号码解绑助手：号码日期"},
    "generic_label": {"en": "Phone number {index}", "zh_CN": "号码 {index}"},
    "label_with_owner": {"en": "{label} ({owner})", "zh_CN": "{label}（{owner}）"},
    "last_day": {
        "en": "Last comfortable day to move accounts off {label}",
        "zh_CN": "{label}：从容改绑账号的最后一天",
    },
    "cancel_day": {
        "en": "Cancellation day of {label}",
        "zh_CN": "{label} 销号日",
    },
    "reissue_day": {
        "en": "Earliest day {label} may go to someone else",
        "zh_CN": "{label} 最早可能分配给别人的日子",
    },
    "last_day_description": {
        "en": (
            "After today there is little time left before the number is cancelled. "
            "Open Ringoff to see which accounts still use it."
        ),
        "zh_CN": "过了今天，离销号就不远了。打开号码解绑助手，看看还有哪些账号在用这个号码。",
    },
    "cancel_day_description": {
        "en": (
            "The number stops working today. An account still tied to it can no longer "
            "receive its codes."
        ),
        "zh_CN": "这个号码今天停用。仍绑定它的账号将收不到验证码。",
    },
    "reissue_day_description": {
        "en": (
            "From today the carrier may give the number to a new customer, who would then "
            "receive its codes. Check in Ringoff that no account still uses it."
        ),
        "zh_CN": (
            "从今天起，运营商可能把这个号码分配给新用户，对方就会收到发往它的验证码。"
            "请在号码解绑助手里确认已没有账号在用它。"
        ),
    },
    "alarm_before": {"en": "In {days} days: {summary}", "zh_CN": "还有 {days} 天：{summary}"},
    "alarm_tomorrow": {"en": "Tomorrow: {summary}", "zh_CN": "明天：{summary}"},
    "alarm_today": {"en": "Today: {summary}", "zh_CN": "今天：{summary}"},
}


class NothingToExport(UserError):
    kind = "nothing_to_export"


@dataclass(frozen=True)
class IcsNumber:
    """One number to export: its timeline and, for detailed exports, how to name it."""

    number_id: str
    timeline: Timeline
    label: str = ""  # the number as shown to the user, e.g. "+86 138 1234 5678"
    owner: str = ""  # the person's name
    reminder_days: tuple[int, ...] | None = None  # None: the default reminder days
    cancel_day_alarm: bool = True  # False: the person switched the on-the-day reminder off
    reissue_alarm: bool = True  # False: the person switched the reissue reminder off


@dataclass(frozen=True)
class IcsInput:
    """What to export: the vault's id (for stable UIDs) and one or more numbers."""

    vault_id: str
    numbers: Sequence[IcsNumber]
    hour: int = DEFAULT_HOUR  # local hour of the alarms


def _say(message: str, lang: str, **values: object) -> str:
    return _MESSAGES[message][lang].format(**values)


def event_uid(vault_id: str, number_id: str, kind: str) -> str:
    """A UID that stays the same for the same vault, number and kind of date."""
    digest = hashlib.sha256("\x00".join((vault_id, number_id, kind)).encode("utf-8"))
    return f"{digest.hexdigest()[:32]}@ringoff"


def _alarm(day: date, event_day: date, hour: int, description: str) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", timedelta(days=(day - event_day).days, hours=hour))
    alarm.add("description", description)
    return alarm


def _alarm_text(language: str, days_before: int, summary: str) -> str:
    if days_before == 0:
        return _say("alarm_today", language, summary=summary)
    if days_before == 1:
        return _say("alarm_tomorrow", language, summary=summary)
    return _say("alarm_before", language, days=days_before, summary=summary)


def export_ics(
    events_input: IcsInput, *, lang: str, include_details: bool, now_utc: datetime
) -> bytes:
    """The .ics file (UTF-8, CRLF lines) for the numbers in *events_input*.

    Numbers without a cancellation date add nothing; if none has one, NothingToExport.
    """
    if now_utc.tzinfo is None or now_utc.utcoffset() is None:
        raise ValueError("now_utc must be timezone-aware")
    if not 0 <= events_input.hour <= 23:
        raise ValueError("hour must be between 0 and 23")
    language = language_of(lang)
    stamp = now_utc.astimezone(UTC).replace(microsecond=0)
    sequence = max(0, int((stamp - _SEQUENCE_EPOCH).total_seconds()) // 60)
    hour = events_input.hour

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", _say("calendar_name", language))

    count = 0
    for index, number in enumerate(events_input.numbers, start=1):
        timeline = number.timeline
        cancel_on = timeline.cancel_on
        last_day = timeline.last_comfortable_day
        earliest = timeline.earliest_reissue
        if cancel_on is None or last_day is None or earliest is None:
            continue
        if include_details and number.label:
            label = number.label
            if number.owner:
                label = _say("label_with_owner", language, label=label, owner=number.owner)
        else:
            label = _say("generic_label", language, index=index)

        uid_of = {
            kind: event_uid(events_input.vault_id, number.number_id, kind)
            for kind in ("last_day", "cancel_day", "reissue_day")
        }
        planned: list[tuple[str, date, list[tuple[date, int]]]] = []
        if last_day < cancel_on:
            planned.append(("last_day", last_day, [(last_day, 0)]))
        cancel_alarms = [
            (cancel_on - timedelta(days=d), d) for d in normalise_days(number.reminder_days)
        ]
        if number.cancel_day_alarm:
            cancel_alarms.append((cancel_on, 0))
        planned.append(("cancel_day", cancel_on, cancel_alarms))
        reissue_alarm = earliest - timedelta(days=REISSUE_DAYS_BEFORE)
        if not number.reissue_alarm:
            planned.append(("reissue_day", earliest, []))
        elif reissue_alarm > cancel_on:
            planned.append(("reissue_day", earliest, [(reissue_alarm, REISSUE_DAYS_BEFORE)]))
        else:
            planned.append(("reissue_day", earliest, [(earliest, 0)]))
        for kind, day, alarms in planned:
            summary = _say(kind, language, label=label)
            event = Event()
            event.add("uid", uid_of[kind])
            event.add("dtstamp", stamp)
            event.add("last-modified", stamp)
            event.add("sequence", sequence)
            event.add("dtstart", day)
            event.add("dtend", day + timedelta(days=1))
            event.add("summary", summary)
            event.add("description", _say(f"{kind}_description", language))
            event.add("transp", "TRANSPARENT")
            for alarm_day, days_before in alarms:
                text = _alarm_text(language, days_before, summary)
                event.add_component(_alarm(alarm_day, day, hour, text))
            calendar.add_component(event)
        count += 1

    if count == 0:
        raise NothingToExport(
            QT_TRANSLATE_NOOP(
                "Calendar",
                "There is nothing to put in a calendar yet: no number has a cancellation date.",
            )
        )
    data: bytes = calendar.to_ical()
    return data
