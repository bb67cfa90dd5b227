"""The schedule file: reminder times that can be read while the vault is locked.

It lives beside the vault as ``<vault>.schedule.json`` and holds nothing about the person: only
due times in UTC, opaque keys and the id of one generic message. A key is an HMAC of the real
reminder key under a random salt kept in the same file, so keys cannot be matched to numbers,
nor compared between two vaults. Reminders the user already acknowledged are left out, and
entries are sorted by time, so the file does not group reminders by number either.

The tray agent reads it with :func:`read_schedule` (which never raises on a damaged file),
counts what is due with :func:`due_from_schedule` and, when the user dismisses the generic
notification, records that with :func:`acknowledge`. After unlocking, the app learns which of
its reminders were acknowledged meanwhile with :func:`acknowledged_while_locked`, stores that in
the vault and writes a fresh file with :func:`write_schedule`.

The app and the agent may both write; each write is atomic, and the agent writes only to add
acknowledgements, so the worst a race can do is show one reminder again.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..core.reminders import Reminder, effective_due
from .atomic import write_atomic

SUFFIX = ".schedule.json"
FORMAT = "ringoff-schedule"
VERSION = 1
#: The only message the file can point to: "Ringoff has a reminder for you".
GENERIC_MESSAGE_ID = "reminder"
#: A schedule file is a few kilobytes; anything much bigger is not ours.
MAX_BYTES = 1_000_000
PRIVATE_MODE = 0o600

_HEX32 = re.compile(r"[0-9a-f]{32}")


@dataclass(frozen=True)
class ScheduleEntry:
    due: datetime  # aware, UTC
    key: str  # opaque: HMAC of the reminder key under the file's salt


@dataclass(frozen=True)
class ScheduleFile:
    """What a schedule file says; an empty one when it is missing or damaged."""

    salt: str = ""  # hex; "" when there is no usable file
    entries: tuple[ScheduleEntry, ...] = ()
    acknowledged: frozenset[str] = frozenset()  # opaque keys acknowledged while locked
    message: str = GENERIC_MESSAGE_ID
    exists: bool = False
    damaged: bool = False  # the file was there but could not be read in full


def schedule_path(vault: Path) -> Path:
    """Where the schedule of *vault* lives: beside it, named ``<vault name>.schedule.json``."""
    return vault.with_name(vault.name + SUFFIX)


def opaque_key(salt: str, key: str) -> str:
    """The key as it appears in the file: reveals nothing without the vault."""
    return hmac.new(bytes.fromhex(salt), key.encode("utf-8"), hashlib.sha256).hexdigest()[:32]


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _parse_due(value: object) -> datetime | None:
    if not isinstance(value, str) or len(value) > 40:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None or moment.utcoffset() is None:
        return None
    return moment.astimezone(UTC)


def _is_key(value: object) -> bool:
    return isinstance(value, str) and _HEX32.fullmatch(value) is not None


def read_schedule(path: Path) -> ScheduleFile:
    """The schedule at *path*. Never raises for a missing, unreadable or damaged file.

    A missing file reads as empty; a damaged one as empty (or with the entries that could be
    read) and ``damaged=True``, so the agent can keep running and the app can rewrite it.
    """
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return ScheduleFile()
    except OSError:
        return ScheduleFile(exists=True, damaged=True)
    if len(raw) > MAX_BYTES:
        return ScheduleFile(exists=True, damaged=True)
    try:
        data: Any = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return ScheduleFile(exists=True, damaged=True)
    if (
        not isinstance(data, dict)
        or data.get("format") != FORMAT
        or data.get("version") != VERSION
        or not _is_key(data.get("salt"))
    ):
        return ScheduleFile(exists=True, damaged=True)
    damaged = False
    entries: list[ScheduleEntry] = []
    raw_entries = data.get("entries")
    if not isinstance(raw_entries, list):
        raw_entries, damaged = [], True
    for item in raw_entries:
        due = _parse_due(item.get("due")) if isinstance(item, dict) else None
        key = item.get("key") if isinstance(item, dict) else None
        if due is None or not isinstance(key, str) or not _is_key(key):
            damaged = True
            continue
        entries.append(ScheduleEntry(due=due, key=key))
    raw_acks = data.get("acknowledged", [])
    if not isinstance(raw_acks, list):
        raw_acks, damaged = [], True
    acks = frozenset(k for k in raw_acks if _is_key(k))
    if not all(_is_key(k) for k in raw_acks):
        damaged = True
    message = data.get("message")
    if message != GENERIC_MESSAGE_ID:
        damaged = True
    entries.sort(key=lambda e: (e.due, e.key))
    return ScheduleFile(
        salt=data["salt"],
        entries=tuple(entries),
        acknowledged=acks,
        exists=True,
        damaged=damaged,
    )


def write_schedule(
    path: Path,
    reminders: Iterable[Reminder],
    acknowledged: AbstractSet[str],
    snoozed: Mapping[str, datetime] | None = None,
) -> ScheduleFile:
    """Replace the schedule with *reminders* minus the *acknowledged* ones; returns what it wrote.

    The salt of an existing readable file is kept, and so are acknowledgements made while
    locked that still match a reminder (so nothing reappears if the app has not absorbed them
    yet). A snoozed reminder is written at its snoozed time. A file that already says exactly
    this is left as it is.
    """
    previous = read_schedule(path)
    salt = previous.salt if previous.salt and not previous.damaged else secrets.token_hex(16)
    entries = sorted(
        {
            ScheduleEntry(due=effective_due(r, snoozed or {}), key=opaque_key(salt, r.key))
            for r in reminders
            if r.key not in acknowledged
        },
        key=lambda e: (e.due, e.key),
    )
    keys = {e.key for e in entries}
    carried = frozenset(previous.acknowledged & keys) if salt == previous.salt else frozenset()
    schedule = ScheduleFile(
        salt=salt, entries=tuple(entries), acknowledged=carried, exists=True, damaged=False
    )
    if schedule != previous:  # unchanged (most unlocks): no write, no fsync (~6 ms)
        _write_private(path, _encode(schedule))
    return schedule


def _encode(schedule: ScheduleFile) -> bytes:
    document = {
        "format": FORMAT,
        "version": VERSION,
        "salt": schedule.salt,
        "message": GENERIC_MESSAGE_ID,
        "entries": [{"due": _utc_text(e.due), "key": e.key} for e in schedule.entries],
        "acknowledged": sorted(schedule.acknowledged),
    }
    return (json.dumps(document, indent=1, ensure_ascii=True) + "\n").encode("ascii")


def due_keys(schedule: ScheduleFile, now_utc: datetime) -> list[str]:
    """The opaque keys of entries due at *now_utc* and not yet acknowledged, oldest first."""
    if now_utc.tzinfo is None or now_utc.utcoffset() is None:
        raise ValueError("now_utc must be timezone-aware")
    return [
        e.key for e in schedule.entries if e.due <= now_utc and e.key not in schedule.acknowledged
    ]


def due_from_schedule(schedule: ScheduleFile, now_utc: datetime) -> int:
    """How many reminders are due (the agent shows one generic message whatever the count)."""
    return len(due_keys(schedule, now_utc))


def next_due(schedule: ScheduleFile, now_utc: datetime) -> datetime | None:
    """The next time after *now_utc* at which an entry falls due, if any (for the agent's wait)."""
    future = [
        e.due for e in schedule.entries if e.due > now_utc and e.key not in schedule.acknowledged
    ]
    return min(future, default=None)


def acknowledge(path: Path, keys: Iterable[str]) -> int:
    """Record that the user dismissed the reminders with these opaque *keys*.

    Only keys present in the file count; returns how many were newly acknowledged. A missing or
    damaged file is left alone (the app rewrites it on the next unlock).
    """
    schedule = read_schedule(path)
    if not schedule.exists or schedule.damaged:
        return 0
    present = {e.key for e in schedule.entries}
    new = (set(keys) & present) - schedule.acknowledged
    if not new:
        return 0
    updated = ScheduleFile(
        salt=schedule.salt,
        entries=schedule.entries,
        acknowledged=schedule.acknowledged | new,
        exists=True,
    )
    _write_private(path, _encode(updated))
    return len(new)


def acknowledged_while_locked(schedule: ScheduleFile, reminder_keys: Iterable[str]) -> set[str]:
    """Which of the app's real reminder keys the agent acknowledged while the vault was locked."""
    if not schedule.salt or not schedule.acknowledged:
        return set()
    return {k for k in reminder_keys if opaque_key(schedule.salt, k) in schedule.acknowledged}


def _write_private(path: Path, data: bytes) -> None:
    """Replace *path* with *data* atomically, readable by the owner only."""
    write_atomic(path, data)
