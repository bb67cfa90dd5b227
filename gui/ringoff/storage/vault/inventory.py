"""The vault: one SQLCipher 4 database holding everything a person enters.

Promises (tested in tests/unit/storage and tests/promises):

* Nothing a user enters is readable on disk without the passphrase or the recovery key.
* Every change commits at once (WAL, ``synchronous=FULL``) and survives a crash.
* A wrong secret, a damaged file or a vault from a newer Ringoff never changes a byte.
* The format is open: the recovery key opens the file with any SQLCipher 4 tool (README).

Threading: a :class:`Vault` and its connection belong to the thread that opened it (the UI
thread in the app). Only the slow key derivation (:func:`unlock_with_passphrase`) may run in a
worker; it returns the raw key, and the owning thread then calls :func:`open_vault`.

Locking: a lock file ``<vault>.lock`` held with an OS lock keeps a second process from opening
the same vault (:class:`VaultBusy`). Another computer writing the file through a synced folder
cannot take that lock, so before every write the file's identity and size/mtime are compared
with what this process last saw (:class:`ChangedElsewhere`).
"""

from __future__ import annotations

import contextlib
import hmac
import json
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

import sqlcipher3

from ...core.errors import (
    ChangedElsewhere,
    DamagedVault,
    DiskFull,
    NewerVersion,
    NotAVault,
    ReadOnly,
    UserError,
    VaultBusy,
    WrongSecret,
)
from ...core.i18n import QT_TRANSLATE_NOOP, Text
from ...core.model import (
    Account,
    AccountStatus,
    Action,
    Category,
    HistoryEntry,
    NumberMode,
    NumberStatus,
    Person,
    PhoneNumber,
    Replacement,
    Use,
    new_id,
)
from ...core.text import clean_name, clean_text
from .. import keychange, keys
from ..atomic import (
    copy_private,
    fsync_dir,
    make_private,
    make_private_dirs,
    os_error_to_user_error,
    real_path,
    write_atomic,
)
from ..lockfile import InstanceLock

Clock = Callable[[], datetime]
T = TypeVar("T")

SCHEMA_VERSION = 3
SQLITE_MAGIC = b"SQLite format 3\x00"


def utc_now() -> datetime:
    return datetime.now(UTC)


# --- errors ------------------------------------------------------------------------------

_DAMAGED = QT_TRANSLATE_NOOP(
    "Errors",
    "The vault file is damaged and cannot be read. Nothing has been changed. "
    "You can restore one of your backups from the Settings page.",
)


def _db_error(exc: Exception) -> Exception:
    """Sort a database exception into the user's world or a bug (returned, not raised)."""
    msg = str(exc).lower()
    if "disk is full" in msg or "database or disk is full" in msg:
        return DiskFull(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The disk is full, so nothing could be saved. Free some space and try again.",
            )
        )
    if "readonly" in msg or "read-only" in msg or "unable to open database file" in msg:
        return ReadOnly(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Ringoff may not write to the vault file. It may be in a read-only folder or "
                "on a locked drive. Move it to a folder you can change and try again.",
            )
        )
    if "locked" in msg or "busy" in msg:
        return VaultBusy(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The vault is being used by another Ringoff window or program. "
                "Close the other one and try again.",
            )
        )
    if "not a database" in msg or "malformed" in msg or "corrupt" in msg:
        return DamagedVault(_DAMAGED)
    return exc


@contextlib.contextmanager
def _sorted_errors() -> Iterator[None]:
    try:
        yield
    except (sqlcipher3.DatabaseError, sqlite3.DatabaseError) as exc:
        sorted_exc = _db_error(exc)
        if sorted_exc is exc:
            raise
        raise sorted_exc from exc
    except OSError as exc:
        raise os_error_to_user_error(exc, Path(".")) from exc


# --- schema ------------------------------------------------------------------------------

