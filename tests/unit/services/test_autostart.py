"""Autostart entries for the reminder agent on Linux, macOS and Windows (built on any system)."""

from __future__ import annotations

import configparser
import json
import os
import plistlib
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ringoff.services import autostart as au

VAULT = "/home/ana/My Documents/family vault.ringoff"
COMMAND = ["/opt/Ringoff/ringoff", "agent", "--vault", VAULT]


class FakeRunKey:
    """Stands in for the per-user Run key, with the same three operations as the real one."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def query_value(self, name: str) -> str | None:
        return self.values.get(name)

    def set_value(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete_value(self, name: str) -> None:
        del self.values[name]


def _unescape_string_value(value: str) -> str:
    """Undo the Desktop Entry string escapes (\\s \\n \\t \\r \\\\), written independently."""
    out, i = [], 0
    table = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value) and value[i + 1] in table:
            out.append(table[value[i + 1]])
            i += 2
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def _parse_exec(path: Path) -> list[str]:
    """Read the file the way a session manager would and split Exec into arguments."""
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    raw = parser["Desktop Entry"]["Exec"]
    return [arg.replace("%%", "%") for arg in _split_exec(_unescape_string_value(raw))]


def _split_exec(line: str) -> list[str]:
    """Split an Exec line by the spec: spaces separate arguments; inside double quotes a
    backslash makes the next of " ` $ \\ literal. (shlex differs for $ and `, so not used.)"""
    args: list[str] = []
    i = 0
    while i < len(line):
        if line[i] == " ":
            i += 1
            continue
        if line[i] == '"':
            i += 1
            buf = []
            while line[i] != '"':
                if line[i] == "\\" and line[i + 1] in '"`$\\':
                    i += 1
                buf.append(line[i])
                i += 1
            i += 1
            args.append("".join(buf))
        else:
            end = line.find(" ", i)
            end = len(line) if end < 0 else end
            token = line[i:end]
            assert not any(c in token for c in "\"'\\ `$"), token  # would need quoting
            args.append(token)
            i = end
    return args


