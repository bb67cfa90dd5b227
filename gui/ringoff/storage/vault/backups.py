"""Backups of an open vault: a checked encrypted copy, the automatic policy and its rotation.

A backup is ``<stem>-YYYYmmdd-HHMMSS[-tag].ringoff-backup`` with its key file beside it;
:func:`list_backups` finds them, :func:`prune_backups` keeps the newest and one a day.
Restoring one is :mod:`.restore`.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import sqlcipher3

from ...core.errors import UserError
from ...core.i18n import QT_TRANSLATE_NOOP
from .. import keychange, keys
from ..atomic import fsync_dir, make_private, make_private_dirs, write_atomic
from .connection import VaultBase, connect, utc_now
from .errors import sorted_errors


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


class BackupsMixin(VaultBase):
    """Checks, counts and backups (a part of :class:`~.opening.Vault`)."""

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

    def backup_name(self, tag: str = "") -> str:
        """The file name of a backup made now: ``<stem>-YYYYmmdd-HHMMSS[-tag].ringoff-backup``.

        *tag* is "" for automatic backups, else "manual", "before-upgrade"...
        """
        stamp = self._clock().astimezone(UTC).strftime("%Y%m%d-%H%M%S")
        return f"{self.path.stem}-{stamp}{'-' + tag if tag else ''}.ringoff-backup"

    def manual_backup(self, folder: Path, *, overwrite: bool = False) -> Path:
        """A backup the person asked for, tagged "manual", in *folder*; returns its path.

        *overwrite*: a second one within the same second replaces the first (same content).
        """
        return self.backup_to(folder / self.backup_name("manual"), overwrite=overwrite)

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
            with sorted_errors():
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
        name = self.backup_name()
        if (backups_dir / name).exists():
            return None  # one in this very second already
        made = self.backup_to(backups_dir / name)
        prune_backups(backups_dir, self.path.stem, keep, days=days, now=self._clock())
        return made

    def _backup_generation(self, backup: Path) -> int | None:
        """The change counter a backup was made at (None when it cannot be read with our key)."""
        try:
            conn = connect(backup, self._raw_key, read_only=True)
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


def parse_backup_name(name: str, stem: str) -> tuple[datetime, str] | None:
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
        parsed = parse_backup_name(p.name, stem)
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