_SCHEMA_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE people (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE numbers (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people(id),
    e164 TEXT NOT NULL, region TEXT NOT NULL, carrier TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL, cancel_on TEXT, new_number TEXT, mode TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '', reminder_days TEXT, reissue_rule TEXT,
    custom_reissue_days INTEGER, created_at TEXT NOT NULL
);
CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    number_id TEXT NOT NULL REFERENCES numbers(id) ON DELETE CASCADE,
    service_id TEXT, name TEXT NOT NULL, uses TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL, status TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '', checked_steps TEXT NOT NULL DEFAULT '',
    use_fallback INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX accounts_by_number ON accounts(number_id);
CREATE TABLE history (
    id TEXT PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, event TEXT NOT NULL,
    details TEXT NOT NULL, number_id TEXT, account_id TEXT
);
CREATE INDEX history_by_time ON history(at);
CREATE TABLE user_services (id TEXT PRIMARY KEY, data TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE prefs (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

# Version 2: "this number was someone else's" - messages meant for a previous owner and the
# requests the user sent to institutions about them.
_SCHEMA_V2 = """
CREATE TABLE received_messages (
    id TEXT PRIMARY KEY,
    number_id TEXT NOT NULL REFERENCES numbers(id) ON DELETE CASCADE,
    sender TEXT NOT NULL, service_id TEXT, received_on TEXT NOT NULL,
    kind TEXT NOT NULL, what TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL
);
CREATE TABLE requests (
    id TEXT PRIMARY KEY,
    number_id TEXT NOT NULL REFERENCES numbers(id) ON DELETE CASCADE,
    sender TEXT NOT NULL, service_id TEXT, channel TEXT NOT NULL DEFAULT '',
    asked_on TEXT NOT NULL, follow_up_on TEXT, status TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL
);
"""

# Version 3: what replaces a number (a new number, a family member's number, email/app sign-in
# only, or nothing) and whose it is; the kind (bank, payment...) of an account the catalog does
# not know. NULL replacement: derived from new_number, as versions 1 and 2 did.
_SCHEMA_V3 = """
ALTER TABLE numbers ADD COLUMN replacement TEXT;
ALTER TABLE numbers ADD COLUMN replacement_name TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN kind TEXT;
"""

MIGRATIONS: dict[int, str] = {1: _SCHEMA_V1, 2: _SCHEMA_V2, 3: _SCHEMA_V3}


# --- opening and creating ----------------------------------------------------------------


def _check_vault_file(path: Path) -> None:
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
        raise DamagedVault(_DAMAGED)


def _finish_interrupted(path: Path) -> None:
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
        with _sorted_errors():
            keychange.finish_interrupted_restore(path)
    finally:
        lock.release()


def unlock_with_passphrase(path: Path, passphrase: str) -> bytes:
    """Derive and unwrap the vault key (slow: Argon2id). Safe in a worker: it writes nothing
    but, after a crash, the end of an interrupted restore (two renames, no database)."""
    _finish_interrupted(path)
    _check_vault_file(path)
    key_file = keys.read_key_file(path)
    return keys.unwrap(key_file, passphrase)


def unlock_with_recovery_key(path: Path, recovery_key: str) -> bytes:
    """The raw key spelled by *recovery_key*, once it is known to open the vault.

    The key file's check value only speeds this up: a damaged key file, one of another vault
    or of an older key never refuses the correct recovery key, because the database itself
    decides (it opens with the raw key at once, no slow derivation).
    """
    _finish_interrupted(path)
    _check_vault_file(path)
    raw = keys.parse_recovery_key(recovery_key)
    key_file = keys.try_read_key_file(path)
    if key_file is not None and key_file.matches(raw):
        return raw
    if _live_key_works(path, raw) is not None:
        return raw
    if key_file is not None and key_file.pending is not None:
        other = key_file.other_key(raw)
        if other is not None and _live_key_works(path, other) is not None:
            return raw  # an interrupted change: opening finishes or undoes it
    raise WrongSecret(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This recovery key does not open this vault. It may belong to a different vault, "
            "or be an older key of this one: check the date on your Emergency Kit.",
        )
    )


def _connect(
    path: Path, raw_key: bytes, *, create: bool = False, read_only: bool = False
) -> sqlcipher3.Connection:
    mode = "ro" if read_only else ("rwc" if create else "rw")
    uri = path.resolve().as_uri() + f"?mode={mode}"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=True)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher logs to stderr otherwise
        conn.execute(keys.sqlcipher_key_pragma(raw_key))
        conn.execute("PRAGMA cipher_memory_security = ON")
    except BaseException:
        conn.close()
        raise
    return conn


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
    _check_vault_file(path)
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
        with _sorted_errors():
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
                conn = _connect(path, candidate, read_only=read_only)
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
                raise DamagedVault(_DAMAGED)
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
                vault._migrate(version, backups_dir or default_backups_dir(path))
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
        with _sorted_errors():
            # Create the database with owner-only permissions before SQLCipher writes to it.
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
            conn = _connect(path, raw_key, create=True)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("BEGIN IMMEDIATE")
            for version in sorted(MIGRATIONS):
                _run_script(conn, MIGRATIONS[version])
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


def _run_script(conn: sqlcipher3.Connection, script: str) -> None:
    """Run *script* statement by statement inside the caller's transaction.

    ``executescript`` would commit first; a migration must stay one transaction.
    """
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def default_backups_dir(vault_path: Path) -> Path:
    return vault_path.parent / "backups"


# --- the vault ---------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    size: int
    tag: str = ""  # "" for automatic backups; "before-upgrade", "before-restore", "manual"


@dataclass(frozen=True)
class Summary:
    """What a vault holds, in counts only: shown before a restore replaces anything."""

    people: int
    numbers: int
    accounts: int
    last_change: datetime | None


def _cleaned(account: Account) -> Account:
    """*account* with its name and texts cleaned (core.text), as the vault stores them."""
    name, reason, notes = (
        clean_name(account.name),
        clean_text(account.reason),
        clean_text(account.notes),
    )
    if (name, reason, notes) == (account.name, account.reason, account.notes):
        return account
    return replace(account, name=name, reason=reason, notes=notes)


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


class Vault:
    """An open vault. Every mutating method commits before it returns."""

    def __init__(
        self,
        path: Path,
        conn: sqlcipher3.Connection,
        raw_key: bytes,
        *,
        clock: Clock = utc_now,
        instance_lock: InstanceLock | None = None,
    ) -> None:
        self.path = path
        self._conn = conn
        self._raw_key = raw_key
        self._clock = clock
        self._lock = instance_lock
        self.actor = ""
        self._seen: tuple[int, int, int] | None = None
        self._remember_file()
        self.vault_id = self._meta("vault_id")
        #: Plain notes for the person about repairs made while opening (shown once).
        self.notes: list[Text] = []
        #: Backup folders besides the default one (the person's choice in the settings).
        self.extra_backups_dirs: list[Path] = []

    # -- life cycle --

    def close(self) -> None:
        if self._conn is None:
            return
        try:
            unchanged = self._file_state() == self._seen
        except OSError:
            unchanged = False
        if unchanged:
            with contextlib.suppress(Exception):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.close()
        else:
            self._close_without_checkpoint()
        self._conn = None
        self._raw_key = b""
        if self._lock is not None:
            self._lock.release()

    def _close_without_checkpoint(self) -> None:
        """Close without copying our WAL into a file that another computer has changed.

        SQLite checkpoints when the last connection closes, which would mix two versions.
        It skips that when it cannot get an exclusive lock, and a read-only connection never
        checkpoints: so a read-only connection holds a read lock while ours closes, then
        closes itself. Our last changes stay in the -wal file, which is copied aside so
        nothing is lost.
        """
        wal = Path(str(real_path(self.path)) + "-wal")  # SQLite keeps it beside a link's target
        if wal.exists():
            stamp = self._clock().astimezone(UTC).strftime("%Y%m%d-%H%M%S")
            with contextlib.suppress(OSError, UserError):
                copy_private(wal, wal.with_name(f"{wal.name}.conflict-{stamp}"))
        guard = None
        try:
            guard = _connect(self.path, self._raw_key, read_only=True)
            guard.execute("BEGIN")
            guard.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except Exception:
            guard = None
        try:
            self._conn.close()
        finally:
            if guard is not None:
                with contextlib.suppress(Exception):
                    guard.close()

    def _reconnect(self, raw_key: bytes) -> None:
        """A new connection after the file was replaced by one in *raw_key* (key changes)."""
        conn = _connect(self.path, raw_key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA foreign_keys = ON")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        self._conn = conn
        self._raw_key = raw_key
        self._remember_file()

    def backups_dirs(self) -> list[Path]:
        """Every folder where this vault's backups are kept (the default one first)."""
        folders = [default_backups_dir(self.path)]
        for extra in self.extra_backups_dirs:
            if extra not in folders:
                folders.append(extra)
        return folders

    @property
    def closed(self) -> bool:
        return self._conn is None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- file identity (sync conflicts) --

    def _file_state(self) -> tuple[int, int, int]:
        st = os.stat(self.path)
        return (st.st_ino, st.st_size, st.st_mtime_ns)

    def _remember_file(self) -> None:
        self._seen = self._file_state()

    def _check_unchanged(self) -> None:
        try:
            state = self._file_state()
        except FileNotFoundError:
            state = (-1, -1, -1)
        if state != self._seen:
            raise ChangedElsewhere(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The vault file was changed by another computer or program while Ringoff "
                    "had it open (this happens with shared folders such as OneDrive, iCloud "
                    "Drive or Dropbox). To keep both versions safe, Ringoff did not save this "
                    "change. Close Ringoff on the other computer, then lock and unlock here.",
                )
            )

    # -- transactions --

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlcipher3.Connection]:
        """One committed transaction; the generation counter moves with every write."""
        self._check_unchanged()
        conn = self._conn
        with _sorted_errors():
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute(
                    "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'"
                )
                conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(Exception):
                    conn.execute("ROLLBACK")
                raise
        self._remember_file()

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with _sorted_errors():
            return list(self._conn.execute(sql, params).fetchall())

    def _meta(self, key: str) -> str:
        rows = self._read("SELECT value FROM meta WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else ""

    @property
    def generation(self) -> int:
        return int(self._meta("generation") or 0)

    def _history(
        self,
        conn: sqlcipher3.Connection,
        event: str,
        details: dict[str, str],
        number_id: str | None = None,
        account_id: str | None = None,
    ) -> None:
        conn.execute(
            "INSERT INTO history(id, at, actor, event, details, number_id, account_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                new_id(),
                self._clock().isoformat(),
                self.actor,
                event,
                json.dumps(details, ensure_ascii=False),
                number_id,
                account_id,
            ),
        )

    # -- migrations --

    def _migrate(self, from_version: int, backups_dir: Path) -> None:
        """Upgrade the schema: an encrypted backup first, then each step in one transaction."""
        # overwrite: one left by an upgrade killed within this same second holds the same
        # content (nothing can change the vault before it is upgraded).
        self.backup_to(backups_dir / self._backup_name("before-upgrade"), overwrite=True)
        for version in range(from_version + 1, SCHEMA_VERSION + 1):
            with self._write() as conn:
                _run_script(conn, MIGRATIONS[version])
                conn.execute(f"PRAGMA user_version = {version}")

    @property
    def schema_version(self) -> int:
        return int(self._read("PRAGMA user_version")[0][0])

    # -- people --

    def people(self) -> list[Person]:
        rows = self._read("SELECT id, name FROM people ORDER BY position, rowid")
        return [Person(id=r[0], name=r[1]) for r in rows]

    def add_person(self, name: str) -> Person:
        person = Person(name=clean_name(name))
        with self._write() as conn:
            pos = conn.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM people").fetchone()[0]
            conn.execute(
                "INSERT INTO people(id, name, position) VALUES (?, ?, ?)",
                (person.id, person.name, pos),
            )
            self._history(conn, "person_added", {"name": person.name})
        return person

    def rename_person(self, person_id: str, name: str) -> None:
        with self._write() as conn:
            old = conn.execute("SELECT name FROM people WHERE id = ?", (person_id,)).fetchone()
            name = clean_name(name)
            conn.execute("UPDATE people SET name = ? WHERE id = ?", (name, person_id))
            self._history(conn, "person_renamed", {"old": old[0] if old else "", "name": name})

    def remove_person(self, person_id: str, move_numbers_to: str | None = None) -> None:
        """Remove a person. Their numbers move to *move_numbers_to*, or are deleted with them
        only when the caller passes None after asking the user (the UI always asks)."""
        with self._write() as conn:
            name = conn.execute("SELECT name FROM people WHERE id = ?", (person_id,)).fetchone()
            if move_numbers_to is not None:
                conn.execute(
                    "UPDATE numbers SET person_id = ? WHERE person_id = ?",
                    (move_numbers_to, person_id),
                )
            else:
                conn.execute("DELETE FROM numbers WHERE person_id = ?", (person_id,))
            conn.execute("DELETE FROM people WHERE id = ?", (person_id,))
            self._history(conn, "person_removed", {"name": name[0] if name else ""})

    def find_or_add_person(self, name: str) -> Person:
        for person in self.people():
            if person.name == clean_name(name):
                return person
        return self.add_person(name)

    # -- numbers --

    _NUMBER_COLS = (
        "id, person_id, e164, region, carrier, status, cancel_on, new_number, mode, notes, "
        "reminder_days, reissue_rule, custom_reissue_days, replacement, replacement_name"
    )

    @staticmethod
    def _number(row: Sequence[Any]) -> PhoneNumber:
        return PhoneNumber(
            id=row[0],
            person_id=row[1],
            e164=row[2],
            region=row[3],
            carrier=row[4],
            status=NumberStatus(row[5]),
            cancel_on=_d(row[6]),
            new_number=row[7],
            mode=NumberMode(row[8]),
            notes=row[9],
            reminder_days=tuple(json.loads(row[10])) if row[10] else None,
            reissue_rule=row[11],
            custom_reissue_days=row[12],
            replacement=Replacement(row[13]) if row[13] else None,
            replacement_name=row[14],
        )

    def numbers(self, person_id: str | None = None) -> list[PhoneNumber]:
        sql = f"SELECT {self._NUMBER_COLS} FROM numbers"
        params: tuple[str, ...] = ()
        if person_id is not None:
            sql += " WHERE person_id = ?"
            params = (person_id,)
        return [self._number(r) for r in self._read(sql + " ORDER BY created_at, rowid", params)]

    def number(self, number_id: str) -> PhoneNumber:
        rows = self._read(f"SELECT {self._NUMBER_COLS} FROM numbers WHERE id = ?", (number_id,))
        if not rows:
            raise KeyError(number_id)
        return self._number(rows[0])

    def find_number(self, e164: str) -> PhoneNumber | None:
        rows = self._read(f"SELECT {self._NUMBER_COLS} FROM numbers WHERE e164 = ?", (e164,))
        return self._number(rows[0]) if rows else None

    @staticmethod
    def _number_values(n: PhoneNumber) -> tuple[Any, ...]:
        return (
            n.person_id,
            n.e164,
            n.region,
            clean_name(n.carrier),
            n.status.value,
            n.cancel_on.isoformat() if n.cancel_on else None,
            n.new_number,
            n.mode.value,
            clean_text(n.notes),
            json.dumps(list(n.reminder_days)) if n.reminder_days is not None else None,
            n.reissue_rule,
            n.custom_reissue_days,
            n.replacement.value if n.replacement is not None else None,
            n.replacement_name,
        )

    def add_number(self, number: PhoneNumber) -> PhoneNumber:
        if self.find_number(number.e164) is not None:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "This number is already in Ringoff."))
        with self._write() as conn:
            conn.execute(
                "INSERT INTO numbers(person_id, e164, region, carrier, status, cancel_on, "
                "new_number, mode, notes, reminder_days, reissue_rule, custom_reissue_days, "
                "replacement, replacement_name, id, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*self._number_values(number), number.id, self._clock().isoformat()),
            )
            self._history(conn, "number_added", {"number": number.e164}, number.id)
        return number

    def update_number(self, number: PhoneNumber) -> None:
        with self._write() as conn:
            conn.execute(
                "UPDATE numbers SET person_id = ?, e164 = ?, region = ?, carrier = ?, "
                "status = ?, cancel_on = ?, new_number = ?, mode = ?, notes = ?, "
                "reminder_days = ?, reissue_rule = ?, custom_reissue_days = ?, "
                "replacement = ?, replacement_name = ? WHERE id = ?",
                (*self._number_values(number), number.id),
            )
            self._history(conn, "number_changed", {"number": number.e164}, number.id)

    def remove_number(self, number_id: str) -> None:
        with self._write() as conn:
            row = conn.execute("SELECT e164 FROM numbers WHERE id = ?", (number_id,)).fetchone()
            conn.execute("DELETE FROM numbers WHERE id = ?", (number_id,))
            self._history(conn, "number_removed", {"number": row[0] if row else ""})

    # -- accounts --

    _ACCOUNT_COLS = (
        "id, number_id, service_id, name, uses, action, status, reason, notes, "
        "checked_steps, use_fallback, kind"
    )

    @staticmethod
    def _account(row: Sequence[Any]) -> Account:
        return Account(
            id=row[0],
            number_id=row[1],
            service_id=row[2],
            name=row[3],
            uses=frozenset(Use(u) for u in row[4].split(",") if u),
            action=Action(row[5]),
            status=AccountStatus(row[6]),
            reason=row[7],
            notes=row[8],
            checked_steps=frozenset(int(i) for i in row[9].split(",") if i),
            use_fallback=bool(row[10]),
            kind=Category(row[11]) if row[11] else None,
        )

    def accounts(self, number_id: str | None = None) -> list[Account]:
        sql = f"SELECT {self._ACCOUNT_COLS} FROM accounts"
        params: tuple[str, ...] = ()
        if number_id is not None:
            sql += " WHERE number_id = ?"
            params = (number_id,)
        return [self._account(r) for r in self._read(sql + " ORDER BY created_at, rowid", params)]

    def account(self, account_id: str) -> Account:
        rows = self._read(f"SELECT {self._ACCOUNT_COLS} FROM accounts WHERE id = ?", (account_id,))
        if not rows:
            raise KeyError(account_id)
        return self._account(rows[0])

    @staticmethod
    def _account_values(a: Account) -> tuple[Any, ...]:
        return (
            a.number_id,
            a.service_id,
            clean_name(a.name),
            ",".join(sorted(u.value for u in a.uses)),
            a.action.value,
            a.status.value,
            clean_text(a.reason),
            clean_text(a.notes),
            ",".join(str(i) for i in sorted(a.checked_steps)),
            int(a.use_fallback),
            a.kind.value if a.kind is not None else None,
        )

    def add_account(self, account: Account) -> Account:
        return self.add_accounts([account])[0]

    def add_accounts(self, accounts: Sequence[Account]) -> list[Account]:
        """Add several accounts in one transaction (an import adds all or nothing)."""
        now = self._clock().isoformat()
        # Names from outside (an import) never keep terminal escapes or control characters.
        accounts = [_cleaned(a) for a in accounts]
        with self._write() as conn:
            for a in accounts:
                conn.execute(
                    "INSERT INTO accounts(number_id, service_id, name, uses, action, status, "
                    "reason, notes, checked_steps, use_fallback, kind, id, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*self._account_values(a), a.id, now, now),
                )
                self._history(conn, "account_added", {"name": a.name}, a.number_id, a.id)
        return list(accounts)

    def update_account(self, account: Account, event: str = "account_changed") -> None:
        """Save *account* as it is now. *event* names what changed, for the history."""
        account = _cleaned(account)
        with self._write() as conn:
            conn.execute(
                "UPDATE accounts SET number_id = ?, service_id = ?, name = ?, uses = ?, "
                "action = ?, status = ?, reason = ?, notes = ?, checked_steps = ?, "
                "use_fallback = ?, kind = ?, updated_at = ? WHERE id = ?",
                (*self._account_values(account), self._clock().isoformat(), account.id),
            )
            details = {"name": account.name}
            if event == "account_status":
                details["status"] = account.status.value
            self._history(conn, event, details, account.number_id, account.id)

    def set_account_status(
        self, account_id: str, status: AccountStatus, reason: str = ""
    ) -> Account:
        account = replace(self.account(account_id), status=status, reason=reason)
        self.update_account(account, "account_status")
        return account

    def remove_account(self, account_id: str) -> Account:
        account = self.account(account_id)
        with self._write() as conn:
            conn.execute("DELETE FROM accounts WHERE id = ?", (account_id,))
            self._history(conn, "account_removed", {"name": account.name}, account.number_id)
        return account

    def restore_account(self, account: Account) -> None:
        """Put back an account removed a moment ago (undo)."""
        account = _cleaned(account)
        now = self._clock().isoformat()
        with self._write() as conn:
            conn.execute(
                "INSERT INTO accounts(number_id, service_id, name, uses, action, status, "
                "reason, notes, checked_steps, use_fallback, kind, id, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*self._account_values(account), account.id, now, now),
            )
            self._history(
                conn, "account_restored", {"name": account.name}, account.number_id, account.id
            )

    # -- history --

    def history(self, limit: int = 500, number_id: str | None = None) -> list[HistoryEntry]:
        sql = "SELECT id, at, actor, event, details, number_id, account_id FROM history"
        params: list[Any] = []
        if number_id is not None:
            sql += " WHERE number_id = ?"
            params.append(number_id)
        sql += " ORDER BY at DESC, rowid DESC LIMIT ?"
        params.append(limit)
        return [
            HistoryEntry(
                id=r[0],
                at=datetime.fromisoformat(r[1]),
                actor=r[2],
                event=r[3],
                details=json.loads(r[4]),
                number_id=r[5],
                account_id=r[6],
            )
            for r in self._read(sql, params)
        ]

    # -- user services (their own entries and corrections to the catalog) --

    def user_services(self) -> list[dict[str, Any]]:
        return [json.loads(r[0]) for r in self._read("SELECT data FROM user_services")]

    def save_user_service(self, data: dict[str, Any]) -> None:
        service_id = str(data["id"])
        with self._write() as conn:
            conn.execute(
                "INSERT INTO user_services(id, data, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET data = excluded.data, "
                "updated_at = excluded.updated_at",
                (service_id, json.dumps(data, ensure_ascii=False), self._clock().isoformat()),
            )
            self._history(conn, "service_edited", {"service": service_id})

    def delete_user_service(self, service_id: str) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM user_services WHERE id = ?", (service_id,))
            self._history(conn, "service_reset", {"service": service_id})

    # -- preferences kept in the vault (they can hold user data) --

    def pref(self, key: str, default: T) -> T:
        rows = self._read("SELECT value FROM prefs WHERE key = ?", (key,))
        return json.loads(rows[0][0]) if rows else default

    def set_pref(self, key: str, value: Any) -> None:
        with self._write() as conn:
            conn.execute(
                "INSERT INTO prefs(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )

    # -- messages for a previous owner (received numbers) --

    def received_messages(self, number_id: str) -> list[dict[str, Any]]:
        rows = self._read(
            "SELECT id, sender, service_id, received_on, kind, what FROM received_messages "
            "WHERE number_id = ? ORDER BY received_on, rowid",
            (number_id,),
        )
        keys_ = ("id", "sender", "service_id", "received_on", "kind", "what")
        return [dict(zip(keys_, r, strict=True)) for r in rows]

    def add_received_message(
        self,
        number_id: str,
        sender: str,
        service_id: str | None,
        received_on: date,
        kind: str,
        what: str = "",
    ) -> str:
        message_id = new_id()
        with self._write() as conn:
            conn.execute(
                "INSERT INTO received_messages(id, number_id, sender, service_id, received_on, "
                "kind, what, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    message_id,
                    number_id,
                    sender,
                    service_id,
                    received_on.isoformat(),
                    kind,
                    what,
                    self._clock().isoformat(),
                ),
            )
            self._history(conn, "message_recorded", {"sender": sender}, number_id)
        return message_id

    def remove_received_message(self, message_id: str) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM received_messages WHERE id = ?", (message_id,))

    def requests(self, number_id: str) -> list[dict[str, Any]]:
        rows = self._read(
            "SELECT id, sender, service_id, channel, asked_on, follow_up_on, status, notes "
            "FROM requests WHERE number_id = ? ORDER BY asked_on, rowid",
            (number_id,),
        )
        keys_ = (
            "id",
            "sender",
            "service_id",
            "channel",
            "asked_on",
            "follow_up_on",
            "status",
            "notes",
        )
        return [dict(zip(keys_, r, strict=True)) for r in rows]

    def add_request(
        self,
        number_id: str,
        sender: str,
        service_id: str | None,
        channel: str,
        asked_on: date,
        follow_up_on: date | None,
        notes: str = "",
    ) -> str:
        request_id = new_id()
        with self._write() as conn:
            conn.execute(
                "INSERT INTO requests(id, number_id, sender, service_id, channel, asked_on, "
                "follow_up_on, status, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    request_id,
                    number_id,
                    sender,
                    service_id,
                    channel,
                    asked_on.isoformat(),
                    follow_up_on.isoformat() if follow_up_on else None,
                    "waiting",
                    notes,
                    self._clock().isoformat(),
                ),
            )
            self._history(conn, "request_sent", {"sender": sender}, number_id)
        return request_id

    def set_request_status(self, request_id: str, status: str) -> None:
        with self._write() as conn:
            conn.execute("UPDATE requests SET status = ? WHERE id = ?", (status, request_id))

    # -- keys --

    def change_passphrase(self, new_passphrase: str, kdf: keys.KdfParams | None = None) -> None:
        """Rewrap the key under a new passphrase: the live key file and every backup's.

        The database is not touched. Afterwards the old passphrase opens nothing Ringoff keeps.
        """
        self.install_key_file(self.rewrap_job(new_passphrase, kdf)())

    def rewrap_job(
        self, new_passphrase: str, kdf: keys.KdfParams | None = None
    ) -> Callable[[], keys.KeyFile]:
        """A job for a worker thread: this vault's key wrapped under *new_passphrase* (slow).

        The job touches no file and no connection; hand its result to :meth:`install_key_file`
        on the owning thread. Same effect as :meth:`change_passphrase`, without blocking it.
        """
        raw_key, vault_id = self._raw_key, self.vault_id
        return lambda: keys.wrap(raw_key, new_passphrase, vault_id, kdf)

    def install_key_file(self, key_file: keys.KeyFile) -> None:
        """Write a key file made by :meth:`rewrap_job` here and beside every backup."""
        self._check_unchanged()
        if key_file.vault_id != self.vault_id or not key_file.matches(self._raw_key):
            raise ValueError("this key file was made for another vault or key")
        if key_file.pending is not None:
            raise ValueError("a passphrase change installs a key file with one key")
        keychange.step("write-key-file")
        keys.write_key_file(self.path, key_file)
        # Backups whose key files wrapped the same key under the old passphrase follow.
        keychange.sync_backup_key_files(key_file, self.backups_dirs(), self.path.stem)

    def rotate_recovery_key(
        self,
        passphrase: str,
        kdf: keys.KdfParams | None = None,
        *,
        prepared: keychange.PreparedKey | None = None,
    ) -> str:
        """Put a fresh key in force (database and backups re-encrypted); return its recovery key.

        The crash-safe protocol of docs/key-protocol.md: the key file first holds both keys,
        then the database and the backups move to the new key, then the key file drops the old
        one. The passphrase opens the vault at every instant. *prepared* comes from
        :func:`keychange.prepare_new_key` in a worker thread (the slow part).
        """
        self._check_unchanged()
        if prepared is None:
            prepared = keychange.prepare_new_key(self.path, passphrase)
        self.begin_new_recovery_key(prepared)
        return self.commit_new_recovery_key(prepared.new_key)

    def begin_new_recovery_key(self, prepared: keychange.PreparedKey) -> str:
        """Step 1: the new key is wrapped beside the old one; returns it to be shown and kept.

        Both keys open the vault until :meth:`commit_new_recovery_key`; if that never comes,
        the next open undoes this step.
        """
        with _sorted_errors():
            keychange.begin_new_key(self, prepared)
        return keys.format_recovery_key(prepared.new_key)

    def key_in_force(self) -> bytes:
        """The raw key, for :func:`restore_backup` only (so a restore keeps the key in force)."""
        return self._raw_key

    def opens_with(self, raw_key: bytes) -> bool:
        """Is *raw_key* the key in force (e.g. a recovery key typed to print the kit again)?"""
        return hmac.compare_digest(raw_key, self._raw_key)

    def commit_new_recovery_key(self, new_key: bytes) -> str:
        """The new key in force: database and backups re-encrypted, old key dropped."""
        self._check_unchanged()
        with _sorted_errors():
            return keychange.commit_new_key(self, new_key)

    # -- checks and backups --

    def integrity_check(self) -> list[str]:
        rows = self._read("PRAGMA integrity_check")
        problems = [str(r[0]) for r in rows if r[0] != "ok"]
        problems += [f"{r[0]}: {r[2]}" for r in self._read("PRAGMA foreign_key_check")]
        return problems

    def summary(self) -> Summary:
        last = self._read("SELECT MAX(at) FROM history")[0][0]
        return Summary(
            people=self._read("SELECT count(*) FROM people")[0][0],
            numbers=self._read("SELECT count(*) FROM numbers")[0][0],
            accounts=self._read("SELECT count(*) FROM accounts")[0][0],
            last_change=datetime.fromisoformat(last) if last else None,
        )

    def _backup_name(self, tag: str = "") -> str:
        stamp = self._clock().astimezone(UTC).strftime("%Y%m%d-%H%M%S")
        return f"{self.path.stem}-{stamp}{'-' + tag if tag else ''}.ringoff-backup"

    def backup_to(
        self, target: Path, *, with_key_file: bool = True, overwrite: bool = False
    ) -> Path:
        """Write a complete encrypted copy (same key) to *target*, and the key file beside it.

        The copy is made with SQLite's backup API (every committed change, the write-ahead
        log's too) in a temporary file, checked, and only then moved into place. An existing
        *target* is refused unless *overwrite*. The key file is written first, so a crash never
        leaves a backup that the passphrase cannot open.
        """
        if target.exists() and not overwrite:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "There is already a file at “{path}”. Nothing has been changed.",
                ).format(path=str(target))
            )
        tmp = target.with_name(f".{target.name}.tmp")
        try:
            with _sorted_errors():
                make_private_dirs(target.parent)
                with contextlib.suppress(FileNotFoundError):
                    tmp.unlink()
                if with_key_file:
                    key_src = keys.key_file_path(self.path)
                    if key_src.exists():
                        keychange.step("write-backup-key-file")
                        write_atomic(keys.key_file_path(target), keys.read_small_file(key_src))
                keychange.copy_database(self._conn, tmp, self._raw_key)
                make_private(tmp)
                keychange.step("rename-backup")
                os.replace(tmp, target)
                fsync_dir(target.parent)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        return target

    def auto_backup(
        self,
        backups_dir: Path,
        *,
        keep: int = 10,
        days: int = 30,
        max_age_hours: float = 24,
        min_interval_hours: float = 1,
    ) -> Path | None:
        """An automatic backup when it would hold something new; then the rotation.

        A backup is made when something changed since the newest one and that one is at
        least *min_interval_hours* old (at lock and at quit: the day's work), or when the
        newest is older than *max_age_hours* (at unlock). Kept: the newest *keep*, and the
        newest of each of the last *days* days (:func:`prune_backups`).
        """
        existing = [b for b in list_backups(backups_dir, self.path.stem) if not b.tag]
        age = (self._clock() - existing[0].made_at).total_seconds() / 3600 if existing else None
        changed = not existing or self._backup_generation(existing[0].path) != self.generation
        due = age is None or age >= max_age_hours or (changed and age >= min_interval_hours)
        if not due:
            return None
        name = self._backup_name()
        if (backups_dir / name).exists():
            return None  # one in this very second already
        made = self.backup_to(backups_dir / name)
        prune_backups(backups_dir, self.path.stem, keep, days=days, now=self._clock())
        return made

    def _backup_generation(self, backup: Path) -> int | None:
        """The change counter a backup was made at (None when it cannot be read with our key)."""
        try:
            conn = _connect(backup, self._raw_key, read_only=True)
        except sqlcipher3.DatabaseError:
            return None
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
            return int(row[0]) if row else None
        except (sqlcipher3.DatabaseError, ValueError):
            return None
        finally:
            conn.close()

    def last_backup(self, folders: Sequence[Path] = ()) -> datetime | None:
        """When the newest backup of this vault was made (any kind), in the given folders."""
        found = [
            info.made_at
            for folder in [*folders, *self.backups_dirs()]
            for info in list_backups(folder, self.path.stem)
        ]
        return max(found) if found else None


