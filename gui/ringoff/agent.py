"""The reminder agent: a tray icon started at login that reads only the schedule file.

``ringoff agent --vault PATH`` runs it. It never opens the vault and never asks for the
passphrase: the schedule file beside the vault holds only due times and opaque keys
(:mod:`ringoff.storage.schedule`). When something is due it shows the one generic sentence
"Ringoff has a reminder for you" and records in the schedule file that it did, so the same
reminder is not shown again; the app learns about it after the next unlock.

It looks again at the next due time or after an hour, whichever is first (sleep and clock
changes are noticed at the next look). It exits at start when the app already has the same
vault open, and while the app runs it leaves the reminders to the app. "Open Ringoff" in its
menu starts the app.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QTimer  # noqa: TID251 (a Qt module outside services/)

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
    path = schedule_mod.schedule_path(vault_path)
    due = schedule_mod.due_keys(schedule_mod.read_schedule(path), now_utc)
    if due:
        schedule_mod.acknowledge(path, due)
    return len(due)


class Agent(QObject):
    """The agent's loop: check, notify generically, plan the next look (never > 1 hour)."""

    def __init__(
        self,
        vault_path: Path,
        notify: Callable[[str], bool],
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
        self.notify = notify  # returns False when the message could not be shown
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
        from .i18n import translate

        now = self.clock().astimezone(UTC)
        shown = 0
        schedule = schedule_mod.read_schedule(self.schedule_path)
        due = schedule_mod.due_keys(schedule, now)
        # While the app has the vault open it shows the reminders itself, in full.
        if due and not self.app_running() and self.notify(translate(locked_text())):
            # A read-only folder must not stop the agent: the reminder shows again next time.
            with contextlib.suppress(OSError, UserError):
                schedule_mod.acknowledge(self.schedule_path, due)
            shown = len(due)
        upcoming = schedule_mod.next_due(schedule_mod.read_schedule(self.schedule_path), now)
        wake = now + self.max_wait
        if upcoming is not None and upcoming < wake:
            wake = upcoming
        ms = int((wake - now).total_seconds() * 1000) + 500
        ms = max(1000, min(int(self.max_wait.total_seconds() * 1000), ms))
        self.longest_ms = max(self.longest_ms, ms)
        self.timer.start(ms)
        return shown


def run_agent(vault_path: Path) -> int:
    """Run the agent until the user chooses Quit (or the session ends)."""
    from PySide6.QtWidgets import QApplication  # noqa: TID251

    from . import APP_NAME
    from .services.notifier import TrayNotifier, tray_available

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setQuitOnLastWindowClosed(False)
    if app_is_running(vault_path):
        return 0

    tray: list[TrayNotifier] = []

    def notify(message: str) -> bool:
        # The tray may appear a little after login: try again at every look.
        if not tray:
            if not tray_available():
                return False
            icon = TrayNotifier(app, with_lock=False)
            icon.open_requested.connect(open_app)
            icon.quit_requested.connect(app.quit)
            tray.append(icon)
        tray[0].notify(message)
        return True

    def open_app() -> None:
        if not app_is_running(vault_path):
            subprocess.Popen(app_command(vault_path), close_fds=True)

    agent = Agent(vault_path, notify, parent=app)
    if tray_available():
        notify_ready = TrayNotifier(app, with_lock=False)
        notify_ready.open_requested.connect(open_app)
        notify_ready.quit_requested.connect(app.quit)
        tray.append(notify_ready)
    agent.check()
    return int(app.exec())
