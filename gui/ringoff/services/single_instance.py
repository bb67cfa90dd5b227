"""One running Ringoff per vault: a second start asks the first to come to the front.

A local socket (a Unix-domain socket, or a named pipe on Windows) named after the user and the
vault's path. The vault's own lock file (storage.lockfile) is the safety net; this is the
courtesy that brings the existing window forward instead of showing an error.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_MESSAGE = b"raise"


def server_name(vault_path: Path) -> str:
    try:
        user = getpass.getuser()
    except Exception:
        user = "user"
    digest = hashlib.sha256(f"{user}\0{vault_path.resolve()}".encode()).hexdigest()[:16]
    return f"ringoff-{digest}"


def ask_running_instance(vault_path: Path, timeout_ms: int = 500) -> bool:
    """True if another Ringoff has this vault open and was asked to come forward."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(vault_path))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(_MESSAGE)
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    raise_requested = Signal()

    def __init__(self, vault_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(vault_path)
        if not self._server.listen(name):
            # A stale socket left by a crash: nobody answered above, so it is safe to remove.
            QLocalServer.removeServer(name)
            self._server.listen(name)
        self._server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            conn = self._server.nextPendingConnection()
            conn.readyRead.connect(lambda c=conn: self._read(c))

    def _read(self, conn: QLocalSocket) -> None:
        if bytes(conn.readAll().data()).startswith(_MESSAGE):
            self.raise_requested.emit()
        conn.disconnectFromServer()

    def close(self) -> None:
        self._server.close()