def _parse_backup_name(name: str, stem: str) -> tuple[datetime, str] | None:
    """``<stem>-YYYYmmdd-HHMMSS[-tag].ringoff-backup`` -> (time, tag)."""
    suffix = ".ringoff-backup"
    if not (name.startswith(stem + "-") and name.endswith(suffix)):
        return None
    parts = name[len(stem) + 1 : -len(suffix)].split("-", 2)
    if len(parts) < 2:
        return None
    try:
        made = datetime.strptime(f"{parts[0]}-{parts[1]}", "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return None
    return made, parts[2] if len(parts) > 2 else ""


def list_backups(backups_dir: Path, stem: str) -> list[BackupInfo]:
    """Backups of the vault named *stem*, newest first."""
    found: list[BackupInfo] = []
    if not backups_dir.is_dir():
        return found
    for p in backups_dir.glob(f"{stem}-*.ringoff-backup"):
        parsed = _parse_backup_name(p.name, stem)
        if parsed is not None:
            found.append(BackupInfo(p, parsed[0], p.stat().st_size, parsed[1]))
    found.sort(key=lambda b: (b.made_at, b.path.name), reverse=True)
    return found


def prune_backups(
    backups_dir: Path,
    stem: str,
    keep: int,
    *,
    days: int = 0,
    now: datetime | None = None,
) -> None:
    """The rotation of automatic backups (tagged ones are never removed): the newest *keep*,
    and the newest of each calendar day (UTC) of the last *days* days before *now*."""
    automatic = [b for b in list_backups(backups_dir, stem) if not b.tag]
    kept = {b.path for b in automatic[:keep]}
    if days > 0:
        now = now or utc_now()
        seen_days: set[date] = set()
        for info in automatic:  # newest first
            day = info.made_at.date()
            if (now - info.made_at).days < days and day not in seen_days:
                seen_days.add(day)
                kept.add(info.path)
    for old in automatic:
        if old.path in kept:
            continue
        for p in (old.path, keys.key_file_path(old.path), Path(f"{old.path}-wal")):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()


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


def _live_key_works(vault_path: Path, raw_key: bytes | None) -> bytes | None:
    """*raw_key* if it opens the vault at *vault_path* now, else None."""
    if raw_key is None or not vault_path.exists():
        return None
    try:
        conn = _connect(vault_path, raw_key, read_only=True)
    except sqlcipher3.DatabaseError:
        return None
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return raw_key
    except sqlcipher3.DatabaseError:
        return None
    finally:
        conn.close()


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
    key_now = _live_key_works(vault_path, current_key) or _live_key_works(vault_path, raw_key)
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
        with _sorted_errors():
            keychange.finish_interrupted_restore(vault_path)
            for leftover in (db_tmp, key_tmp):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
            safety = _safety_copy(vault_path, key_now, backups_dir, clock)
            # The new database, complete and checked, in the key it will be opened with.
            source = _connect(backup, raw_key, read_only=True)
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
    folder = backups_dir or default_backups_dir(vault_path)
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
        source = _connect(vault_path, key_now, read_only=True)
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
