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
from .keyboard import handles_enter, key_text, platform_keys, primary_button
from .screen import fitting_size

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
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
        self.resize(fitting_size(self, style.em() * 62, style.em() * 44))
        self._restore_geometry()
        self._resume: Route | None = None
        self.draft_box: QWidget | None = None
        ctx.session.about_to_lock.connect(self._before_lock)
        ctx.session.locked.connect(self._on_locked)
        ctx.session.unlocked.connect(self._on_unlocked)
        ctx.settings_changed.connect(self._on_setting)
        # The system went light or dark: rebuild once the new palette reached every widget.
        style.scheme.changed.connect(self._scheme_changed)

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
        from PySide6.QtWidgets import QToolBar

        bar = QToolBar(self.tr("Main actions"), self)
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setAccessibleName(self.tr("Main actions"))
        self.addToolBar(bar)
        self.toolbar = bar
        keys = platform_keys()
        self.action_home = self._action(self.tr("Home"), keys["home"], lambda: self.go(("home",)))
        self.action_back = self._action(self.tr("Back"), keys["back"], self.back)
        self.action_history = self._action(
            self.tr("History"), keys["history"], lambda: self.go(("history",))
        )
        self.action_settings = self._action(
            self.tr("Settings"), keys["settings"], lambda: self.go(("settings",))
        )
        self.action_lock = self._action(
            self.tr("Lock"), keys["lock"], lambda: self.ctx.session.lock("manual")
        )
        self.action_keys = self._action(self.tr("Keyboard keys"), keys["keys"], self.show_keys)
        # Not on the toolbar, but everywhere in the window, as in every program:
        self.action_find = self._action(self.tr("Find"), keys["find"], self.find)
        self.action_print = self._action(self.tr("Print"), keys["print"], self.print_)
        self.action_close = self._action(self.tr("Close the window"), keys["close"], self.close)
        self.action_quit = self._action(self.tr("Quit"), keys["quit"], self.quit_app)
        for action in (
            self.action_back,
            self.action_home,
            self.action_history,
            self.action_settings,
            self.action_lock,
        ):
            bar.addAction(action)
        from PySide6.QtWidgets import QAbstractButton, QSizePolicy

        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addAction(self.action_keys)
        for action in bar.actions():
            tool = bar.widgetForAction(action)
            if isinstance(tool, QAbstractButton):
                # In the Tab order like every other button (toolbars leave them out).
                tool.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                tool.setAccessibleName(action.text())
                tool.setAccessibleDescription(action.toolTip())
        self._update_toolbar()

    def _action(self, text: str, keys: list[QKeySequence], slot: Callable[[], None]) -> QAction:
        from PySide6.QtGui import QAction

        action = QAction(text, self)
        action.setShortcuts(keys)
        action.setToolTip(f"{text} ({key_text(keys)})" if keys else text)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def shortcuts(self) -> list[tuple[str, str]]:
        """What each key does, for Help → Keyboard keys."""
        self.ensure_toolbar()
        rows = []
        for action in (
            self.action_back,
            self.action_home,
            self.action_history,
            self.action_settings,
            self.action_lock,
            self.action_find,
            self.action_print,
            self.action_close,
            self.action_quit,
            self.action_keys,
        ):
            if action.shortcuts():
                rows.append((action.text(), key_text(action.shortcuts())))
        rows += [
            (self.tr("Go to the next control"), "Tab"),
            (self.tr("Go to the previous control"), "Shift+Tab"),
            (self.tr("Press the focused button, tick or untick"), self.tr("Space")),
            (self.tr("Do the main thing of this screen"), "Enter"),
            (self.tr("Close a small window without changing anything"), "Esc"),
            (self.tr("Jump to a field or button with an underlined letter"), "Alt"),
        ]
        return rows

    def show_keys(self) -> None:
        from .keys_dialog import KeysDialog

        KeysDialog(self.shortcuts(), self).exec()

    def _page_call(self, *names: str) -> bool:
        page = self.current_page()
        for name in names:
            method = getattr(page, name, None)
            if callable(method):
                method()
                return True
        return False

    def find(self) -> None:
        """Ctrl+F: the search box of this screen (the one marked ``search``), if it has one."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QLineEdit

        page = self.current_page()
        if page is None or self._page_call("focus_search"):
            return
        for edit in page.findChildren(QLineEdit):
            if edit.property("search") and edit.isVisible():
                edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
                edit.selectAll()
                return

    def print_(self) -> None:
        """Ctrl+P: print what this screen prints (the checklist on a number's page)."""
        self._page_call("print_", "print_checklist")

    def quit_app(self) -> None:
        """Quit: the menu's Quit, and the system asking Ringoff to end (services/quit_signals)."""
        app = QApplication.instance()
        self.close()
        if app is not None:
            app.quit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter that no control used presses the screen's main button."""
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier
        ):
            focus = QApplication.focusWidget() or self.focusWidget()
            if not handles_enter(focus):
                primary = primary_button(self.current_page())
                if primary is not None:
                    primary.click()
                    event.accept()
                    return
        super().keyPressEvent(event)

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

    def _before_lock(self) -> None:
        """The vault is still open: keep what was being typed, and where the person was."""
        from . import drafts

        if self.route and self.route[0] not in ("unlock", "first_start"):
            self._resume = self.route
        draft = drafts.collect(self)
        if draft is not None:
            # A full disk must not stop the lock (the text is then lost).
            with contextlib.suppress(Exception):
                self.ctx.session.vault.set_pref(drafts.PREF, draft)

    def _on_locked(self, reason: object) -> None:
        close_data_windows(self)
        self._back.clear()
        self.go(("unlock",), remember=False)

    def _on_unlocked(self) -> None:
        if self.route[:1] in (("unlock",), ("first_start",)):
            if self.route[:1] == ("first_start",):
                return  # the first-start page shows the recovery key before going home
            resume, self._resume = self._resume, None
            try:
                self.go(resume or ("home",), remember=False)  # back where the person was
            except Exception:  # that number or account was removed meanwhile
                self.go(("home",), remember=False)
            self._offer_draft()
        self._update_toolbar()

    def _offer_draft(self) -> None:
        """Say where the kept text was; opening that window again fills it in."""
        from PySide6.QtWidgets import QMessageBox

        from . import drafts

        vault = self.ctx.session.vault
        draft = vault.pref(drafts.PREF, None)
        if not isinstance(draft, dict) or not draft.get("fields"):
            return

        def forget() -> None:
            if self.ctx.session.is_unlocked:
                self.ctx.session.vault.set_pref(drafts.PREF, None)

        filler = drafts.DraftFiller(draft, forget, self)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("What you were typing"))
        box.setText(
            self.tr(
                "When Ringoff locked, you were typing in “{title}”. What you typed was kept: "
                "open “{title}” again and it will be filled in."
            ).format(title=str(draft.get("title", "")))
        )
        box.setAccessibleName(box.windowTitle())
        box.addButton(QMessageBox.StandardButton.Ok)
        throw = box.addButton(self.tr("Throw it away"), QMessageBox.ButtonRole.DestructiveRole)

        def done(_result: int) -> None:
            if box.clickedButton() is throw:
                filler.stop()
                forget()

        box.finished.connect(done)
        self.draft_box = box
        box.open()

    def _scheme_changed(self) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self, self.rebuild)  # once the new palette reached every widget

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

    def _restore_geometry(self) -> None:
        """Where the window was and how big, maximised included, as it was closed last time.

        Qt's saved geometry knows the screen it was on; restoring it on a smaller or missing
        screen lands the window on the available one, and ui/fit.py then clamps it.
        """
        saved = self.ctx.settings.get("window_geometry")
        if saved:
            from PySide6.QtCore import QByteArray

            self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii")))

    def closeEvent(self, event: QCloseEvent) -> None:
        close_data_windows(self)
        saved = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.ctx.settings.set("window_geometry", saved)
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
