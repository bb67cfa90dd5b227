"""Folders and files others can touch: permissions whatever the umask, the lock file, links.

Issue 23: with umask 000 the data folder, backups/ and output folders were created 0777; a
symlink planted at ``<vault>.lock`` made Ringoff truncate one of the user's other files; and
``passwd``/``restore`` replaced a symlinked vault or key file with a regular file.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.vaults import (
    PASSPHRASE,
    default_vault,
    init_cli_vault,
    make_vault,
    open_with_passphrase,
    run_cli,
)

from ringoff.core.errors import UserError, VaultBusy
from ringoff.storage import keys, lockfile
from ringoff.storage import vault as vault_mod
from ringoff.storage.atomic import NotAPlainFile, make_private_dirs, write_atomic
from ringoff.storage.schedule import schedule_path, write_schedule
from ringoff.storage.settings import Settings

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and links")


@pytest.fixture
def umask_000() -> Iterator[None]:
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def _everything_under(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*"))


@posix_only
def test_made_folders_are_private_and_existing_ones_untouched(
    tmp_path: Path, umask_000: None
) -> None:
    os.chmod(tmp_path, 0o755)
    make_private_dirs(tmp_path / "a" / "b" / "c")
    for made in (tmp_path / "a", tmp_path / "a" / "b", tmp_path / "a" / "b" / "c"):
        assert _mode(made) == 0o700, made
    assert _mode(tmp_path) == 0o755  # the person's own folder keeps its permissions
    make_private_dirs(tmp_path / "a")  # already there: nothing happens
    assert _mode(tmp_path / "a") == 0o700


@posix_only
def test_umask_000_every_folder_0700_every_file_0600(tmp_path: Path, umask_000: None) -> None:
    """The command line inherits the umask: init, a change, backup and export to new folders."""
    home = tmp_path / "home"
    init_cli_vault(home)
    secret = PASSPHRASE + "\n"
    result = run_cli(
        "number",
        "add",
        "+8613812345678",
        "--cancel-on",
        "2027-03-15",
        "--passphrase-stdin",
        stdin=secret,
        home=home,
    )
    assert result.returncode == 0, result.stderr
    out_backup = tmp_path / "out" / "sub" / "copy.ringoff-backup"
    result = run_cli(
        "backup", "--out", str(out_backup), "--passphrase-stdin", stdin=secret, home=home
    )
    assert result.returncode == 0, result.stderr
    out_ics = tmp_path / "exports" / "new" / "dates.ics"
    result = run_cli(
        "export-ics", "--out", str(out_ics), "--passphrase-stdin", stdin=secret, home=home
    )
    assert result.returncode == 0, result.stderr
    # In-process: automatic backups, the settings file, the reminder schedule.
    path = default_vault(home)
    vault = open_with_passphrase(path)
    try:
        assert vault.auto_backup(vault_mod.default_backups_dir(path)) is not None
    finally:
        vault.close()
    Settings(home / "config" / "settings.json").set("language", "zh_CN")
    write_schedule(schedule_path(path), [], set())

    made = [*_everything_under(home), *_everything_under(tmp_path / "out")]
    made += _everything_under(tmp_path / "exports")
    made += [home, tmp_path / "out", tmp_path / "exports"]
    folders = [p for p in made if p.is_dir()]
    files = [p for p in made if p.is_file()]
    assert {p.name for p in folders} >= {"home", "data", "backups", "config", "out", "sub", "new"}
    assert {out_backup, out_ics, path, keys.key_file_path(path)} <= set(files)
    assert (path.parent / "ringoff.vault.lock") in files
    assert [str(p) for p in folders if _mode(p) != 0o700] == []
    assert [f"{p} {_mode(p):o}" for p in files if _mode(p) != 0o600] == []


# --- the lock file ----------------------------------------------------------------------------


@posix_only
def test_a_planted_lock_symlink_leaves_the_other_file_intact(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path, name="v.vault")
    vault.close()
    precious = tmp_path / "letter.txt"
    precious.write_bytes(b"Dear Fang, the garden is lovely this year.\n")
    lock = lockfile.lock_path(vault.path)
    lock.unlink()
    lock.symlink_to(precious)
    with pytest.raises(UserError) as caught:
        open_with_passphrase(vault.path)
    assert "lock file" in str(caught.value)
    assert precious.read_bytes() == b"Dear Fang, the garden is lovely this year.\n"
    assert lock.is_symlink()
    assert not lockfile.held_elsewhere(vault.path)  # the quick check does not follow it either
    assert precious.read_bytes() == b"Dear Fang, the garden is lovely this year.\n"


@posix_only
def test_a_hard_linked_or_foreign_lock_file_is_never_truncated(tmp_path: Path) -> None:
    vault_path = tmp_path / "v.vault"
    precious = tmp_path / "notes.txt"
    precious.write_bytes(b"my own notes")
    os.link(precious, lockfile.lock_path(vault_path))
    with pytest.raises(UserError):
        lockfile.InstanceLock(vault_path).acquire()
    assert precious.read_bytes() == b"my own notes"

    # A plain file with someone else's content: locked, but never rewritten.
    lockfile.lock_path(vault_path).unlink()
    lockfile.lock_path(vault_path).write_bytes(b"not a lock record")
    held = lockfile.InstanceLock(vault_path)
    held.acquire()
    held.release()
    assert lockfile.lock_path(vault_path).read_bytes() == b"not a lock record"


def test_a_fifo_or_folder_as_lock_file_is_refused_without_hanging(tmp_path: Path) -> None:
    folder_case = tmp_path / "a.vault"
    lockfile.lock_path(folder_case).mkdir()
    with pytest.raises(UserError):
        lockfile.InstanceLock(folder_case).acquire()
    if hasattr(os, "mkfifo"):
        fifo_case = tmp_path / "b.vault"
        os.mkfifo(lockfile.lock_path(fifo_case))
        with pytest.raises(UserError):
            lockfile.InstanceLock(fifo_case).acquire()
        assert not lockfile.held_elsewhere(fifo_case)


def test_the_lock_record_replaces_only_our_own_records(tmp_path: Path) -> None:
    vault_path = tmp_path / "v.vault"
    path = lockfile.lock_path(vault_path)
    path.write_bytes(b"12345")  # what an older Ringoff wrote: its process id
    held = lockfile.InstanceLock(vault_path)
    held.acquire()
    try:
        record = lockfile.Holder.decode(path.read_bytes())
        assert record is not None and record.pid == os.getpid()
    finally:
        held.release()
    if os.name == "posix":
        assert _mode(path) == 0o600


# --- links to the vault and key file ----------------------------------------------------------


@posix_only
def test_a_symlinked_vault_and_key_file_are_written_through(tmp_path: Path) -> None:
    synced = tmp_path / "Dropbox"
    vault, _ = make_vault(synced, name="family.vault")
    vault.close()
    here = tmp_path / "data"
    here.mkdir()
    link = here / "family.vault"
    link.symlink_to(synced / "family.vault")
    keys.key_file_path(link).symlink_to(keys.key_file_path(synced / "family.vault"))

    opened = open_with_passphrase(link)
    try:
        opened.change_passphrase("a new sentence for the garden", keys.TEST_KDF)
    finally:
        opened.close()
    assert link.is_symlink() and keys.key_file_path(link).is_symlink()
    # The synced original has the change: it opens with the new passphrase, not the old.
    vault_mod.unlock_with_passphrase(synced / "family.vault", "a new sentence for the garden")
    with pytest.raises(UserError):
        vault_mod.unlock_with_passphrase(synced / "family.vault", PASSPHRASE)
    assert sorted(p.name for p in synced.iterdir() if p.name.endswith(".tmp")) == []


@posix_only
def test_write_atomic_through_a_link_and_refusals(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere" / "settings.json"
    target.parent.mkdir()
    target.write_bytes(b"old")
    link = tmp_path / "settings.json"
    link.symlink_to(target)
    write_atomic(link, b"new")
    assert link.is_symlink() and target.read_bytes() == b"new"
    assert _mode(target) == 0o600

    dangling = tmp_path / "gone.key"
    dangling.symlink_to(tmp_path / "nowhere" / "gone.key")
    with pytest.raises(NotAPlainFile):
        write_atomic(dangling, b"data")
    assert dangling.is_symlink() and not (tmp_path / "nowhere").exists()

    to_folder = tmp_path / "folder.key"
    to_folder.symlink_to(tmp_path / "elsewhere")
    with pytest.raises(NotAPlainFile):
        write_atomic(to_folder, b"data")
    assert to_folder.is_symlink() and (tmp_path / "elsewhere").is_dir()


def test_busy_messages_name_the_holder(tmp_path: Path) -> None:
    """A command holding the vault is not called 'another Ringoff window'."""
    window = lockfile.busy_message(lockfile.Holder(lockfile.WINDOW)).render()
    command = lockfile.busy_message(lockfile.Holder(lockfile.COMMAND, "list")).render()
    unknown = lockfile.busy_message(lockfile.Holder(lockfile.UNKNOWN)).render()
    assert "another Ringoff window" in window
    assert "window" not in command and "ringoff list" in command
    assert "window or command" in unknown


def test_the_lock_says_what_holds_it(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path, name="v.vault")
    try:
        with pytest.raises(VaultBusy) as caught:
            lockfile.InstanceLock(vault.path).acquire()
    finally:
        vault.close()
    # Same process, but the record is read from the file like another process would.
    assert "command" in str(caught.value)


@posix_only
def test_a_link_and_its_target_share_one_lock(tmp_path: Path) -> None:
    synced = tmp_path / "OneDrive"
    vault, _ = make_vault(synced, name="family.vault")
    vault.close()
    link = tmp_path / "family.vault"
    link.symlink_to(synced / "family.vault")
    keys.key_file_path(link).symlink_to(keys.key_file_path(synced / "family.vault"))
    assert lockfile.lock_path(link) == lockfile.lock_path(synced / "family.vault")
    through_link = open_with_passphrase(link)
    try:
        through_link.add_person("Wang Fang")
        assert (synced / "family.vault-wal").exists()  # SQLite writes beside the target
        with pytest.raises(VaultBusy):
            open_with_passphrase(synced / "family.vault")
    finally:
        through_link.close()
    assert not (tmp_path / "family.vault.lock").exists()


@posix_only
def test_restore_through_a_linked_vault_keeps_the_link(tmp_path: Path) -> None:
    synced = tmp_path / "Dropbox"
    vault, recovery = make_vault(synced, name="family.vault")
    vault.add_person("In the backup")
    backup = vault.backup_to(tmp_path / "backups" / "family-20260301-090000.ringoff-backup")
    vault.add_person("Only in the live vault")
    vault.close()
    link = tmp_path / "data" / "family.vault"
    link.parent.mkdir()
    link.symlink_to(synced / "family.vault")
    keys.key_file_path(link).symlink_to(keys.key_file_path(synced / "family.vault"))
    vault_mod.restore_backup(link, backup, keys.parse_recovery_key(recovery))
    assert link.is_symlink() and keys.key_file_path(link).is_symlink()
    restored = open_with_passphrase(synced / "family.vault")
    try:
        assert [p.name for p in restored.people()] == ["In the backup"]
    finally:
        restored.close()
