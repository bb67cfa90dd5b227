"""Telling the user about a reminder outside the window: the system's own notifications.

:class:`Notifier` is the small interface the reminder clock and the helper talk to. One
implementation per platform, chosen at run time by :func:`make_notifier` (the shape Vorta uses):

* Linux and other freedesktop desktops: :class:`~ringoff.services.notify_freedesktop.
  FreedesktopNotifier`, the ``org.freedesktop.Notifications`` service on the session bus.
* Windows: toast notifications; macOS: the notification centre
  (:mod:`ringoff.services.notify_native`, through the desktop-notifier library).
* :class:`TrayNotifier`, a tray icon and its balloon messages, only where none of those works;
  and :class:`BannerOnlyNotifier` where there is no tray either (the home page's banner is
  then the only place reminders appear). :class:`FakeNotifier` records messages for tests.

A notification carries a *tag*, given back by :attr:`Notifier.clicked` when the person clicks
it: the app uses it to open the number the reminder is about (after unlock). The caller decides
the words; while locked they must be only "Ringoff has a reminder for you".

``RINGOFF_NOTIFY`` chooses by hand: ``auto`` (the default), ``freedesktop``, ``native``,
``tray`` or ``none`` (the test suite sets ``none`` so no test reaches a real desktop).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QSystemTrayIcon

from .notify_base import Notifier

ENV_CHOICE = "RINGOFF_NOTIFY"


class BannerOnlyNotifier(Notifier):
    """No way to notify on this system: nothing to show outside the window."""

    def notify(self, message: str, *, tag: str = "") -> bool:
        return False


class FakeNotifier(Notifier):
    """Keeps every message (and its tag), for tests."""

    shows_messages = True
    kind = "fake"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.messages: list[str] = []
        self.tags: list[str] = []
        self.locked: bool | None = None

    def notify(self, message: str, *, tag: str = "") -> bool:
        self.messages.append(message)
        self.tags.append(tag)
        return True

    def set_locked(self, locked: bool) -> None:
        self.locked = locked


def app_icon() -> QIcon:
    """The window icon; Qt's information icon only when the application has none."""
    app = QApplication.instance()
    icon = app.windowIcon() if isinstance(app, QApplication) else QIcon()
    if icon.isNull():
        from ..storage.resources import icon_path

        icon = QIcon(str(icon_path("ringoff.svg")))
    if icon.isNull() and isinstance(app, QApplication):
        icon = app.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
    return icon


class TrayNotifier(Notifier):
    """A tray icon with a small menu; messages appear as the system's tray balloons."""

    shows_messages = True
    kind = "tray"
    has_tray_icon = True

    def __init__(self, parent: QObject | None = None, *, with_lock: bool = True) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.icon.setToolTip(self.tr("Ringoff"))
        self.menu = QMenu()
        self.menu.setAccessibleName(self.tr("Ringoff menu"))
        self.open_action = QAction(self.tr("Open Ringoff"), self.menu)
        self.open_action.triggered.connect(self.open_requested)
        self.menu.addAction(self.open_action)
        self.lock_action: QAction | None = None
        if with_lock:
            self.lock_action = QAction(self.tr("Lock"), self.menu)
            self.lock_action.triggered.connect(self.lock_requested)
            self.menu.addAction(self.lock_action)
        self.menu.addSeparator()
        self.quit_action = QAction(self.tr("Quit"), self.menu)
        self.quit_action.triggered.connect(self.quit_requested)
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self._last_tag = ""
        self.icon.messageClicked.connect(lambda: self.clicked.emit(self._last_tag))
        self.icon.show()

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()

    def notify(self, message: str, *, tag: str = "") -> bool:
        self._last_tag = tag
        self.icon.showMessage(
            self.tr("Ringoff"), message, QSystemTrayIcon.MessageIcon.Information, 0
        )
        return True

    def set_locked(self, locked: bool) -> None:
        if self.lock_action is not None:
            self.lock_action.setEnabled(not locked)

    def close(self) -> None:
        self.icon.hide()
        self.menu.deleteLater()


class FallbackNotifier(Notifier):
    """The system's notifications, and a tray icon made only if they fail one day."""

    shows_messages = True

    def __init__(
        self,
        primary: Notifier,
        make_fallback: Callable[[], Notifier | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.primary = primary
        self.kind = primary.kind
        self._make_fallback = make_fallback
        self.fallback: Notifier | None = None
        self._locked: bool | None = None
        primary.clicked.connect(self.clicked)

    @property
    def has_tray_icon(self) -> bool:  # type: ignore[override]
        return self.fallback is not None and self.fallback.has_tray_icon

    def notify(self, message: str, *, tag: str = "") -> bool:
        if self.primary.notify(message, tag=tag):
            return True
        if self.fallback is None:
            self.fallback = self._make_fallback()
            if self.fallback is None:
                return False
            for name in ("open_requested", "lock_requested", "quit_requested", "clicked"):
                getattr(self.fallback, name).connect(getattr(self, name))
            if self._locked is not None:
                self.fallback.set_locked(self._locked)
        return self.fallback.notify(message, tag=tag)

    def set_locked(self, locked: bool) -> None:
        self._locked = locked
        if self.fallback is not None:
            self.fallback.set_locked(locked)

    def close(self) -> None:
        self.primary.close()
        if self.fallback is not None:
            self.fallback.close()


def tray_available() -> bool:
    return bool(QSystemTrayIcon.isSystemTrayAvailable())


def system_notifier(
    parent: QObject | None = None,
    *,
    platform: str | None = None,
    choice: str | None = None,
    listen: bool = True,
) -> Notifier | None:
    """This platform's own notifications, or None where they cannot be reached.

    *listen* False: a one-shot sender that does not wait for clicks (``ringoff remind
    --notify``, which exits at once)."""
    platform = platform or sys.platform
    choice = choice or os.environ.get(ENV_CHOICE, "auto")
    if choice in ("none", "tray"):
        return None
    if platform in ("win32", "darwin") and choice in ("auto", "native"):
        from .notify_native import native_notifier

        return native_notifier(platform, parent)
    if choice in ("auto", "freedesktop"):
        from .notify_freedesktop import FreedesktopNotifier, freedesktop_available

        if freedesktop_available():
            return FreedesktopNotifier(parent=parent, listen=listen)
    return None


def make_notifier(parent: QObject | None = None, *, with_lock: bool = True) -> Notifier:
    """The system's notifications where they work, else a tray icon, else the banner only."""
    choice = os.environ.get(ENV_CHOICE, "auto")
    if choice == "none":
        return BannerOnlyNotifier(parent)

    def tray() -> Notifier | None:
        return TrayNotifier(parent, with_lock=with_lock) if tray_available() else None

    native = system_notifier(parent, choice=choice)
    if native is not None:
        return FallbackNotifier(native, tray, parent)
    return tray() or BannerOnlyNotifier(parent)
