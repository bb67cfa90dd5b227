"""One running Ringoff per vault: a second start asks the first to come to the front."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from ringoff.services.single_instance import InstanceServer, ask_running_instance, server_name
from ringoff.storage.lockfile import InstanceLock, held_elsewhere


def test_a_second_start_raises_the_first(qtbot: QtBot, tmp_path: Path) -> None:
    vault = tmp_path / "v.vault"
    assert not ask_running_instance(vault, timeout_ms=200)  # nobody is running yet
    server = InstanceServer(vault)
    try:
        with qtbot.waitSignal(server.raise_requested, timeout=5000):
            assert ask_running_instance(vault)
    finally:
        server.close()


def test_each_vault_has_its_own_instance(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a.vault") != server_name(tmp_path / "b.vault")
    assert server_name(tmp_path / "a.vault") == server_name(tmp_path / "." / "a.vault")


def test_the_lock_file_tells_a_second_process(tmp_path: Path) -> None:
    vault = tmp_path / "v.vault"
    assert not held_elsewhere(vault)
    lock = InstanceLock(vault)
    lock.acquire()
    try:
        code = (
            "import sys; from pathlib import Path; "
            "from ringoff.storage.lockfile import held_elsewhere; "
            "sys.exit(0 if held_elsewhere(Path(sys.argv[1])) else 1)"
        )
        gui = Path(__file__).resolve().parents[2] / "gui"
        result = subprocess.run(
            [sys.executable, "-c", code, str(vault)],
            env={"PYTHONPATH": str(gui)},
            check=False,
            timeout=60,
        )
        assert result.returncode == 0
    finally:
        lock.release()
    assert not held_elsewhere(vault)
