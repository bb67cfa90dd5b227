"""Moving a vault to another computer as one file.

The transfer file is the vault as it is now (a fresh encrypted backup copy, so never a
half-written database) and its key file, in one file that is as safe to carry as the vault
itself: nothing in it is readable without the passphrase or the recovery key.

Format (version 1)::

    b"RINGOFF-TRANSFER 1\\n"
    4 bytes, big-endian: the length N of the header
    N bytes: a UTF-8 JSON header {"key_file": base64 | null, "database_size": int,
                                  "database_sha256": hex}
    database_size bytes: the encrypted database

Importing checks the magic line, every length and the database's checksum, and opens the
database read-only with the key from the passphrase (or the recovery key) *before* anything is
written. It never replaces an existing vault.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import UserError
from ..core.i18n import QT_TRANSLATE_NOOP
from . import keychange, keys
from .atomic import (
    fsync_dir,
    make_private,
    make_private_dirs,
    os_error_to_user_error,
    write_atomic,
)
from .vault import Summary, Vault, read_backup_summary

MAGIC = b"RINGOFF-TRANSFER 1\n"
SUFFIX = ".ringoff-transfer"
_LENGTH_BYTES = 4
_MAX_HEADER = 1 << 20


class TransferProblem(UserError):
    kind = "transfer"


def _damaged() -> TransferProblem:
    return TransferProblem(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This transfer file is incomplete or damaged, perhaps because the copy did not "
            "finish. Nothing has been changed. Make a new transfer file on the other computer.",
        )
    )


@dataclass(frozen=True)
class Transfer:
    """The two parts of a transfer file, checked for completeness (not yet decrypted)."""

    key_file: bytes | None
    database: bytes


def _encode(key_file: bytes | None, database: bytes) -> bytes:
    header = json.dumps(
        {
            "key_file": base64.b64encode(key_file).decode("ascii") if key_file else None,
            "database_size": len(database),
            "database_sha256": hashlib.sha256(database).hexdigest(),
        },
        sort_keys=True,
    ).encode("utf-8")
    return MAGIC + len(header).to_bytes(_LENGTH_BYTES, "big") + header + database


def export_transfer(vault: Vault, path: Path, *, overwrite: bool = False) -> Path:
    """Write *vault* (as it is now) and its key file to the single file *path* (owner-only).

    The database comes from a fresh backup copy made in a private temporary folder, which is
    removed afterwards. The file is written atomically: a crash leaves no half file. An
    existing *path* is refused unless *overwrite* (the person was asked).
    """
    if path.exists() and not overwrite:
        raise TransferProblem(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is already a file at “{path}”. Nothing has been changed.",
            ).format(path=str(path))
        )
    key_path = keys.key_file_path(vault.path)
    key_bytes = key_path.read_bytes() if key_path.exists() else None
    with tempfile.TemporaryDirectory(prefix="ringoff-transfer-") as tmp:
        copy = vault.backup_to(Path(tmp) / "copy.ringoff-backup")
        database = copy.read_bytes()
    make_private_dirs(path.parent)
    write_atomic(path, _encode(key_bytes, database))
    return path


def read_transfer(path: Path) -> Transfer:
    """Read and check a transfer file's structure (magic, lengths, checksum)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise TransferProblem(
            QT_TRANSLATE_NOOP("Errors", "There is no file at “{path}”.").format(path=str(path))
        ) from None
    except IsADirectoryError:
        raise TransferProblem(
            QT_TRANSLATE_NOOP(
                "Errors", "“{name}” is a folder. Choose the transfer file inside it."
            ).format(name=path.name)
        ) from None
    if not data.startswith(MAGIC):
        raise TransferProblem(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{name}” is not a Ringoff transfer file. Nothing has been changed.",
            ).format(name=path.name)
        )
    pos = len(MAGIC)
    if len(data) < pos + _LENGTH_BYTES:
        raise _damaged()
    header_len = int.from_bytes(data[pos : pos + _LENGTH_BYTES], "big")
    pos += _LENGTH_BYTES
    if header_len > _MAX_HEADER or len(data) < pos + header_len:
        raise _damaged()
    try:
        header = json.loads(data[pos : pos + header_len].decode("utf-8"))
        size = int(header["database_size"])
        digest = str(header["database_sha256"])
        encoded_key = header["key_file"]
        key_file = base64.b64decode(encoded_key, validate=True) if encoded_key is not None else None
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, binascii.Error):
        raise _damaged() from None
    pos += header_len
    database = data[pos:]
    if size < 0 or len(database) != size:
        raise _damaged()
    if hashlib.sha256(database).hexdigest() != digest:
        raise _damaged()
    return Transfer(key_file, database)


