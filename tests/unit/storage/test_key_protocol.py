"""The key-change protocol (docs/key-protocol.md), step by step, in one process.

The crash harness (tests/promises/test_key_crashes.py) kills real processes; these tests pin
down each promise on its own: the old passphrase opens nothing after a change (backups
included), a new recovery key re-encrypts the backups, an interrupted change is finished or
undone with a plain note, the correct recovery key is never refused, and restores ask.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from helpers.vaults import PASSPHRASE, FakeClock, make_vault, open_with_passphrase, snapshot

from ringoff.core.errors import DiskFull, UserError, WrongSecret
from ringoff.core.model import PhoneNumber
from ringoff.storage import keychange, keys
from ringoff.storage import vault as vault_mod

NEW = "a completely new passphrase"


def _with_backups(tmp_path: Path) -> tuple[vault_mod.Vault, str, list[Path]]:
    clock = FakeClock()
    vault, recovery = make_vault(tmp_path, clock=clock)
    person = vault.add_person("Wang")
    vault.add_number(PhoneNumber(e164="+8613812345678", person_id=person.id, region="CN"))
    made = []
    for tag in ("", "manual", "before-upgrade"):
        made.append(
            vault.backup_to(vault_mod.default_backups_dir(vault.path) / vault.backup_name(tag))
        )
        clock.advance(hours=1)
    return vault, recovery, made


def _key_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.key"))


def _unwraps(path: Path, passphrase: str) -> bool:
    try:
        keys.unwrap(keys.KeyFile.from_bytes(path.read_bytes()), passphrase)
        return True
    except UserError:
        return False


def test_after_a_passphrase_change_the_old_one_opens_nothing(tmp_path: Path) -> None:
    """Issue 23: old passphrase + a backup's key file opened the live vault (5/5)."""
    vault, _, backups = _with_backups(tmp_path)
    assert len(_key_files(tmp_path)) == 4
    vault.change_passphrase(NEW)
    vault.close()
    for key_file in _key_files(tmp_path):
        assert not _unwraps(key_file, PASSPHRASE), key_file.name
        assert _unwraps(key_file, NEW), key_file.name
    # A restored backup never brings the old passphrase back.
    raw = vault_mod.unlock_with_passphrase(backups[0], NEW)
    result = vault_mod.restore_backup(tmp_path / "test.ringoff", backups[0], raw)
    assert not result.key_file_replaced
    with pytest.raises(WrongSecret):
        vault_mod.unlock_with_passphrase(tmp_path / "test.ringoff", PASSPHRASE)
    open_with_passphrase(tmp_path / "test.ringoff", NEW).close()


def test_backup_key_files_left_behind_by_a_crash_follow_at_the_next_open(tmp_path: Path) -> None:
    vault, _, backups = _with_backups(tmp_path)
    path = vault.path
    stale = keys.key_file_path(backups[1]).read_bytes()
    vault.change_passphrase(NEW)
    vault.close()
    keys.key_file_path(backups[1]).write_bytes(stale)  # as if killed before it was rewritten
    assert _unwraps(keys.key_file_path(backups[1]), PASSPHRASE)
    open_with_passphrase(path, NEW).close()
    assert not _unwraps(keys.key_file_path(backups[1]), PASSPHRASE)


def test_a_new_recovery_key_reencrypts_the_vault_and_every_backup(tmp_path: Path) -> None:
    vault, old_recovery, backups = _with_backups(tmp_path)
    path = vault.path
    new_recovery = vault.rotate_recovery_key(PASSPHRASE)
    vault.add_person("after the new key")  # still writable on the new connection
    vault.close()
    old_raw, new_raw = (keys.parse_recovery_key(k) for k in (old_recovery, new_recovery))
    with pytest.raises(WrongSecret):
        vault_mod.unlock_with_recovery_key(path, old_recovery)
    vault_mod.open_vault(path, vault_mod.unlock_with_recovery_key(path, new_recovery)).close()
    for backup in backups:
        with pytest.raises(UserError):
            vault_mod.open_vault(backup, old_raw, read_only=True)
        vault_mod.open_vault(backup, new_raw, read_only=True).close()
        assert _unwraps(keys.key_file_path(backup), PASSPHRASE)
        assert keys.read_key_file(backup).pending is None
    reopened = open_with_passphrase(path)
    assert [p.name for p in reopened.people()] == ["Wang", "after the new key"]
    assert reopened.notes == []
    reopened.close()


def test_a_new_key_never_put_in_force_is_undone_at_the_next_open(tmp_path: Path) -> None:
    vault, old_recovery, _ = _with_backups(tmp_path)
    path = vault.path
    prepared = keychange.prepare_new_key(path, PASSPHRASE)
    shown = vault.begin_new_recovery_key(prepared)
    vault.close()  # the window was closed before "I have kept it"
    for secret in (old_recovery, shown):  # while both exist, both work
        assert vault_mod.unlock_with_recovery_key(path, secret)
    reopened = open_with_passphrase(path)
    assert reopened.notes == [keychange.UNDONE_NOTE]
    assert reopened.opens_with(keys.parse_recovery_key(old_recovery))
    reopened.close()
    assert keys.read_key_file(path).pending is None
    with pytest.raises(WrongSecret):
        vault_mod.unlock_with_recovery_key(path, shown)


