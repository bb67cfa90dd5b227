"""Starting the reminder agent when the user logs in (only if they agree).

Pure Python, no Qt. The platform, home folder and environment are passed in, so every platform's
entry can be built and tested anywhere:

* Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/ringoff-reminders.desktop``
  (``~/.config`` when the variable is unset or not absolute), a Desktop Entry with the command
  quoted as the Desktop Entry Specification's "Exec key" section requires.
* macOS: ``~/Library/LaunchAgents/org.ringoff.reminders.plist`` with ``RunAtLoad``; it takes
  effect at the next login.
* Windows: a value under the per-user Run key (``HKCU\\...\\CurrentVersion\\Run``), which starts
  the program without a console window flashing, provided the command is the windowed
  executable. The registry is reached through a small writer object; on Windows it defaults to
  one backed by ``winreg``, elsewhere tests pass a fake with the same three methods.

The command is given by the caller, typically ``[executable, "agent", "--vault", path]``.
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ..storage.atomic import make_private_dirs, write_atomic

LAUNCH_AGENT_LABEL = "org.ringoff.reminders"
DESKTOP_FILE_NAME = "ringoff-reminders.desktop"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE_NAME = "Ringoff reminders"
FILE_MODE = 0o600

# Characters that force an Exec argument into double quotes (Desktop Entry Specification, "The
# Exec key"), plus "=", which is harmless to quote. "%" is doubled instead (see below).
_EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`=")
# Inside double quotes these four take a backslash.
_EXEC_ESCAPED_IN_QUOTES = frozenset('"`$\\')


class RunKeyWriter(Protocol):
    """The three registry operations needed on the per-user Run key (winreg-like)."""

    def query_value(self, name: str) -> str | None: ...

    def set_value(self, name: str, value: str) -> None: ...

    def delete_value(self, name: str) -> None: ...


class WinRegRunKey:
    """The real per-user Run key, through the standard ``winreg`` module (Windows only)."""

    def __init__(self) -> None:
        if sys.platform != "win32":
            raise RuntimeError("the Windows registry is only available on Windows")

    def query_value(self, name: str) -> str | None:
        if sys.platform != "win32":  # narrows the platform for type checkers
            raise RuntimeError("Windows only")
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                value, _kind = winreg.QueryValueEx(key, name)
        except FileNotFoundError:
            return None
        return str(value)

    def set_value(self, name: str, value: str) -> None:
        if sys.platform != "win32":
            raise RuntimeError("Windows only")
        import winreg

        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)

    def delete_value(self, name: str) -> None:
        if sys.platform != "win32":
            raise RuntimeError("Windows only")
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, name)
        except FileNotFoundError:
            pass


@dataclass(frozen=True)
class AutostartEntry:
    """What :func:`install` puts in place on one platform."""

    platform: str  # "win32", "darwin", or anything else for an XDG desktop
    location: str  # the file's path, or the registry key and value name
    content: bytes  # the file's bytes, or the registry value (UTF-8)


def _family(platform: str) -> str:
    if platform == "win32":
        return "windows"
    if platform == "darwin":
        return "macos"
    return "xdg"


def _check_command(command: Sequence[str]) -> list[str]:
    args = list(command)
    if not args or not all(isinstance(a, str) for a in args):
        raise ValueError("command must be a non-empty list of strings")
    if not args[0]:
        raise ValueError("the program must not be empty")
    for arg in args:
        if any(c in arg for c in "\n\r\x00"):
            raise ValueError("command arguments must not contain line breaks or NUL")
    return args


def autostart_path(platform: str, home: Path, env: Mapping[str, str]) -> Path:
    """The file that starts the agent at login. Windows uses the registry: ValueError there."""
    family = _family(platform)
    if family == "windows":
        raise ValueError("on Windows the entry is a registry value, not a file")
    if family == "macos":
        return home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"
    config = env.get("XDG_CONFIG_HOME", "")
    # The XDG Base Directory spec says a relative path in the variable is to be ignored.
    base = Path(config) if config and os.path.isabs(config) else home / ".config"
    return base / "autostart" / DESKTOP_FILE_NAME


def quote_exec_arg(arg: str) -> str:
    """One argument as the Desktop Entry Exec key wants it, before the string-value escaping."""
    if arg == "" or any(c in _EXEC_RESERVED for c in arg):
        inner = "".join("\\" + c if c in _EXEC_ESCAPED_IN_QUOTES else c for c in arg)
        arg = f'"{inner}"'
    # A literal percent sign is written twice, or it would start a field code.
    return arg.replace("%", "%%")


def exec_value(command: Sequence[str]) -> str:
    """The full ``Exec=`` value: quoted arguments, then the key file's string escapes."""
    line = " ".join(quote_exec_arg(a) for a in _check_command(command))
    # Values of type string escape the backslash (and control characters) once more.
    return line.replace("\\", "\\\\").replace("\t", "\\t")


def desktop_entry(command: Sequence[str]) -> bytes:
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.5",
        "Name=Ringoff reminders",
        "Name[zh_CN]=号码解绑助手提醒",
        "Comment=Shows Ringoff's reminders after you log in",
        "Comment[zh_CN]=登录后显示号码解绑助手的提醒",
        f"Exec={exec_value(command)}",
        "Terminal=false",
        "NoDisplay=true",
        "X-GNOME-Autostart-enabled=true",
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def launch_agent(command: Sequence[str]) -> bytes:
    document = {
        "Label": LAUNCH_AGENT_LABEL,
        "ProgramArguments": _check_command(command),
        "RunAtLoad": True,
        "ProcessType": "Interactive",
        "LimitLoadToSessionType": "Aqua",  # only in a logged-in graphical session
    }
    return plistlib.dumps(document, fmt=plistlib.FMT_XML, sort_keys=True)


