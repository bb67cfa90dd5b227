"""Promise: Ringoff never uses the network.

The main test runs the command line in child processes with a ``sitecustomize`` module that
installs a Python audit hook: any internet socket, connection or name lookup is written to a
log, which must stay empty. A control run proves that the hook does see such attempts.
When ``strace`` is installed, a second test watches the system calls too (which also covers
native code such as Qt, invisible to Python's audit hooks).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.vaults import GUI, MARKER_ASCII, PASSPHRASE, cli_env, run_cli

_SITECUSTOMIZE = '''
"""Test-only: log every internet socket, connection and name lookup (see test_no_network)."""
import os
import socket
import sys

_LOG = os.environ.get("RINGOFF_NET_LOG", "")
_INET = {socket.AF_INET, socket.AF_INET6, -1}  # -1: the default family, AF_INET
_LOOKUPS = {
    "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
    "socket.gethostbyaddr", "socket.getnameinfo",
}
_USES = {"socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"}


def _record(event, args):
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(f"{os.getpid()} {event} {args!r}\\n")


def _hook(event, args):
    if not event.startswith("socket."):
        return
    try:
        if event == "socket.__new__" and args[1] in _INET:
            _record(event, args[1:])
        elif event in _USES and getattr(args[0], "family", None) in _INET:
            _record(event, args[1:])
        elif event in _LOOKUPS:
            _record(event, args)
    except Exception as exc:  # never let the hook itself hide an attempt
        _record(event, ("hook error", repr(exc)))


if _LOG:
    sys.addaudithook(_hook)
'''


@pytest.fixture
def hooked(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """Environment variables that load the audit hook in every child Python, and its log."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(_SITECUSTOMIZE, encoding="utf-8")
    log = tmp_path / "network.log"
    log.touch()
    return {"PYTHONPATH": f"{site}:{GUI}", "RINGOFF_NET_LOG": str(log)}, log


def _session(home: Path, env: dict[str, str]) -> list[tuple[str, ...]]:
    """The usual commands: create, add a number and accounts, list, plan, search the catalog."""
    secret = PASSPHRASE + "\n"
    commands: list[tuple[tuple[str, ...], str]] = [
        (("init", "--passphrase-stdin"), secret),
        (
            ("number", "add", "+8613812345678", "--owner", MARKER_ASCII, "--passphrase-stdin"),
            secret,
        ),
        (("account", "add", "wechat", "--number", "+8613812345678", "--passphrase-stdin"), secret),
        (
            (
                "account",
                "add",
                "--name",
                "Club",
                "--number",
                "+8613812345678",
                "--passphrase-stdin",
            ),
            secret,
        ),
        (("list", "--json", "--passphrase-stdin"), secret),
        (("plan", "--number", "+8613812345678", "--passphrase-stdin"), secret),
        (("catalog", "--search", "bank"), ""),
    ]
    for args, stdin in commands:
        result = run_cli(*args, stdin=stdin, home=home, env=env)
        assert result.returncode == 0, (args, result.stderr)
    return [args for args, _ in commands]


def test_cli_session_makes_no_network_call(
    tmp_path: Path, hooked: tuple[dict[str, str], Path]
) -> None:
    env, log = hooked
    _session(tmp_path / "home", env)
    assert log.read_text(encoding="utf-8") == ""


def test_the_hook_sees_network_attempts(
    tmp_path: Path, hooked: tuple[dict[str, str], Path]
) -> None:
    """The control: with the same set-up, a lookup and an internet socket are logged."""
    env, log = hooked
    code = (
        "import socket\n"
        "try:\n    socket.getaddrinfo('localhost', 80)\nexcept OSError:\n    pass\n"
        "s = socket.socket(); s.close()\n"
        "u = socket.socket(socket.AF_UNIX); u.close()\n"
    )
    subprocess.run([sys.executable, "-c", code], env=cli_env(tmp_path, env), check=True, timeout=60)
    logged = log.read_text(encoding="utf-8")
    assert "socket.getaddrinfo" in logged
    assert "socket.__new__" in logged
    assert len(logged.splitlines()) == 2  # the Unix socket is not network


def _strace_works() -> bool:
    strace = shutil.which("strace")
    if strace is None:
        return False
    probe = subprocess.run(
        [strace, "-f", "-o", "/dev/null", "true"], capture_output=True, check=False, timeout=60
    )
    return probe.returncode == 0


_INTERNET = re.compile(r"AF_INET6?\b|sa_family=AF_INET")


@pytest.mark.skipif(
    not _strace_works(), reason="strace is not installed or may not trace here (ptrace denied)"
)
def test_no_internet_sockets_at_the_system_call_level(tmp_path: Path) -> None:
    strace = shutil.which("strace")
    assert strace is not None
    home = tmp_path / "home"
    secret = PASSPHRASE + "\n"
    traced = [
        (("init", "--passphrase-stdin"), secret),
        (("number", "add", "+8613812345678", "--passphrase-stdin"), secret),
        (("list", "--json", "--passphrase-stdin"), secret),
        (("catalog", "--search", "bank"), ""),
    ]
    for i, (args, stdin) in enumerate(traced):
        log = tmp_path / f"strace{i}.log"
        result = subprocess.run(
            [
                strace,
                "-f",
                "-e",
                "trace=network",
                "-o",
                str(log),
                sys.executable,
                "-m",
                "ringoff",
                *args,
            ],
            input=stdin,
            capture_output=True,
            text=True,
            env=cli_env(home),
            check=False,
            timeout=120,
        )
        assert result.returncode == 0, (args, result.stderr)
        calls = log.read_text(encoding="utf-8", errors="replace").splitlines()
        assert any("exited with 0" in line for line in calls)  # strace did follow the run
        internet = [line for line in calls if _INTERNET.search(line)]
        assert internet == [], (args, internet)


_SCREENS = "home,number,walkthrough,discover,received,history,settings,first_start,unlock"


def _screens_command(out: Path) -> list[str]:
    """The app's main flows: every screen of tools/screenshots.py (create a vault, unlock,
    open each page, lock) in a child process."""
    script = GUI.parent / "tools" / "screenshots.py"
    return [
        sys.executable,
        str(script),
        str(out),
        "--only",
        _SCREENS,
        "--langs",
        "en",
        "--sizes",
        "normal",
    ]


def test_app_screens_make_no_network_call(
    tmp_path: Path, hooked: tuple[dict[str, str], Path]
) -> None:
    env, log = hooked
    result = subprocess.run(
        _screens_command(tmp_path / "shots"),
        env=cli_env(tmp_path / "home", env),
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert len(list((tmp_path / "shots").glob("*.png"))) >= 8
    assert log.read_text(encoding="utf-8") == ""


@pytest.mark.skipif(
    not _strace_works(), reason="strace is not installed or may not trace here (ptrace denied)"
)
def test_app_screens_open_no_internet_socket_in_native_code(tmp_path: Path) -> None:
    strace = shutil.which("strace")
    assert strace is not None
    log = tmp_path / "strace.log"
    result = subprocess.run(
        [strace, "-f", "-e", "trace=network", "-o", str(log), *_screens_command(tmp_path / "s")],
        env=cli_env(tmp_path / "home"),
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    calls = log.read_text(encoding="utf-8", errors="replace").splitlines()
    internet = [line for line in calls if _INTERNET.search(line)]
    assert internet == [], internet[:5]
