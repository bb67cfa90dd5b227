"""Backups: encrypted copies, the daily automatic backup and its pruning, restoring."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from helpers.vaults import PASSPHRASE, FakeClock, make_vault, open_with_passphrase, snapshot

from ringoff.core.errors import UserError
from ringoff.storage import keys
from ringoff.storage import vault as vault_mod
from ringoff.storage.vault import Vault


def _raw(path: Path) -> bytes:
    return vault_mod.unlock_with_passphrase(path, PASSPHRASE)


def _names(vault: Vault) -> list[str]:
    return [p.name for p in vault.people()]


def test_backup_to_is_an_encrypted_copy_with_the_same_key(tmp_path: Path) -> None:
    vault, recovery = make_vault(tmp_path / "home")
    vault.add_person("王建国")
    target = tmp_path / "usb stick" / "copy.ringoff-backup"
    made = vault.backup_to(target)
    assert made == target
    vault.add_person("after the backup")
    vault.close()
    assert target.read_bytes()[:16] != vault_mod.SQLITE_MAGIC
    assert keys.key_file_path(target).read_bytes() == keys.key_file_path(vault.path).read_bytes()
    assert [p.name for p in target.parent.iterdir() if p.name.startswith(".")] == []
    raw = keys.parse_recovery_key(recovery)
    summary = vault_mod.read_backup_summary(target, raw)
    assert (summary.people, summary.numbers, summary.accounts) == (1, 0, 0)
    # The copy's own key file opens it with the passphrase, like the vault.
    copy = vault_mod.open_vault(target, _raw(target), read_only=True)
    try:
        assert _names(copy) == ["王建国"]
        assert copy.integrity_check() == []
    finally:
        copy.close()
    with pytest.raises(UserError):
        vault_mod.read_backup_summary(target, keys.new_raw_key())


def test_read_backup_summary_changes_nothing(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path)
    vault.add_person("x")
    backup = vault.backup_to(tmp_path / "b" / "x.ringoff-backup")
    raw = _raw(vault.path)
    vault.close()
    before = snapshot([backup, keys.key_file_path(backup)])
    vault_mod.read_backup_summary(backup, raw)
    assert snapshot([backup, keys.key_file_path(backup)]) == before
    assert sorted(p.name for p in backup.parent.iterdir()) == sorted(
        [backup.name, keys.key_file_path(backup).name]
    )


def test_auto_backup_daily_and_pruned(tmp_path: Path) -> None:
    clock = FakeClock()
    vault, _ = make_vault(tmp_path, clock=clock)
    backups = tmp_path / "backups"
    try:
        first = vault.auto_backup(backups)
        assert first is not None and first.exists()
        clock.advance(hours=23, minutes=59)
        assert vault.auto_backup(backups) is None  # the newest is less than a day old
        clock.advance(minutes=2)
        second = vault.auto_backup(backups)
        assert second is not None and second != first
        # Tagged backups are never pruned.
        manual = vault.manual_backup(backups)
        for _ in range(12):
            clock.advance(hours=25)
            assert vault.auto_backup(backups, days=0) is not None
        found = vault_mod.list_backups(backups, vault.path.stem)
    finally:
        vault.close()
    automatic = [b for b in found if not b.tag]
    assert len(automatic) == 10
    assert [b.made_at for b in automatic] == sorted((b.made_at for b in automatic), reverse=True)
    assert automatic[0].made_at == clock.now.replace(microsecond=0)
    assert first not in [b.path for b in found]
    assert manual in [b.path for b in found if b.tag == "manual"]
    # Every kept backup has its key file; the pruned ones left none behind.
    files = {p.name for p in backups.iterdir()}
    assert len(files) == 2 * len(found)
    assert all(keys.key_file_path(b.path).name in files for b in found)


def test_auto_backup_keeps_a_custom_number(tmp_path: Path) -> None:
    clock = FakeClock()
    vault, _ = make_vault(tmp_path, clock=clock)
    try:
        for _ in range(5):
            vault.auto_backup(tmp_path / "b", keep=3, max_age_hours=1, days=0)
            clock.advance(hours=2)
    finally:
        vault.close()
    assert len(vault_mod.list_backups(tmp_path / "b", vault.path.stem)) == 3


def test_the_days_work_is_backed_up_at_most_once_an_hour(tmp_path: Path) -> None:
    """Issue 15: in a day of work only the vault made at creation was backed up."""
    clock = FakeClock()
    vault, _ = make_vault(tmp_path, clock=clock)
    backups = tmp_path / "backups"
    try:
        assert vault.auto_backup(backups) is not None  # the first one
        clock.advance(minutes=30)
        vault.add_person("morning work")
        assert vault.auto_backup(backups) is None  # less than an hour since the last
        clock.advance(minutes=31)
        made = vault.auto_backup(backups)
        assert made is not None  # something changed, and an hour has passed
        clock.advance(hours=3)
        assert vault.auto_backup(backups) is None  # nothing changed since
        held = vault_mod.read_backup_summary(made, vault.key_in_force())
        assert held.people == 1
        assert vault.last_backup([backups]) == clock.now.replace(microsecond=0) - timedelta(hours=3)
    finally:
        vault.close()


def test_the_rotation_keeps_one_a_day_for_a_month(tmp_path: Path) -> None:
    clock = FakeClock()
    vault, _ = make_vault(tmp_path, clock=clock)
    backups = tmp_path / "backups"
    try:
        for day in range(40):
            for hour in range(3):  # three working sessions a day
                vault.add_person(f"day {day} session {hour}")
                assert vault.auto_backup(backups) is not None
                clock.advance(hours=2)
            clock.advance(hours=18)
    finally:
        vault.close()
    found = [b for b in vault_mod.list_backups(backups, vault.path.stem) if not b.tag]
    days = {b.made_at.date() for b in found}
    assert len(days) == 30  # one for each of the last 30 days...
    # ...and the newest 10 (three a day: they span 4 days, already counted once each).
    assert len(found) == 10 + (30 - 4)
    assert len(list(backups.glob("*.key"))) == len(found)


def test_list_backups_ignores_other_files(tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    for name in (
        "test-20260101-120000.ringoff-backup",
        "test-20260102-120000-before-restore.ringoff-backup",
        "test-garbage.ringoff-backup",
        "test-2026-x.ringoff-backup",
        "other-20260101-120000.ringoff-backup",
        "test-20260101-120000.txt",
    ):
        (backups / name).write_bytes(b"x")
    found = vault_mod.list_backups(backups, "test")
    assert [(b.path.name, b.tag) for b in found] == [
        ("test-20260102-120000-before-restore.ringoff-backup", "before-restore"),
        ("test-20260101-120000.ringoff-backup", ""),
    ]
    assert vault_mod.list_backups(tmp_path / "missing", "test") == []


def test_restore_keeps_the_replaced_vault(tmp_path: Path) -> None:
    clock = FakeClock()
    vault, _ = make_vault(tmp_path, clock=clock)
    vault.add_person("in the backup")
    backup = vault.backup_to(tmp_path / "elsewhere" / "saved.ringoff-backup")
    vault.add_person("only in the vault")
    path = vault.path
    raw = _raw(path)
    vault.close()
    clock.advance(hours=1)
    result = vault_mod.restore_backup(path, backup, raw, clock=clock)
    safety = result.safety
    assert safety is not None
    assert "before-restore" in safety.name
    assert not result.key_file_replaced  # the passphrase in force stays in force
    assert safety.stat().st_mode & 0o777 == 0o600
    assert keys.key_file_path(safety).exists()
    assert [b.tag for b in vault_mod.list_backups(safety.parent, path.stem)] == ["before-restore"]
    restored = open_with_passphrase(path)
    try:
        assert _names(restored) == ["in the backup"]
        assert restored.integrity_check() == []
        restored.add_person("after the restore")  # writable, and the guard is happy
    finally:
        restored.close()
    kept = vault_mod.open_vault(safety, raw, read_only=True)
    try:
        assert _names(kept) == ["in the backup", "only in the vault"]
    finally:
        kept.close()


def _damage(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "flip":
        data[len(data) // 2] ^= 0x01
        path.write_bytes(bytes(data))
    elif how == "truncate":
        path.write_bytes(bytes(data[: len(data) // 2]))
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "random":
        path.write_bytes(os.urandom(len(data)))


@pytest.mark.parametrize("how", ["flip", "truncate", "empty", "random"])
def test_restore_of_a_damaged_backup_changes_nothing(tmp_path: Path, how: str) -> None:
    vault, _ = make_vault(tmp_path)
    vault.add_person("precious")
    backup = vault.backup_to(tmp_path / "elsewhere" / "saved.ringoff-backup")
    path = vault.path
    raw = _raw(path)
    vault.close()
    _damage(backup, how)
    watched = [path, keys.key_file_path(path), tmp_path / "backups"]
    before = snapshot(watched)
    with pytest.raises(UserError):
        vault_mod.restore_backup(path, backup, raw)
    assert snapshot(watched) == before
    reopened = open_with_passphrase(path)
    try:
        assert _names(reopened) == ["precious"]
    finally:
        reopened.close()


def test_restore_while_the_vault_is_open_is_busy(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path)
    backup = vault.backup_to(tmp_path / "b" / "x.ringoff-backup")
    try:
        before = snapshot([vault.path])
        with pytest.raises(UserError):
            vault_mod.restore_backup(vault.path, backup, _raw(vault.path))
        assert snapshot([vault.path]) == before
    finally:
        vault.close()


def test_a_manual_backup_is_named_for_the_time_and_listed_as_yours(tmp_path: Path) -> None:
    clock = FakeClock()
    vault, _ = make_vault(tmp_path / "home", clock=clock)
    folder = tmp_path / "usb stick"
    try:
        name = vault.backup_name("manual")
        stamp = clock.now.strftime("%Y%m%d-%H%M%S")
        assert name == f"{vault.path.stem}-{stamp}-manual.ringoff-backup"
        assert vault.backup_name() == f"{vault.path.stem}-{stamp}.ringoff-backup"
        made = vault.manual_backup(folder)
        assert made == folder / name
        found = vault_mod.list_backups(folder, vault.path.stem)
        assert [(b.path, b.tag) for b in found] == [(made, "manual")]
        with pytest.raises(UserError):  # a second one in the same second is refused...
            vault.manual_backup(folder)
        assert vault.manual_backup(folder, overwrite=True) == made  # ...unless it may replace
        clock.advance(minutes=1)
        assert vault.manual_backup(folder) != made
    finally:
        vault.close()
