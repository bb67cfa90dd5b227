"""Uninstalling removes the reminder helper's login entry on every system (and keeps the data).

The Linux and macOS scripts run here for real, in a throwaway home folder. The Windows
uninstaller is Inno Setup Pascal, which only runs on Windows: its registry names are checked
against the ones the code writes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from ringoff.services import autostart
from ringoff.services.notify_native import APP_NAME

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
COMMAND = ["/opt/ringoff/ringoff", "agent", "--vault", "/home/x/ringoff.vault"]

needs_sh = pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    env.update(extra)
    return env


@needs_sh
def test_linux_uninstall_stops_the_helper_and_removes_its_login_entry(tmp_path: Path) -> None:
    home = tmp_path / "home"
    config = tmp_path / "config"
    env = {"XDG_CONFIG_HOME": str(config)}
    entry = autostart.install("linux", COMMAND, home, env)
    assert Path(entry.location).is_file()
    # An installed program that records what it is asked (stands in for the real bundle).
    lib = home / ".local" / "lib" / "ringoff"
    lib.mkdir(parents=True)
    calls = tmp_path / "calls.txt"
    program = lib / "ringoff"
    program.write_text(f'#!/bin/sh\necho "$@" >> "{calls}"\n', "utf-8")
    program.chmod(0o755)
    data = home / ".local" / "share" / "ringoff"
    data.mkdir(parents=True)
    (data / "ringoff.vault").write_bytes(b"vault")

    result = subprocess.run(
        ["sh", str(PACKAGING / "linux" / "install.sh"), "--uninstall"],
        env=_env(home, XDG_CONFIG_HOME=str(config)),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert calls.read_text("utf-8").split() == ["reminders", "off"]
    assert not Path(entry.location).exists()
    assert not lib.exists()
    assert (data / "ringoff.vault").read_bytes() == b"vault"  # the data is kept


@needs_sh
def test_linux_uninstall_removes_the_entry_when_the_program_is_already_gone(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    entry = autostart.install("linux", COMMAND, home, {})  # ~/.config: no XDG_CONFIG_HOME
    result = subprocess.run(
        ["sh", str(PACKAGING / "linux" / "install.sh"), "--uninstall"],
        env=_env(home),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert not Path(entry.location).exists()


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_macos_uninstall_removes_the_launch_agent_and_the_app(tmp_path: Path) -> None:
    home = tmp_path / "home"
    entry = autostart.install("darwin", COMMAND, home, {})
    app = tmp_path / "Applications" / "Ringoff.app"
    (app / "Contents" / "MacOS").mkdir(parents=True)
    data = home / "Library" / "Application Support" / "Ringoff"
    data.mkdir(parents=True)
    (data / "ringoff.vault").write_bytes(b"vault")
    result = subprocess.run(
        ["bash", str(PACKAGING / "macos" / "uninstall.sh")],
        env=_env(home, RINGOFF_APP=str(app)),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert not Path(entry.location).exists()
    assert not app.exists()
    assert (data / "ringoff.vault").read_bytes() == b"vault"
    assert "号码解绑助手已删除" in result.stdout
    # The disk image carries it next to the app.
    assert "uninstall.sh" in (PACKAGING / "macos" / "make_dmg.sh").read_text("utf-8")


def test_windows_uninstaller_names_what_the_code_writes() -> None:
    script = (PACKAGING / "windows" / "ringoff.iss").read_text("utf-8-sig")
    run_key = autostart.RUN_KEY
    assert (
        f"RegDeleteValue(HKEY_CURRENT_USER, '{run_key}',\n      '{autostart.RUN_VALUE_NAME}')"
        in script
    )
    aumid = f"Software\\Classes\\AppUserModelId\\{APP_NAME}"
    assert f"RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, '{aumid}')" in script
    assert "CloseApplications=yes" in script  # a running helper is closed first
