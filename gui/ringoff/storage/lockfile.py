"""One process per vault: an OS lock on ``<vault>.lock``.

The lock file holds no user data, only a one-line record of what holds it (a window or a
command, its process id and the command's name), so that a second Ringoff can say which it is.
The OS releases the lock when the process dies, so a crash never leaves a vault locked.

The file is opened without following symbolic links (``O_NOFOLLOW``) and never truncated
unless it is Ringoff's own: a file we create ourselves (exclusively), or one that already holds
a Ringoff lock record. A link, a folder, a hard-linked or otherwise foreign file found in its
place is refused with a message and left exactly as it was, so a planted link can never make
Ringoff overwrite one of the person's other files.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ..core.errors import UserError, VaultBusy
from ..core.i18n import QT_TRANSLATE_NOOP, Text
from .atomic import os_error_to_user_error, real_path

WINDOW = "window"
COMMAND = "command"
UNKNOWN = ""  # held, but the file says nothing we can read (an older Ringoff, say)

_MAGIC = b"ringoff-lock"
# Byte 0 is the one the lock covers (Windows locks are mandatory: others cannot read it), so the
# record starts at byte 1.
_RECORD_OFFSET = 1
_MAX_RECORD = 256
_COMMAND_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-_")

if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


@dataclass(frozen=True)
class Holder:
    """What holds a vault: a Ringoff window, or a command (``ringoff list``...)."""

    kind: str = COMMAND
    command: str = ""
    pid: int = 0

    def encode(self) -> bytes:
        command = "".join(ch for ch in self.command if ch in _COMMAND_CHARS)
        line = f"{_MAGIC.decode()} kind={self.kind} pid={self.pid} command={command[:40]}\n"
        return b"\n" + line.encode("ascii")

    @classmethod
    def decode(cls, data: bytes) -> Holder | None:
        """The record in *data*, or None when it is not one of ours."""
        text = data.strip()
        if not text.startswith(_MAGIC):
            return None
        fields = dict(
            part.split("=", 1) for part in text.decode("ascii", "replace").split() if "=" in part
        )
        kind = fields.get("kind", "")
        if kind not in (WINDOW, COMMAND):
            return None
        try:
            pid = int(fields.get("pid", "0"))
        except ValueError:
            pid = 0
        return cls(kind, fields.get("command", ""), pid)


_this_process = Holder(COMMAND)


def set_holder(kind: str, command: str = "") -> None:
    """Say what this process is (the app says WINDOW at start; the CLI names its command)."""
    global _this_process
    if kind not in (WINDOW, COMMAND):
        raise ValueError(kind)
    _this_process = Holder(kind, command)


def lock_path(vault_path: Path) -> Path:
    """``<vault>.lock`` beside the vault file itself (beside a link's target, so opening a
    vault through a link and directly still shares one lock)."""
    vault_path = real_path(vault_path)
    return vault_path.with_name(vault_path.name + ".lock")


def _in_the_way(path: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Something unexpected is in the place of Ringoff's lock file “{path}” (a shortcut, a "
            "folder or another file). Ringoff has not touched it and has changed nothing. Move it "
            "away, then try again.",
        ).format(path=str(path))
    )


_FLAGS = (
    os.O_RDWR
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def _open_lock_file(path: Path, *, create: bool) -> tuple[int, bool] | None:
    """Open the lock file safely: (fd, made by us), None when absent and *create* is False.

    Raises the "in the way" UserError for a link, a folder, a FIFO, or a hard-linked file.
    """
    for _ in range(5):
        if create:
            try:
                return os.open(path, _FLAGS | os.O_CREAT | os.O_EXCL, 0o600), True
            except FileExistsError:
                pass
            except OSError as exc:
                if exc.errno == errno.ELOOP:
                    raise _in_the_way(path) from None
                raise
        try:
            fd = os.open(path, _FLAGS)
        except FileNotFoundError:
            if not create:
                return None
            continue  # removed between the two opens: try creating it again
        except OSError as exc:
            # ELOOP: a symbolic link (O_NOFOLLOW); EISDIR: a folder; EMLINK: some BSDs' link.
            if exc.errno in (errno.ELOOP, errno.EISDIR, errno.EMLINK) or path.is_symlink():
                raise _in_the_way(path) from None
            raise
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_nlink != 1:
            os.close(fd)
            raise _in_the_way(path)
        return fd, False
    raise _in_the_way(path)


def _read_record(handle: IO[bytes], offset: int = 0) -> bytes:
    handle.seek(offset)
    return handle.read(_MAX_RECORD)


def _holder_of(handle: IO[bytes]) -> Holder:
    """Read what another process recorded (never the locked byte 0)."""
    return Holder.decode(_read_record(handle, _RECORD_OFFSET)) or Holder(UNKNOWN)


def _is_ours(record: bytes) -> bool:
    """Empty, one of our records, or an older Ringoff's bare process id."""
    text = record.strip()
    return not text or text.startswith(_MAGIC) or text.isdigit()


def busy_message(holder: Holder) -> Text:
    """The words for "someone else has this vault open", naming what holds it when known."""
    if holder.kind == WINDOW:
        return QT_TRANSLATE_NOOP(
            "Errors",
            "This vault is already open in another Ringoff window. "
            "Use that window, or close it first.",
        )
    if holder.kind == COMMAND and holder.command:
        return QT_TRANSLATE_NOOP(
            "Errors",
            "A Ringoff command (“ringoff {command}”) is using your information right now. "
            "Wait until it has finished, then try again.",
        ).format(command=holder.command)
    if holder.kind == COMMAND:
        return QT_TRANSLATE_NOOP(
            "Errors",
            "A Ringoff command is using your information right now. "
            "Wait until it has finished, then try again.",
        )
    return QT_TRANSLATE_NOOP(
        "Errors",
        "Another Ringoff window or command is using your information right now. "
        "Close that window or wait for the command to finish, then try again.",
    )


class InstanceLock:
    def __init__(self, vault_path: Path) -> None:
        self.path = lock_path(vault_path)
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        if self._handle is not None:
            return
        try:
            opened = _open_lock_file(self.path, create=True)
        except OSError as exc:  # a read-only folder, a full disk...
            raise os_error_to_user_error(exc, self.path) from exc
        assert opened is not None
        fd, made = opened
        handle = os.fdopen(fd, "r+b")
        try:
            if not _try_lock(handle):
                raise VaultBusy(busy_message(_holder_of(handle)))
            if made or _is_ours(_read_record(handle)):
                me = Holder(_this_process.kind, _this_process.command, os.getpid())
                if os.name == "posix":
                    os.fchmod(handle.fileno(), 0o600)
                handle.seek(0)
                handle.truncate()
                handle.write(me.encode())
                handle.flush()
        except BaseException:
            handle.close()
            raise
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        with contextlib.suppress(OSError):
            _unlock(self._handle)
        self._handle.close()
        self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None


def held_elsewhere(vault_path: Path) -> bool:
    """True while another process holds this vault's lock (a quick check before start-up)."""
    return holder_elsewhere(vault_path) is not None


def holder_elsewhere(vault_path: Path) -> Holder | None:
    """What holds this vault's lock in another process (kind UNKNOWN if unrecorded), or None.

    Never creates, follows a link to, or changes anything.
    """
    try:
        opened = _open_lock_file(lock_path(vault_path), create=False)
    except (OSError, UserError):
        return None
    if opened is None:
        return None
    handle = os.fdopen(opened[0], "r+b")
    try:
        if _try_lock(handle):
            _unlock(handle)
            return None
        return _holder_of(handle)
    finally:
        handle.close()
