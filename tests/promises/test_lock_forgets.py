"""Promise: after Ringoff locks, no window, dialog, widget or model still shows vault data.

The vault holds marker strings (a person, an account, notes); the test opens every page and a
dialog, lets auto-lock fire, then walks every live widget and every item model and searches
their texts for the markers and the phone number.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ringoff.core.model import Account, NumberStatus, PhoneNumber
from ringoff.ui.context import AppContext
from ringoff.ui.lifecycle import attach
from ringoff.ui.main_window import ROUTES, MainWindow

MARKERS = ("ZqxMarker7781", "王建国标记", "13812349876", "1234 9876")


def _model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[str]:
    parent = parent or QModelIndex()
    try:
        columns = model.columnCount(parent)
    except TypeError:  # list models keep columnCount private in PySide6
        columns = 1
    for row in range(min(model.rowCount(parent), 500)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if value is not None:
                    yield str(value)
            if model.rowCount(index) > 0:
                yield from _model_texts(model, index)


def _widget_texts(widget: QWidget) -> Iterator[str]:
    yield widget.windowTitle()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    yield widget.toolTip()
    if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
        yield widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        yield widget.toPlainText()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _model_texts(widget.model())


def live_texts() -> list[str]:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    texts: list[str] = []
    for widget in QApplication.allWidgets():
        texts.extend(t for t in _widget_texts(widget) if t)
    return texts


@pytest.fixture
def marked_window(qtbot: QtBot, demo_ctx: AppContext) -> MainWindow:
    vault = demo_ctx.session.vault
    person = vault.add_person("ZqxMarker7781")
    number = vault.add_number(
        PhoneNumber(
            e164="+8613812349876",
            person_id=person.id,
            region="CN",
            status=NumberStatus.CANCEL_PLANNED,
            notes="王建国标记 notes",
        )
    )
    vault.add_account(Account(number_id=number.id, name="王建国标记", notes="ZqxMarker7781"))
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    attach(demo_ctx, window)
    window.start()
    window.show()
    window.setProperty("marked_number", number.id)
    return window


def _pages(window: MainWindow) -> list[Callable[[], object]]:
    number_id = window.property("marked_number")
    routes = [("home",), ("number", number_id), ("walkthrough", number_id), ("history",)]
    routes += [("discover", number_id), ("settings",)]
    return [lambda r=r: window.go(r) for r in routes if r[0] in ROUTES]


def test_markers_are_on_screen_before_lock(qtbot: QtBot, marked_window: MainWindow) -> None:
    """Control: the walk does find the data while unlocked, so the real test can fail."""
    seen = []
    for show in _pages(marked_window):
        try:
            show()
        except ImportError:
            continue
        seen.extend(live_texts())
    assert any("ZqxMarker7781" in t for t in seen)


def test_auto_lock_leaves_no_vault_data_in_any_widget(
    qtbot: QtBot, marked_window: MainWindow
) -> None:
    ctx = marked_window.ctx
    for show in _pages(marked_window):
        try:
            show()
        except ImportError:
            continue
    marked_window.go(("number", marked_window.property("marked_number")))
    from ringoff.ui.number_dialog import NumberDialog

    dialog = NumberDialog(
        ctx, marked_window, ctx.session.vault.number(marked_window.property("marked_number"))
    )
    dialog.show()
    watcher = marked_window.lifecycle.watcher  # type: ignore[attr-defined]
    now = [0.0]
    watcher._monotonic = lambda: now[0]
    watcher._wall = lambda: now[0]
    watcher.start()
    now[0] += 11 * 60
    watcher.check()
    assert not ctx.session.is_unlocked
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, QDialog))
    leaks = [t for t in live_texts() if any(m in t for m in MARKERS)]
    assert not leaks, leaks[:5]
