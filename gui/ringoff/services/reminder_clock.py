"""The reminder clock of the running app: what is due now, when to look again, the schedule file.

:class:`ReminderClock` lives on the UI thread. While the session is unlocked it builds every
number's reminders from the vault (:func:`reminders_for`), keeps the schedule file beside the
vault in step with them (times and opaque keys only, see :mod:`ringoff.storage.schedule`) and
shows a detailed notification when one falls due. While locked it reads the schedule file only
and the notification says nothing but "Ringoff has a reminder for you".

It never waits longer than an hour: a single-shot QTimer is armed for the next due time or one
hour, whichever comes first, and every time it fires the wall clock is read again. So a machine
that slept, or a clock that was changed, cannot swallow a reminder (and the ~24.8-day overflow
of long QTimer intervals never matters).

What the user did with a reminder ("Got it", "Remind me tomorrow") is kept in the vault pref
``"reminders"``: ``{"acknowledged": [keys], "snoozed": {key: iso time}, "skip_cancel_day":
[number ids], "skip_reissue": [number ids]}``. Reminders dismissed from the tray agent while the
vault was locked are merged in after unlock.

The days before cancellation are each number's own ``PhoneNumber.reminder_days``; the two
reminders that core always plans (on the cancellation day, and before the number may be
reissued) can be switched off per number through ``skip_cancel_day`` and ``skip_reissue``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from ..core import phone
from ..core.errors import UserError
from ..core.model import NumberMode, PhoneNumber
from ..core.reminders import (
    DEFAULT_HOUR,
    DEFAULT_MAX_WAIT,
    Reminder,
    detail_text,
    due_reminders,
    latest_per_number,
    locked_text,
    next_wake,
    schedule_for,
)
from ..core.timeline import days_until, local_today, timeline_for_number
from ..storage import schedule as schedule_mod
from .translations import translate

if TYPE_CHECKING:
    from ..storage.vault import Vault
    from .notifier import Notifier
    from .session import Session

PREF_KEY = "reminders"
#: A notification's tag while unlocked: this prefix and the number's id. While locked the tag
#: is the reminder's opaque key in the schedule file (see :meth:`ReminderClock.number_for_tag`).
NUMBER_TAG = "number:"
#: The app never arms a timer for longer than this (milliseconds).
MAX_WAIT_MS = int(DEFAULT_MAX_WAIT.total_seconds() * 1000)
#: Nor shorter: a due time a few milliseconds away must not make the clock spin.
MIN_WAIT_MS = 1000
#: Wake a little after a due time, never just before it.
_MARGIN_MS = 500


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


def interval_ms(now_utc: datetime, wake_utc: datetime) -> int:
    """The timer interval for waking at *wake_utc*: between one second and one hour."""
    ms = int((wake_utc - now_utc).total_seconds() * 1000) + _MARGIN_MS
    return max(MIN_WAIT_MS, min(MAX_WAIT_MS, ms))


# --- the clock ----------------------------------------------------------------------------


class ReminderClock(QObject):
    """Signals: ``fired(int)`` after new reminders were announced (how many numbers or, while
    locked, how many entries); ``state_changed()`` after the due list may have changed."""

    fired = Signal(int)
    state_changed = Signal()

    def __init__(
        self,
        session: Session,
        clock: Callable[[], datetime],
        *,
        notifier: Notifier | None = None,
        zone: Callable[[], tzinfo] | None = None,
        hour: int = DEFAULT_HOUR,
        max_wait: timedelta = DEFAULT_MAX_WAIT,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if max_wait > DEFAULT_MAX_WAIT:
            raise ValueError("the clock never waits longer than one hour")
        self.session = session
        self.clock = clock
        self.notifier = notifier
        self._zone = zone or (lambda: local_zone(clock))
        self.hour = hour
        self.max_wait = max_wait
        self._reminders: list[Reminder] = []  # only while unlocked
        self._state = ReminderState()
        self._announced: set[str] = set()  # keys (or opaque keys) already notified this run
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        self.longest_ms = 0  # the longest interval ever armed (tests check it)
        session.unlocked.connect(self._on_unlocked)
        session.locked.connect(self._on_locked)
        session.changed.connect(self._on_changed)

    @property
    def schedule_path(self) -> Any:
        return schedule_mod.schedule_path(self.session.vault_path)

    def zone(self) -> tzinfo:
        return self._zone()

    def now(self) -> datetime:
        return self.clock().astimezone(UTC)

    def today(self) -> date:
        return local_today(self.now(), self.zone())

    def start(self) -> None:
        """Sync (if unlocked), check and plan. Call once after wiring."""
        if self.session.is_unlocked:
            self._on_unlocked()
        else:
            self.check()

    def stop(self) -> None:
        self.timer.stop()

    # -- unlocked: the vault is the truth --

    def _on_unlocked(self) -> None:
        vault = self.session.vault
        self._reload(vault)
        schedule = schedule_mod.read_schedule(self.schedule_path)
        absorbed = schedule_mod.acknowledged_while_locked(
            schedule, [r.key for r in self._reminders]
        )
        # What is due at unlock is shown by the home page's banner, not by a notification too.
        self._announced.update(k for d in self.due() for k in d.keys)
        if absorbed - self._state.acknowledged:
            self.session.write(lambda v: save_state(v, load_state(v).acknowledge(absorbed)))
            return  # session.changed synced, checked and planned
        self.sync()
        self.check()

    def _on_changed(self) -> None:
        if not self.session.is_unlocked:
            return
        self.sync()
        self.check()
        self.state_changed.emit()

    def _reload(self, vault: Vault) -> None:
        self._state = load_state(vault)
        self._reminders = reminders_for(
            vault.numbers(), self.today(), self.zone(), self.hour, self._state
        )

    def sync(self) -> None:
        """Rewrite the schedule file from the vault (times and opaque keys only)."""
        if not self.session.is_unlocked:
            return
        self._reload(self.session.vault)
        # A read-only folder must not break the app: the in-app banner still works.
        with contextlib.suppress(OSError, UserError):
            schedule_mod.write_schedule(
                self.schedule_path, self._reminders, self._state.acknowledged, self._state.snoozed
            )

    def reminders(self) -> list[Reminder]:
        return list(self._reminders)

    def state(self) -> ReminderState:
        return self._state

    def due(self) -> list[DueNumber]:
        """What is due now, per number (unlocked only; empty while locked)."""
        if not self.session.is_unlocked:
            return []
        return due_by_number(self._reminders, self.now(), self._state)

    # -- locked: the schedule file only --

    def _on_locked(self, _reason: object = None) -> None:
        self._reminders = []
        self._state = ReminderState()
        # What was due before locking was already shown in detail; only newer ones are told.
        schedule = schedule_mod.read_schedule(self.schedule_path)
        self._announced.update("opaque:" + k for k in schedule_mod.due_keys(schedule, self.now()))
        self.check()

    # -- checking and planning --

    def check(self) -> None:
        """Read the wall clock, announce what became due, arm the next wake-up."""
        now = self.now()
        unlocked = self.session.is_unlocked
        wake = self._check_unlocked(now) if unlocked else self._check_locked(now)
        self._arm(now, wake)

    def _check_unlocked(self, now: datetime) -> datetime:
        fresh = [d for d in due_by_number(self._reminders, now, self._state) if self._is_new(d)]
        if fresh:
            vault = self.session.vault
            today = local_today(now, self.zone())
            for item in fresh:
                self._announced.update(item.keys)
                try:
                    number = vault.number(item.reminder.number_id)
                except KeyError:
                    continue
                label = phone.masked(number.e164, number.region)
                text = detail_text(item.reminder, label, days_left(item.reminder, number, today))
                self._notify(translate(text), NUMBER_TAG + number.id)
            self.fired.emit(len(fresh))
            self.state_changed.emit()
        return next_wake(
            self._reminders, now, self._state.acknowledged, self._state.snoozed, self.max_wait
        )

    def _is_new(self, item: DueNumber) -> bool:
        return any(k not in self._announced for k in item.keys)

    def _check_locked(self, now: datetime) -> datetime:
        schedule = schedule_mod.read_schedule(self.schedule_path)
        due = schedule_mod.due_keys(schedule, now)
        fresh = [k for k in due if "opaque:" + k not in self._announced]
        if fresh:
            self._announced.update("opaque:" + k for k in fresh)
            self._notify(translate(locked_text()), fresh[-1])
            self.fired.emit(len(fresh))
        upcoming = schedule_mod.next_due(schedule, now)
        wake = now + self.max_wait
        return upcoming if upcoming is not None and upcoming < wake else wake

    def _notify(self, message: str, tag: str) -> None:
        if self.notifier is not None:
            self.notifier.notify(message, tag=tag)

    def number_for_tag(self, tag: str) -> str | None:
        """The number a clicked notification is about (unlocked only), from its tag."""
        if tag.startswith(NUMBER_TAG):
            return tag[len(NUMBER_TAG) :]
        if not self.session.is_unlocked or not tag:
            return None
        schedule = schedule_mod.read_schedule(self.schedule_path)
        if not schedule.salt:
            return None
        every = reminders_for(self.session.vault.numbers(), self.today(), self.zone(), self.hour)
        for reminder in every:
            if schedule_mod.opaque_key(schedule.salt, reminder.key) == tag:
                return reminder.number_id
        return None

    def _arm(self, now: datetime, wake: datetime) -> None:
        ms = interval_ms(now, wake)
        self.longest_ms = max(self.longest_ms, ms)
        self.timer.start(ms)

    # -- what the banner does --

    def acknowledge(self, keys: Iterable[str]) -> None:
        chosen = set(keys)
        self._announced.update(chosen)
        self.session.write(lambda v: save_state(v, load_state(v).acknowledge(chosen)))

    def snooze_until(self, keys: Iterable[str], until: datetime) -> None:
        chosen = list(keys)
        self._announced.difference_update(chosen)  # tell again once the snooze is over
        self.session.write(lambda v: save_state(v, load_state(v).snooze(chosen, until)))