def test_linux_path_honours_xdg_config_home(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert au.autostart_path("linux", home, {}) == home / ".config/autostart" / (
        "ringoff-reminders.desktop"
    )
    custom = tmp_path / "cfg"
    assert au.autostart_path("linux", home, {"XDG_CONFIG_HOME": str(custom)}) == (
        custom / "autostart/ringoff-reminders.desktop"
    )
    # A relative value is invalid by the XDG spec and ignored.
    assert au.autostart_path("linux", home, {"XDG_CONFIG_HOME": "rel"}) == (
        home / ".config/autostart/ringoff-reminders.desktop"
    )
    assert au.autostart_path("freebsd14", home, {}) == au.autostart_path("linux", home, {})


def test_linux_install_parse_and_remove(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {"XDG_CONFIG_HOME": str(tmp_path / "config dir")}
    assert not au.is_installed("linux", home, env)
    entry = au.install("linux", COMMAND, home, env)
    path = au.autostart_path("linux", home, env)
    assert entry.location == str(path) and path.read_bytes() == entry.content
    assert au.is_installed("linux", home, env)

    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    section = parser["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["X-GNOME-Autostart-enabled"] == "true"
    assert section["NoDisplay"] == "true"
    assert section["Terminal"] == "false"
    assert section["Name[zh_CN]"]
    assert _parse_exec(path) == COMMAND
    assert '"/home/ana/My Documents/family vault.ringoff"' in section["Exec"]

    assert au.remove("linux", home, env) is True
    assert not au.is_installed("linux", home, env)
    assert list(path.parent.iterdir()) == []  # nothing left, not even a temp file
    assert au.remove("linux", home, env) is False


@pytest.mark.parametrize(
    "awkward",
    [
        '/tmp/it\'s a "vault".ringoff',
        "/tmp/back\\slash $HOME `id` 100%.ringoff",
        "/tmp/tab\there;&|<>~*?#()=.ringoff",
        "/tmp/plain.ringoff",
        "/tmp/中文 保险库.ringoff",
        "",
    ],
)
def test_exec_quoting_round_trips(tmp_path: Path, awkward: str) -> None:
    command = ["/opt/my apps/ringoff", "agent", "--vault", awkward]
    path = tmp_path / "entry.desktop"
    path.write_bytes(au.desktop_entry(command))
    assert _parse_exec(path) == command


def test_exec_leaves_simple_arguments_bare() -> None:
    assert au.exec_value(["/usr/bin/ringoff", "agent"]) == "/usr/bin/ringoff agent"
    assert au.exec_value(["ringoff", "50%"]) == "ringoff 50%%"
    # Inside quotes the spec escapes exactly " ` $ and the backslash.
    assert au.quote_exec_arg('a $b `c` "d" \\e') == r'"a \$b \`c\` \"d\" \\e"'
    # Then the key file's string rule doubles every backslash once more.
    assert au.exec_value(["x", "$b"]) == r'x "\\$b"'


@pytest.mark.parametrize("bad", [[], [""], ["ringoff", "a\nb"], ["ringoff", "a\x00"]])
def test_bad_commands_are_refused(tmp_path: Path, bad: list[str]) -> None:
    with pytest.raises(ValueError):
        au.install("linux", bad, tmp_path, {})
    assert not au.is_installed("linux", tmp_path, {})


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_linux_entry_is_private(tmp_path: Path) -> None:
    au.install("linux", COMMAND, tmp_path, {})
    mode = stat.S_IMODE(au.autostart_path("linux", tmp_path, {}).stat().st_mode)
    assert mode == 0o600


def test_macos_launch_agent(tmp_path: Path) -> None:
    path = au.autostart_path("darwin", tmp_path, {})
    assert path == tmp_path / "Library/LaunchAgents/org.ringoff.reminders.plist"
    entry = au.install("darwin", COMMAND, tmp_path, {"XDG_CONFIG_HOME": "/ignored"})
    assert entry.location == str(path)
    document = plistlib.loads(path.read_bytes())
    assert document["Label"] == "org.ringoff.reminders"
    assert document["ProgramArguments"] == COMMAND
    assert document["RunAtLoad"] is True
    assert au.is_installed("darwin", tmp_path, {})
    assert au.remove("darwin", tmp_path, {})
    assert not path.exists()


def test_windows_run_key(tmp_path: Path) -> None:
    registry = FakeRunKey()
    command = [
        r"C:\Program Files\Ringoff\ringoff-gui.exe",
        "agent",
        "--vault",
        r"C:\Users\Ana\My Vault\family.ringoff",
    ]
    assert not au.is_installed("win32", tmp_path, {}, registry=registry)
    entry = au.install("win32", command, tmp_path, {}, registry=registry)
    expected = (
        r'"C:\Program Files\Ringoff\ringoff-gui.exe" agent --vault '
        r'"C:\Users\Ana\My Vault\family.ringoff"'
    )
    assert registry.values == {"Ringoff reminders": expected}
    assert entry.location.endswith(r"CurrentVersion\Run\Ringoff reminders")
    assert au.is_installed("win32", tmp_path, {}, registry=registry)
    assert not any(tmp_path.iterdir())  # no file written on Windows
    assert au.remove("win32", tmp_path, {}, registry=registry) is True
    assert registry.values == {}
    assert au.remove("win32", tmp_path, {}, registry=registry) is False


def test_windows_has_no_path(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        au.autostart_path("win32", tmp_path, {})


@pytest.mark.skipif(os.name == "nt", reason="checks the guard on other systems")
def test_real_registry_refused_off_windows(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError):
        au.install("win32", COMMAND, tmp_path, {})


@pytest.mark.skipif(shutil.which("gio") is None, reason="needs GLib's gio launcher")
def test_glib_launches_the_entry_with_the_exact_arguments(tmp_path: Path) -> None:
    """A real desktop launcher (GLib) runs the entry; the program records what it received."""
    out = tmp_path / "argv.json"
    recorder = tmp_path / "record.py"
    recorder.write_text(
        "import json, os, sys\n"
        "open(sys.argv[1] + '.tmp', 'w').write(json.dumps(sys.argv[2:]))\n"
        "os.replace(sys.argv[1] + '.tmp', sys.argv[1])\n"
    )
    awkward = ['/tmp/it\'s a "v" $HOME `id` 100%.ringoff', "/tmp/中文 保险库", "back\\slash", ""]
    entry = tmp_path / "entry.desktop"
    entry.write_bytes(au.desktop_entry([sys.executable, str(recorder), str(out), *awkward]))
    subprocess.run(["gio", "launch", str(entry)], check=True, timeout=30, capture_output=True)
    deadline = time.monotonic() + 20
    while not out.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert json.loads(out.read_text()) == awkward


# --- the helper's command: never a console window on Windows ---------------------------------


def test_helper_command_on_windows_uses_the_windowed_programs(tmp_path: Path) -> None:
    vault = Path("C:/Users/wf/AppData/Roaming/Ringoff/ringoff.vault")
    frozen = au.helper_command(
        vault,
        platform="win32",
        executable=str(tmp_path / "Ringoff" / "ringoff-cli.exe"),
        frozen=True,
    )
    assert Path(frozen[0]).name == "ringoff.exe"  # not the console one
    assert frozen[1:] == ["agent", "--vault", str(vault)]
    python = tmp_path / "Python311" / "python.exe"
    python.parent.mkdir()
    python.write_bytes(b"")
    # No pythonw.exe beside it: python.exe is all there is.
    assert au.helper_command(vault, platform="win32", executable=str(python), frozen=False)[
        0
    ] == str(python)
    (python.parent / "pythonw.exe").write_bytes(b"")
    source = au.helper_command(vault, platform="win32", executable=str(python), frozen=False)
    assert Path(source[0]).name == "pythonw.exe"
    assert source[1:] == ["-m", "ringoff", "agent", "--vault", str(vault)]


def test_helper_command_elsewhere_is_the_same_program() -> None:
    vault = Path("/home/x/ringoff.vault")
    mac = au.helper_command(
        vault,
        platform="darwin",
        executable="/Applications/Ringoff.app/Contents/MacOS/ringoff",
        frozen=True,
    )
    assert mac == [
        "/Applications/Ringoff.app/Contents/MacOS/ringoff",
        "agent",
        "--vault",
        str(vault),
    ]
    linux = au.helper_command(vault, platform="linux", executable="/usr/bin/python3", frozen=False)
    assert linux == ["/usr/bin/python3", "-m", "ringoff", "agent", "--vault", str(vault)]


def test_the_helper_is_not_started_by_in_process_tests() -> None:
    assert au.start_helper(["/bin/true"]) is None  # the suite sets RINGOFF_TEST_NO_HELPER