def windows_command_line(command: Sequence[str]) -> str:
    """The command as one Windows command line (the C runtime's quoting rules)."""
    return subprocess.list2cmdline(_check_command(command))


def autostart_entry(
    platform: str, command: Sequence[str], home: Path, env: Mapping[str, str]
) -> AutostartEntry:
    """The entry :func:`install` would write, without writing it."""
    family = _family(platform)
    if family == "windows":
        value = windows_command_line(command)
        return AutostartEntry(
            platform, f"HKEY_CURRENT_USER\\{RUN_KEY}\\{RUN_VALUE_NAME}", value.encode("utf-8")
        )
    path = autostart_path(platform, home, env)
    content = launch_agent(command) if family == "macos" else desktop_entry(command)
    return AutostartEntry(platform, str(path), content)


def _registry(registry: RunKeyWriter | None) -> RunKeyWriter:
    if registry is not None:
        return registry
    return WinRegRunKey()


def install(
    platform: str,
    command: Sequence[str],
    home: Path,
    env: Mapping[str, str],
    *,
    registry: RunKeyWriter | None = None,
) -> AutostartEntry:
    """Start the agent at every login from now on (replacing any older entry)."""
    entry = autostart_entry(platform, command, home, env)
    if _family(platform) == "windows":
        _registry(registry).set_value(RUN_VALUE_NAME, entry.content.decode("utf-8"))
    else:
        _write_file(Path(entry.location), entry.content)
    return entry


def remove(
    platform: str,
    home: Path,
    env: Mapping[str, str],
    *,
    registry: RunKeyWriter | None = None,
) -> bool:
    """Stop starting the agent at login; True if there was an entry to remove."""
    if _family(platform) == "windows":
        writer = _registry(registry)
        if writer.query_value(RUN_VALUE_NAME) is None:
            return False
        writer.delete_value(RUN_VALUE_NAME)
        return True
    path = autostart_path(platform, home, env)
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True


def is_installed(
    platform: str,
    home: Path,
    env: Mapping[str, str],
    *,
    registry: RunKeyWriter | None = None,
) -> bool:
    """Whether an entry exists (whatever command it holds)."""
    if _family(platform) == "windows":
        return _registry(registry).query_value(RUN_VALUE_NAME) is not None
    return autostart_path(platform, home, env).is_file()


def _write_file(path: Path, data: bytes) -> None:
    """Write *path* atomically, owner-only, creating its folder if needed."""
    make_private_dirs(path.parent)
    write_atomic(path, data, FILE_MODE)


# --- the helper's command, and starting it at once ----------------------------------------


def helper_command(
    vault_path: Path,
    *,
    platform: str | None = None,
    executable: str | None = None,
    frozen: bool | None = None,
) -> list[str]:
    """How the reminder helper is started, for the packaged app or a source install.

    Windows must start a windowed program, or a console window would stay open all day: the
    packaged folder's ``ringoff.exe`` (not ``ringoff-cli.exe``), or ``pythonw.exe`` beside
    ``python.exe`` (see packaging/README.md, "The executables").
    """
    platform = platform or sys.platform
    executable = executable or sys.executable
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    program = Path(executable)
    if platform == "win32":
        name = program.name.lower()
        if frozen and name == "ringoff-cli.exe":
            program = program.with_name("ringoff.exe")
        elif not frozen and name == "python.exe":
            windowed = program.with_name("pythonw.exe")
            program = windowed if windowed.exists() else program
    if frozen:
        return [str(program), "agent", "--vault", str(vault_path)]
    return [str(program), "-m", "ringoff", "agent", "--vault", str(vault_path)]


#: Set by the test suite: in-process tests never leave a helper process behind.
NO_START_ENV = "RINGOFF_TEST_NO_HELPER"


def start_helper(
    command: Sequence[str], platform: str | None = None
) -> subprocess.Popen[bytes] | None:
    """Start the helper now, detached from this process (it outlives the app and the CLI)."""
    platform = platform or sys.platform
    args = _check_command(command)
    if os.environ.get(NO_START_ENV):
        return None
    if platform == "win32":
        # DETACHED_PROCESS | CREATE_NEW_PROCESS_GROUP | CREATE_NO_WINDOW (Process Creation
        # Flags: https://learn.microsoft.com/en-us/windows/win32/procthread/process-creation-flags)
        flags = 0x00000008 | 0x00000200 | 0x08000000
        return subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            close_fds=True,
            creationflags=flags,
        )
    return subprocess.Popen(
        args,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        close_fds=True,
        start_new_session=True,
    )


def entry_location(
    platform: str, home: Path, env: Mapping[str, str], *, registry: RunKeyWriter | None = None
) -> str | None:
    """Where the login entry is (a file, or the registry value), or None when there is none."""
    if not is_installed(platform, home, env, registry=registry):
        return None
    if _family(platform) == "windows":
        return f"HKEY_CURRENT_USER\\{RUN_KEY}\\{RUN_VALUE_NAME}"
    return str(autostart_path(platform, home, env))


def this_computer() -> tuple[str, Path, Mapping[str, str]]:
    """Platform, home folder and environment the login entry is written for (tests replace
    this one function to keep the entry in a temporary home)."""
    return sys.platform, Path.home(), os.environ
