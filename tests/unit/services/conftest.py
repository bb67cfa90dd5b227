"""The tests that start private D-Bus daemons run in a process of their own.

Qt's D-Bus thread can crash a process in ways unrelated to the test that caused them (a
segmentation fault with no Python frame, a few tests later). One such crash was found and
fixed (:mod:`ringoff.services.dbus_relay`: a closed connection, deleted later on Qt's D-Bus
thread, touched a notifier being freed on the main thread). Each module below still runs as its
own pytest process (test_dbus_isolated.py), so that any other crash of that kind is reported as
that module's failure, with its native stack, instead of ending the whole run. Running one
directly (``pytest tests/unit/services/test_notify_dbus.py``) still works: the child sets
RINGOFF_DBUS_CHILD, and a path given on the command line is always collected.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

DBUS_MODULES = ("test_lock_signals.py", "test_notify_dbus.py")


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    if collection_path.name not in DBUS_MODULES or os.environ.get("RINGOFF_DBUS_CHILD") == "1":
        return None
    named = [Path(a.split("::")[0]).name for a in config.args]
    return None if collection_path.name in named else True
