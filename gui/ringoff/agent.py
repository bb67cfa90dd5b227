"""The reminder helper ("agent"): started at login, reads only the schedule file.

``ringoff agent --vault PATH`` runs it. It never opens the vault and never asks for the
passphrase: the schedule file beside the vault holds only due times and opaque keys
(:mod:`ringoff.storage.schedule`). When something is due it shows the one generic sentence
"Ringoff has a reminder for you" as the system's own notification (a tray icon only where
there is none) and records in the schedule file that it did, so the same reminder is not
shown again, and one missed while the computer was off is shown once at the next start; the
app learns about it after the next unlock. Clicking the notification opens Ringoff, which goes
to the number after unlock.

It looks again at the next due time or after an hour, whichever is first (sleep and clock
changes are noticed at the next look). While the app has the same vault open it leaves
the reminders to the app.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal  # noqa: TID251 (Qt outside services/)

from .core.errors import UserError
from .core.reminders import DEFAULT_MAX_WAIT, locked_text
from .storage import schedule as schedule_mod


def _utc_now() -> datetime:
    return datetime.now(UTC)


def app_is_running(vault_path: Path, timeout_ms: int = 300) -> bool:
    """Whether a Ringoff window has this vault open: only connects, never sends anything.

    (services.single_instance.ask_running_instance would also bring that window forward.)
    """
    from PySide6.QtNetwork import QLocalSocket  # noqa: TID251

    from .services.single_instance import server_name

    socket = QLocalSocket()
    socket.connectToServer(server_name(vault_path))
    connected = bool(socket.waitForConnected(timeout_ms))
    if connected:
        socket.abort()
    return connected


def app_command(vault_path: Path) -> list[str]:
    """How to start the app on this vault, from a packaged build or a source checkout."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--vault", str(vault_path)]
    return [sys.executable, "-m", "ringoff", "--vault", str(vault_path)]


def check_once(vault_path: Path, now_utc: datetime) -> int:
    """How many reminders are due now; they are marked as shown in the schedule file."""
    return len(take_due(vault_path, now_utc))


def take_due(vault_path: Path, now_utc: datetime) -> list[str]:
    """The opaque keys due now (oldest first), marked as shown in the schedule file."""
    path = schedule_mod.schedule_path(vault_path)
    due = schedule_mod.due_keys(schedule_mod.read_schedule(path), now_utc)
    if due:
        # A read-only folder must not stop the reminder: it may show again next time.
        with contextlib.suppress(OSError, UserError):
            schedule_mod.acknowledge(path, due)
    return due


def notify_due(
    vault_path: Path, now_utc: datetime, notify: Callable[[str, str], bool]
) -> tuple[int, bool]:
    """The one path shared by the helper and ``ringoff remind --notify``.

    Shows the generic sentence once for whatever is due (its tag is the newest opaque key, so a
    click can open the right number after unlock) and marks it as shown only when it reached
    the person. Returns (how many reminders were due, whether the notification was shown).
    """
    from .i18n import translate

    path = schedule_mod.schedule_path(vault_path)
    due = schedule_mod.due_keys(schedule_mod.read_schedule(path), now_utc)
    if not due:
        return 0, False
    if not notify(translate(locked_text()), due[-1]):
        return len(due), False
    with contextlib.suppress(OSError, UserError):
        schedule_mod.acknowledge(path, due)
    return len(due), True