def transfer_raw_key(
    transfer: Transfer, *, passphrase: str | None = None, recovery_key: str | None = None
) -> bytes:
    """The vault key from the passphrase (slow: Argon2id) or the recovery key.

    Touches no file, so it is safe in a worker thread.
    """
    key_file = keys.KeyFile.from_bytes(transfer.key_file) if transfer.key_file else None
    if recovery_key is not None:
        return keys.check_recovery_key(
            recovery_key, lambda raw: key_file is None or key_file.matches(raw)
        )
    if passphrase is None:
        raise ValueError("give the passphrase or the recovery key")
    if key_file is None:
        raise TransferProblem(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This transfer file has no key file, so only the recovery key can open it.",
            )
        )
    return keys.unwrap(key_file, passphrase)


def _refuse_existing(target: Path, key_file: bytes | None = None) -> None:
    """Refuse a vault or key file at *target*. A lone key file with exactly *key_file*'s bytes
    is what an import of this same file left when it was killed: that one may be replaced."""
    lone_key = keys.key_file_path(target)
    ours = False
    if key_file is not None and not target.exists():
        with contextlib.suppress(OSError, ValueError):
            ours = keys.read_small_file(lone_key) == key_file
    if target.exists() or (lone_key.exists() and not ours):
        raise TransferProblem(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is already a Ringoff vault at “{path}”. Ringoff never writes over it. "
                "Nothing has been changed.",
            ).format(path=str(target))
        )


def _place_exclusively(tmp: Path, target: Path, data: bytes) -> None:
    """Put *tmp*'s content at *target*, failing if *target* exists (never replacing it)."""
    try:
        os.link(tmp, target)  # atomic, and refuses an existing target
        return
    except FileExistsError:
        _refuse_existing(target)
        raise
    except OSError:
        pass  # a file system without hard links (a FAT USB stick): copy exclusively instead
    try:
        fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        _refuse_existing(target)
        raise
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise


def import_transfer(
    file: Path,
    target_vault_path: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    raw_key: bytes | None = None,
) -> Summary:
    """Check *file*, then write the vault and its key file at *target_vault_path*.

    Give the passphrase, the recovery key, or the *raw_key* already derived from one of them
    (the app derives it in a worker with :func:`transfer_raw_key`). The database is opened
    read-only with that key before anything is written; an existing vault is never replaced.
    Returns what the imported vault holds.
    """
    transfer = read_transfer(file)
    _refuse_existing(target_vault_path, transfer.key_file)
    if raw_key is None:
        raw_key = transfer_raw_key(transfer, passphrase=passphrase, recovery_key=recovery_key)
    folder = target_vault_path.parent
    try:
        make_private_dirs(folder)
        # What an import that was killed left (there is no vault here yet to own them).
        keychange.clean_temporary_files(target_vault_path, [])
        # Named like every temporary file of this vault: its next open removes a leftover.
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{target_vault_path.name}.", suffix=".import.tmp", dir=folder
        )
    except OSError as exc:
        raise os_error_to_user_error(exc, target_vault_path) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            if os.name == "posix":
                os.fchmod(handle.fileno(), 0o600)
            handle.write(transfer.database)
            handle.flush()
            os.fsync(handle.fileno())
        summary = read_backup_summary(tmp, raw_key)  # a wrong key or a bad file stops here
        _refuse_existing(target_vault_path, transfer.key_file)
        # The key file first: a vault that exists always has the key file that opens it.
        if transfer.key_file is not None:
            write_atomic(keys.key_file_path(target_vault_path), transfer.key_file)
        _place_exclusively(tmp, target_vault_path, transfer.database)
        make_private(target_vault_path)
        fsync_dir(folder)
    except OSError as exc:
        raise os_error_to_user_error(exc, target_vault_path) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return summary
