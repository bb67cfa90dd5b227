"""The one way Ringoff runs slow work off the UI thread (the key derivation, Argon2id).

A :class:`Worker` runs one job at a time in a plain thread and hands ``(result, error)`` back
through a queued signal, so the answer arrives on the thread that owns the worker. Jobs only
compute (derive keys, read and check files); they never write to the vault: the one
connection belongs to the UI thread, which writes with what the job returned.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal


class Worker(QObject):
    """Runs one slow job in a thread; ``done(result, error)`` arrives on the owner's thread.

    Exactly one of *result* and *error* is meaningful: *error* is the exception the job
    raised (None when it finished), sorted by the receiver. A second :meth:`start` while a
    job runs is ignored (a double click starts nothing twice).
    """

    done = Signal(object, object)

    def __init__(self, parent: QObject | None = None, *, name: str = "ringoff-worker") -> None:
        super().__init__(parent)
        self.name = name
        self.running = False
        # Connected first, so ``running`` is False again before any receiver runs.
        self.done.connect(self._finished)

    def start(self, job: Callable[[], object]) -> bool:
        """Run *job* in a thread; False (and nothing started) while another job runs."""
        if self.running:
            return False
        self.running = True

        def work() -> None:
            try:
                result = job()
            except Exception as exc:  # handed to the owner's thread, sorted there
                outcome: tuple[object, object] = (None, exc)
            else:
                outcome = (result, None)
            # The owner may have gone meanwhile (a dialog closed by locking): nobody waits.
            with contextlib.suppress(RuntimeError):
                self.done.emit(*outcome)

        threading.Thread(target=work, name=self.name, daemon=True).start()
        return True

    def _finished(self, _result: object, _error: object) -> None:
        self.running = False