class Agent(QObject):
    """The helper's loop: check, notify generically, plan the next look (never > 1 hour).

    *notify(message, tag)* returns False when the message could not be shown.
    """

    def __init__(
        self,
        vault_path: Path,
        notify: Callable[[str, str], bool],
        *,
        clock: Callable[[], datetime] = _utc_now,
        app_running: Callable[[], bool] | None = None,
        max_wait: timedelta = DEFAULT_MAX_WAIT,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if max_wait > DEFAULT_MAX_WAIT:
            raise ValueError("the agent never waits longer than one hour")
        self.vault_path = vault_path
        self.notify = notify
        self.clock = clock
        self.app_running = app_running or (lambda: app_is_running(vault_path))
        self.max_wait = max_wait
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        self.longest_ms = 0

    @property
    def schedule_path(self) -> Path:
        return schedule_mod.schedule_path(self.vault_path)

    def check(self) -> int:
        """One look at the schedule; returns how many reminders were shown now."""
        now = self.clock().astimezone(UTC)
        shown = 0
        due = schedule_mod.due_keys(schedule_mod.read_schedule(self.schedule_path), now)
        # While the app has the vault open it shows the reminders itself, in full.
        if due and not self.app_running():
            count, ok = notify_due(self.vault_path, now, self.notify)
            shown = count if ok else 0
        upcoming = schedule_mod.next_due(schedule_mod.read_schedule(self.schedule_path), now)
        wake = now + self.max_wait
        if upcoming is not None and upcoming < wake:
            wake = upcoming
        ms = int((wake - now).total_seconds() * 1000) + 500
        ms = max(1000, min(int(self.max_wait.total_seconds() * 1000), ms))
        self.longest_ms = max(self.longest_ms, ms)
        self.timer.start(ms)
        return shown


#: The app reads this at start: the opaque key of the reminder whose notification was clicked.
OPEN_REMINDER_ENV = "RINGOFF_OPEN_REMINDER"


def run_agent(vault_path: Path) -> int:
    """Run the helper until the session ends (or Quit in its tray menu, where it has one).

    It shows the system's own notifications; a tray icon appears only where those cannot be
    shown, and never while the app is open (the app then has the vault and any icon).
    """
    import os

    from PySide6.QtWidgets import QApplication  # noqa: TID251

    from . import APP_NAME
    from .services.notifier import make_notifier

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName("ringoff")
    app.setQuitOnLastWindowClosed(False)
    hide_from_dock()
    from .i18n import install_on_application

    install_on_application()

    def open_app(tag: str = "") -> None:
        if app_is_running(vault_path):
            from .services.single_instance import ask_running_instance

            ask_running_instance(vault_path)
            return
        env = dict(os.environ)
        if tag:
            env[OPEN_REMINDER_ENV] = tag
        subprocess.Popen(app_command(vault_path), close_fds=True, env=env)

    if helper_is_running(vault_path):
        return 0  # one helper per vault: a second would show everything twice
    server = HelperServer(vault_path, app)
    server.quit_requested.connect(app.quit)

    notifier = make_notifier(app, with_lock=False)
    notifier.open_requested.connect(open_app)
    notifier.clicked.connect(open_app)
    notifier.quit_requested.connect(app.quit)

    def notify(message: str, tag: str) -> bool:
        return notifier.notify(message, tag=tag)

    agent = Agent(vault_path, notify, parent=app)

    def one_icon_at_most() -> None:
        # A tray icon made as a fallback goes away while the app is open (it has its own).
        fallback = getattr(notifier, "fallback", None)
        if fallback is not None and app_is_running(vault_path):
            fallback.close()
            notifier.fallback = None  # type: ignore[attr-defined]

    watch = QTimer(app)
    watch.setInterval(60_000)
    watch.timeout.connect(one_icon_at_most)
    watch.start()
    agent.check()
    return int(app.exec())


def hide_from_dock(platform: str | None = None) -> bool:
    """macOS: run as an accessory (no Dock icon, no menu bar), as an LSUIElement app would.

    The helper is the same executable as the app, whose Info.plist keeps LSUIElement false; so
    it sets the activation policy itself: ``[NSApp setActivationPolicy:
    NSApplicationActivationPolicyAccessory]`` (Apple: https://developer.apple.com/documentation/
    appkit/nsapplication/setactivationpolicy(_:) and .../nsapplication/activationpolicy/
    accessory). Called before any window exists. True when the policy was set.
    """
    if (platform or sys.platform) != "darwin":
        return False
    import ctypes
    import ctypes.util

    try:
        objc = ctypes.CDLL(ctypes.util.find_library("objc") or "libobjc.dylib")
        ctypes.CDLL(ctypes.util.find_library("AppKit") or "AppKit.framework/AppKit")
    except OSError:
        return False
    objc.objc_getClass.restype = ctypes.c_void_p
    objc.objc_getClass.argtypes = [ctypes.c_char_p]
    objc.sel_registerName.restype = ctypes.c_void_p
    objc.sel_registerName.argtypes = [ctypes.c_char_p]
    send = objc.objc_msgSend
    send.restype = ctypes.c_void_p
    send.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    ns_app = send(objc.objc_getClass(b"NSApplication"), objc.sel_registerName(b"sharedApplication"))
    if not ns_app:
        return False
    set_policy = ctypes.CFUNCTYPE(ctypes.c_bool, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_long)(
        ctypes.cast(objc.objc_msgSend, ctypes.c_void_p).value
    )
    accessory = 1  # NSApplicationActivationPolicyAccessory
    return bool(set_policy(ns_app, objc.sel_registerName(b"setActivationPolicy:"), accessory))


# --- one helper per vault; on, off and status ---------------------------------------------


def helper_server_name(vault_path: Path) -> str:
    from .services.single_instance import server_name

    return server_name(vault_path) + "-helper"


def helper_is_running(vault_path: Path, timeout_ms: int = 300) -> bool:
    """Whether a helper is running for this vault (only connects)."""
    from PySide6.QtNetwork import QLocalSocket  # noqa: TID251

    socket = QLocalSocket()
    socket.connectToServer(helper_server_name(vault_path))
    connected = bool(socket.waitForConnected(timeout_ms))
    if connected:
        socket.abort()
    return connected


def stop_helper(vault_path: Path, timeout_ms: int = 500) -> bool:
    """Ask the running helper of this vault to quit; True if one was asked."""
    from PySide6.QtNetwork import QLocalSocket  # noqa: TID251

    socket = QLocalSocket()
    socket.connectToServer(helper_server_name(vault_path))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(b"quit")
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True


class HelperServer(QObject):
    """The helper's local socket: it tells others that it runs, and hears "quit"."""

    quit_requested = Signal()

    def __init__(self, vault_path: Path, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer  # noqa: TID251

        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = helper_server_name(vault_path)
        if not self._server.listen(name):
            QLocalServer.removeServer(name)  # left by a crash: nobody answered a moment ago
            self._server.listen(name)
        self._server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            conn = self._server.nextPendingConnection()
            conn.readyRead.connect(lambda c=conn: self._read(c))

    def _read(self, conn: object) -> None:
        data = bytes(conn.readAll().data())  # type: ignore[attr-defined]
        if data.startswith(b"quit"):
            self.quit_requested.emit()

    def close(self) -> None:
        self._server.close()


def user_place() -> tuple[str, Path, Mapping[str, str]]:
    """Platform, home folder and environment of this user (tests pass their own)."""
    import os

    return sys.platform, Path.home(), os.environ


def turn_on(
    vault_path: Path,
    place: tuple[str, Path, Mapping[str, str]] | None = None,
    *,
    start: bool = True,
    command: list[str] | None = None,
) -> str:
    """Start the helper at every login from now on, and now (unless one runs); its entry."""
    from .services import autostart

    platform, home, env = place or user_place()
    command = command or autostart.helper_command(vault_path.resolve(), platform=platform)
    entry = autostart.install(platform, command, home, env)
    if start and not helper_is_running(vault_path):
        autostart.start_helper(command, platform)
    return entry.location


def turn_off(vault_path: Path, place: tuple[str, Path, Mapping[str, str]] | None = None) -> bool:
    """No helper at login any more, and the running one quits; True if there was an entry."""
    from .services import autostart

    platform, home, env = place or user_place()
    removed = autostart.remove(platform, home, env)
    stop_helper(vault_path)
    return removed


def status(
    vault_path: Path,
    now_utc: datetime,
    place: tuple[str, Path, Mapping[str, str]] | None = None,
) -> dict[str, object]:
    """What ``ringoff reminders status --json`` prints (reads no vault, only the schedule)."""
    from .services import autostart

    platform, home, env = place or user_place()
    try:
        location = autostart.entry_location(platform, home, env)
    except (OSError, RuntimeError, ValueError):
        location = None
    schedule = schedule_mod.read_schedule(schedule_mod.schedule_path(vault_path))
    upcoming = schedule_mod.next_due(schedule, now_utc)
    return {
        "on": location is not None,
        "login_entry": location,
        "helper_running": helper_is_running(vault_path),
        "due_now": len(schedule_mod.due_keys(schedule, now_utc)),
        "next": upcoming.astimezone(UTC).isoformat().replace("+00:00", "Z") if upcoming else None,
    }
