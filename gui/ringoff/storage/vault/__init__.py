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
the same vault (:class:`~ringoff.core.errors.VaultBusy`). Another computer writing the file
through a synced folder cannot take that lock, so before every write the file's identity and
size/mtime are compared with what this process last saw
(:class:`~ringoff.core.errors.ChangedElsewhere`).

The package is a set of rooms (docs/architecture.md, "storage/vault/"); callers import from
here, ``from ringoff.storage.vault import Vault``, never from a room.
"""

from __future__ import annotations

from ...core.errors import WrongSecret
from ..paths import backups_folder, default_backups_dir
from .backups import BackupInfo, Summary, list_backups, prune_backups
from .connection import Clock, utc_now
from .opening import (
    Vault,
    create_vault,
    open_vault,
    unlock_with_passphrase,
    unlock_with_recovery_key,
)
from .restore import (
    BackupContents,
    OtherVault,
    Restored,
    read_backup_contents,
    read_backup_summary,
    restore_backup,
)
from .schema import MIGRATIONS, SCHEMA_VERSION, SQLITE_MAGIC

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
    "backups_folder",
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
