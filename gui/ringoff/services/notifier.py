"""Telling the user about a reminder outside the window: a tray icon and its messages.

:class:`Notifier` is the small interface the reminder clock and the agent talk to. The real one,
:class:`TrayNotifier`, shows a tray icon with a menu (Open Ringoff, Lock, Quit) and pops up its
messages there. Where the system has no tray (some Linux desktops, the offscreen platform of the
tests) :func:`make_notifier` returns :class:`BannerOnlyNotifier`, which shows nothing: the home
page's banner is then the only place reminders appear. :class:`FakeNotifier` records messages
for tests.

The caller decides the words. While locked they must be only "Ringoff has a reminder for you".
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QSystemTrayIcon


class Notifier(QObject):
    """Signals from the menu: ``open_requested``, ``lock_requested``, ``quit_requested``."""

    open_requested = Signal()
    lock_requested = Signal()
    quit_requested = Signal()

    #: Whether messages reach the user outside the window.
    shows_messages = False

    def notify(self, message: str) -> None:
        raise NotImplementedError

    def set_locked(self, locked: bool) -> None:
        """Whether the vault is locked now (the menu's Lock entry is only useful when not)."""

    def close(self) -> None:
        """Remove the icon, if any."""


class BannerOnlyNotifier(Notifier):
    """No tray on this system: nothing to show outside the window."""

    def notify(self, message: str) -> None:
        return None


class FakeNotifier(Notifier):
    """Keeps every message, for tests."""

    shows_messages = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.messages: list[str] = []
        self.locked: bool | None = None

    def notify(self, message: str) -> None:
        self.messages.append(message)

    def set_locked(self, locked: bool) -> None:
        self.locked = locked


class TrayNotifier(Notifier):
    """A tray icon with a small menu; messages appear as the system's tray balloons."""

    shows_messages = True

    def __init__(self, parent: QObject | None = None, *, with_lock: bool = True) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(self._app_icon(), self)
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
        self.icon.messageClicked.connect(self.open_requested)
        self.icon.show()

    @staticmethod
    def _app_icon() -> QIcon:
        app = QApplication.instance()
        icon = app.windowIcon() if isinstance(app, QApplication) else QIcon()
        if icon.isNull():
            from ..storage.resources import icon_path

            icon = QIcon(str(icon_path("ringoff.svg")))
        if icon.isNull() and isinstance(app, QApplication):
            icon = app.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        return icon

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()

    def notify(self, message: str) -> None:
        self.icon.showMessage(
            self.tr("Ringoff"), message, QSystemTrayIcon.MessageIcon.Information, 0
        )

    def set_locked(self, locked: bool) -> None:
        if self.lock_action is not None:
            self.lock_action.setEnabled(not locked)

    def close(self) -> None:
        self.icon.hide()
        self.menu.deleteLater()


def tray_available() -> bool:
    return bool(QSystemTrayIcon.isSystemTrayAvailable())


def make_notifier(parent: QObject | None = None, *, with_lock: bool = True) -> Notifier:
    """A tray notifier where the system has a tray, else one that leaves it to the banner."""
    if tray_available():
        return TrayNotifier(parent, with_lock=with_lock)
    return BannerOnlyNotifier(parent)
