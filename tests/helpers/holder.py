"""A child process that holds a vault's lock as a window or as a command, until told to stop."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from helpers.vaults import GUI

_CODE = """
import sys
from pathlib import Path
from ringoff.storage import lockfile
lockfile.set_holder(sys.argv[2], sys.argv[3])
lock = lockfile.InstanceLock(Path(sys.argv[1]))
lock.acquire()
print("ready", flush=True)
sys.stdin.read()
lock.release()
"""


@contextmanager
def held_by(vault_path: Path, kind: str, command: str = "") -> Iterator[None]:
    """Hold *vault_path*'s lock in another process (as :func:`lockfile.set_holder` says)."""
    child = subprocess.Popen(
        [sys.executable, "-c", _CODE, str(vault_path), kind, command],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={"PYTHONPATH": str(GUI)},
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        yield
    finally:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(timeout=30)
        if child.stdout is not None:
            child.stdout.close()
