"""The one main window: a stack of pages, a small toolbar, and what happens on lock.

Pages are created from a *route* (``("home",)``, ``("number", id)``, ...) by the factories in
:data:`ROUTES`, imported only when first shown so the first window stays fast. Changing the
language or the text size rebuilds the current page from its route (everything is in the
vault, so nothing is lost).

Locking closes every dialog, deletes every page that shows vault data and returns to the
unlock page with the reason.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from . import style
from .context import AppContext

Route = tuple[Any, ...]

#: route name -> "module:factory"; a factory takes (ctx, window, *route args) -> QWidget.
ROUTES: dict[str, str] = {
    "first_start": "ringoff.ui.first_start:FirstStartPage",
    "unlock": "ringoff.ui.unlock:UnlockPage",
    "home": "ringoff.ui.home:HomePage",
    "number": "ringoff.ui.number_page:NumberPage",
    "settings": "ringoff.ui.settings_page:SettingsPage",
    "walkthrough": "ringoff.ui.walkthrough:WalkthroughPage",
    "discover": "ringoff.ui.discover:DiscoverPage",
    "received": "ringoff.ui.received:ReceivedPage",
    "history": "ringoff.ui.history:HistoryPage",
}

LOCKED_ROUTES = {"first_start", "unlock", "settings"}


class MainWindow(QMainWindow):
    painted = Signal()
    route_changed = Signal(object)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.route: Route = ()
        self._back: list[Route] = []
        self._painted = False
        self.setWindowTitle(self.tr("Ringoff"))
        self.setAccessibleName(self.tr("Ringoff main window"))
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self._build_toolbar()
        self.resize(style.em() * 62, style.em() * 44)
        ctx.session.locked.connect(self._on_locked)
        ctx.session.unlocked.connect(self._on_unlocked)
        ctx.settings_changed.connect(self._on_setting)
        # The first paint of anything inside this window: pages cover the stack completely
        # (QScrollArea's viewport is opaque), so the stack itself may never get a Paint event.
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # -- toolbar --

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main actions"), self)
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setAccessibleName(self.tr("Main actions"))
        self.addToolBar(bar)
        self.toolbar = bar
        self.action_home = self._action(self.tr("Home"), "Alt+Home", lambda: self.go(("home",)))
        self.action_back = self._action(self.tr("Back"), QKeySequence.StandardKey.Back, self.back)
        self.action_history = self._action(
            self.tr("History"), "Ctrl+H", lambda: self.go(("history",))
        )
        self.action_settings = self._action(
            self.tr("Settings"),
            QKeySequence.StandardKey.Preferences,
            lambda: self.go(("settings",)),
        )
        self.action_settings.setShortcuts([QKeySequence("Ctrl+,")])
        self.action_lock = self._action(
            self.tr("Lock"), "Ctrl+L", lambda: self.ctx.session.lock("manual")
        )
        for action in (
            self.action_back,
            self.action_home,
            self.action_history,
            self.action_settings,
            self.action_lock,
        ):
            bar.addAction(action)
        self._update_toolbar()

    def _action(
        self, text: str, shortcut: str | QKeySequence.StandardKey, slot: Callable[[], None]
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{text} ({QKeySequence(shortcut).toString()})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _update_toolbar(self) -> None:
        unlocked = self.ctx.session.is_unlocked
        for action in (self.action_home, self.action_history, self.action_lock):
            action.setVisible(unlocked)
            action.setEnabled(unlocked)
        self.action_back.setVisible(bool(self._back))
        self.action_back.setEnabled(bool(self._back))
        self.toolbar.setVisible(unlocked or self.route[:1] == ("settings",))

    # -- navigation --

    def start(self) -> None:
        """The first page: first start, unlock, or home when already unlocked (demo)."""
        if self.ctx.session.is_unlocked:
            self.go(("home",), remember=False)
        elif self.ctx.session.exists:
            self.go(("unlock",), remember=False)
        else:
            self.go(("first_start",), remember=False)

    def _make(self, route: Route) -> QWidget:
        module_name, _, attr = ROUTES[route[0]].partition(":")
        factory = getattr(importlib.import_module(module_name), attr)
        page: QWidget = factory(self.ctx, self, *route[1:])
        page.setProperty("route", route)
        return page

    def go(self, route: Route, *, remember: bool = True) -> QWidget:
        if route[0] not in LOCKED_ROUTES and not self.ctx.session.is_unlocked:
            route = ("unlock",)
            remember = False
        current = self.stack.currentWidget()
        may_leave = getattr(current, "may_leave", None)  # a page with ticks not added asks
        if (
            current is not None
            and route != self.route
            and route[0] not in LOCKED_ROUTES
            and callable(may_leave)
            and not may_leave()
        ):
            return current
        if remember and self.route and self.route != route:
            self._back.append(self.route)
            del self._back[:-20]
        old = self.stack.currentWidget()
        page = self._make(route)
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.route = route
        self._update_toolbar()
        focus = getattr(page, "initial_focus", None)
        target = focus() if callable(focus) else None
        (target or page).setFocus()
        self.route_changed.emit(route)
        return page

    def back(self) -> None:
        while self._back:
            route = self._back.pop()
            if route[0] not in ("unlock", "first_start"):
                self.go(route, remember=False)
                return
        self.go(("home",), remember=False)

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def rebuild(self) -> None:
        """Re-create the current page (after a language or text-size change)."""
        self.setWindowTitle(self.tr("Ringoff"))
        self.toolbar.clear()
        self.removeToolBar(self.toolbar)
        self._build_toolbar()
        if self.route:
            self.go(self.route, remember=False)

    # -- session --

    def _on_locked(self, reason: object) -> None:
        close_data_windows(self)
        self._back.clear()
        self.go(("unlock",), remember=False)

    def _on_unlocked(self) -> None:
        if self.route[:1] in (("unlock",), ("first_start",)):
            if self.route[:1] == ("first_start",):
                return  # the first-start page shows the recovery key before going home
            self.go(("home",), remember=False)
        self._update_toolbar()

    def _on_setting(self, key: str) -> None:
        if key in ("language", "text_size"):
            self.rebuild()

    # -- events --

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._painted
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self
        ):
            self._painted = True
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self.painted.emit()
        return False

    def bring_to_front(self) -> None:
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        close_data_windows(self)
        super().closeEvent(event)


def close_data_windows(main: QWidget) -> None:
    """Close every dialog and extra window: on lock none may keep showing vault data."""
    for widget in QApplication.topLevelWidgets():
        if widget is main:
            continue
        if isinstance(widget, QDialog):
            if widget.isVisible():
                widget.reject()
            widget.close()
            widget.deleteLater()
        elif widget.isWindow() and widget.isVisible() and widget.property("holds_vault_data"):
            widget.close()
            widget.deleteLater()
