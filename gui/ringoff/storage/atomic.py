"""Writing files so that a crash leaves either the old content or the new, never a mix.

Every file Ringoff writes outside the database goes through :func:`write_atomic`: a temporary
file in the same folder, owner-only permissions set *before* any data is written (POSIX), the
data, fsync, an atomic rename over the target, and an fsync of the folder so the rename itself
survives a power cut.

Permissions never depend on the umask: files are 0600 (``fchmod`` on the open temporary file)
and every folder Ringoff creates is 0700 (:func:`make_private_dirs`, ``chmod`` after ``mkdir``,
because ``mkdir``'s mode is filtered through the umask). Folders that already existed keep their
permissions: they are the user's.

A symbolic link is handled on purpose (:func:`write_target`): writing to a link replaces the
file the link points to, in *its* folder, and the link stays a link. This keeps a vault or key
file that a person linked into a synced folder (OneDrive, Dropbox...) in that folder. A link to
nothing, to a loop, or to something that is not an ordinary file is refused with a message, and
nothing is written.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from ..core.errors import DiskFull, ReadOnly, UserError
from ..core.i18n import QT_TRANSLATE_NOOP

PRIVATE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700


class NotAPlainFile(UserError):
    """A file Ringoff must replace is a broken link, or a link to something unexpected."""

    kind = "not_a_plain_file"


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries to disk (no-op where the platform cannot, e.g. Windows)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_private_dirs(folder: Path) -> None:
    """Create *folder* and its missing parents, each owner-only (0700) whatever the umask.

    Folders that already exist are left exactly as they are.
    """
    missing: list[Path] = []
    current = folder
    while not os.path.lexists(current):
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for made in reversed(missing):
        try:
            os.mkdir(made, PRIVATE_DIR_MODE)
        except FileExistsError:
            continue  # made by someone else in between: theirs, not ours
        except OSError as exc:
            raise os_error_to_user_error(exc, made) from exc
        if os.name == "posix":
            os.chmod(made, PRIVATE_DIR_MODE)


def write_target(path: Path) -> Path:
    """The file that writing *path* must replace: *path* itself, or the file a link points to.

    Raises :class:`NotAPlainFile` (nothing written) for a link that points to nothing, loops, or
    points to something other than an ordinary file.
    """
    if not path.is_symlink():
        return path
    try:
        target = Path(os.path.realpath(path, strict=True))
    except (OSError, RuntimeError):
        raise NotAPlainFile(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{path}” is a shortcut (a link) to a file that is not there. Ringoff has changed "
                "nothing. Put the file back where the shortcut points, or replace the shortcut "
                "with the file itself.",
            ).format(path=str(path))
        ) from None
    if not target.is_file():
        raise NotAPlainFile(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{path}” is a shortcut (a link) to “{target}”, which is not an ordinary file. "
                "Ringoff has changed nothing. Replace the shortcut with the file itself.",
            ).format(path=str(path), target=str(target))
        )
    return target


def real_path(path: Path) -> Path:
    """*path*, or for a symbolic link the file it points to (where SQLite keeps -wal and -shm,
    and where the lock file goes, so a link and its target share one lock)."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def copy_private(source: Path, target: Path) -> None:
    """Copy *source* to *target* atomically, owner-only from the first byte (never via umask)."""
    write_atomic(target, source.read_bytes())


def write_atomic(path: Path, data: bytes, mode: int = PRIVATE_MODE) -> None:
    """Replace *path* with *data* atomically (UserError for a full or read-only disk).

    When *path* is a symbolic link, the file it points to is replaced and the link is kept.
    A missing folder is created, owner-only (an export to a new folder, say).
    """
    path = write_target(path)
    folder = path.parent
    make_private_dirs(folder)
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
