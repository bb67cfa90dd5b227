"""What a file or folder holds, before anything is added: the finds in three groups, with ticks.

Each row shows a :class:`~ringoff.operations.importing.Find`: a service's name and its evidence
in words ("texted this number 37 times, last in March 2024", "signs in with this number"). The
readers never hand over a password, message text, code or user name, so none can reach a widget.

Nothing is written by this widget: the page reads :meth:`FindsPreview.ticked_finds` when the
person presses "Add the ticked ones". Boxes the person unticks are remembered in
:attr:`FindsPreview.unticked` so that a rebuilt preview keeps them unticked.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTreeView, QVBoxLayout, QWidget

from ...operations.importing import Find, Found, evidence_text
from .. import style
from ..context import AppContext
from ..widgets import button, para, show_ticked_count

FIND_ROLE = Qt.ItemDataRole.UserRole + 1
DUPLICATE_ROLE = Qt.ItemDataRole.UserRole + 2

EVIDENCE, KNOWN, OTHER = "evidence", "known", "other"


def group_of(find: Find) -> str:
    if find.evidence:
        return EVIDENCE
    return KNOWN if find.service_id is not None else OTHER


class FindsPreview(QWidget):
    """``add_requested`` fires when "Add the ticked ones" is pressed."""

    add_requested = Signal()

    def __init__(
        self,
        ctx: AppContext,
        found: Found,
        finds: list[Find],
        file_name: str,
        folder: str,
        unticked: Collection[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.found = found
        self.unticked: set[str] = set(unticked)
        self.setAccessibleName(self.tr("What the file holds"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(int(style.em() * 0.5))

        counts = {EVIDENCE: 0, KNOWN: 0, OTHER: 0}
        for f in finds:
            counts[group_of(f)] += 1
        kind = ctx.tr(found.kind_label)
        if found.is_archive:
            summary = self.tr(
                "This is {kind}. Ringoff read {items} messages and found {n} senders that look "
                "like apps or companies; {people} messages from people were left out."
            ).format(kind=kind, items=found.items, n=len(finds), people=found.personal)
        else:
            summary = self.tr(
                "This is a password list from {program}. It has {rows} entries for {sites} "
                "different sites and apps."
            ).format(program=kind, rows=found.items, sites=len(finds))
        self.summary = para(summary)
        self.summary.setAccessibleName(summary)
        lay.addWidget(self.summary)
        lay.addWidget(
            para(
                self.tr(
                    "Ticked: the ones with something that shows they use this number. Untick any "
                    "you do not want; tick others you know use this number. Nothing is added "
                    "until you press the button below."
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
        self.view.setAccessibleName(self.tr("What was found in the file, with tick boxes"))
        self.view.setMinimumHeight(style.em() * 14)
        self.groups: dict[str, QStandardItem] = {}
        titles = {
            EVIDENCE: self.tr("Tied to this number ({n})"),
            KNOWN: self.tr(
                "Apps and sites Ringoff knows, with nothing that shows this number ({n})"
            ),
            OTHER: self.tr("Other sites and senders ({n})"),
        }
        for group in (EVIDENCE, KNOWN, OTHER):
            if not counts[group]:
                continue
            item = QStandardItem(titles[group].format(n=counts[group]))
            item.setEditable(False)
            item.setSelectable(False)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            self.model.appendRow(item)
            self.groups[group] = item
        for f in finds:
            self.groups[group_of(f)].appendRow(self._row(f))
        self.view.expandAll()
        self.model.itemChanged.connect(self._changed)
        lay.addWidget(self.view, 1)

        self.add_button = button(self.tr("Add the ticked ones"), primary=True)
        self.add_button.clicked.connect(self.add_requested)
        lay.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.delete_note: QLabel | None = None
        if found.plain_text:
            if found.is_archive:
                note = self.tr(
                    "The file “{name}” in the folder “{folder}” holds your messages in plain "
                    "text. When you have finished here, delete it if you do not need it. "
                    "Ringoff only read it: it never changes or deletes your file."
                ).format(name=file_name, folder=folder)
            else:
                note = self.tr(
                    "Important: the file “{name}” in the folder “{folder}” holds all your "
                    "passwords in plain text. When you have finished here, delete it and empty "
                    "the recycle bin. Ringoff only read it: it never changes or deletes your "
                    "file."
                ).format(name=file_name, folder=folder)
            self.delete_note = para(note)
            style.colour_label(self.delete_note, style.state_colours().amber, bold=True)
            lay.addWidget(self.delete_note)
        self._update_button()

    def _row(self, f: Find) -> QStandardItem:
        text = f.name
        if f.host and f.host.casefold() not in text.casefold():
            text = self.tr("{name} ({host})").format(name=text, host=f.host)
        words = evidence_text(f, self.ctx.lang)
        if words is not None:
            text = self.tr("{name}: {evidence}").format(name=text, evidence=self.ctx.tr(words))
        if f.duplicate:
            text = self.tr("{name} — already added").format(name=text)
        row = QStandardItem(text)
        row.setEditable(False)
        row.setData(f, FIND_ROLE)
        row.setData(f.duplicate, DUPLICATE_ROLE)
        row.setAccessibleText(text)
        if f.duplicate:
            row.setCheckable(False)
            row.setEnabled(False)
        else:
            row.setCheckable(True)
            row.setCheckState(Qt.CheckState.Checked if f.ticked else Qt.CheckState.Unchecked)
        return row

    def rows(self) -> list[QStandardItem]:
        """Every find's row, group by group."""
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

    def ticked_finds(self) -> list[Find]:
        found: list[Find] = []
        for row in self.rows():
            if row.isCheckable() and row.checkState() == Qt.CheckState.Checked:
                f = row.data(FIND_ROLE)
                if isinstance(f, Find):
                    found.append(f)
        return found

    def _changed(self, item: QStandardItem) -> None:
        f = item.data(FIND_ROLE)
        if isinstance(f, Find) and item.isCheckable():
            if item.checkState() == Qt.CheckState.Checked:
                self.unticked.discard(f.key)
            else:
                self.unticked.add(f.key)
        self._update_button()

    def _update_button(self, *_: object) -> None:
        show_ticked_count(self.add_button, len(self.ticked_finds()))


def problem_label(text: str, hint: str | None) -> QLabel:
    """A plain message for a file that could not be read (shown in place of the preview)."""
    label = para(text + ("\n" + hint if hint else ""))
    style.colour_label(label, style.state_colours().red, bold=False)
    label.setAccessibleName(label.text())
    return label
