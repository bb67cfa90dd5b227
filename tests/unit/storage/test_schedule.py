"""The schedule file: only times and opaque keys, private, tolerant of damage."""

from __future__ import annotations

import json
import os
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ringoff.core import reminders as rm
from ringoff.core import timeline as tl
from ringoff.storage import schedule as sc

SHANGHAI = ZoneInfo("Asia/Shanghai")
# Markers standing in for user data: a number id made of a phone number and a person's name.
NUMBER_MARKER = "+8613812345678"
NAME_MARKER = "ZHANGSAN-MARKER"
NUMBER_ID = f"{NAME_MARKER}{NUMBER_MARKER}"


def _reminders(number_id: str = NUMBER_ID, cancel: date = date(2026, 6, 30)) -> list[rm.Reminder]:
    t = tl.build_timeline(cancel, "CN", date(2026, 1, 1))
    return rm.schedule_for(number_id, t, tz=SHANGHAI)


def test_schedule_path_is_beside_the_vault(tmp_path: Path) -> None:
    vault = tmp_path / "my vault.ringoff"
    assert sc.schedule_path(vault) == tmp_path / "my vault.ringoff.schedule.json"


def test_round_trip_and_due_count(tmp_path: Path) -> None:
    path = tmp_path / "v.ringoff.schedule.json"
    reminders = _reminders()
    written = sc.write_schedule(path, reminders, set())
    read = sc.read_schedule(path)
    assert read == written
    assert read.exists and not read.damaged
    assert [e.due for e in read.entries] == [r.due_utc for r in reminders]
    first, second = reminders[0], reminders[1]
    assert sc.due_from_schedule(read, first.due_utc - timedelta(seconds=1)) == 0
    assert sc.due_from_schedule(read, first.due_utc) == 1
    assert sc.due_from_schedule(read, second.due_utc + timedelta(days=1)) == 2
    assert sc.next_due(read, first.due_utc) == second.due_utc
    assert sc.next_due(read, reminders[-1].due_utc) is None


