"""Key changes across two files (the database and its key file) that never lock anyone out.

docs/key-protocol.md describes the protocol and its states. In short:

* **Passphrase change**: the database is untouched; the key file is replaced atomically, then
  every backup's key file is given the same bytes (so the old passphrase opens nothing Ringoff
  keeps). A crash between the two is finished by the next open (:func:`sync_backup_key_files`).
* **New recovery key**: (1) the key file gains the new key as *pending*, wrapped under the same
  passphrase, with each key able to reveal the other; (2) the window shows the new key and waits
  for "I have kept it" (the command line skips this); (3) the database is re-encrypted into a
  new file that replaces the old one atomically; (4) every backup is re-encrypted the same way;
  (5) the key file keeps only the new key. Until (5), both keys and the passphrase open the vault.
  The next open after a crash finishes the change when the database is already in the new key,
  and undoes it (the old key stays in force) otherwise, with a plain message either way.
* **Restore**: see :func:`ringoff.storage.vault.restore_backup`; when the key file must change
  with the database, a small journal (``<vault>.restoring``) lets the next start finish it.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from ..core.i18n import QT_TRANSLATE_NOOP, Text
from . import keys
from .atomic import fsync_dir, os_error_to_user_error, real_path, write_atomic

if TYPE_CHECKING:
    from .vault.connection import VaultBase

BACKUP_SUFFIX = ".ringoff-backup"

FINISHED_NOTE = QT_TRANSLATE_NOOP(
    "Errors",
    "Making a new recovery key was interrupted last time. Ringoff has now finished it: the new "
    "recovery key is in force and your passphrase works as before. Print a new Emergency Kit "
    "if you have not kept the new key.",
)
UNDONE_NOTE = QT_TRANSLATE_NOOP(
    "Errors",
    "Making a new recovery key was interrupted last time, before the new key was in force. "
    "Nothing was lost: your passphrase and your old recovery key still work. You can make a "
    "new recovery key again on the Security page.",
)
RESTORE_FINISHED_NOTE = QT_TRANSLATE_NOOP(
    "Errors",
    "A restore was interrupted last time. Ringoff has finished it; nothing was lost.",
)
RESTORE_UNDONE_NOTE = QT_TRANSLATE_NOOP(
    "Errors",
    "A restore was interrupted last time before it replaced anything. Your information is as "
    "it was before the restore.",
)


# --- hooks for the crash harness ----------------------------------------------------------

#: Called with a label before each step that writes to disk. The crash harness's worker sets
#: it (in its own process) to stop at the n-th step; the program never does.
step_hook = None


def step(label: str) -> None:
    hook = step_hook
    if hook is not None:
        hook(label)


# --- backups' key files -------------------------------------------------------------------


def backup_files(folders: Iterable[Path], stem: str) -> list[Path]:
    found: list[Path] = []
    for folder in folders:
        if folder.is_dir():
            found += sorted(folder.glob(f"{stem}-*{BACKUP_SUFFIX}"))
    return found


def sync_backup_key_files(live: keys.KeyFile, folders: Iterable[Path], stem: str) -> list[Path]:
    """Give every backup key file that wraps one of *live*'s keys the live file's bytes.

    So after a passphrase change no key file Ringoff keeps opens with the old passphrase, and
    restoring one of these backups never brings an old passphrase back. Needs no secret (the
    check values are public); returns the key files it rewrote.
    """
    data = live.to_bytes()
    rewritten: list[Path] = []
    for backup in backup_files(folders, stem):
        key_path = keys.key_file_path(backup)
        theirs = keys.try_read_key_file(backup)
        if theirs is None or theirs.vault_id != live.vault_id:
            continue
        if not (theirs.checks & live.checks):
            continue  # a backup in an older key: the key change that re-encrypts it decides
        with contextlib.suppress(OSError):
            if key_path.read_bytes() == data:
                continue
        step("sync-backup-key")
        write_atomic(key_path, data)
        rewritten.append(key_path)
    return rewritten


# --- re-encrypting a database into another key --------------------------------------------


def _connect(path: Path, raw_key: bytes, mode: str) -> sqlcipher3.Connection:
    from .vault.connection import connect

    return connect(path, raw_key, create=mode == "rwc", read_only=mode == "ro")


def copy_database(source: sqlcipher3.Connection, target: Path, raw_key: bytes) -> None:
    """A complete copy of *source* (WAL included: the backup API reads through it) at *target*,
    encrypted with *raw_key*, checked and flushed. *target* must not exist."""
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    step("copy-database")
    dest = _connect(target, raw_key, "rwc")
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
        if dest.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            raise OSError("the copy did not pass its check")
    finally:
        dest.close()
    step("fsync-copy")
    with target.open("rb+") as handle:
        os.fsync(handle.fileno())


def database_file(path: Path) -> Path:
    """The file itself when *path* is a symlink (a synced original): replacements are made
    there, beside it, so the link keeps pointing at the new content (never replaced by a
    regular file). SQLite names its log after this path too (_connect resolves it)."""
    return Path(os.path.realpath(path))


def _tmp_name(path: Path, tag: str) -> Path:
    real = database_file(path)
    return real.with_name(f".{real.name}.{tag}.tmp")


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _drop_wal(path: Path) -> None:
    real = database_file(path)
    for suffix in ("-wal", "-shm", "-journal"):
        _remove(Path(str(real) + suffix))


def reencrypt_file(path: Path, old_key: bytes, new_key: bytes) -> bool:
    """Re-encrypt the closed database at *path* from *old_key* to *new_key* (atomic replace).

    False when *old_key* does not open it (then nothing is changed).
    """
    tmp = _tmp_name(path, "rekey")
    _remove(tmp)
    try:
        source = _connect(path, old_key, "ro")
    except sqlcipher3.DatabaseError:
        return False
    try:
        try:
            source.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError:
            return False
        copy_database(source, tmp, new_key)
    except BaseException:
        _remove(tmp)
        raise
    finally:
        source.close()
    step("rename-backup")
    os.replace(tmp, database_file(path))
    fsync_dir(tmp.parent)
    return True


# --- the new recovery key -----------------------------------------------------------------


@dataclass(frozen=True)
class PreparedKey:
    """A new raw key and the wrapping key of the passphrase (made in a worker thread)."""

    new_key: bytes
    wrapper: keys.Wrapper


def prepare_new_key(vault_path: Path, passphrase: str) -> PreparedKey:
    """Check *passphrase* against the key file and make a new key (slow; safe in a worker)."""
    key_file = keys.read_key_file(vault_path)
    wrapper = keys.wrapper_for(key_file, passphrase)
    if key_file.kdf != keys.WRITE_KDF or key_file.version != keys.KEY_FILE_VERSION:
        wrapper = keys.derive_wrapper(passphrase, keys.WRITE_KDF)  # upgrade on the way
    return PreparedKey(keys.new_raw_key(), wrapper)


def begin_new_key(vault: VaultBase, prepared: PreparedKey) -> None:
    """Step 1: the key file holds the new key as pending (both keys open the vault)."""
    vault._check_unchanged()
    live = keys.read_key_file(vault.path)
    with_new = keys.with_pending(live, prepared.wrapper, vault._raw_key, prepared.new_key)
    step("write-pending-key-file")
    keys.write_key_file(vault.path, with_new)
    sync_backup_key_files(with_new, vault.backups_dirs(), vault.path.stem)


def commit_new_key(vault: VaultBase, new_key: bytes) -> str:
    """Steps 3-5: the database and the backups in the new key, then the key file. Returns the
    new recovery key, now in force."""
    live = keys.read_key_file(vault.path)
    if live.role_of(new_key) != keys.PENDING:
        raise ValueError("begin_new_key first")
    old_key = vault._raw_key
    try:
        _reencrypt_open_vault(vault, new_key)
    except OSError as exc:
        raise os_error_to_user_error(exc, vault.path) from exc
    _finish(vault, live, new_key, old_key)
    return keys.format_recovery_key(new_key)


def _reencrypt_open_vault(vault: VaultBase, new_key: bytes) -> None:
    path = real_path(vault.path)  # a link: replace the file it points to, keep the link
    tmp = _tmp_name(path, "rekey")
    _remove(tmp)
    try:
        copy_database(vault._conn, tmp, new_key)
    except BaseException:
        _remove(tmp)
        raise
    # The copy holds everything; the old connection is closed without a write of its own.
    vault._conn.close()
    _drop_wal(path)
    step("rename-database")
    os.replace(tmp, database_file(path))
    fsync_dir(tmp.parent)
    vault._reconnect(new_key)


def _finish(vault: VaultBase, live: keys.KeyFile, new_key: bytes, old_key: bytes | None) -> None:
    """Steps 4-5 (also the repair after a crash once the database is in the new key)."""
    if old_key is not None:
        for backup in backup_files(vault.backups_dirs(), vault.path.stem):
            key_path = keys.key_file_path(backup)
            theirs = keys.try_read_key_file(backup)
            if theirs is not None and theirs.vault_id != live.vault_id:
                continue
            if reencrypt_file(backup, old_key, new_key):
                step("write-backup-key-file")
                write_atomic(key_path, live.to_bytes())
    done = live.promoted()
    step("write-final-key-file")
    keys.write_key_file(vault.path, done)
    sync_backup_key_files(done, vault.backups_dirs(), vault.path.stem)
    vault._remember_file()


def repair_after_open(vault: VaultBase) -> Text | None:
    """Finish or undo a key change that a crash interrupted; a plain note, or None."""
    live = keys.try_read_key_file(vault.path)
    if live is None:
        return None
    if live.pending is None:
        sync_backup_key_files(live, vault.backups_dirs(), vault.path.stem)
        return None
    role = live.role_of(vault._raw_key)
    if role == keys.PENDING:
        _finish(vault, live, vault._raw_key, live.other_key(vault._raw_key))
        return FINISHED_NOTE
    undone = live.without_pending()
    keys.write_key_file(vault.path, undone)
    sync_backup_key_files(undone, vault.backups_dirs(), vault.path.stem)
    return UNDONE_NOTE


# --- the restore journal ------------------------------------------------------------------


def journal_path(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".restoring")


KEEP = "keep"  # the journal's key_file when the key file in force stays


def write_journal(vault_path: Path, db_tmp: Path, key_tmp: Path | str | None) -> None:
    """Record an about-to-happen restore: the new database and what becomes the key file
    (a temporary file's name, None for "no key file", or :data:`KEEP`)."""
    key = str(key_tmp) if isinstance(key_tmp, Path) else key_tmp
    doc = {"database": str(db_tmp), "key_file": key, "wal": str(wal_aside(vault_path))}
    step("write-journal")
    write_atomic(journal_path(vault_path), json.dumps(doc).encode())


def wal_aside(vault_path: Path) -> Path:
    return _tmp_name(vault_path, "restore-wal")


def restore_tmp(vault_path: Path) -> Path:
    """Where the restored database is prepared (beside the real file, for one rename)."""
    return _tmp_name(vault_path, "restore")


def replace_database(vault_path: Path, db_tmp: Path) -> None:
    """After :func:`write_journal`: the new database in place of the old one, atomically.

    The old write-ahead log is moved aside first (never deleted before the rename: it may hold
    changes the database file does not have yet), so an undo can put it back.
    """
    real = database_file(vault_path)
    wal = Path(f"{real}-wal")
    if wal.exists():
        step("move-wal-aside")
        os.replace(wal, wal_aside(vault_path))
    _remove(Path(f"{real}-shm"))  # derived from the log; rebuilt when needed
    step("rename-database")
    os.replace(db_tmp, real)
    fsync_dir(real.parent)


def finish_interrupted_restore(vault_path: Path) -> Text | None:
    """Roll a restore forward or back from its journal (needs no key; hold the lock)."""
    journal = journal_path(vault_path)
    try:
        doc = json.loads(keys.read_small_file(journal))
        db_tmp = vault_path.parent / str(doc["database"])  # absolute paths: "/" keeps them
        key_name = doc["key_file"]
        wal_tmp = vault_path.parent / str(doc["wal"])
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError, OSError):
        _remove(journal)
        return None
    folder = vault_path.parent
    if db_tmp.exists():  # the database was not replaced: undo, the old log back in place
        if wal_tmp.exists():
            os.replace(wal_tmp, Path(f"{database_file(vault_path)}-wal"))
        _remove(db_tmp)
        if key_name not in (None, KEEP):
            _remove(folder / str(key_name))
        fsync_dir(folder)
        _remove(journal)
        fsync_dir(folder)
        return RESTORE_UNDONE_NOTE
    live_key = keys.key_file_path(vault_path)
    if key_name is None:
        _remove(live_key)  # the restored database came without a key file
    elif key_name != KEEP:
        key_tmp = folder / str(key_name)
        if key_tmp.exists():
            step("replace-key-file")
            write_atomic(live_key, keys.read_small_file(key_tmp))  # through a symlink, too
            _remove(key_tmp)
    fsync_dir(folder)
    _remove(wal_tmp)  # the replaced database's log: its changes are in the safety copy
    step("remove-journal")
    _remove(journal)
    fsync_dir(folder)
    return RESTORE_FINISHED_NOTE


def clean_temporary_files(vault_path: Path, folders: Iterable[Path]) -> list[Path]:
    """Remove what a killed backup, migration, key change or restore left behind."""
    removed: list[Path] = []
    real = database_file(vault_path)
    candidates: list[Path] = []
    for base in {vault_path, real}:
        candidates += base.parent.glob(f".{base.name}.*.tmp")
        candidates += base.parent.glob(f"..{base.name}.*.tmp")  # a temporary's temporary
    for folder in folders:
        if folder.is_dir():
            candidates += folder.glob(f".{vault_path.stem}-*.tmp")
    for path in candidates:
        if path.is_file() and not path.is_symlink():
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed
