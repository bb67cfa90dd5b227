"""When to remind the user about a number, and which reminders are due now.

A reminder falls on a calendar day of the user's zone at a fixed local hour (09:00 unless the
user chooses another), so it stays at 09:00 across daylight-saving changes. Nothing here reads
the clock or sleeps: callers pass ``now_utc`` and the zone, and ask :func:`next_wake` how long
to wait. Waits are capped so that sleep, hibernation and clock changes are noticed by
re-reading the wall clock, and a reminder whose time passed while the machine slept is still
returned by :func:`due_reminders` until the user acknowledges it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Literal

from .i18n import QT_TRANSLATE_NOOP, Text
from .timeline import Timeline

#: Days before the cancellation day on which to remind, unless a number overrides them.
DEFAULT_DAYS: tuple[int, ...] = (30, 14, 7, 3, 1)
#: Days before the earliest reissue day for the last reminder.
REISSUE_DAYS_BEFORE = 7
#: The local hour reminders fall on.
DEFAULT_HOUR = 9
#: The longest single wait before the wall clock is read again.
DEFAULT_MAX_WAIT = timedelta(hours=1)
#: The furthest ahead a day offset may reach (ten years).
MAX_DAYS_BEFORE = 3650

Kind = Literal["before_cancel", "cancel_day", "before_reissue"]


@dataclass(frozen=True)
class Reminder:
    """One reminder of one number."""

    number_id: str
    kind: Kind
    due: datetime  # aware, in the user's zone, at the chosen local hour
    days_before: int  # days between the reminder and the day it is about
    key: str  # stable: the same number, kind, offset and target day give the same key

    @property
    def due_utc(self) -> datetime:
        return self.due.astimezone(UTC)


def reminder_key(number_id: str, kind: Kind, days_before: int, target: date) -> str:
    """A stable id for a reminder. A new cancellation date gives new keys, so new reminders."""
    return f"{number_id}/{kind}/{days_before}/{target.isoformat()}"


def normalise_days(days: Iterable[int] | None) -> tuple[int, ...]:
    """A per-number override as a clean tuple: unique positive offsets, largest first.

    ``None`` gives the defaults; a 0 in the override is dropped (the day itself always gets a
    reminder). Negative or absurd offsets are a caller bug and raise ValueError.
    """
    if days is None:
        return DEFAULT_DAYS
    clean: set[int] = set()
    for day in days:
        if isinstance(day, bool) or not isinstance(day, int):
            raise TypeError("reminder days must be ints")
        if not 0 <= day <= MAX_DAYS_BEFORE:
            raise ValueError(f"reminder days must be between 0 and {MAX_DAYS_BEFORE}")
        if day > 0:
            clean.add(day)
    return tuple(sorted(clean, reverse=True))


def at_local_hour(day: date, hour: int, tz: tzinfo) -> datetime:
    """*day* at *hour*:00 in *tz*, as a real wall-clock instant.

    An hour that does not exist on that day (inside a spring-forward gap) moves forward to the
    instant just after the gap, the same as a wall clock would show.
    """
    if not 0 <= hour <= 23:
        raise ValueError("hour must be between 0 and 23")
    naive_local = datetime.combine(day, time(hour), tzinfo=tz)
    return naive_local.astimezone(UTC).astimezone(tz)


def schedule_for(
    number_id: str,
    timeline: Timeline,
    days: Iterable[int] | None = None,
    hour: int = DEFAULT_HOUR,
    *,
    tz: tzinfo,
) -> list[Reminder]:
    """Every reminder of a number, earliest first; none when it has no cancellation date.

    The reissue reminder is left out when it would fall on or before the cancellation day (a
    very short custom rule): the cancellation-day reminder already covers it.
    """
    cancel_on = timeline.cancel_on
    earliest = timeline.earliest_reissue
    if cancel_on is None or earliest is None:
        return []
    reminders: list[Reminder] = []
    for offset in normalise_days(days):
        day = cancel_on - timedelta(days=offset)
        reminders.append(
            Reminder(
                number_id=number_id,
                kind="before_cancel",
                due=at_local_hour(day, hour, tz),
                days_before=offset,
                key=reminder_key(number_id, "before_cancel", offset, cancel_on),
            )
        )
    reminders.append(
        Reminder(
            number_id=number_id,
            kind="cancel_day",
            due=at_local_hour(cancel_on, hour, tz),
            days_before=0,
            key=reminder_key(number_id, "cancel_day", 0, cancel_on),
        )
    )
    reissue_day = earliest - timedelta(days=REISSUE_DAYS_BEFORE)
    if reissue_day > cancel_on:
        reminders.append(
            Reminder(
                number_id=number_id,
                kind="before_reissue",
                due=at_local_hour(reissue_day, hour, tz),
                days_before=REISSUE_DAYS_BEFORE,
                key=reminder_key(number_id, "before_reissue", REISSUE_DAYS_BEFORE, earliest),
            )
        )
    reminders.sort(key=lambda r: (r.due_utc, r.key))
    return reminders


def _require_aware(now_utc: datetime) -> None:
    if now_utc.tzinfo is None or now_utc.utcoffset() is None:
        raise ValueError("now_utc must be timezone-aware")


def effective_due(reminder: Reminder, snoozed: Mapping[str, datetime]) -> datetime:
    """When a reminder should show: its due time, or later if the user snoozed it."""
    due = reminder.due_utc
    until = snoozed.get(reminder.key)
    if until is not None and until > due:
        return until.astimezone(UTC)
    return due


def due_reminders(
    reminders: Iterable[Reminder],
    now_utc: datetime,
    acknowledged: AbstractSet[str],
    snoozed: Mapping[str, datetime],
) -> list[Reminder]:
    """Every reminder whose time has come and that the user has not acknowledged, oldest first.

    "Whose time has come" includes reminders that fell due while the machine was asleep or
    switched off: they are returned until acknowledged, however late.
    """
    _require_aware(now_utc)
    due = [
        r for r in reminders if r.key not in acknowledged and effective_due(r, snoozed) <= now_utc
    ]
    due.sort(key=lambda r: (r.due_utc, r.key))
    return due


def latest_per_number(due: Sequence[Reminder]) -> list[Reminder]:
    """Of several due reminders, only the most recent one of each number (for one message).

    After a long absence a number may have three missed reminders; the user needs to hear the
    newest one only. Acknowledge all of *due*, show these.
    """
    newest: dict[str, Reminder] = {}
    for r in due:
        current = newest.get(r.number_id)
        if current is None or (r.due_utc, r.key) > (current.due_utc, current.key):
            newest[r.number_id] = r
    return sorted(newest.values(), key=lambda r: (r.due_utc, r.key))


def next_wake(
    reminders: Iterable[Reminder],
    now_utc: datetime,
    acknowledged: AbstractSet[str],
    snoozed: Mapping[str, datetime],
    max_wait: timedelta = DEFAULT_MAX_WAIT,
) -> datetime:
    """When to look again (UTC): the next future due time, but never later than *max_wait*.

    Reminders already due are :func:`due_reminders`' business and do not shorten the wait, so
    a reminder the user leaves open does not make the caller spin.
    """
    _require_aware(now_utc)
    if max_wait <= timedelta(0):
        raise ValueError("max_wait must be positive")
    now = now_utc.astimezone(UTC)
    wake = now + max_wait
    for r in reminders:
        if r.key in acknowledged:
            continue
        at = effective_due(r, snoozed)
        if now < at < wake:
            wake = at
    return wake


def snooze(
    key: str,
    now_utc: datetime,
    delta: timedelta,
    snoozed: Mapping[str, datetime] | None = None,
) -> dict[str, datetime]:
    """A copy of *snoozed* in which reminder *key* waits until ``now_utc + delta``."""
    _require_aware(now_utc)
    if delta <= timedelta(0):
        raise ValueError("delta must be positive")
    result = dict(snoozed or {})
    result[key] = now_utc.astimezone(UTC) + delta
    return result


def locked_text() -> Text:
    """The only message shown while the vault is locked: no number, name or service."""
    return QT_TRANSLATE_NOOP("Reminders", "Ringoff has a reminder for you")


def detail_text(reminder: Reminder, number_label: str, days: int) -> Text:
    """The full message once the vault is unlocked.

    *days* is how many days remain until the day the reminder is about (0 on the day itself).
    The wording avoids plural forms ("Days left: 3") so every language reads right for any count.
    """
    if reminder.kind == "before_cancel":
        text = QT_TRANSLATE_NOOP(
            "Reminders",
            "Days left before {number} is cancelled: {days}. "
            "Untie the accounts that still use it, as their plan says.",
        )
    elif reminder.kind == "cancel_day":
        text = QT_TRANSLATE_NOOP(
            "Reminders",
            "{number} is due to be cancelled today. "
            "Check that no account still needs it for sign-in or codes.",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "Reminders",
            "Days left before {number} may be given to someone else: {days}. "
            "Make sure no account still uses it.",
        )
    return text.format(number=number_label, days=days)