@pytest.mark.parametrize("come_back_with", ["passphrase", "old recovery key", "new recovery key"])
def test_a_new_key_already_in_the_database_is_finished_at_the_next_open(
    tmp_path: Path, come_back_with: str
) -> None:
    vault, old_recovery, backups = _with_backups(tmp_path)
    path = vault.path
    prepared = keychange.prepare_new_key(path, PASSPHRASE)
    shown = vault.begin_new_recovery_key(prepared)
    keychange._reencrypt_open_vault(vault, prepared.new_key)  # killed right after step 3
    vault.close()
    if come_back_with == "passphrase":
        raw = vault_mod.unlock_with_passphrase(path, PASSPHRASE)
    else:
        secret = old_recovery if come_back_with == "old recovery key" else shown
        raw = vault_mod.unlock_with_recovery_key(path, secret)
    reopened = vault_mod.open_vault(path, raw)
    assert reopened.notes == [keychange.FINISHED_NOTE]
    assert reopened.opens_with(prepared.new_key)
    reopened.close()
    with pytest.raises(WrongSecret):
        vault_mod.unlock_with_recovery_key(path, old_recovery)
    for backup in backups:  # step 4 was finished too
        vault_mod.open_vault(backup, prepared.new_key, read_only=True).close()
    assert keys.unwrap(keys.read_key_file(path), PASSPHRASE) == prepared.new_key


@pytest.mark.parametrize("how", ["another vault's key file", "damaged check", "missing"])
def test_the_correct_recovery_key_is_never_refused(tmp_path: Path, how: str) -> None:
    """Issue 23: a damaged check or another vault's key file refused the right key."""
    vault, recovery = make_vault(tmp_path)
    path = vault.path
    vault.close()
    key_path = keys.key_file_path(path)
    if how == "another vault's key file":
        other = keys.wrap(keys.new_raw_key(), PASSPHRASE, "another vault", keys.TEST_KDF)
        key_path.write_bytes(other.to_bytes())
    elif how == "damaged check":
        data = bytearray(key_path.read_bytes())
        where = data.index(b'"check": "') + 12
        data[where] ^= 0x01
        key_path.write_bytes(bytes(data))
    else:
        key_path.unlink()
    raw = vault_mod.unlock_with_recovery_key(path, recovery)
    vault_mod.open_vault(path, raw).close()
    wrong = keys.format_recovery_key(keys.new_raw_key())
    with pytest.raises(WrongSecret) as refused:
        vault_mod.unlock_with_recovery_key(path, wrong)
    assert "does not open this vault" in str(refused.value)


def test_restoring_another_vaults_backup_asks_first(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path / "mine")
    vault.add_person("mine")
    path = vault.path
    vault.close()
    other, _ = make_vault(tmp_path / "theirs", passphrase="their own passphrase")
    other.add_person("theirs")
    their_backup = other.backup_to(tmp_path / "theirs.ringoff-backup")
    other.close()
    raw = vault_mod.unlock_with_passphrase(their_backup, "their own passphrase")
    watched = [path, keys.key_file_path(path), tmp_path / "mine" / "backups"]
    before = snapshot(watched)
    with pytest.raises(vault_mod.OtherVault) as asked:
        vault_mod.restore_backup(path, their_backup, raw)
    assert "1 people" in str(asked.value)
    assert snapshot(watched) == before
    result = vault_mod.restore_backup(path, their_backup, raw, other_vault_ok=True)
    assert result.key_file_replaced and result.safety is not None
    restored = open_with_passphrase(path, "their own passphrase")
    assert [p.name for p in restored.people()] == ["theirs"]
    restored.close()


def test_restoring_where_there_is_no_vault_names_no_safety_copy(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path / "a")
    backup = vault.backup_to(tmp_path / "b.ringoff-backup")
    raw = vault.key_in_force()
    vault.close()
    target = tmp_path / "empty" / "new.ringoff"
    target.parent.mkdir()
    result = vault_mod.restore_backup(target, backup, raw)
    assert result.safety is None
    assert not (target.parent / "backups").exists()
    open_with_passphrase(target).close()


