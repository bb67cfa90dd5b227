"""The one main window: a stack of pages, a small toolbar, and what happens on lock.

Pages are created from a *route* (``("home",)``, ``("number", id)``, ...) by the factories in
:data:`ROUTES`, imported only when first shown so the first window stays fast. Changing the
language or the text size rebuilds the current page from its route (everything is in the
vault, so nothing is lost).

Locking closes every dialog, deletes every page that shows vault data and returns to the
unlock page with the reason.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

# Only what the first screen needs loads with this module: PySide6 builds each Python type (and
# every enum inside it) the first time it is touched, and the Qt namespace alone (~90 enums)
# costs more than a bare window's whole page. The toolbar's types load after the first paint.
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QScrollArea, QStackedWidget, QWidget

from . import style
from .context import AppContext

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
    from PySide6.QtWidgets import QToolBar

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
        self.toolbar: QToolBar | None = None  # built when first needed (see ensure_toolbar)
        self._watched: list[QWidget] = []  # where the first Paint event is looked for
        self.resize(style.em() * 62, style.em() * 44)
        ctx.session.locked.connect(self._on_locked)
        ctx.session.unlocked.connect(self._on_unlocked)
        ctx.settings_changed.connect(self._on_setting)

    # -- toolbar --

    def ensure_toolbar(self) -> QToolBar:
        """The toolbar and its shortcuts (Ctrl+L, Ctrl+, ...), built on first need.

        The first-start and unlock screens hide it, so start-up builds it only after the first
        paint (app.py) or when a page that shows it opens.
        """
        if self.toolbar is None:
            self._build_toolbar()
        assert self.toolbar is not None
        return self.toolbar

    def _build_toolbar(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence
        from PySide6.QtWidgets import QToolBar

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
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{text} ({QKeySequence(shortcut).toString()})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _update_toolbar(self) -> None:
        unlocked = self.ctx.session.is_unlocked
        if self.toolbar is None:
            if not (unlocked or self.route[:1] == ("settings",)):
                return  # hidden anyway; ensure_toolbar() builds it after the first paint
            self._build_toolbar()
            return  # _build_toolbar ends with _update_toolbar()
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
        if not self._painted:
            self._watch_first_paint(page)
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
        if self.toolbar is not None:
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

    def _watch_first_paint(self, page: QWidget) -> None:
        """Look for the first Paint event on the page and on what covers it.

        Only these few widgets are watched, not the whole application: an application-wide
        Python event filter makes PySide6 wrap every internal Qt object it sees (creating
        hundreds of Python types and enums), which cost more than the whole first page. A page
        is covered by opaque children (a QScrollArea's widget fills its viewport), so the chain
        of current stack pages and scroll areas down to the scroll area's widget is watched.
        """
        self._stop_watching()
        widget: QWidget | None = page
        while widget is not None:
            self._watched.append(widget)
            widget.installEventFilter(self)
            if isinstance(widget, QStackedWidget):
                widget = widget.currentWidget()
            elif isinstance(widget, QScrollArea):
                # Its widget fills the viewport and is opaque (QScrollArea makes it so). Not
                # viewport(): wrapping that C++-made widget alone creates ~70 Python types.
                widget = widget.widget()
            else:
                widget = None

    def _stop_watching(self) -> None:
        for widget in self._watched:
            with contextlib.suppress(RuntimeError):  # a page replaced before it was painted
                widget.removeEventFilter(self)
        self._watched.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            self._stop_watching()
            self.painted.emit()
        return False

    def bring_to_front(self) -> None:
        from PySide6.QtCore import Qt

        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        close_data_windows(self)
        super().closeEvent(event)


def close_data_windows(main: QWidget) -> None:
    """Close every dialog and extra window: on lock none may keep showing vault data."""
    from PySide6.QtWidgets import QDialog

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
