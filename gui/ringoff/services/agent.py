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
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from ..core.errors import UserError
from ..core.reminders import DEFAULT_MAX_WAIT, locked_text
from ..storage import schedule as schedule_mod
from .helper import (
    OPEN_REMINDER_ENV,
    HelperServer,
    helper_is_running,
    helper_server_name,
    stop_helper,
    turn_off,
    turn_on,
)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def app_is_running(vault_path: Path, timeout_ms: int = 300) -> bool:
    """Whether a Ringoff window has this vault open: only connects, never sends anything.

    (services.single_instance.ask_running_instance would also bring that window forward.)
    """
    from PySide6.QtNetwork import QLocalSocket  # noqa: TID251

    from .single_instance import server_name

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
    from .translations import translate

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


__all__ = [
    "OPEN_REMINDER_ENV",
    "Agent",
    "HelperServer",
    "helper_is_running",
    "helper_server_name",
    "notify_due",
    "run_agent",
    "stop_helper",
    "take_due",
    "turn_off",
    "turn_on",
]


def run_agent(vault_path: Path) -> int:
    """Run the helper until the session ends (or Quit in its tray menu, where it has one).

    It shows the system's own notifications; a tray icon appears only where those cannot be
    shown, and never while the app is open (the app then has the vault and any icon).
    """
    import os

    from PySide6.QtWidgets import QApplication  # noqa: TID251

    from .. import APP_NAME
    from .notifier import make_notifier

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName("ringoff")
    app.setQuitOnLastWindowClosed(False)
    hide_from_dock()
    from .translations import install_on_application

    install_on_application()

    def open_app(tag: str = "") -> None:
        if app_is_running(vault_path):
            from .single_instance import ask_running_instance

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
    from .quit_signals import QuitOnSignals

    quitter = QuitOnSignals(app.quit, parent=app)  # log-out and `kill` end it the normal way
    try:
        return int(app.exec())
    finally:
        quitter.close()


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
    # As in services/autolock.py: a crash inside the Objective-C runtime leaves the marker, and
    # the next start keeps its Dock icon rather than never showing a reminder again.
    from ..storage.resources import cache_dir

    marker = cache_dir() / "mac-dock-policy-trying"
    if marker.exists():
        return False
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_bytes(b"")
    except OSError:
        return False
    try:
        done = _set_accessory_policy()
    except Exception:  # a missing framework: a Dock icon is better than no helper
        done = False
    with contextlib.suppress(OSError):
        marker.unlink()
    return done


def _set_accessory_policy() -> bool:
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