def test_the_safety_copy_holds_what_only_the_write_ahead_log_had(tmp_path: Path) -> None:
    """Issue 15: the copy kept before a restore held 50 accounts of 70 (no WAL)."""
    vault, _ = make_vault(tmp_path)
    vault.add_person("in the backup")
    backup = vault.backup_to(tmp_path / "b.ringoff-backup")
    for i in range(30):
        vault.add_person(f"only in the log {i}")
    path, raw = vault.path, vault.key_in_force()
    wal = Path(f"{path}-wal")
    saved_db, saved_wal = path.read_bytes(), wal.read_bytes()
    vault.close()
    path.write_bytes(saved_db)  # as after a crash: the changes are still in the log
    wal.write_bytes(saved_wal)
    result = vault_mod.restore_backup(path, backup, raw)
    assert result.safety is not None
    kept = vault_mod.open_vault(result.safety, raw, read_only=True)
    assert len(kept.people()) == 31
    kept.close()


def test_temporary_files_are_removed_at_the_next_open(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path)
    path = vault.path
    vault.close()
    backups = vault_mod.default_backups_dir(path)
    backups.mkdir()
    left = [
        tmp_path / f".{path.name}.rekey.tmp",
        tmp_path / f".{path.name}.key.abc123.tmp",
        backups / f".{path.stem}-20260101-000000.ringoff-backup.tmp",
    ]
    for p in left:
        p.write_bytes(b"half")
    unrelated = tmp_path / ".someone-else.tmp"
    unrelated.write_bytes(b"not ours")
    open_with_passphrase(path).close()
    assert [p.exists() for p in left] == [False, False, False]
    assert unrelated.exists()


def test_an_interrupted_restore_is_finished_before_the_passphrase_is_checked(
    tmp_path: Path,
) -> None:
    """Killed between the two renames of another vault's restore: the database is theirs,
    the key file still ours. The next unlock with their passphrase must work."""
    vault, _ = make_vault(tmp_path / "mine")
    path = vault.path
    vault.close()
    other, _ = make_vault(tmp_path / "theirs", passphrase="their own passphrase")
    backup = other.backup_to(tmp_path / "theirs.ringoff-backup")
    other.close()
    db_tmp = path.with_name(f".{path.name}.restore.tmp")
    key_tmp = path.with_name(f".{path.name}.restore-key.tmp")
    db_tmp.write_bytes(backup.read_bytes())
    key_tmp.write_bytes(keys.key_file_path(backup).read_bytes())
    keychange.write_journal(path, db_tmp, key_tmp)
    keychange.replace_database(path, db_tmp)  # ...and killed here
    raw = vault_mod.unlock_with_passphrase(path, "their own passphrase")
    vault_mod.open_vault(path, raw).close()
    assert not keychange.journal_path(path).exists()


def test_a_full_disk_during_a_passphrase_change_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _, _ = _with_backups(tmp_path)
    before = snapshot(_key_files(tmp_path))

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(DiskFull):
        vault.change_passphrase(NEW)
    monkeypatch.undo()
    assert snapshot(_key_files(tmp_path)) == before
    assert not list(tmp_path.glob(".*.tmp"))
    vault.close()


def test_a_full_disk_during_a_backup_is_a_plain_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = make_vault(tmp_path)

    def full(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(keychange, "copy_database", full)
    target = tmp_path / "out" / "copy.ringoff-backup"
    with pytest.raises(DiskFull):
        vault.backup_to(target)
    assert not target.exists()
    assert not list((tmp_path / "out").glob(".*.tmp"))
    vault.close()


def test_backup_refuses_an_existing_file(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path)
    target = tmp_path / "precious.txt"
    target.write_bytes(b"someone's letter")
    with pytest.raises(UserError):
        vault.backup_to(target)
    assert target.read_bytes() == b"someone's letter"
    vault.backup_to(target, overwrite=True, with_key_file=False)
    assert not keys.key_file_path(target).exists()  # no second file nobody asked for
    vault.close()


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_a_symlinked_vault_stays_a_symlink_through_restore_and_a_new_key(tmp_path: Path) -> None:
    """Issue 23: restore replaced a symlinked vault with a regular file, so the synced
    original kept the old data without a word."""
    synced = tmp_path / "synced"
    vault, _ = make_vault(synced)
    vault.add_person("before")
    backup = vault.backup_to(tmp_path / "b.ringoff-backup")
    vault.add_person("after")
    vault.close()
    here = tmp_path / "here"
    here.mkdir()
    link = here / "test.ringoff"
    link.symlink_to(synced / "test.ringoff")
    keys.key_file_path(link).symlink_to(keys.key_file_path(synced / "test.ringoff"))
    raw = vault_mod.unlock_with_passphrase(link, PASSPHRASE)
    vault_mod.restore_backup(link, backup, raw)
    assert link.is_symlink()
    original = open_with_passphrase(synced / "test.ringoff")
    assert [p.name for p in original.people()] == ["before"]
    original.close()
    opened = open_with_passphrase(link)
    recovery = opened.rotate_recovery_key(PASSPHRASE)
    opened.close()
    assert link.is_symlink()
    vault_mod.unlock_with_recovery_key(synced / "test.ringoff", recovery)
