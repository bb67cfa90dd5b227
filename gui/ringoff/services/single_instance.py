"""One running Ringoff per vault: a second start asks the first to come to the front.

A local socket (a Unix-domain socket, or a named pipe on Windows) named after the user and the
vault's path. The vault's own lock file (storage.lockfile) is the safety net; this is the
courtesy that brings the existing window forward instead of showing an error.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
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


def _answers(name: str, timeout_ms: int = 300) -> bool:
    """True when a live server listens under *name* (it is only connected to, never asked)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """The bring-to-front socket, owned by the first window for as long as that window lives.

    A later window (one started while the first was on the unlock screen, say) never takes the
    name over: it sees that the first one answers, stays :attr:`primary` False, and tries again
    every few seconds, so it takes over only once the first window has gone. A name left behind
    by a crash answers nobody and is cleared.
    """

    raise_requested = Signal()
    RETRY_MS = 3000

    def __init__(self, vault_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._name = server_name(vault_path)
        self._server.newConnection.connect(self._on_connection)
        self._retry = QTimer(self)
        self._retry.setInterval(self.RETRY_MS)
        self._retry.timeout.connect(self.try_claim)
        self.try_claim()

    @property
    def primary(self) -> bool:
        """True while this window owns the socket (later starts bring *it* to the front)."""
        return self._server.isListening()

    def try_claim(self) -> bool:
        """Listen under the vault's name unless a live window already does."""
        if self._server.isListening():
            return True
        # Ask first: on Windows a second pipe server with the same name would be accepted, and
        # on POSIX removing the name would take it from a window that is still alive.
        if (
            not _answers(self._name)
            and not self._server.listen(self._name)
            and not _answers(self._name)  # nobody started in between, either
        ):
            # A stale socket left by a crash: nobody answered, so it is safe to remove.
            QLocalServer.removeServer(self._name)
            self._server.listen(self._name)
        if self._server.isListening():
            self._retry.stop()
            return True
        self._retry.start()
        return False

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            conn = self._server.nextPendingConnection()
            conn.readyRead.connect(lambda c=conn: self._read(c))

    def _read(self, conn: QLocalSocket) -> None:
        if bytes(conn.readAll().data()).startswith(_MESSAGE):
            self.raise_requested.emit()
        conn.disconnectFromServer()

    def close(self) -> None:
        self._retry.stop()
        self._server.close()
