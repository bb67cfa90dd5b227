"""Notifications on Windows (toasts) and macOS (the notification centre), via desktop-notifier.

desktop-notifier (https://desktop-notifier.readthedocs.io/, a well-kept library, pure Python on
these two systems) does the platform work:

* Windows 10/11: a toast through the WinRT ``ToastNotificationManager``. An unpackaged desktop
  program needs an AppUserModelID registered under
  ``HKCU\\Software\\Classes\\AppUserModelId\\<id>`` before ``CreateToastNotifier(id)`` works
  (Microsoft: "Send a local app notification from other types of unpackaged apps",
  https://learn.microsoft.com/en-us/windows/apps/design/shell/tiles-and-notifications/send-local-toast-other-apps);
  the library writes that key (id "Ringoff"), and packaging/windows/ringoff.iss deletes it on
  uninstall. A click raises the toast's ``Activated`` event, which the library hands to the
  asyncio loop that sent it.
* macOS 11+: ``UNUserNotificationCenter``; the first notification asks the person for
  permission (Apple: "Asking permission to use notifications",
  https://developer.apple.com/documentation/usernotifications/asking-permission-to-use-notifications).
  Apple only allows it for a program inside an app bundle with a bundle identifier (Ringoff.app
  has ``org.ringoff.Ringoff``); from a source checkout it fails and the tray is used instead.

The library is asynchronous. Its callbacks are scheduled on the asyncio loop that sent the
notification, so this module keeps one loop of its own and lets it run for a moment every
quarter of a second from a QTimer while a notification may still be clicked: no thread, and the
Qt event loop stays the only real one.
"""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import QObject, QTimer

from .notify_base import Notifier

APP_NAME = "Ringoff"
#: How often the library's loop is allowed to run while notifications are on screen.
PUMP_MS = 250
#: Stop pumping after this long without a click (notifications are still in the centre, but a
#: click then simply opens Ringoff through the platform, which starts the app).
PUMP_FOR_MS = 6 * 60 * 60 * 1000


def _load_library() -> Any:
    """The desktop-notifier module, or None when it is not installed here."""
    try:
        import desktop_notifier
    except ImportError:
        return None
    return desktop_notifier


def _app_icon(library: Any) -> Any:
    """Ringoff's icon as the library's Icon (Windows wants .png or .ico), or None."""
    from ..storage.resources import icon_path

    for name in ("ringoff.png", "ringoff.ico"):
        try:
            path = icon_path(name)
        except Exception:
            continue
        if path.is_file():
            return library.Icon(path=path)
    return None


class NativeNotifier(Notifier):
    """Windows toasts or the macOS notification centre."""

    shows_messages = True

    def __init__(
        self,
        library: Any,
        platform: str,
        *,
        title: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = "windows" if platform == "win32" else "macos"
        self.title = title or self.tr("Ringoff")
        self.library = library
        self.loop = asyncio.new_event_loop()
        # Never the library's default icon (Python's logo): ours, or none.
        self.backend = library.DesktopNotifier(app_name=APP_NAME, app_icon=_app_icon(library))
        self.last_error = ""
        self.pump = QTimer(self)
        self.pump.setInterval(PUMP_MS)
        self.pump.timeout.connect(self.step)
        self._pump_left_ms = 0

    def step(self) -> None:
        """Let the library's loop run its ready callbacks (a click, a dismissal), then return."""
        self.loop.call_soon(self.loop.stop)
        self.loop.run_forever()
        self._pump_left_ms -= PUMP_MS
        if self._pump_left_ms <= 0:
            self.pump.stop()

    def notify(self, message: str, *, tag: str = "") -> bool:
        def clicked() -> None:
            self.clicked.emit(tag)

        try:
            self.loop.run_until_complete(
                self.backend.send(title=self.title, message=message, on_clicked=clicked)
            )
        except Exception as exc:  # no permission, no bundle, WinRT missing: use the tray
            self.last_error = f"{type(exc).__name__}: {exc}"
            return False
        self._pump_left_ms = PUMP_FOR_MS
        self.pump.start()
        return True

    def close(self) -> None:
        self.pump.stop()
        if not self.loop.is_closed():
            self.loop.close()


def native_notifier(
    platform: str, parent: QObject | None = None, *, library: Any = None
) -> Notifier | None:
    """Windows toasts or macOS notifications, or None (no library here, or not these systems)."""
    if platform not in ("win32", "darwin"):
        return None
    library = library if library is not None else _load_library()
    if library is None:
        return None
    try:
        return NativeNotifier(library, platform, parent=parent)
    except Exception:  # the platform refused to set up (old Windows, no WinRT): the tray then
        return None
