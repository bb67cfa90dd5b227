"""The connection under an open vault: keying it, transactions, and the sync-conflict guard.

:class:`VaultBase` owns the one SQLCipher connection, turns each ``with self._write()`` into
one committed transaction that bumps the change counter, and refuses to write when another
computer changed the file (a synced folder); the rooms of :class:`~.opening.Vault` build on
it.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

import sqlcipher3

from ...core.errors import ChangedElsewhere, UserError
from ...core.i18n import QT_TRANSLATE_NOOP, Text
from ...core.model import new_id
from .. import keys
from ..atomic import copy_private, real_path
from ..lockfile import InstanceLock
from ..paths import default_backups_dir
from .errors import sorted_errors

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The clock an open vault uses unless it is given another (tests pass a fake one)."""
    return datetime.now(UTC)


def connect(
    path: Path, raw_key: bytes, *, create: bool = False, read_only: bool = False
) -> sqlcipher3.Connection:
    """A SQLCipher connection to *path* keyed with *raw_key* (not yet known to be right)."""
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


def key_opens(vault_path: Path, raw_key: bytes | None) -> bytes | None:
    """*raw_key* if it opens the vault at *vault_path* now, else None."""
    if raw_key is None or not vault_path.exists():
        return None
    try:
        conn = connect(vault_path, raw_key, read_only=True)
    except sqlcipher3.DatabaseError:
        return None
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return raw_key
    except sqlcipher3.DatabaseError:
        return None
    finally:
        conn.close()


class VaultBase:
    """What every room of an open vault stands on: the connection, its file, its clock."""

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
            guard = connect(self.path, self._raw_key, read_only=True)
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
        conn = connect(self.path, raw_key)
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

    def __enter__(self) -> Self:
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
        with sorted_errors():
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
        with sorted_errors():
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

    # -- schema --

    @property
    def schema_version(self) -> int:
        return int(self._read("PRAGMA user_version")[0][0])
