"""Reading a backup without changing it, and putting it in place of the vault.

A restore keeps the vault it replaces as a "before-restore" backup first, keeps the key in
force when it is known, and goes through the journal of :mod:`ringoff.storage.keychange`
so a crash at any instant leaves one whole vault.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path

from ...core.errors import UserError
from ...core.i18n import QT_TRANSLATE_NOOP
from .. import keychange, keys
from ..atomic import (
    copy_private,
    fsync_dir,
    make_private,
    make_private_dirs,
    real_path,
    write_atomic,
)
from ..lockfile import InstanceLock
from ..paths import backups_folder
from .backups import Summary
from .connection import Clock, connect, key_opens, utc_now
from .errors import sorted_errors
from .opening import open_vault


@dataclass(frozen=True)
class BackupContents:
    """What a backup holds and whose it is (read before anything is replaced)."""

    summary: Summary
    vault_id: str


def read_backup_contents(backup: Path, raw_key: bytes) -> BackupContents:
    """Open a backup read-only with *raw_key*: its counts and its vault id (changes nothing)."""
    vault = open_vault(backup, raw_key, read_only=True)
    try:
        return BackupContents(vault.summary(), vault.vault_id)
    finally:
        vault.close()


def read_backup_summary(backup: Path, raw_key: bytes) -> Summary:
    """Open a backup read-only with *raw_key* and count what it holds (never modifies it)."""
    return read_backup_contents(backup, raw_key).summary


class OtherVault(UserError):
    """The backup belongs to another vault: the person must say they mean it."""

    kind = "other_vault"


@dataclass(frozen=True)
class Restored:
    contents: BackupContents
    safety: Path | None  # where the replaced vault was kept (None: there was none)
    key_file_replaced: bool  # False: the passphrase and recovery key in force stay the same


def restore_backup(
    vault_path: Path,
    backup: Path,
    raw_key: bytes,
    *,
    clock: Clock = utc_now,
    current_key: bytes | None = None,
    other_vault_ok: bool = False,
    backups_dir: Path | None = None,
) -> Restored:
    """Replace the (closed) vault at *vault_path* with *backup*, after checking the backup.

    * The backup is opened read-only with *raw_key* first; a backup of another vault raises
      :class:`OtherVault` unless *other_vault_ok* (the person was asked).
    * The vault being replaced is kept first as a complete, checked backup tagged
      "before-restore" (the backup API reads through its write-ahead log).
    * When the key in force is known (*current_key*, or *raw_key* itself opens the vault), the
      restored database is encrypted with it and the key file stays: the passphrase and the
      recovery key in force keep working, and an old passphrase never comes back. Otherwise the
      backup's own key file comes with it, through a journal the next start finishes.
    """
    vault_path = real_path(vault_path)  # a link: replace the file it points to, keep the link
    contents = read_backup_contents(backup, raw_key)  # a UserError if the backup is unusable
    live_key_file = keys.try_read_key_file(vault_path)
    key_now = key_opens(vault_path, current_key) or key_opens(vault_path, raw_key)
    live_id = None
    if key_now is not None:
        live_id = read_backup_contents(vault_path, key_now).vault_id
    elif live_key_file is not None:
        live_id = live_key_file.vault_id
    if live_id is not None and live_id != contents.vault_id and not other_vault_ok:
        raise OtherVault(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This backup belongs to a different vault, not to the one it would replace. "
                "It holds {people} people, {numbers} numbers and {accounts} accounts. "
                "Nothing has been changed.",
            ).format(
                people=contents.summary.people,
                numbers=contents.summary.numbers,
                accounts=contents.summary.accounts,
            )
        )
    same_vault = live_id == contents.vault_id
    keep_key_file = key_now is not None and same_vault and live_key_file is not None
    lock = InstanceLock(vault_path)
    lock.acquire()
    folder = vault_path.parent
    db_tmp = keychange.restore_tmp(vault_path)
    key_tmp = folder / f".{vault_path.name}.restore-key.tmp"
    try:
        with sorted_errors():
            keychange.finish_interrupted_restore(vault_path)
            for leftover in (db_tmp, key_tmp):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
            safety = _safety_copy(vault_path, key_now, backups_dir, clock)
            # The new database, complete and checked, in the key it will be opened with.
            source = connect(backup, raw_key, read_only=True)
            try:
                new_key = key_now if keep_key_file and key_now is not None else raw_key
                keychange.copy_database(source, db_tmp, new_key)
            finally:
                source.close()
            if keep_key_file:
                key_after: Path | str | None = keychange.KEEP
            else:
                backup_key = keys.key_file_path(backup)
                key_after = None
                if backup_key.exists():
                    write_atomic(key_tmp, keys.read_small_file(backup_key))
                    key_after = key_tmp
            keychange.write_journal(vault_path, db_tmp, key_after)
            keychange.replace_database(vault_path, db_tmp)
            keychange.finish_interrupted_restore(vault_path)
            return Restored(contents, safety, not keep_key_file)
    except BaseException:
        with contextlib.suppress(OSError):
            db_tmp.unlink()
        raise
    finally:
        lock.release()


def _safety_copy(
    vault_path: Path, key_now: bytes | None, backups_dir: Path | None, clock: Clock
) -> Path | None:
    """Keep the vault about to be replaced; None when there is none."""
    if not vault_path.exists():
        return None
    folder = backups_folder(vault_path, backups_dir)
    make_private_dirs(folder)
    stamp = clock().astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    safety = folder / f"{vault_path.stem}-{stamp}-before-restore.ringoff-backup"
    n = 1
    while safety.exists():
        n += 1
        safety = folder / f"{vault_path.stem}-{stamp}-before-restore{n}.ringoff-backup"
    tmp = folder / f".{safety.name}.tmp"
    key_path = keys.key_file_path(vault_path)
    if key_path.exists():
        keychange.step("write-safety-key-file")
        write_atomic(keys.key_file_path(safety), keys.read_small_file(key_path))
    if key_now is not None:
        # Complete: the backup API reads every committed change, the write-ahead log's too.
        source = connect(vault_path, key_now, read_only=True)
        try:
            keychange.copy_database(source, tmp, key_now)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        finally:
            source.close()
    else:
        # The key in force is unknown (a damaged vault, a lost key file): copy the file and
        # its write-ahead log as they are, so nothing in them is lost.
        shutil.copyfile(vault_path, tmp)
        wal = Path(f"{keychange.database_file(vault_path)}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            copy_private(wal, Path(f"{safety}-wal"))
        with tmp.open("rb+") as handle:
            os.fsync(handle.fileno())
    make_private(tmp)
    keychange.step("rename-safety-copy")
    os.replace(tmp, safety)
    fsync_dir(folder)
    return safety
