"""How a vault file becomes an open :class:`Vault`: unlocking, checking, opening, creating.

Nothing is written until the file has proved to be a readable Ringoff vault of a version this
program knows; an older one is backed up, then migrated. The slow key derivation
(:func:`unlock_with_passphrase`) may run in a worker; everything else on the owning thread.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import sqlcipher3

from ...core.errors import DamagedVault, NewerVersion, NotAVault, ReadOnly, UserError, WrongSecret
from ...core.i18n import QT_TRANSLATE_NOOP, Text
from ...core.model import new_id
from .. import keychange, keys
from ..atomic import os_error_to_user_error
from ..lockfile import InstanceLock
from ..paths import backups_folder, default_backups_dir
from .backups import BackupsMixin
from .connection import Clock, VaultBase, connect, key_opens, utc_now
from .errors import DAMAGED, sorted_errors
from .inventory import InventoryMixin
from .records import RecordsMixin
from .rotation import KeysMixin
from .schema import MIGRATIONS, SCHEMA_VERSION, SQLITE_MAGIC, run_script


class Vault(InventoryMixin, RecordsMixin, KeysMixin, BackupsMixin, VaultBase):
    """An open vault. Every mutating method commits before it returns."""


def check_vault_file(path: Path) -> None:
    """Refuse what is plainly not a vault before SQLCipher ever touches it."""
    if path.is_dir():
        raise NotAVault(
            QT_TRANSLATE_NOOP(
                "Errors", "“{name}” is a folder, not a Ringoff vault. Choose the vault file."
            ).format(name=path.name)
        )
    if not path.exists():
        raise NotAVault(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is no Ringoff vault at “{path}”. Check the place, or create a new vault.",
            ).format(path=str(path))
        )
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except PermissionError:
        raise ReadOnly(
            QT_TRANSLATE_NOOP(
                "Errors", "Ringoff is not allowed to read “{path}”. Check the file's permissions."
            ).format(path=str(path))
        ) from None
    if len(head) == 0:
        raise DamagedVault(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The vault file is empty: its contents were lost, perhaps by a failed copy. "
                "Nothing has been changed. You can restore one of your backups.",
            )
        )
    if head == SQLITE_MAGIC:
        raise NotAVault(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{name}” is an ordinary database, not an encrypted Ringoff vault.",
            ).format(name=path.name)
        )
    if len(head) < 16 or os.path.getsize(path) < 1024:
        raise DamagedVault(DAMAGED)


def finish_interrupted(path: Path) -> None:
    """Before the key file is read: finish a restore a crash interrupted (docs/key-protocol.md).

    Only when nobody else has the vault open (its lock is free); touches no database.
    """
    if not keychange.journal_path(path).exists():
        return
    lock = InstanceLock(path)
    try:
        lock.acquire()
    except UserError:
        return  # open elsewhere: that process has already finished it
    try:
        with sorted_errors():
            keychange.finish_interrupted_restore(path)
    finally:
        lock.release()


def unlock_with_passphrase(path: Path, passphrase: str) -> bytes:
    """Derive and unwrap the vault key (slow: Argon2id). Safe in a worker: it writes nothing
    but, after a crash, the end of an interrupted restore (two renames, no database)."""
    finish_interrupted(path)
    check_vault_file(path)
    key_file = keys.read_key_file(path)
    return keys.unwrap(key_file, passphrase)


def unlock_with_recovery_key(path: Path, recovery_key: str) -> bytes:
    """The raw key spelled by *recovery_key*, once it is known to open the vault.

    The key file's check value only speeds this up: a damaged key file, one of another vault
    or of an older key never refuses the correct recovery key, because the database itself
    decides (it opens with the raw key at once, no slow derivation).
    """
    finish_interrupted(path)
    check_vault_file(path)
    key_file = keys.try_read_key_file(path)

    def opens_this_vault(raw: bytes) -> bool:
        if key_file is not None and key_file.matches(raw):
            return True
        if key_opens(path, raw) is not None:
            return True
        if key_file is not None and key_file.pending is not None:
            other = key_file.other_key(raw)  # an interrupted change: opening finishes or undoes it
            return other is not None and key_opens(path, other) is not None
        return False

    return keys.check_recovery_key(recovery_key, opens_this_vault)


def open_vault(
    path: Path,
    raw_key: bytes,
    *,
    clock: Clock = utc_now,
    migrate: bool = True,
    backups_dir: Path | None = None,
    lock: bool = True,
    read_only: bool = False,
) -> Vault:
    """Open *path* with its raw key; check it, then migrate it if it is from an older version.

    Nothing is written until the file has proved to be a readable Ringoff vault of a version
    this program knows. *read_only* (for backups) opens without locking or writing anything.
    """
    check_vault_file(path)
    if not read_only and not os.access(path, os.W_OK):
        raise ReadOnly(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Ringoff may not change the vault file “{path}”. It may be read-only or on a "
                "locked drive. Copy it to a folder you can change, then open the copy.",
            ).format(path=str(path))
        )
    if not read_only and not os.access(path.parent, os.W_OK):
        raise ReadOnly(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Ringoff may not write in the folder “{folder}”. Move the vault to a folder you "
                "can change, then open it there.",
            ).format(folder=str(path.parent))
        )
    instance_lock = InstanceLock(path) if lock and not read_only else None
    if instance_lock is not None:
        instance_lock.acquire()
    conn: sqlcipher3.Connection | None = None
    notes: list[Text] = []
    try:
        with sorted_errors():
            if not read_only:
                note = keychange.finish_interrupted_restore(path)
                if note is not None:
                    notes.append(note)
                keychange.clean_temporary_files(path, [default_backups_dir(path)])
            live_key_file = None if read_only else keys.try_read_key_file(path)
            candidates = [raw_key]
            if live_key_file is not None and live_key_file.pending is not None:
                other = live_key_file.other_key(raw_key)
                if other is not None:
                    candidates.append(other)  # an interrupted change: the database may be in it
            for attempt, candidate in enumerate(candidates):
                conn = connect(path, candidate, read_only=read_only)
                try:
                    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                    raw_key = candidate
                    break
                except sqlcipher3.DatabaseError as exc:
                    conn.close()
                    conn = None
                    if "not a database" not in str(exc):
                        raise
                    if attempt == len(candidates) - 1:
                        raise WrongSecret(
                            QT_TRANSLATE_NOOP(
                                "Errors",
                                "This key does not open the vault, or the vault file is "
                                "damaged. Nothing has been changed.",
                            )
                        ) from None
            assert conn is not None
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if version == 0 or "meta" not in tables:
                raise NotAVault(QT_TRANSLATE_NOOP("Errors", "This file is not a Ringoff vault."))
            if version > SCHEMA_VERSION:
                raise NewerVersion(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "This vault was saved by a newer version of Ringoff. Please install the "
                        "newest Ringoff to open it. Nothing has been changed.",
                    )
                )
            check = conn.execute("PRAGMA quick_check").fetchall()
            if check != [("ok",)]:
                raise DamagedVault(DAMAGED)
            conn.execute("PRAGMA foreign_keys = ON")
            if not read_only:
                if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    conn.execute("PRAGMA journal_mode = WAL")  # a restored backup is not
                conn.execute("PRAGMA synchronous = FULL")
            vault = Vault(path, conn, raw_key, clock=clock, instance_lock=instance_lock)
            if backups_dir is not None:
                vault.extra_backups_dirs.append(backups_dir)
            if version < SCHEMA_VERSION:
                if not migrate or read_only:
                    raise NewerVersion(
                        QT_TRANSLATE_NOOP("Errors", "This vault needs to be upgraded first.")
                    )
                _migrate(vault, version, backups_folder(path, backups_dir))
            if not read_only:
                try:
                    note = keychange.repair_after_open(vault)
                except OSError as exc:
                    raise os_error_to_user_error(exc, path) from exc
                if note is not None:
                    notes.append(note)
            vault.notes = notes
            return vault
    except BaseException:
        if conn is not None:
            conn.close()
        if instance_lock is not None:
            instance_lock.release()
        raise


def create_vault(
    path: Path,
    passphrase: str,
    *,
    kdf: keys.KdfParams = keys.DEFAULT_KDF,
    clock: Clock = utc_now,
) -> tuple[Vault, str]:
    """Create a new vault and its key file; return it open, and the recovery key (shown once)."""
    if path.exists():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "There is already a file at “{path}”. Nothing has been changed."
            ).format(path=str(path))
        )
    folder = path.parent
    if not os.access(folder, os.W_OK):
        raise ReadOnly(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Ringoff may not write in the folder “{folder}”. Choose a folder you can change.",
            ).format(folder=str(folder))
        )
    raw_key = keys.new_raw_key()
    vault_id = new_id() + new_id()
    key_file = keys.wrap(raw_key, passphrase, vault_id, kdf)
    instance_lock = InstanceLock(path)
    instance_lock.acquire()
    try:
        with sorted_errors():
            # Create the database with owner-only permissions before SQLCipher writes to it.
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
            conn = connect(path, raw_key, create=True)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("BEGIN IMMEDIATE")
            for version in sorted(MIGRATIONS):
                run_script(conn, MIGRATIONS[version])
            now = clock().isoformat()
            conn.executemany(
                "INSERT INTO meta(key, value) VALUES (?, ?)",
                [("vault_id", vault_id), ("created_at", now), ("generation", "0")],
            )
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
        keys.write_key_file(path, key_file)
    except BaseException:
        instance_lock.release()
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    vault = Vault(path, conn, raw_key, clock=clock, instance_lock=instance_lock)
    return vault, keys.format_recovery_key(raw_key)


def _migrate(vault: Vault, from_version: int, backups_dir: Path) -> None:
    """Upgrade the schema: an encrypted backup first, then each step in one transaction."""
    # overwrite: one left by an upgrade killed within this same second holds the same
    # content (nothing can change the vault before it is upgraded).
    vault.backup_to(backups_dir / vault.backup_name("before-upgrade"), overwrite=True)
    for version in range(from_version + 1, SCHEMA_VERSION + 1):
        with vault._write() as conn:
            run_script(conn, MIGRATIONS[version])
            conn.execute(f"PRAGMA user_version = {version}")
