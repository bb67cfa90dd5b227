"""The tests that start private D-Bus daemons run in a process of their own.

A private ``dbus-daemon`` stopped under a live QtDBus connection is a known way to crash Qt's
D-Bus thread later, at a moment unrelated to the test that caused it (seen as a rare
"Segmentation fault" with no Python frame, a few tests after these modules, in the whole-suite
run). Each module below therefore runs as its own pytest process (test_dbus_isolated.py), so a
crash there is reported as that module's failure instead of ending the whole run. Running one
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
