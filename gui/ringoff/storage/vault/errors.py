"""Sorting a database or disk failure into the person's world (a message) or a bug.

SQLCipher and the disk speak in exceptions such as "database or disk is full"; every vault
room runs its database work inside :func:`sorted_errors`, which turns them into the
plain-language :class:`~ringoff.core.errors.UserError` kinds and lets real bugs through.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from ...core.errors import DamagedVault, DiskFull, ReadOnly, VaultBusy
from ...core.i18n import QT_TRANSLATE_NOOP
from ..atomic import os_error_to_user_error

DAMAGED = QT_TRANSLATE_NOOP(
    "Errors",
    "The vault file is damaged and cannot be read. Nothing has been changed. "
    "You can restore one of your backups from the Settings page.",
)


def db_error(exc: Exception) -> Exception:
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
        return DamagedVault(DAMAGED)
    return exc


@contextlib.contextmanager
def sorted_errors() -> Iterator[None]:
    try:
        yield
    except (sqlcipher3.DatabaseError, sqlite3.DatabaseError) as exc:
        sorted_exc = db_error(exc)
        if sorted_exc is exc:
            raise
        raise sorted_exc from exc
    except OSError as exc:
        raise os_error_to_user_error(exc, Path(".")) from exc
