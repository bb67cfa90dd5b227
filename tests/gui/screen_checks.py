"""What a person sees on a screen, measured: English words on a Chinese screen, text contrast,
whether a window fits the screen, whether a control shows that it has the keyboard focus.

Shared by the "done when" walk (test_finished.py) and the focused tests beside it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
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


def _background(widget: QWidget, group: QPalette.ColorGroup) -> QColor:
    """The colour *widget* is drawn on: its own fill, or the nearest ancestor's that fills."""
    from PySide6.QtWidgets import QAbstractScrollArea

    current: QWidget | None = widget
    while current is not None:
        parent = current.parentWidget()
        area = parent.parentWidget() if parent is not None else None
        is_viewport = isinstance(area, QAbstractScrollArea) and area.viewport() is current
        if current.autoFillBackground() or current.isWindow() or is_viewport:
            return current.palette().color(group, current.backgroundRole())
        current = parent
    return widget.palette().color(group, QPalette.ColorRole.Window)


def text_colours(window: QWidget) -> list[tuple[str, QColor, QColor]]:
    """(what, text colour, background colour) for every visible text on *window*, as the
    palette gives them to the style that draws them."""
    from PySide6.QtWidgets import (
        QAbstractSpinBox,
        QCheckBox,
        QProgressBar,
        QPushButton,
        QRadioButton,
    )

    pairs: list[tuple[str, QColor, QColor]] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        group = QPalette.ColorGroup.Active if widget.isEnabled() else QPalette.ColorGroup.Disabled
        pal = widget.palette()
        name = f"{type(widget).__name__} {_text_of(widget)[:40]!r}"
        if isinstance(widget, QLabel) and widget.text().strip():
            fg = pal.color(group, widget.foregroundRole())
            pairs.append((name, fg, _background(widget, group)))
            if "<a " in widget.text():
                pairs.append(
                    (
                        name + " link",
                        pal.color(group, QPalette.ColorRole.Link),
                        _background(widget, group),
                    )
                )
        elif isinstance(widget, QCheckBox | QRadioButton) and widget.text().strip():
            pairs.append(
                (name, pal.color(group, widget.foregroundRole()), _background(widget, group))
            )
        elif isinstance(widget, QPushButton) and widget.text().strip():
            if widget.isFlat():
                back = _background(widget, group)
            else:
                back = pal.color(group, QPalette.ColorRole.Button)
            pairs.append((name, pal.color(group, QPalette.ColorRole.ButtonText), back))
        elif isinstance(widget, QLineEdit) and not isinstance(
            widget.parentWidget(), QAbstractSpinBox
        ):
            base = pal.color(group, QPalette.ColorRole.Base)
            pairs.append((name, pal.color(group, QPalette.ColorRole.Text), base))
            if widget.placeholderText() and not widget.text():
                pairs.append(
                    (
                        name + " placeholder",
                        pal.color(group, QPalette.ColorRole.PlaceholderText),
                        base,
                    )
                )
        elif isinstance(widget, QProgressBar) and widget.isTextVisible():
            pairs.append(
                (
                    name + " on bar",
                    pal.color(group, QPalette.ColorRole.HighlightedText),
                    pal.color(group, QPalette.ColorRole.Highlight),
                )
            )
            pairs.append(
                (
                    name,
                    pal.color(group, QPalette.ColorRole.Text),
                    pal.color(group, QPalette.ColorRole.Base),
                )
            )
        elif isinstance(widget, QAbstractItemView):
            base = pal.color(group, QPalette.ColorRole.Base)
            pairs.append((name + " items", pal.color(group, QPalette.ColorRole.Text), base))
            pairs.append(
                (
                    name + " selected",
                    pal.color(group, QPalette.ColorRole.HighlightedText),
                    pal.color(group, QPalette.ColorRole.Highlight),
                )
            )
    return pairs


def _text_of(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    try:
        value = text() if callable(text) else ""
    except TypeError:
        value = ""
    return value if isinstance(value, str) else ""


def low_contrast(window: QWidget, minimum: float = 4.5) -> list[str]:
    return [
        f"{what}: {fg.name()} on {bg.name()} = {contrast(fg, bg):.2f}"
        for what, fg, bg in text_colours(window)
        if contrast(fg, bg) < minimum
    ]
