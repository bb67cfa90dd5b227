"""One running Ringoff per vault: a second start asks the first to come to the front."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
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


def test_a_second_window_never_takes_the_socket(qtbot: QtBot, tmp_path: Path) -> None:
    """Issue 23: a second window (on the unlock screen) took over the first one's socket."""
    vault = tmp_path / "v.vault"
    first = InstanceServer(vault)
    second = InstanceServer(vault)
    try:
        assert first.primary and not second.primary
        with (
            qtbot.assertNotEmitted(second.raise_requested, wait=300),
            qtbot.waitSignal(first.raise_requested, timeout=5000),
        ):
            assert ask_running_instance(vault)
        assert not second.try_claim()  # still alive: the first keeps it
        first.close()  # the first window goes: now the second may answer later starts
        assert second.try_claim() and second.primary
        with qtbot.waitSignal(second.raise_requested, timeout=5000):
            assert ask_running_instance(vault)
    finally:
        first.close()
        second.close()


_FIRST_WINDOW = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from ringoff.services.single_instance import InstanceServer
app = QCoreApplication([])
server = InstanceServer(Path(sys.argv[1]))
def raised():
    print("raised", flush=True)
    app.quit()
server.raise_requested.connect(raised)
print("primary" if server.primary else "secondary", flush=True)
QTimer.singleShot(30_000, app.quit)
app.exec()
"""


def test_two_processes_the_first_keeps_the_socket(qtbot: QtBot, tmp_path: Path) -> None:
    vault = tmp_path / "v.vault"
    gui = Path(__file__).resolve().parents[2] / "gui"
    with subprocess.Popen(
        [sys.executable, "-c", _FIRST_WINDOW, str(vault)],
        stdout=subprocess.PIPE,
        text=True,
        env={"PYTHONPATH": str(gui), "QT_QPA_PLATFORM": "offscreen"},
    ) as first:
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "primary"
        second = InstanceServer(vault)
        try:
            assert not second.primary
            with qtbot.assertNotEmitted(second.raise_requested, wait=300):
                assert ask_running_instance(vault)
            assert first.stdout.readline().strip() == "raised"  # the first window came forward
            assert first.wait(timeout=30) == 0
            assert second.try_claim()  # the first has gone: the second takes over
        finally:
            second.close()


@pytest.mark.skipif(sys.platform == "win32", reason="a socket file left behind is POSIX")
def test_a_socket_left_by_a_crash_is_cleared(qtbot: QtBot, tmp_path: Path) -> None:
    import socket

    vault = tmp_path / "v.vault"
    probe = InstanceServer(vault)
    path = probe._server.fullServerName()
    probe.close()
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(path)  # bound, never listening, then gone: what a crash leaves
    stale.close()
    assert Path(path).exists()
    server = InstanceServer(vault)
    try:
        assert server.primary
    finally:
        server.close()
