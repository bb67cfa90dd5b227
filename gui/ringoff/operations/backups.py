"""Safekeeping copies: where backups go, making one now, the automatic ones, checking and
restoring a backup.

The window (ui/backups, ui/lifecycle, settings) and the command line (cli/vaults) both come
here, so a backup is named, placed, checked and restored by the same rules everywhere. Nothing
here knows about Qt; slow work (the key derivation) is a plain function a worker may run.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..storage import keys as keys_mod
from ..storage import vault as vault_mod
from . import keys as key_ops

if TYPE_CHECKING:
    from ..storage.vault import BackupInfo, Restored, Summary, Vault

#: The rotation of automatic backups (what the backups window promises in words).
KEEP_NEWEST = 10
KEEP_DAYS = 30
#: At unlock: a backup when the newest automatic one is this old (hours).
DAILY_HOURS = 24.0
#: At lock and quit: a backup when something changed and the newest is this old (hours).
AFTER_CHANGES_HOURS = 1.0

SUFFIX = ".ringoff-backup"


# -- where backups go --------------------------------------------------------------------


def default_folder(vault_path: Path) -> Path:
    """The folder "backups" beside the vault (used when the person chose none)."""
    return vault_mod.default_backups_dir(vault_path)


def where_backups_go(vault_path: Path, chosen: str | Path | None) -> Path:
    """Where backups go: the folder the person chose in settings, or "backups" beside the vault.

    *chosen* is the ``backups_dir`` setting as stored (an empty string when none was chosen);
    a leading ``~`` means the person's home folder. The answer is storage's one
    ``backups_folder``; this is the name the window and the command line call.
    """
    return vault_mod.backups_folder(vault_path, chosen)


def chosen_folder(settings: Mapping[str, object]) -> str:
    """The ``backups_dir`` setting from *settings* ("" when none was chosen)."""
    return str(settings.get("backups_dir") or "")


def read_chosen_folder(settings_file: Path) -> str:
    """The backups folder chosen in the app's settings file, "" when none (or unreadable).

    The command line has no window to ask; a settings file it cannot read means "none chosen".
    """
    from ..storage.settings import Settings

    try:
        return chosen_folder(Settings(settings_file).as_dict())
    except Exception:  # a damaged settings file must not stop a backup
        return ""


def same_disk(folder: Path, vault_path: Path) -> bool:
    """Are the backups on the same disk as the vault (one broken disk loses both)?"""
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent  # not made yet: it will be on its nearest existing parent's disk
    try:
        return probe.stat().st_dev == vault_path.parent.stat().st_dev
    except OSError:
        return False


# -- a backup now --------------------------------------------------------------------------


def backup_name(vault: Vault, tag: str = "") -> str:
    """``<vault>-YYYYmmdd-HHMMSS[-tag].ringoff-backup`` at the vault's clock (UTC)."""
    return vault.backup_name(tag)


def make_backup(vault: Vault, folder: Path) -> Path:
    """A backup now, tagged "manual" (never pruned), into *folder*, its key file beside it.

    The same name scheme as the automatic backups. Twice in one second: the same content under
    the same name, so the second simply replaces the first.
    """
    return vault.backup_to(folder / backup_name(vault, "manual"), overwrite=True)


def backup_to_file(vault: Vault, target: Path, *, overwrite: bool = False) -> Path:
    """A backup to the exact file *target*, without a key file (the vault's own opens it)."""
    return vault.backup_to(target, with_key_file=False, overwrite=overwrite)


# -- automatic backups ---------------------------------------------------------------------


def follow_folder(vault: Vault, folder: Path) -> bool:
    """After unlock: key changes and repairs also reach the backups in *folder*.

    Returns False when the folder could not be brought in step now (an unplugged USB stick);
    the next unlock tries again.
    """
    from ..storage import keychange

    if folder not in vault.extra_backups_dirs:
        vault.extra_backups_dirs.append(folder)
    live = keys_mod.try_read_key_file(vault.path)
    if live is None or live.pending is not None:
        return True
    try:
        keychange.sync_backup_key_files(live, [folder], vault.path.stem)
    except Exception:  # an unplugged USB stick: done at the next unlock
        return False
    return True


