"""Test set-up shared by every test.

QT_QPA_PLATFORM must be set before any QApplication exists, so it is set here at import time.
Sockets are blocked for the whole run by pytest-socket (see `addopts`-free set-up below): any
attempt to open an internet socket fails the test. Unix-domain sockets stay allowed for the
single-instance lock.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "1")
# No test reaches the desktop's real notification service (tests that need one start their own).
os.environ["RINGOFF_NOTIFY"] = "none"
# In-process tests never start a reminder helper process (tests/unit/cli/test_helper.py does).
os.environ["RINGOFF_TEST_NO_HELPER"] = "1"
# Caches (compiled translations, the compiled catalog) go to a throwaway folder, not ~/.cache.
os.environ.setdefault("RINGOFF_HOME", tempfile.mkdtemp(prefix="ringoff-tests-"))

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "gui"))
sys.path.insert(0, str(ROOT / "tests"))

import pytest  # noqa: E402
from pytest_socket import disable_socket  # noqa: E402

from ringoff.storage import keys  # noqa: E402

# The suite writes and accepts a cheap key derivation, set here in its own process (and in its
# child processes by tests/helpers/cli_child.py). The program itself has no way to lower it.
keys.KDF_FLOOR = keys.TEST_KDF
keys.WRITE_KDF = keys.TEST_KDF


def pytest_runtest_setup(item: pytest.Item) -> None:
    disable_socket(allow_unix_socket=True)
