"""Every control on every main screen can be named by a screen reader and reached by keyboard.

A control is named when it has an accessible name, or visible text (buttons, tick boxes), or a
label whose buddy it is. Focusable controls must accept keyboard focus (Tab reaches them).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ringoff.ui.main_window import MainWindow

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
)


def _buddied(window: QWidget) -> set[int]:
    return {
        id(label.buddy())
        for label in window.findChildren(QLabel)
        if label.buddy() is not None and label.text()
    }


def _unnamed(window: QWidget) -> list[str]:
    buddied = _buddied(window)
    missing = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), QComboBox | QAbstractSpinBox
        ):
            continue  # the editor inside a combo or spin box is named by its owner
        if isinstance(widget, QHeaderView):
            continue  # a table's header is read as part of the table
        if widget.accessibleName().strip() or id(widget) in buddied:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        missing.append(
            f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}"
        )
    return missing


def _routes(window: MainWindow) -> list[tuple[object, ...]]:
    vault = window.ctx.session.vault
    dad = next(n.id for n in vault.numbers() if n.e164 == "+8613812345678")
    return [
        ("home",),
        ("number", dad),
        ("walkthrough", dad),
        ("discover", dad),
        ("history",),
        ("settings",),
    ]


@pytest.mark.parametrize("index", range(6))
def test_every_control_is_named(qtbot: QtBot, demo_window: MainWindow, index: int) -> None:
    route = _routes(demo_window)[index]
    demo_window.go(route)
    QApplication.processEvents()
    assert _unnamed(demo_window) == [], route


def test_tab_moves_through_the_home_page(qtbot: QtBot, demo_window: MainWindow) -> None:
    demo_window.go(("home",))
    demo_window.activateWindow()
    seen = []
    for _ in range(12):
        focus = QApplication.focusWidget()
        if focus is not None:
            seen.append(focus)
        qtbot.keyClick(focus or demo_window, Qt.Key.Key_Tab)
    buttons = {w for w in seen if isinstance(w, QAbstractButton)}
    assert len(buttons) >= 4  # the cards' buttons are reachable without a mouse


def test_the_check_finds_an_unnamed_control(qtbot: QtBot, demo_window: MainWindow) -> None:
    """Control: a field with no name and no label is reported."""
    page = demo_window.go(("home",))
    stray = QLineEdit(page)
    stray.show()
    assert any("QLineEdit" in item for item in _unnamed(demo_window))
