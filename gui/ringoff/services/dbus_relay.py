"""The receiver of D-Bus signals on behalf of an object that may be freed at any moment.

A QtDBus quirk worth knowing (it crashed our test runs now and then, and could crash the app as
it quits): a connection closed with ``QDBusConnection.disconnectFromBus`` is deleted *later*, on
Qt's own D-Bus thread. Deleting it detaches every object that ever received one of its signals,
and for an object made in Python that detaching calls into its Python wrapper from the D-Bus
thread. If the main thread is freeing that same object at that moment, the process dies with a
segmentation fault and no Python frame (seen in a core dump: the main thread in ``~QObject`` of
a notifier, the D-Bus thread in ``~QObject`` of the connection, both inside shiboken).
Removing the signal hooks with ``QDBusConnection.disconnect`` first does not help: the
connection keeps its link to the receiver's ``destroyed`` signal until it is deleted itself.

So the object that listens never receives the signals itself. A :class:`SignalRelay` does, and
hands each message on to the listener's method through a weak reference. Relays are kept for
the whole run (:data:`_KEPT`) and never freed: a few dozen bytes each, one per listener made,
and nothing that the D-Bus thread can touch is ever freed under it.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import SLOT, QObject, Slot
from PySide6.QtDBus import QDBusMessage

#: The slot to name in ``QDBusConnection.connect(..., relay, RELAY_SLOT)``.
RELAY_SLOT = SLOT("_on_signal(QDBusMessage)")


class SignalRelay(QObject):
    """Hands each D-Bus signal it receives to a method, while that method's object lives."""

    def __init__(self, handler: Callable[[QDBusMessage], None]) -> None:
        super().__init__(None)  # no parent: a parent would free it
        self._handler: weakref.WeakMethod[Callable[[QDBusMessage], None]] | None = (
            weakref.WeakMethod(handler)  # type: ignore[arg-type]
        )

    @Slot(QDBusMessage)
    def _on_signal(self, message: QDBusMessage) -> None:
        handler = self._handler() if self._handler is not None else None
        if handler is not None:
            handler(message)

    def detach(self) -> None:
        """Hand nothing on any more (the listener has stopped listening)."""
        self._handler = None


_KEPT: list[SignalRelay] = []


def relay_to(handler: Callable[[QDBusMessage], None]) -> SignalRelay:
    """A relay that calls *handler* (a bound method) with each signal; kept for the whole run."""
    relay = SignalRelay(handler)
    _KEPT.append(relay)
    return relay