def automatic_backup(vault: Vault, folder: Path) -> Path | None:
    """An automatic backup if one is due, then the rotation; the backup made, or None.

    Due at unlock when the newest automatic backup is a day old, and at lock and quit when
    something changed and the newest is an hour old. Kept: the newest ten and the newest of
    each of the last 30 days. The window calls this at unlock and just before it locks (not
    for the demonstration).
    """
    return vault.auto_backup(
        folder,
        keep=KEEP_NEWEST,
        days=KEEP_DAYS,
        max_age_hours=DAILY_HOURS,
        min_interval_hours=AFTER_CHANGES_HOURS,
    )


# -- the list -------------------------------------------------------------------------------


def list_all(vault_path: Path, folder: Path) -> list[BackupInfo]:
    """Every backup of this vault in *folder* and beside the vault, newest first."""
    stem = vault_path.stem
    found: dict[Path, BackupInfo] = {}
    for place in (folder, default_folder(vault_path)):
        for info in vault_mod.list_backups(place, stem):
            found[info.path.resolve()] = info
    return sorted(found.values(), key=lambda b: (b.made_at, b.path.name), reverse=True)


def last_made(vault_path: Path, folder: Path) -> datetime | None:
    """When the newest backup of any kind was made (None: there is none)."""
    infos = list_all(vault_path, folder)
    return infos[0].made_at if infos else None


# -- checking a backup ---------------------------------------------------------------------


def unlock_backup(backup: Path, vault_path: Path, secret: str, *, recovery: bool) -> bytes:
    """The key that opens *backup*, from the passphrase or the recovery key (slow; a worker).

    A backup written to a single file has no key file beside it: the vault's own key file
    then opens it with the passphrase (it was made with the same key). Writes nothing.
    """
    if recovery:
        return key_ops.check_recovery_key(secret, backup)
    source = backup if keys_mod.key_file_path(backup).exists() else vault_path
    return vault_mod.unlock_with_passphrase(source, secret)


@dataclass(frozen=True)
class BackupCheck:
    """What a backup holds, and the question to ask before restoring it."""

    summary: Summary
    vault_id: str
    other_vault: bool  # it belongs to another vault than the one it would replace


def vault_id_at(vault_path: Path) -> str | None:
    """The id of the vault at *vault_path* from its key file (None: no vault or no key file)."""
    key_file = keys_mod.try_read_key_file(vault_path)
    return key_file.vault_id if key_file is not None else None


def check_backup(
    backup: Path, raw_key: bytes, vault_path: Path, *, open_vault_id: str | None = None
) -> BackupCheck:
    """Open *backup* read-only: its counts, and whether it is another vault's (changes nothing).

    *open_vault_id* is the id of the vault open now; when locked, the vault's key file says
    whose it is. Where there is no vault yet, nothing is "another vault".
    """
    contents = vault_mod.read_backup_contents(backup, raw_key)
    live_id = open_vault_id if open_vault_id is not None else vault_id_at(vault_path)
    return BackupCheck(
        contents.summary,
        contents.vault_id,
        other_vault=live_id is not None and live_id != contents.vault_id,
    )


# -- restoring -----------------------------------------------------------------------------


def restore(
    vault_path: Path,
    backup: Path,
    raw_key: bytes,
    *,
    folder: Path,
    clock: Callable[[], datetime] | None = None,
    current_key: bytes | None = None,
    other_vault_ok: bool = False,
) -> Restored:
    """Replace the closed vault with *backup* (after checking it), keeping what it held first.

    * The person must have answered "another vault's backup?" (*other_vault_ok*); otherwise
      such a backup raises ``OtherVault`` (a UserError) and nothing changes.
    * No vault there: nothing to keep, ``Restored.safety`` is None.
    * *current_key* is the key in force when the vault was open: the restored copy is
      encrypted with it, so the passphrase and recovery key in force keep working.
    """
    extra: dict[str, Callable[[], datetime]] = {} if clock is None else {"clock": clock}
    return vault_mod.restore_backup(
        vault_path,
        backup,
        raw_key,
        current_key=current_key,
        other_vault_ok=other_vault_ok,
        backups_dir=folder,
        **extra,
    )


def is_other_vault_refusal(error: BaseException) -> bool:
    """Is *error* the refusal of another vault's backup (the person may say "anyway")?"""
    return isinstance(error, vault_mod.OtherVault)