def test_an_unchanged_schedule_is_not_written_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every unlock syncs the schedule; most of the time nothing changed (no write, no fsync)."""
    path = tmp_path / "v.ringoff.schedule.json"
    reminders = _reminders()
    first = sc.write_schedule(path, reminders, set())
    writes: list[Path] = []
    original = sc._write_private
    monkeypatch.setattr(sc, "_write_private", lambda p, data: (writes.append(p), original(p, data)))
    assert sc.write_schedule(path, reminders, set()) == first
    assert writes == []
    sc.write_schedule(path, reminders, {reminders[0].key})  # a change is written
    assert writes == [path]
    assert len(sc.read_schedule(path).entries) == len(reminders) - 1
    path.write_text("damaged", encoding="utf-8")
    sc.write_schedule(path, reminders, set())  # and so is a repair
    repaired = sc.read_schedule(path)
    assert len(writes) == 2 and not repaired.damaged
    assert [e.due for e in repaired.entries] == [e.due for e in first.entries]


def test_no_user_data_in_the_bytes(tmp_path: Path) -> None:
    path = tmp_path / "v.schedule.json"
    reminders = _reminders() + _reminders("other-" + NUMBER_MARKER, date(2026, 8, 1))
    sc.write_schedule(path, reminders, {reminders[0].key})
    data = path.read_bytes()
    for marker in (NUMBER_MARKER, NAME_MARKER, "13812345678", "other-", "before_cancel", "/"):
        assert marker.encode() not in data, marker
    for r in reminders:
        assert r.key.encode() not in data
    # Exactly the documented fields, nothing else.
    document = json.loads(data)
    assert set(document) == {"format", "version", "salt", "message", "entries", "acknowledged"}
    assert all(set(e) == {"due", "key"} for e in document["entries"])
    assert document["message"] == sc.GENERIC_MESSAGE_ID
    # Acknowledged reminders are not in the file; the rest are sorted by time.
    assert len(document["entries"]) == len(reminders) - 1
    dues = [e["due"] for e in document["entries"]]
    assert dues == sorted(dues) and all(d.endswith("Z") for d in dues)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "v.schedule.json"
    old = os.umask(0)
    try:
        sc.write_schedule(path, _reminders(), set())
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temp file left


def test_keys_are_salted_per_vault(tmp_path: Path) -> None:
    a = sc.write_schedule(tmp_path / "a.json", _reminders(), set())
    b = sc.write_schedule(tmp_path / "b.json", _reminders(), set())
    assert a.salt != b.salt
    assert not {e.key for e in a.entries} & {e.key for e in b.entries}
    # The salt survives a rewrite, so keys stay the same for the same reminders.
    again = sc.write_schedule(tmp_path / "a.json", _reminders(), set())
    assert again.salt == a.salt and again.entries == a.entries


def test_acknowledge_while_locked_and_absorb_after_unlock(tmp_path: Path) -> None:
    path = tmp_path / "v.schedule.json"
    reminders = _reminders()
    sc.write_schedule(path, reminders, set())
    # The agent, knowing nothing but the file, sees two due reminders and the user dismisses them.
    now = reminders[1].due_utc + timedelta(hours=1)
    locked = sc.read_schedule(path)
    keys = sc.due_keys(locked, now)
    assert len(keys) == 2
    assert sc.acknowledge(path, keys) == 2
    assert sc.acknowledge(path, keys) == 0  # already done
    assert sc.acknowledge(path, ["0" * 32]) == 0  # unknown keys are ignored
    after = sc.read_schedule(path)
    assert sc.due_from_schedule(after, now) == 0
    # A rewrite by the app before it absorbed them keeps them acknowledged.
    sc.write_schedule(path, reminders, set())
    assert sc.due_from_schedule(sc.read_schedule(path), now) == 0
    # After unlock, the app learns which of its own keys these were.
    real = sc.acknowledged_while_locked(sc.read_schedule(path), [r.key for r in reminders])
    assert real == {reminders[0].key, reminders[1].key}
    final = sc.write_schedule(path, reminders, real)
    assert final.acknowledged == frozenset() and len(final.entries) == len(reminders) - 2


def test_snoozed_reminder_is_written_at_its_new_time(tmp_path: Path) -> None:
    path = tmp_path / "v.schedule.json"
    reminders = _reminders()
    first = reminders[0]
    now = first.due_utc + timedelta(minutes=1)
    snoozed = rm.snooze(first.key, now, timedelta(hours=4))
    sc.write_schedule(path, reminders, set(), snoozed)
    read = sc.read_schedule(path)
    assert sc.due_from_schedule(read, now) == 0
    assert sc.due_from_schedule(read, now + timedelta(hours=4)) == 1


def test_missing_file_reads_as_empty(tmp_path: Path) -> None:
    read = sc.read_schedule(tmp_path / "absent.json")
    assert read == sc.ScheduleFile() and not read.exists and not read.damaged
    assert sc.acknowledge(tmp_path / "absent.json", ["0" * 32]) == 0
    assert not (tmp_path / "absent.json").exists()


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\xff\xfe garbage",
        b"[]",
        b"null",
        b'{"format": "ringoff-schedule"}',
        b'{"format": "other", "version": 1, "salt": "00000000000000000000000000000000"}',
        b'{"format": "ringoff-schedule", "version": 2, "salt": "0000000000000000000000000000000"}',
        b"[" * 100_000,
        b" " * (sc.MAX_BYTES + 10),
    ],
)
def test_garbage_reads_as_damaged(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "v.schedule.json"
    path.write_bytes(content)
    read = sc.read_schedule(path)
    assert read.damaged and read.exists and read.entries == ()
    assert sc.acknowledge(path, ["0" * 32]) == 0
    assert path.read_bytes() == content  # left alone
    # The app's next write repairs it.
    sc.write_schedule(path, _reminders(), set())
    assert not sc.read_schedule(path).damaged


def test_partly_damaged_file_keeps_good_entries(tmp_path: Path) -> None:
    path = tmp_path / "v.schedule.json"
    written = sc.write_schedule(path, _reminders(), set())
    document = json.loads(path.read_bytes())
    document["entries"][0]["due"] = "not a date"
    document["entries"][1]["due"] = "2026-06-01T09:00:00"  # no zone
    document["entries"][2] = "oops"
    document["acknowledged"] = [5]
    path.write_text(json.dumps(document))
    read = sc.read_schedule(path)
    assert read.damaged
    assert read.entries == written.entries[3:]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=20,
)


@settings(max_examples=80, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=json_values, acknowledged=json_values)
def test_any_json_never_raises(tmp_path: Path, entries: object, acknowledged: object) -> None:
    path = tmp_path / "fuzz.json"
    document = {
        "format": "ringoff-schedule",
        "version": 1,
        "salt": "ab" * 16,
        "message": sc.GENERIC_MESSAGE_ID,
        "entries": entries,
        "acknowledged": acknowledged,
    }
    path.write_text(json.dumps(document))
    read = sc.read_schedule(path)
    assert read.exists
    assert read.entries == ()  # random values are never valid entries
    assert read.damaged is not (entries == [] and acknowledged == [])
    assert sc.due_from_schedule(read, datetime(2030, 1, 1, tzinfo=UTC)) == 0
