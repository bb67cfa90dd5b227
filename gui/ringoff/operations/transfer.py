"""Moving to a new computer with one file: writing the transfer file on the old computer, and
bringing it in on the new one (never over a vault that is already there).

The window's "Move to another computer" and "Bring your information from another computer"
come here; the file format itself is storage/transfer.py's. Opening the file with the
passphrase is slow: :func:`unlock_transfer` is a plain function a worker thread may run.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..storage import transfer as transfer_mod
from . import keys as key_ops

if TYPE_CHECKING:
    from ..storage.vault import Summary, Vault

SUFFIX = transfer_mod.SUFFIX


def suggested_name(app_name: str, today: date) -> str:
    """The file name first offered: ``Ringoff 2026-03-01.ringoff-transfer``."""
    return f"{app_name} {today.isoformat()}{SUFFIX}"


def transfer_path(chosen: Path) -> Path:
    """*chosen* with the transfer file's ending (added when the person typed a bare name)."""
    return chosen if chosen.suffix == SUFFIX else chosen.with_name(chosen.name + SUFFIX)


def export(vault: Vault, path: Path, *, overwrite: bool = False) -> Path:
    """Write the vault as it is now, and its key file, to the one file *path* (owner-only).

    A file already at *path* is refused (a UserError) unless *overwrite*: the person was asked.
    """
    return transfer_mod.export_transfer(vault, transfer_path(path), overwrite=overwrite)


def unlock_transfer(file: Path, secret: str, *, recovery: bool) -> bytes:
    """Check the transfer file and find its key from the passphrase or recovery key.

    Slow with a passphrase (the key derivation); writes nothing, so a worker may run it.
    """
    loaded = transfer_mod.read_transfer(file)
    if recovery:
        return key_ops.check_recovery_key(secret, loaded)
    return transfer_mod.transfer_raw_key(loaded, passphrase=secret)


def bring_in(file: Path, vault_path: Path, raw_key: bytes) -> Summary:
    """Write the vault from *file* at *vault_path* (after checking it opens); what it holds.

    An existing vault at *vault_path* is never replaced: that is a UserError, nothing written.
    """
    return transfer_mod.import_transfer(file, vault_path, raw_key=raw_key)
