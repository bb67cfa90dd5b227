"""What a person does with reminders, shared by the window, the clock and the command line.

The state of each reminder ("Got it", "Remind me tomorrow", a switched-off cancellation-day or
reissue reminder) is kept in the vault pref ``"reminders"`` (see :class:`ReminderState`); this
module reads and writes it, lists every number's reminders from the vault and says which are
due and which comes next. Qt-free: the clock, the zone and the vault are passed in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.model import NumberMode, PhoneNumber
from ..core.reminders import (
    DEFAULT_HOUR,
    Reminder,
    due_reminders,
    effective_due,
    latest_per_number,
    schedule_for,
)
from ..core.timeline import days_until, timeline_for_number
from ..storage import schedule as schedule_mod

if TYPE_CHECKING:
    from ..storage.vault import Vault

PREF_KEY = "reminders"
#: The vault pref that remembers "reminders on this computer", so it travels with a transfer.
HELPER_PREF = "reminders_helper"
#: Numbers whose "Remind you on this computer?" offer the person answered "No, thanks" to.
DECLINED_PREF = "reminders_offer_declined"


# --- what the user did with reminders (kept in the vault) ---------------------------------


@dataclass(frozen=True)
class ReminderState:
    """Acknowledged and snoozed reminders, and numbers whose reissue reminder is switched off."""

    acknowledged: frozenset[str] = frozenset()
    snoozed: Mapping[str, datetime] = field(default_factory=dict)
    skip_reissue: frozenset[str] = frozenset()  # number ids
    skip_cancel_day: frozenset[str] = frozenset()  # number ids

    def to_json(self) -> dict[str, Any]:
        return {
            "acknowledged": sorted(self.acknowledged),
            "snoozed": {k: v.astimezone(UTC).isoformat() for k, v in sorted(self.snoozed.items())},
            "skip_reissue": sorted(self.skip_reissue),
            "skip_cancel_day": sorted(self.skip_cancel_day),
        }

    @classmethod
    def from_json(cls, raw: object) -> ReminderState:
        """Whatever the pref holds; anything unexpected is ignored, never raised."""
        if not isinstance(raw, dict):
            return cls()
        acknowledged = _ids(raw.get("acknowledged"))
        snoozed: dict[str, datetime] = {}
        raw_snoozed = raw.get("snoozed")
        if isinstance(raw_snoozed, dict):
            for key, value in raw_snoozed.items():
                if not isinstance(key, str) or not isinstance(value, str):
                    continue
                try:
                    moment = datetime.fromisoformat(value)
                except ValueError:
                    continue
                if moment.tzinfo is not None and moment.utcoffset() is not None:
                    snoozed[key] = moment.astimezone(UTC)
        return cls(
            acknowledged, snoozed, _ids(raw.get("skip_reissue")), _ids(raw.get("skip_cancel_day"))
        )

    def acknowledge(self, keys: Iterable[str]) -> ReminderState:
        chosen = set(keys)
        return replace(
            self,
            acknowledged=self.acknowledged | chosen,
            snoozed={k: v for k, v in self.snoozed.items() if k not in chosen},
        )

    def snooze(self, keys: Iterable[str], until: datetime) -> ReminderState:
        snoozed = dict(self.snoozed)
        for key in keys:
            snoozed[key] = until.astimezone(UTC)
        return replace(self, snoozed=snoozed)

    def with_switches(self, number_id: str, *, cancel_day: bool, reissue: bool) -> ReminderState:
        """Whether *number_id* gets its cancellation-day and its reissue reminder."""
        one = {number_id}
        return replace(
            self,
            skip_cancel_day=self.skip_cancel_day - one
            if cancel_day
            else self.skip_cancel_day | one,
            skip_reissue=self.skip_reissue - one if reissue else self.skip_reissue | one,
        )

    def pruned(self, keys: Iterable[str]) -> ReminderState:
        """Only what still belongs to a current reminder (old dates give old keys)."""
        current = set(keys)
        return replace(
            self,
            acknowledged=frozenset(self.acknowledged & current),
            snoozed={k: v for k, v in self.snoozed.items() if k in current},
        )


def _ids(raw: object) -> frozenset[str]:
    return frozenset(k for k in raw if isinstance(k, str)) if isinstance(raw, list) else frozenset()


def load_state(vault: Vault) -> ReminderState:
    return ReminderState.from_json(vault.pref(PREF_KEY, {}))


def save_state(vault: Vault, state: ReminderState) -> None:
    vault.set_pref(PREF_KEY, state.to_json())


# --- the reminders of every number --------------------------------------------------------


def local_zone(clock: Callable[[], datetime]) -> tzinfo:
    """The user's zone as the computer reports it at the clock's current instant."""
    zone = clock().astimezone().tzinfo
    assert zone is not None
    return zone


def reminders_of_number(
    number: PhoneNumber,
    today: date,
    tz: tzinfo,
    hour: int = DEFAULT_HOUR,
    *,
    skip_cancel_day: bool = False,
    skip_reissue: bool = False,
) -> list[Reminder]:
    """One number's reminders (its own days before cancellation, or the defaults).

    A number received from someone else has none; the cancellation-day and reissue reminders
    are left out when switched off.
    """
    if number.mode is NumberMode.RECEIVED or number.cancel_on is None:
        return []
    timeline = timeline_for_number(number, today)
    found = schedule_for(number.id, timeline, number.reminder_days, hour, tz=tz)
    if skip_cancel_day:
        found = [r for r in found if r.kind != "cancel_day"]
    if skip_reissue:
        found = [r for r in found if r.kind != "before_reissue"]
    return found


def reminders_for(
    numbers: Iterable[PhoneNumber],
    today: date,
    tz: tzinfo,
    hour: int = DEFAULT_HOUR,
    state: ReminderState | None = None,
) -> list[Reminder]:
    """Every reminder of every number, earliest first (switches taken from *state*)."""
    state = state or ReminderState()
    found: list[Reminder] = []
    for number in numbers:
        found.extend(
            reminders_of_number(
                number,
                today,
                tz,
                hour,
                skip_cancel_day=number.id in state.skip_cancel_day,
                skip_reissue=number.id in state.skip_reissue,
            )
        )
    found.sort(key=lambda r: (r.due_utc, r.key))
    return found


@dataclass(frozen=True)
class DueNumber:
    """What to say about one number: its newest due reminder and every due key to dismiss."""

    reminder: Reminder
    keys: tuple[str, ...]


def due_by_number(
    reminders: Sequence[Reminder], now_utc: datetime, state: ReminderState
) -> list[DueNumber]:
    due = due_reminders(reminders, now_utc, state.acknowledged, state.snoozed)
    return [
        DueNumber(r, tuple(d.key for d in due if d.number_id == r.number_id))
        for r in latest_per_number(due)
    ]


def days_left(reminder: Reminder, number: PhoneNumber, today: date) -> int:
    """Days until the day the reminder is about (cancellation, or earliest reissue)."""
    timeline = timeline_for_number(number, today)
    target = timeline.earliest_reissue if reminder.kind == "before_reissue" else timeline.cancel_on
    return days_until(target, today) if target is not None else 0


# --- what the window and the command line ask ---------------------------------------------


def due_now(vault: Vault, now: datetime, zone: tzinfo, hour: int = DEFAULT_HOUR) -> list[DueNumber]:
    """What is due at *now* (aware, local), per number, read from the vault."""
    state = load_state(vault)
    found = reminders_for(vault.numbers(), now.date(), zone, hour, state)
    return due_by_number(found, now, state)


def next_reminder(
    vault: Vault,
    now: datetime,
    zone: tzinfo,
    number_id: str | None = None,
    hour: int = DEFAULT_HOUR,
) -> datetime | None:
    """When the next reminder comes (of one number, or of any) after *now*, in UTC."""
    now_utc = now.astimezone(UTC)
    state = load_state(vault)
    found = reminders_for(vault.numbers(), now.astimezone(zone).date(), zone, hour, state)
    times = [
        effective_due(r, state.snoozed)
        for r in found
        if r.key not in state.acknowledged
        and (number_id is None or r.number_id == number_id)
        and effective_due(r, state.snoozed) > now_utc
    ]
    return min(times, default=None)


def next_in_schedule(vault_path: Path, now: datetime) -> datetime | None:
    """While locked: the next reminder as the schedule file beside the vault says (UTC)."""
    path = schedule_mod.schedule_path(vault_path)
    return schedule_mod.next_due(schedule_mod.read_schedule(path), now.astimezone(UTC))


def acknowledge(vault: Vault, keys: Iterable[str]) -> None:
    """ "Got it": these reminders are not shown again."""
    save_state(vault, load_state(vault).acknowledge(keys))


def snooze_until(vault: Vault, keys: Iterable[str], until: datetime) -> None:
    """ "Remind me tomorrow": these reminders wait until *until*."""
    save_state(vault, load_state(vault).snooze(keys, until))


def set_reminder_days(
    vault: Vault,
    number_id: str,
    days: tuple[int, ...] | None,
    *,
    cancel_day: bool,
    reissue: bool,
) -> None:
    """One number's reminder days (None: the defaults) and its two switches; writes only what
    changed."""
    number = vault.number(number_id)
    if number.reminder_days != days:
        vault.update_number(replace(number, reminder_days=days))
    state = load_state(vault)
    updated = state.with_switches(number_id, cancel_day=cancel_day, reissue=reissue)
    if updated != state:
        save_state(vault, updated)


def _declined(vault: Vault) -> list[str]:
    raw: object = vault.pref(DECLINED_PREF, [])
    return [d for d in raw if isinstance(d, str)] if isinstance(raw, list) else []


def offer_declined(vault: Vault, number_id: str) -> bool:
    """Whether the person said "No, thanks" to reminders on this computer for this number."""
    return number_id in _declined(vault)


def decline_offer(vault: Vault, number_id: str) -> None:
    """Remember "No, thanks" for this number's offer."""
    declined = _declined(vault)
    if number_id not in declined:
        vault.set_pref(DECLINED_PREF, [*declined, number_id])


def helper_wanted(vault: Vault) -> bool | None:
    """What the vault remembers of "reminders on this computer" (None: never chosen)."""
    value: object = vault.pref(HELPER_PREF, None)
    return value if isinstance(value, bool) else None


def remember_helper(vault: Vault, on: bool) -> None:
    vault.set_pref(HELPER_PREF, on)
