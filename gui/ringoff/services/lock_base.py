"""What every listener for the system's sleep and screen-lock signals provides.

Kept apart from :mod:`.autolock`, which chooses a listener per platform, so the platform
modules (:mod:`.lock_dbus`, :mod:`.mac_lock`) build on it without importing their chooser.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class LockSignals(QObject):
    """``sleeping()``: the computer is about to sleep; ``screen_locked()``: the screen locked."""

    sleeping = Signal()
    screen_locked = Signal()

    #: What this listener hears, for the report and the tests: e.g. ["logind", "screensaver"].
    sources: list[str]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources = []

    def close(self) -> None:
        """Stop listening."""


__all__ = ["LockSignals"]
