"""Writing files so that a crash leaves either the old content or the new, never a mix.

Every file Ringoff writes outside the database goes through :func:`write_atomic`: a temporary
file in the same folder, owner-only permissions set *before* any data is written (POSIX), the
data, fsync, an atomic rename over the target, and an fsync of the folder so the rename itself
survives a power cut.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from ..core.errors import DiskFull, ReadOnly
from ..core.i18n import QT_TRANSLATE_NOOP

PRIVATE_MODE = 0o600


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries to disk (no-op where the platform cannot, e.g. Windows)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes, mode: int = PRIVATE_MODE) -> None:
    """Replace *path* with *data* atomically (UserError for a full or read-only disk)."""
    folder = path.parent
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise os_error_to_user_error(exc, path) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            if os.name == "posix":
                os.fchmod(handle.fileno(), mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        fsync_dir(folder)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise os_error_to_user_error(exc, path) from exc


def os_error_to_user_error(exc: OSError, path: Path) -> Exception:
    """Sort an OSError: full disk and read-only places are the user's world; the rest is a bug."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The disk is full, so nothing could be saved. Free some space and try again.",
            )
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReadOnly(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Ringoff may not write in the folder “{folder}”. Choose a folder you can change, "
                "or ask someone to give you permission.",
            ).format(folder=str(path.parent))
        )
    return exc


def make_private(path: Path) -> None:
    """Owner-only permissions on POSIX (best effort elsewhere)."""
    if os.name == "posix":
        with contextlib.suppress(FileNotFoundError):
            os.chmod(path, PRIVATE_MODE)
