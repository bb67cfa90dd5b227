"""What a password export holds, before anything is added: the sites in three groups, with ticks.

The preview shows only :class:`~ringoff.core.importers.FoundItem` fields (a site's title, host
and the catalog name). The importer never hands over a password, note, one-time-password
secret or user name, so none can reach a widget from here.

Nothing is written by this widget: the page reads :meth:`ImportPreview.ticked_items` when the
person presses "Add the ticked ones".
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTreeView, QVBoxLayout, QWidget

from ..core.importers import (
    REASON_KNOWN_SERVICE,
    REASON_OTHER,
    REASON_USES_NUMBER,
    FoundItem,
    ImportChoice,
    ImportResult,
)
from . import style
from .context import AppContext
from .widgets import button, para, show_ticked_count

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
DUPLICATE_ROLE = Qt.ItemDataRole.UserRole + 2


class ImportPreview(QWidget):
    """``add_requested`` fires when "Add the ticked ones" is pressed."""

    add_requested = Signal()

    def __init__(
        self,
        ctx: AppContext,
        result: ImportResult,
        choices: list[ImportChoice],
        file_name: str,
        folder: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("What the file holds"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(int(style.em() * 0.5))

        counts = {REASON_USES_NUMBER: 0, REASON_KNOWN_SERVICE: 0, REASON_OTHER: 0}
        for choice in choices:
            counts[choice.item.reason] += 1
        self.summary = para(
            self.tr(
                "This is a password list from {program}. It has {rows} entries for {sites} "
                "different sites and apps."
            ).format(program=ctx.tr(result.format_label), rows=result.rows, sites=len(choices))
        )
        self.summary.setAccessibleName(self.summary.text())
        lay.addWidget(self.summary)
        lay.addWidget(
            para(
                self.tr(
                    "The ticked ones will be added to the list for this number. Untick any you "
                    "do not want; tick others you know use this number. Nothing is added until "
                    "you press the button below."
                )
            )
        )

        self.model = QStandardItemModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAccessibleName(self.tr("Sites found in the file, with tick boxes"))
        self.view.setMinimumHeight(style.em() * 14)
        self.groups: dict[str, QStandardItem] = {}
        titles = {
            REASON_USES_NUMBER: self.tr("Sign in with this phone number ({n})"),
            REASON_KNOWN_SERVICE: self.tr("Apps and sites Ringoff knows ({n})"),
            REASON_OTHER: self.tr("Other sites ({n})"),
        }
        for reason in (REASON_USES_NUMBER, REASON_KNOWN_SERVICE, REASON_OTHER):
            if not counts[reason]:
                continue
            group = QStandardItem(titles[reason].format(n=counts[reason]))
            group.setEditable(False)
            group.setSelectable(False)
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            self.model.appendRow(group)
            self.groups[reason] = group
        for choice in choices:
            self.groups[choice.item.reason].appendRow(self._row(choice))
        self.view.expandAll()
        self.model.itemChanged.connect(self._update_button)
        lay.addWidget(self.view, 1)

        self.add_button = button(self.tr("Add the ticked ones"), primary=True)
        self.add_button.clicked.connect(self.add_requested)
        lay.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.delete_note = para(
            self.tr(
                "Important: the file “{name}” in the folder “{folder}” holds all your passwords "
                "in plain text. When you have finished here, delete it and empty the recycle "
                "bin. Ringoff only read it: it never changes or deletes your file."
            ).format(name=file_name, folder=folder)
        )
        style.colour_label(self.delete_note, style.state_colours().amber, bold=True)
        lay.addWidget(self.delete_note)
        self._update_button()

    def _row(self, choice: ImportChoice) -> QStandardItem:
        item = choice.item
        text = item.service_name
        if item.host and item.host.casefold() not in text.casefold():
            text = self.tr("{name} ({host})").format(name=text, host=item.host)
        if choice.duplicate:
            text = self.tr("{name} — already added").format(name=text)
        row = QStandardItem(text)
        row.setEditable(False)
        row.setData(item, ITEM_ROLE)
        row.setData(choice.duplicate, DUPLICATE_ROLE)
        row.setAccessibleText(text)
        if choice.duplicate:
            row.setCheckable(False)
            row.setEnabled(False)
        else:
            row.setCheckable(True)
            row.setCheckState(Qt.CheckState.Checked if choice.ticked else Qt.CheckState.Unchecked)
        return row

    def rows(self) -> list[QStandardItem]:
        """Every site row, group by group."""
        out: list[QStandardItem] = []
        for group in self.groups.values():
            out.extend(group.child(i) for i in range(group.rowCount()))
        return out

    def row_for(self, text: str) -> QStandardItem | None:
        """The first row whose shown text starts with *text* (for tests and screen readers)."""
        for row in self.rows():
            if row.text().startswith(text):
                return row
        return None

    def ticked_items(self) -> list[FoundItem]:
        found: list[FoundItem] = []
        for row in self.rows():
            if row.isCheckable() and row.checkState() == Qt.CheckState.Checked:
                item = row.data(ITEM_ROLE)
                if isinstance(item, FoundItem):
                    found.append(item)
        return found

    def _update_button(self, *_: object) -> None:
        show_ticked_count(self.add_button, len(self.ticked_items()))


def problem_label(text: str, hint: str | None) -> QLabel:
    """A plain message for a file that could not be read (shown in place of the preview)."""
    label = para(text + ("\n" + hint if hint else ""))
    style.colour_label(label, style.state_colours().red, bold=False)
    label.setAccessibleName(label.text())
    return label
