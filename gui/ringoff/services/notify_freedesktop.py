"""Notifications on Linux desktops: the freedesktop ``org.freedesktop.Notifications`` service.

GNOME, KDE Plasma, Xfce, Cinnamon, MATE, LXQt and the tiling desktops' daemons (dunst, mako)
all provide it on the session bus, with or without a tray. The protocol is the Desktop
Notifications Specification: https://specifications.freedesktop.org/notification-spec/latest/
("Protocol": ``Notify(app_name s, replaces_id u, app_icon s, summary s, body s, actions as,
hints a{sv}, expire_timeout i) -> u``; the ``ActionInvoked(u id, s action_key)`` signal, where
the action key "default" means the notification itself was clicked).

Notify is sent through libdbus (:mod:`ringoff.services.libdbus`, which can send the ``u`` the
servers insist on); the ActionInvoked and NotificationClosed signals arrive through QtDBus on
the Qt event loop.

Signals reach the notifier through a :class:`~ringoff.services.dbus_relay.SignalRelay`, never
directly: see that module for the Qt D-Bus thread quirk this avoids.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from . import libdbus
from .dbus_relay import RELAY_SLOT, SignalRelay, relay_to
from .notify_base import Notifier

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
#: The action key of a click on the notification itself (the specification's "default").
DEFAULT_ACTION = "default"
#: The desktop file (and icon name) that packaging/linux/install.sh installs.
ICON_NAME = "ringoff"
#: The service's signals the notifier listens to.
SIGNALS = ("ActionInvoked", "NotificationClosed")


def icon_uri() -> str:
    """The app icon as a file URI (the specification allows one), else its theme name."""
    try:
        from ..storage.resources import icon_path

        path = icon_path("ringoff.svg")
    except Exception:
        return ICON_NAME
    return path.resolve().as_uri() if path.is_file() else ICON_NAME


def freedesktop_available(address: str | None = None) -> bool:
    """Whether a notification service is there (or can be started) on the session bus."""
    address = libdbus.session_address() if address is None else address
    if not address or not libdbus.available():
        return False
    if libdbus.name_has_owner(address, SERVICE):
        return True
    try:  # many desktops start their notification daemon on first use (D-Bus activation)
        started = libdbus.call(
            address,
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "StartServiceByName",
            [("s", SERVICE), ("u", 0)],
            timeout_ms=3000,
        )
    except libdbus.DBusCallError:
        return False
    return started in (1, 2)  # DBUS_START_REPLY_SUCCESS, DBUS_START_REPLY_ALREADY_RUNNING


class FreedesktopNotifier(Notifier):
    """Notifications through the session bus's notification service."""

    shows_messages = True
    kind = "freedesktop"

    def __init__(
        self,
        address: str | None = None,
        *,
        title: str = "",
        parent: QObject | None = None,
        listen: bool = True,
    ) -> None:
        """*listen*: also hear clicks (a QtDBus connection). A command that exits right after
        showing its notification does not listen: no Qt D-Bus thread is started at all."""
        super().__init__(parent)
        self.address = libdbus.session_address() if address is None else address
        self.title = title or self.tr("Ringoff")
        self.shown: dict[int, str] = {}  # notification id -> tag, until closed
        self.last_error = ""
        self._bus: QDBusConnection | None = None
        self._relay: SignalRelay | None = None
        if listen:
            self._listen()

    def _listen(self) -> None:
        if not self.address:
            return
        bus = QDBusConnection.connectToBus(self.address, f"ringoff-notify-{id(self)}")
        if not bus.isConnected():
            return
        self._bus = bus
        self._relay = relay_to(self._on_signal)
        for name in SIGNALS:
            bus.connect("", PATH, INTERFACE, name, self._relay, RELAY_SLOT)

    def _on_signal(self, message: QDBusMessage) -> None:
        args = list(message.arguments())
        if not args or not isinstance(args[0], int) or args[0] not in self.shown:
            return  # another program's notification
        if message.member() == "ActionInvoked":
            if len(args) > 1 and args[1] == DEFAULT_ACTION:
                self.clicked.emit(self.shown[args[0]])
        elif message.member() == "NotificationClosed":
            self.shown.pop(args[0], None)

    def notify(self, message: str, *, tag: str = "") -> bool:
        hints: Mapping[str, libdbus.Typed] = {
            "desktop-entry": ("s", ICON_NAME),
            "urgency": ("y", 1),  # normal: stays in the notification list until read
            "category": ("s", "reminder"),
        }
        try:
            notification_id = libdbus.call(
                self.address,
                SERVICE,
                PATH,
                INTERFACE,
                "Notify",
                [
                    ("s", self.title),
                    ("u", 0),
                    ("s", icon_uri()),
                    ("s", self.title),
                    ("s", message),
                    ("as", [DEFAULT_ACTION, self.tr("Open Ringoff")]),
                    ("a{sv}", hints),
                    ("i", -1),
                ],
            )
        except libdbus.DBusCallError as exc:
            self.last_error = str(exc)
            return False
        if notification_id is not None:
            self.shown[notification_id] = tag
        return True

    def close(self) -> None:
        """Stop listening (the relay stays, detached: see :mod:`.dbus_relay`)."""
        bus, self._bus = self._bus, None
        if self._relay is not None:
            self._relay.detach()
        if bus is not None:
            QDBusConnection.disconnectFromBus(bus.name())
