"""The system asking Ringoff to end (SIGTERM at log-out or from `kill`, Ctrl+C in a terminal)
quits it the normal way: the vault locks, the run marker goes, and the next start does not say
Ringoff closed unexpectedly (services/quit_signals.py)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType

import pytest
from helpers.app_child import app_child_env
from pytestqt.qtbot import QtBot

from ringoff.services.quit_signals import QUIT_SIGNALS, QuitOnSignals
from ringoff.storage.runmarker import RunMarker
from ringoff.ui.context import AppContext

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def test_a_signal_calls_quit_once_from_the_event_loop(qtbot: QtBot) -> None:
    # SIGUSR1/2 stand in for SIGTERM here, so a broken handler cannot end the test run; each
    # has a handler of its own first, which must come back afterwards.
    seen: list[int] = []

    def earlier(signum: int, _frame: FrameType | None) -> None:
        seen.append(signum)

    old = {n: signal.signal(n, earlier) for n in (signal.SIGUSR1, signal.SIGUSR2)}
    try:
        calls: list[str] = []
        quitter = QuitOnSignals(lambda: calls.append("quit"), signals=(signal.SIGUSR1,))
        os.kill(os.getpid(), signal.SIGUSR2)  # not one of ours: no quit
        qtbot.wait(50)
        assert calls == []
        os.kill(os.getpid(), signal.SIGUSR1)
        qtbot.waitUntil(lambda: calls == ["quit"], timeout=5000)
        os.kill(os.getpid(), signal.SIGUSR1)  # a second one while quitting changes nothing
        qtbot.waitUntil(lambda: quitter.received == [signal.SIGUSR1] * 2, timeout=5000)
        assert calls == ["quit"]
        assert seen == [signal.SIGUSR2]  # the earlier handler of the signal that is not ours
        quitter.close()
        assert signal.getsignal(signal.SIGUSR1) is earlier
        assert signal.set_wakeup_fd(-1) == -1  # the wake-up descriptor is put back too
        os.kill(os.getpid(), signal.SIGUSR1)
        assert seen == [signal.SIGUSR2, signal.SIGUSR1]
    finally:
        for number, handler in old.items():
            signal.signal(number, handler)


def test_the_signals_are_the_ones_that_ask_a_process_to_end() -> None:
    assert signal.SIGTERM in QUIT_SIGNALS
    assert signal.SIGINT in QUIT_SIGNALS
    assert signal.SIGHUP in QUIT_SIGNALS
    assert signal.SIGKILL not in QUIT_SIGNALS  # it cannot be caught: the run marker's case


#: Starts the app, unlocks the vault, and says "ready" on home; then waits to be ended.
READY_PROBE = """
import json, sys
from ringoff.storage import keys
keys.KDF_FLOOR = keys.TEST_KDF
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ringoff.services import quit_signals
from ringoff.ui import main_window as mw
passphrase = sys.argv.pop()
installed = []
made = quit_signals.QuitOnSignals.__init__

def init(self, *args, **kwargs):
    made(self, *args, **kwargs)
    installed.append(self)

quit_signals.QuitOnSignals.__init__ = init
started = mw.MainWindow.start

def start(self):
    started(self)
    QTimer.singleShot(60_000, lambda: QApplication.exit(3))  # never hang the suite

    def on_route(route):
        if route[:1] == ("home",):
            QTimer.singleShot(0, ready)

    def ready():
        if not installed:
            QTimer.singleShot(25, ready)
            return
        print("ready", flush=True)

    def unlock():
        page = self.current_page()
        if not installed or not hasattr(page, "passphrase"):
            QTimer.singleShot(25, unlock)
            return
        page.passphrase.setText(passphrase)
        page.submit()

    self.route_changed.connect(on_route)
    QTimer.singleShot(0, unlock)

mw.MainWindow.start = start
from ringoff.launcher import main
code = main(sys.argv[1:])
print(json.dumps({"code": code}))
"""


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_the_window_ended_by_the_system_closes_normally(
    tmp_path: Path, make_ctx: Callable[..., AppContext], signum: int
) -> None:
    from ringoff.operations.demo import fill
    from ringoff.storage import keys
    from ringoff.storage.vault import create_vault

    ctx = make_ctx()
    passphrase = "a long enough passphrase"
    path = tmp_path / "family.vault"
    vault, _ = create_vault(path, passphrase, kdf=keys.TEST_KDF)
    fill(vault, ctx.shipped_catalog, "en", ctx.today())
    vault.close()
    env = app_child_env(tmp_path)
    child = subprocess.Popen(
        [sys.executable, "-c", READY_PROBE, "--vault", str(path), passphrase],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        marker = RunMarker(path)
        assert marker.path.exists()  # the window is open, unlocked, on home
        child.send_signal(signum)
        out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 0, err
    assert json.loads(out.strip().splitlines()[-1]) == {"code": 0}
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert not marker.path.exists()
    assert RunMarker(path).previous().ended_badly is False  # no "closed unexpectedly" next time
