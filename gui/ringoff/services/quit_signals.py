"""Quitting the normal way when the system asks Ringoff to end.

Without this, a window ended by SIGTERM (``kill``, ``pkill``, a Linux desktop that ends what is
still running at log-out, the system shutting down) or SIGHUP (the terminal that started it
closed) dies on the spot: the vault is safe (every change is already committed), but the run
marker stays behind and the next start tells the person "Ringoff closed unexpectedly". Ctrl+C
in that terminal (SIGINT) is worse: Python raises KeyboardInterrupt inside whatever slot happens
to run, and the person sees the bug dialog.

Qt's event loop waits in C, where Python's own signal handlers do not run until some Python code
does. :func:`signal.set_wakeup_fd` writes each signal's number to a socket the moment it
arrives; a QSocketNotifier on the other end of the socket pair wakes the loop, and its slot asks
the app to quit in the usual way (the window closes, the session locks, the marker goes).

The Python handlers themselves do nothing: all the work happens in the slot, in the main thread,
between two events, never in the middle of a write. A second signal while quitting is ignored;
SIGKILL cannot be caught, and the run marker exists for exactly that case.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier

#: The signals that ask a process to end (SIGHUP only where it exists: not on Windows).
QUIT_SIGNALS: tuple[int, ...] = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)
)


def _ignore(_signum: int, _frame: FrameType | None) -> None:
    """The Python-level handler: replaces the default (ending at once); the slot does the work."""


class QuitOnSignals(QObject):
    """While alive, SIGTERM, SIGHUP and SIGINT call *quit* once, from the event loop.

    :meth:`close` puts back the handlers and the wake-up descriptor that were there before."""

    def __init__(
        self,
        quit: Callable[[], None],
        signals: tuple[int, ...] = QUIT_SIGNALS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._quit = quit
        self._quitting = False
        self._closed = False
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {number: signal.signal(number, _ignore) for number in signals}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_signal)
        self.received: list[int] = []  # the signals seen, in order (for the tests)

    def _on_signal(self, *_args: object) -> None:
        try:
            data = self._reader.recv(64)
        except (BlockingIOError, InterruptedError):
            return
        # Other signals (a child's SIGCHLD, say) wake the socket too: only ours mean quit.
        wanted = [n for n in data if n in self._previous]
        self.received.extend(wanted)
        if wanted and not self._quitting:
            self._quitting = True
            self._quit()

    def close(self) -> None:
        """Stop listening; the earlier handlers and wake-up descriptor are back."""
        if self._closed:
            return
        self._closed = True
        self._notifier.setEnabled(False)
        for number, previous in self._previous.items():
            signal.signal(number, previous if previous is not None else signal.SIG_DFL)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()
