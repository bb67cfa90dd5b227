"""The D-Bus modules, each run in a pytest process of its own (see conftest.py here)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import DBUS_MODULES

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]


def _run(module: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RINGOFF_DBUS_CHILD": "1", "PYTHONFAULTHANDLER": "1"}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(HERE / module)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=600,
        check=False,
    )


@pytest.mark.parametrize("module", DBUS_MODULES)
def test_in_its_own_process(module: str) -> None:
    result = _run(module)
    if result.returncode < 0 or result.returncode in (134, 139):
        # Killed by a signal (conftest.py): said on stderr with the child's output, and tried
        # once more; a second crash, or any failing test, fails here.
        print(f"{module}: the test process crashed ({result.returncode}); trying once more\n"
              + result.stdout[-2000:], file=sys.stderr)  # fmt: skip
        result = _run(module)
    assert result.returncode in (0, 5), (result.stdout[-4000:], result.stderr[-4000:])
    last = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""
    assert "passed" in last or "skipped" in last, result.stdout[-2000:]
