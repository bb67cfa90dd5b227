"""What a person sees on a screen, measured: English words on a Chinese screen, text contrast,
whether a window fits the screen, whether a control shows that it has the keyboard focus.

Shared by the "done when" walk (test_finished.py) and the focused tests beside it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

HAN = re.compile(r"[\u4e00-\u9fff]")
WORD = re.compile(r"[A-Za-z]{3,}")
# Latin text that is fine on a Chinese screen: names of things, file types, keys, units.
ALLOWED = re.compile(
    r"^(?:PDF|CSV|JSON|SMS|App|ID|Caps Lock|Ctrl|Alt|Shift|Esc|Enter|Tab|Home|End|PgUp|PgDown|"
    r"Backspace|Del|Left|Right|Up|Down|Space|Return|Meta|F\d+)$"
)


def visible_texts(window: QWidget) -> list[tuple[str, str]]:
    """Every text a person reads on *window*: labels, buttons, titles, items, placeholders."""
    out: list[tuple[str, str]] = [("windowTitle", window.windowTitle())]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        name = type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton):
            out.append((name, widget.text()))
        if isinstance(widget, QLineEdit):
            out.append((name, widget.placeholderText()))
        if isinstance(widget, QGroupBox):
            out.append((name, widget.title()))
        if isinstance(widget, QComboBox):
            out += [(name, widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            out += [(name, widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QMenu):
            out += [(name, a.text()) for a in widget.actions()]
        if widget.toolTip():
            out.append((name + ".toolTip", widget.toolTip()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            root = QModelIndex()
            columns = model.columnCount(root) if not isinstance(model, QAbstractListModel) else 1
            for col in range(columns):
                header = model.headerData(col, Qt.Orientation.Horizontal)
                if isinstance(header, str):
                    out.append((name + ".header", header))
                for r in range(min(model.rowCount(root), 60)):
                    value = model.index(r, col, root).data()
                    if isinstance(value, str):
                        out.append((name + ".item", value))
    return [(k, t) for k, t in out if t]


def english_words(text: str) -> list[str]:
    """Words of an English sentence left in *text* (a Chinese screen must have none)."""
    if HAN.search(text):
        return []
    cleaned = re.sub(r"&(?=\w)", "", text)
    cleaned = re.sub(r"\S*[/\\]\S*|\S+\.(?:pdf|csv|ics|json|txt|vault|key)\b|\*\.\w+", "", cleaned)
    words = [w for w in WORD.findall(cleaned) if not ALLOWED.match(w)]
    return words


def english_on(window: QWidget, allow: tuple[str, ...] = ()) -> list[str]:
    found = []
    for kind, text in visible_texts(window):
        if text in allow:
            continue
        if english_words(text):
            found.append(f"{kind}: {text!r}")
    return found


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio between two colours (1 to 21)."""
    la, lb = luminance(a), luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)
