"""The one interface every way of showing a reminder implements (:mod:`.notifier` picks one).

Kept apart from the factory in :mod:`.notifier` so the platform modules
(:mod:`.notify_freedesktop`, :mod:`.notify_native`) build on it without importing the
module that imports them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Notifier(QObject):
    """Signals: ``open_requested``, ``lock_requested``, ``quit_requested`` (a tray menu) and
    ``clicked(tag)`` (the person clicked a notification)."""

    open_requested = Signal()
    lock_requested = Signal()
    quit_requested = Signal()
    clicked = Signal(str)

    #: Whether messages reach the user outside the window.
    shows_messages = False
    #: Which kind this is: "freedesktop", "windows", "macos", "tray", "none" or "fake".
    kind = "none"
    #: Whether it shows an icon in the tray (the helper then shows none of its own).
    has_tray_icon = False

    def notify(self, message: str, *, tag: str = "") -> bool:
        """Show *message*; False when it could not be shown."""
        raise NotImplementedError

    def set_locked(self, locked: bool) -> None:
        """Whether the vault is locked now (a tray menu's Lock entry is only useful when not)."""

    def close(self) -> None:
        """Remove the icon, if any."""


__all__ = ["Notifier"]
