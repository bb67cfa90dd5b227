"""Help → Keyboard keys: every key Ringoff answers to, in a plain two-column list."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .widgets import button, para, row, title


class KeysDialog(QDialog):
    def __init__(self, rows: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard keys"))
        self.setAccessibleName(self.windowTitle())
        lay = QVBoxLayout(self)
        lay.addWidget(title(self.tr("Keyboard keys"), 1.3))
        lay.addWidget(para(self.tr("Everything in Ringoff works with the keyboard alone.")))
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Keys")])
        self.table.setAccessibleName(self.tr("Keys and what they do"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for r, (what, keys) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(what))
            self.table.setItem(r, 1, QTableWidgetItem(keys))
        self.table.resizeRowsToContents()
        lay.addWidget(self.table, 1)
        close = button(self.tr("Close"), primary=True)
        close.clicked.connect(self.accept)
        lay.addWidget(row(close))
        width = self.table.horizontalHeader().length() + self.fontMetrics().height() * 4
        self.resize(max(width, self.fontMetrics().height() * 32), self.fontMetrics().height() * 26)
