"""The vault: one SQLCipher 4 database holding everything a person enters (a package of rooms).

Callers import from here (``from ringoff.storage.vault import Vault``); the rooms are listed in
docs/architecture.md ("storage/vault/").
"""

from __future__ import annotations

from ...core.errors import WrongSecret
from .inventory import (
    MIGRATIONS,
    SCHEMA_VERSION,
    SQLITE_MAGIC,
    BackupContents,
    BackupInfo,
    Clock,
    OtherVault,
    Restored,
    Summary,
    Vault,
    create_vault,
    default_backups_dir,
    list_backups,
    open_vault,
    prune_backups,
    read_backup_contents,
    read_backup_summary,
    restore_backup,
    unlock_with_passphrase,
    unlock_with_recovery_key,
    utc_now,
)

__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "SQLITE_MAGIC",
    "BackupContents",
    "BackupInfo",
    "Clock",
    "OtherVault",
    "Restored",
    "Summary",
    "Vault",
    "WrongSecret",
    "create_vault",
    "default_backups_dir",
    "list_backups",
    "open_vault",
    "prune_backups",
    "read_backup_contents",
    "read_backup_summary",
    "restore_backup",
    "unlock_with_passphrase",
    "unlock_with_recovery_key",
    "utc_now",
]
