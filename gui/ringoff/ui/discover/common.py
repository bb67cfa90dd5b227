"""What the find page's tabs share: how many services a section shows first, the big tick
boxes, section headings and revealing a widget in a scrolled column.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QLabel,
    QWidget,
)

from .. import style
from ..widgets import (
    Column,
)

#: How many services a checklist section shows before "Show more".
SHOWN_AT_FIRST = 10
YZTC_PREF = "yztc_count"
CARRIERS = ("china_mobile", "china_unicom", "china_telecom")

# Larger tick boxes for this page; em follows the text-size setting.
BIG_TICKS = """
QCheckBox { spacing: 0.5em; padding: 0.15em 0; }
QCheckBox::indicator { width: 1.4em; height: 1.4em; }
QTreeView::indicator { width: 1.3em; height: 1.3em; }
QTreeView::item { padding: 0.2em 0; }
"""


def section_heading(text: str) -> QLabel:
    label = QLabel(text)
    style.heading(label, 1.2)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def reveal(column: Column, widget: QWidget) -> None:
    """Scroll *column* to *widget* once the new content has been laid out."""

    def scroll() -> None:
        column.ensureWidgetVisible(widget, 0, style.em() * 4)

    QTimer.singleShot(0, widget, scroll)
