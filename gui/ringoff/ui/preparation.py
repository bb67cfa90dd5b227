"""Getting ready for the first unlock while the person types the passphrase (issue 22).

The first unlock after a start used to pay, between the key derivation and home's first
paint, for importing home and its banners, for phonenumbers' patterns and for unpacking the
catalog's steps: ~250 ms that later unlocks do not pay. A person takes seconds to type a
passphrase, so these are done then, one small step per turn of the event loop (each at most
~50 ms, between two key presses). tests/gui/test_startup.py checks that unlocking then imports
no module of Ringoff's; docs/qt-notes.md tells how it was measured.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from .context import AppContext

#: What the first unlock needs and the unlock (or first-start) screen does not: home with its
#: banners, and the day's backup.
FIRST_UNLOCK_MODULES = (
    "ringoff.ui.home",
    "ringoff.ui.reminders",
    "ringoff.core.received",
    "ringoff.operations.backups",
    "ringoff.operations.keys",
    "ringoff.ui.drafts",
)


def prepare_for_unlock(
    ctx: AppContext,
    owner: QObject,
    modules: tuple[str, ...] = FIRST_UNLOCK_MODULES,
    then: Callable[[], None] | None = None,
) -> None:
    """While the vault is locked: import *modules*, build phonenumbers' patterns for the
    regions Ringoff knows best (core.phone.prepare), and unpack the shipped catalog's steps,
    which its compiled cache leaves packed until first read; then call *then*.

    The timers belong to *owner* (the main window). Stops as soon as the vault is open: what
    is still missing is then done by its first use, and *then* is not called. (app.py freezes
    start-up's objects out of garbage collection there: once the vault is open they would
    include the person's data, which locking must be able to forget.)
    """

    def unpack_catalog() -> None:
        for service in ctx.shipped_catalog:
            service.actions  # noqa: B018  (reading it unpacks the entry)

    def prepare_numbers() -> None:
        from ..core import phone

        phone.prepare()

    steps: list[Callable[[], object]] = [
        (lambda name=name: importlib.import_module(name))
        for name in modules
        if name not in sys.modules
    ]
    steps += [prepare_numbers, unpack_catalog]

    def step() -> None:
        if ctx.session.is_unlocked:
            return
        if steps:
            steps.pop(0)()
            QTimer.singleShot(0, owner, step)
        elif then is not None:
            then()

    QTimer.singleShot(0, owner, step)
