"""Linux: the sleep and screen-lock signals of logind and the screen saver, over QtDBus.

See :mod:`ringoff.services.autolock` for the sources. logind sends ``PrepareForSleep(true)``
before suspending and ``PrepareForSleep(false)`` after waking; a session's ``Lock`` signal asks
its screen locker to lock; the screen savers send ``ActiveChanged(true)`` when they start
(the screen is then locked, or about to be, on every desktop that provides them).

The signals arrive through a :class:`~ringoff.services.dbus_relay.SignalRelay`, never at this
object itself: see that module for the Qt D-Bus thread quirk this avoids.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from .dbus_relay import RELAY_SLOT, relay_to
from .lock_base import LockSignals

#: (service-less) screen-saver interfaces whose ``ActiveChanged(b)`` means the screen locked.
SCREENSAVER_INTERFACES = (
    "org.freedesktop.ScreenSaver",
    "org.gnome.ScreenSaver",
    "org.cinnamon.ScreenSaver",
    "org.mate.ScreenSaver",
)
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"
LOGIN1_SESSION = "org.freedesktop.login1.Session"


def login1_session_path(session_id: str) -> str:
    """The object path of a logind session, escaped as systemd does (``2`` -> ``_32``)."""
    if not session_id:
        return ""
    out = []
    for i, char in enumerate(session_id):
        if char.isascii() and (char.isalpha() or (char.isdigit() and i > 0)):
            out.append(char)
        else:
            out.append(f"_{ord(char):02x}")
    return f"{LOGIN1_PATH}/session/" + "".join(out)


class DBusLockSignals(LockSignals):
    """Linux: logind on the system bus and the screen saver on the session bus."""

    def __init__(
        self,
        system_bus: QDBusConnection | None = None,
        session_bus: QDBusConnection | None = None,
        *,
        session_id: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session_path = login1_session_path(
            os.environ.get("XDG_SESSION_ID", "") if session_id is None else session_id
        )
        system = system_bus if system_bus is not None else QDBusConnection.systemBus()
        session = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        self._buses = [system, session]
        self._relay = relay = relay_to(self._on_signal)
        slot = RELAY_SLOT
        if system.isConnected():
            ok = system.connect("", LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", relay, slot)
            ok = system.connect("", "", LOGIN1_SESSION, "Lock", relay, slot) and ok
            if ok:
                self.sources.append("logind")
        if session.isConnected():
            ok = all(
                session.connect("", "", iface, "ActiveChanged", relay, slot)
                for iface in SCREENSAVER_INTERFACES
            )
            if ok:
                self.sources.append("screensaver")

    def _on_signal(self, message: QDBusMessage) -> None:
        args = list(message.arguments())
        member, iface = message.member(), message.interface()
        started = bool(args) and args[0] is True  # PrepareForSleep(false) comes after waking
        if member == "PrepareForSleep" and iface == LOGIN1_MANAGER and started:
            self.sleeping.emit()
        elif member == "Lock" and iface == LOGIN1_SESSION:
            if not self._session_path or message.path() == self._session_path:
                self.screen_locked.emit()
        elif member == "ActiveChanged" and iface in SCREENSAVER_INTERFACES and started:
            self.screen_locked.emit()

    def close(self) -> None:
        relay, slot = self._relay, RELAY_SLOT
        relay.detach()
        system, session = self._buses
        if system.isConnected():
            system.disconnect("", LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", relay, slot)
            system.disconnect("", "", LOGIN1_SESSION, "Lock", relay, slot)
        if session.isConnected():
            for iface in SCREENSAVER_INTERFACES:
                session.disconnect("", "", iface, "ActiveChanged", relay, slot)
