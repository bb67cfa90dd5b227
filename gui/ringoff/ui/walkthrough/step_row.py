"""One step of the walkthrough's step list: a large tick box and the step's words beside it.

The whole row is a click target (a 74-year-old's hand misses small boxes), and a ticked step
turns grey, so what is left stands out.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from .. import style
from ..widgets import literal


class StepRow(QWidget):
    """One step: a large check box and the step's words beside it (wrapped, clickable)."""

    def __init__(self, number: int, text: str, checked: bool) -> None:
        super().__init__()
        self.text = text
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(int(style.em() * 0.5))
        self.box = QCheckBox()
        self.box.setStyleSheet("QCheckBox::indicator { width: 1.5em; height: 1.5em; }")
        self.box.setChecked(checked)
        self.box.setAccessibleName(self.tr("Step {n}: {text}").format(n=number, text=text))
        self.number_label = QLabel(self.tr("{n}.").format(n=number))
        self.label = QLabel(literal(text))  # the buddy makes "&" a shortcut otherwise
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setBuddy(self.box)
        lay.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.number_label, 0, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.label, 1)
        self.box.toggled.connect(self._look)
        self._look(checked)

    def _look(self, checked: bool) -> None:
        self.label.setProperty("role", "hint" if checked else None)
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.box.toggle()
            self.box.setFocus()
            event.accept()
            return
        super().mousePressEvent(event)
