"""Waiting on a private D-Bus session bus in tests."""

from __future__ import annotations

from PySide6.QtDBus import QDBusConnection, QDBusMessage


def round_trip(bus: QDBusConnection) -> None:
    """Return once the bus daemon has every match rule that *bus* asked for.

    QtDBus sends AddMatch without waiting for the reply, and the daemon keeps the order of
    messages per connection only: a signal sent at once from another connection can arrive
    before the rule and be lost (seen under load). A call on the same connection is answered
    after the daemon has read everything sent before it, rules included."""
    reply = bus.call(
        QDBusMessage.createMethodCall(
            "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "GetId"
        )
    )
    assert reply.type() == QDBusMessage.MessageType.ReplyMessage, reply.errorMessage()
