"""One process per vault: an OS lock on ``<vault>.lock``.

The lock file holds no data (only the process id, to help someone debugging). The OS releases
the lock when the process dies, so a crash never leaves a vault locked.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import IO

from ..core.errors import VaultBusy
from ..core.i18n import QT_TRANSLATE_NOOP

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


def lock_path(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".lock")


class InstanceLock:
    def __init__(self, vault_path: Path) -> None:
        self.path = lock_path(vault_path)
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        if self._handle is not None:
            return
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        handle = os.fdopen(fd, "r+b")
        if not _try_lock(handle):
            handle.close()
            raise VaultBusy(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This vault is in use: another Ringoff window has it open, or a ringoff "
                    "command is still working on it. Close that window or wait for the "
                    "command to finish, then try again.",
                )
            )
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()).encode())
        handle.flush()
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
    path = lock_path(vault_path)
    if not path.exists():
        return False
    try:
        handle = open(path, "r+b")  # noqa: SIM115 - closed right below
    except OSError:
        return False
    try:
        if _try_lock(handle):
            _unlock(handle)
            return False
        return True
    finally:
        handle.close()
