"""The reminder helper's controls: one helper per vault, turning it on or off, its status.

Used by the app (ui/reminders/), the command line (``ringoff reminders``) and the helper
itself (ringoff/agent.py). The helper announces itself on a local socket named after the user
and the vault, so "is it running?" only connects, and "quit" is one message.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..storage import schedule as schedule_mod

#: The app reads this at start: the opaque key of the reminder whose notification was clicked.
OPEN_REMINDER_ENV = "RINGOFF_OPEN_REMINDER"


def helper_server_name(vault_path: Path) -> str:
    from .single_instance import server_name

    return server_name(vault_path) + "-helper"


def helper_is_running(vault_path: Path, timeout_ms: int = 300) -> bool:
    """Whether a helper is running for this vault (only connects)."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(helper_server_name(vault_path))
    connected = bool(socket.waitForConnected(timeout_ms))
    if connected:
        socket.abort()
    return connected


def stop_helper(vault_path: Path, timeout_ms: int = 500) -> bool:
    """Ask the running helper of this vault to quit; True if one was asked."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(helper_server_name(vault_path))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(b"quit")
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True


class HelperServer(QObject):
    """The helper's local socket: it tells others that it runs, and hears "quit"."""

    quit_requested = Signal()

    def __init__(self, vault_path: Path, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = helper_server_name(vault_path)
        if not self._server.listen(name):
            QLocalServer.removeServer(name)  # left by a crash: nobody answered a moment ago
            self._server.listen(name)
        self._server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            conn = self._server.nextPendingConnection()
            conn.readyRead.connect(lambda c=conn: self._read(c))

    def _read(self, conn: object) -> None:
        data = bytes(conn.readAll().data())  # type: ignore[attr-defined]
        if data.startswith(b"quit"):
            self.quit_requested.emit()

    def close(self) -> None:
        self._server.close()


def user_place() -> tuple[str, Path, Mapping[str, str]]:
    """Platform, home folder and environment of this user (tests pass their own)."""
    import os

    return sys.platform, Path.home(), os.environ


def turn_on(
    vault_path: Path,
    place: tuple[str, Path, Mapping[str, str]] | None = None,
    *,
    start: bool = True,
    command: list[str] | None = None,
) -> str:
    """Start the helper at every login from now on, and now (unless one runs); its entry."""
    from . import autostart

    platform, home, env = place or user_place()
    command = command or autostart.helper_command(vault_path.resolve(), platform=platform)
    entry = autostart.install(platform, command, home, env)
    if start and not helper_is_running(vault_path):
        autostart.start_helper(command, platform)
    return entry.location


def turn_off(vault_path: Path, place: tuple[str, Path, Mapping[str, str]] | None = None) -> bool:
    """No helper at login any more, and the running one quits; True if there was an entry."""
    from . import autostart

    platform, home, env = place or user_place()
    removed = autostart.remove(platform, home, env)
    stop_helper(vault_path)
    return removed


def status(
    vault_path: Path,
    now_utc: datetime,
    place: tuple[str, Path, Mapping[str, str]] | None = None,
) -> dict[str, object]:
    """What ``ringoff reminders status --json`` prints (reads no vault, only the schedule)."""
    from . import autostart

    platform, home, env = place or user_place()
    try:
        location = autostart.entry_location(platform, home, env)
    except (OSError, RuntimeError, ValueError):
        location = None
    schedule = schedule_mod.read_schedule(schedule_mod.schedule_path(vault_path))
    upcoming = schedule_mod.next_due(schedule, now_utc)
    return {
        "on": location is not None,
        "login_entry": location,
        "helper_running": helper_is_running(vault_path),
        "due_now": len(schedule_mod.due_keys(schedule, now_utc)),
        "next": upcoming.astimezone(UTC).isoformat().replace("+00:00", "Z") if upcoming else None,
    }
