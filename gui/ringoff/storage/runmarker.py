"""Knowing, at the next start, that Ringoff did not close normally last time.

While the window is open, a small marker file sits beside the vault (``<vault>.running``). It
holds only the process id and the start time — nothing the person typed. A normal quit removes
it; a crash, a power cut or a killed process leaves it behind, and the next start can say so in
plain words and reassure the person that nothing was lost (every change is committed the moment
it is made, so there is nothing to recover).

Python's :mod:`faulthandler` writes the native stack of a fatal error (the kind that aborts the
process, where no excepthook runs) to ``<vault>.crash.txt``. A stack holds file names, line
numbers and function names of Ringoff's own code and of its libraries, never values, so it can
be offered in the "copy details" box without showing user data.

Qt-free (storage/ never imports PySide6).
"""

from __future__ import annotations

import contextlib
import faulthandler
import json
import os
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO


@dataclass(frozen=True)
class PreviousRun:
    """What the marker left by an earlier start says."""

    ended_badly: bool
    started: datetime | None = None
    crash_report: str = ""


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # pragma: no cover - Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFO
        if handle:
            ctypes.windll.kernel32.CloseHandle(handle)
            return True
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class RunMarker:
    """The marker of one vault's window: :meth:`begin` when the window opens, :meth:`end` at a
    normal quit."""

    def __init__(self, vault_path: Path) -> None:
        self.path = vault_path.with_name(vault_path.name + ".running")
        self.crash_path = vault_path.with_name(vault_path.name + ".crash.txt")
        self._crash_file: IO[str] | None = None

    def previous(self) -> PreviousRun:
        """Whether an earlier window of this vault ended without a normal quit.

        A marker whose process is still running belongs to another open window, not to a
        crash."""
        try:
            raw = json.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            return PreviousRun(False)
        except (OSError, ValueError):
            return PreviousRun(True, None, self._crash_text())
        pid = raw.get("pid") if isinstance(raw, dict) else None
        if isinstance(pid, int) and _pid_alive(pid) and pid != os.getpid():
            return PreviousRun(False)
        started = None
        with contextlib.suppress(TypeError, ValueError, AttributeError):
            started = datetime.fromisoformat(raw["started"])
        return PreviousRun(True, started, self._crash_text())

    def _crash_text(self) -> str:
        try:
            return self.crash_path.read_text("utf-8", errors="replace")[-20_000:]
        except OSError:
            return ""

    def begin(self, now: datetime | None = None) -> None:
        """Write the marker and route fatal-error stacks to the crash file. Failing to write
        (a read-only folder) only means the next start cannot tell; it never stops the app."""
        stamp = (now or datetime.now(UTC)).isoformat()
        data = json.dumps({"pid": os.getpid(), "started": stamp})
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            if hasattr(os, "fchmod"):
                os.fchmod(fd, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(data)
        with contextlib.suppress(OSError):
            fd = os.open(self.crash_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            if hasattr(os, "fchmod"):
                os.fchmod(fd, 0o600)
            self._crash_file = os.fdopen(fd, "w", encoding="utf-8")
            faulthandler.enable(self._crash_file, all_threads=True)

    def end(self) -> None:
        """A normal quit: the marker and an empty crash file go."""
        if self._crash_file is not None:
            with contextlib.suppress(Exception):
                faulthandler.disable()
                self._crash_file.close()
            self._crash_file = None
        for path in (self.path, self.crash_path):
            with contextlib.suppress(OSError):
                path.unlink()
