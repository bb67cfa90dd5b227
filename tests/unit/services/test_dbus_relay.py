"""The relay that receives D-Bus signals for objects that may be freed (services/dbus_relay.py)."""

from __future__ import annotations

import gc

from PySide6.QtDBus import QDBusMessage

from ringoff.services import dbus_relay
from ringoff.services.dbus_relay import relay_to
from ringoff.services.lock_dbus import DBusLockSignals
from ringoff.services.notify_freedesktop import FreedesktopNotifier


class Listener:
    def __init__(self) -> None:
        self.heard: list[str] = []

    def on_signal(self, message: QDBusMessage) -> None:
        self.heard.append(message.member())


def _signal(name: str) -> QDBusMessage:
    return QDBusMessage.createSignal("/x", "org.example.X", name)


def test_the_relay_hands_signals_on_and_outlives_its_listener(qapp: object) -> None:
    listener = Listener()
    relay = relay_to(listener.on_signal)
    relay._on_signal(_signal("One"))
    assert listener.heard == ["One"]
    assert relay.parent() is None and relay in dbus_relay._KEPT  # never freed under Qt's thread
    del listener
    gc.collect()
    relay._on_signal(_signal("Two"))  # its listener is gone: nothing happens, nothing breaks
    assert relay in dbus_relay._KEPT


def test_a_detached_relay_hands_on_nothing(qapp: object) -> None:
    listener = Listener()
    relay = relay_to(listener.on_signal)
    relay.detach()
    relay._on_signal(_signal("One"))
    assert listener.heard == []


def test_the_listeners_are_never_the_receivers_themselves(qapp: object) -> None:
    # Without a bus nothing is connected; what matters is that neither class has a slot of its
    # own that a connection could name (it would be the object Qt's D-Bus thread touches).
    def slots(cls: type) -> set[str]:
        meta = cls.staticMetaObject  # type: ignore[attr-defined]
        return {bytes(meta.method(i).methodSignature()).decode() for i in range(meta.methodCount())}

    assert "_on_signal(QDBusMessage)" in slots(dbus_relay.SignalRelay)
    for cls in (FreedesktopNotifier, DBusLockSignals):
        assert "_on_signal(QDBusMessage)" not in slots(cls), cls
