"""Pasted texts: the senders are found and the texts cleared from the box at once; only the
senders' names stay, on the page, until they are added or the page closes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.model import Use
from ...core.sms import SmsHit, recognise
from .. import style
from ..widgets import (
    Column,
    button,
    field,
    labelled,
    literal,
    para,
    row,
    show_ticked_count,
)
from .common import reveal, section_heading

if TYPE_CHECKING:
    from .page import DiscoverPage


class _Hit:
    def __init__(self, hit: SmsHit, box: QCheckBox, name_field: QLineEdit | None) -> None:
        self.hit = hit
        self.box = box
        self.name_field = name_field


class SmsTab(QWidget):
    def __init__(self, page: DiscoverPage) -> None:
        super().__init__()
        self.page = page
        self.hits: list[_Hit] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        col = Column(width_em=52)
        outer.addWidget(col)
        self.column = col
        col.add(section_heading(self.tr("From your text messages")))
        col.add(
            para(
                self.tr(
                    "On your phone, copy a few verification texts and other messages from apps "
                    "and banks, and paste them here, as many as you like at once. Ringoff only "
                    "looks at who sent each one; the codes are not shown or kept, and the box "
                    "is emptied as soon as the senders are found."
                )
            )
        )
        self.text_box = QPlainTextEdit()
        self.text_box.setAccessibleName(self.tr("Pasted text messages"))
        self.text_box.setPlaceholderText(self.tr("Paste the messages here"))
        self.text_box.setTabChangesFocus(True)
        self.text_box.setMinimumHeight(style.em() * 8)
        col.add(labelled(self.tr("&Messages:"), self.text_box))
        self.find_button = button(self.tr("Find the senders"), primary=True)
        self.find_button.clicked.connect(self.find_senders)
        col.add(row(self.find_button))

        self.results = QWidget()
        self.results_layout = QVBoxLayout(self.results)
        self.results_layout.setContentsMargins(0, 0, 0, 0)
        col.add(self.results)
        self.add_button = button(self.tr("Add the ticked ones"), primary=True)
        self.add_button.clicked.connect(self.add_ticked)
        self.add_row = row(self.add_button)
        self.add_row.setVisible(False)
        col.add(self.add_row)
        col.add_stretch()

    def _clear_results(self) -> None:
        while self.results_layout.count():
            item = self.results_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.hits = []

    def find_senders(self) -> None:
        text = self.text_box.toPlainText()
        self.text_box.clear()  # also forgets the undo history, so the codes are gone
        if not text.strip():
            self.text_box.setFocus()
            return
        hits = recognise(text, self.page.ctx.catalog, self.page.ctx.lang)
        del text
        self._clear_results()
        self._show(hits)

    def _show(self, hits: list[SmsHit]) -> None:
        ids, names = self.page.existing()
        lay = self.results_layout
        known = [h for h in hits if h.sender and h.service_id]
        unknown = [h for h in hits if h.sender and not h.service_id]
        unread = sum(h.count for h in hits if not h.sender)
        if not known and not unknown:
            lay.addWidget(para(self.tr("No sender could be found in these messages.")))
        if known:
            lay.addWidget(section_heading(self.tr("Senders Ringoff knows")))
        for hit in known:
            name = hit.service_name
            already = hit.service_id in ids or name.casefold() in names
            box = QCheckBox(literal(self._label(name, hit.count, already)))
            box.setAccessibleName(box.text())
            box.setChecked(True)
            box.setEnabled(not already)
            box.toggled.connect(self._update_button)
            lay.addWidget(box)
            self.hits.append(_Hit(hit, box, None))
        if unknown:
            lay.addWidget(section_heading(self.tr("Senders Ringoff does not know")))
            lay.addWidget(
                para(
                    self.tr(
                        "Tick the ones that are accounts of yours; you can change the name "
                        "before adding."
                    ),
                    hint=True,
                )
            )
        for hit in unknown:
            already = hit.sender.casefold() in names
            box = QCheckBox(literal(self._label(hit.sender, hit.count, already)))
            box.setAccessibleName(box.text())
            box.setChecked(already)
            box.setEnabled(not already)
            box.toggled.connect(self._update_button)
            name_field = field(self.tr("Name of the account"), self.tr("Name to add"))
            name_field.setText(hit.sender)
            name_field.setEnabled(not already)
            hit_row = QWidget()
            row_lay = QHBoxLayout(hit_row)
            row_lay.setContentsMargins(0, 0, 0, 0)
            row_lay.addWidget(box)
            row_lay.addWidget(name_field, 1)
            lay.addWidget(hit_row)
            self.hits.append(_Hit(hit, box, name_field))
        if unread:
            lay.addWidget(
                para(
                    self.tr("{n} message(s) did not show who sent them; they were skipped.").format(
                        n=unread
                    ),
                    hint=True,
                )
            )
        self.add_row.setVisible(bool(self.hits))
        reveal(self.column, self.results)
        self._update_button()

    def _label(self, name: str, count: int, already: bool) -> str:
        text = self.tr("{name} ({count} messages)").format(name=name, count=count)
        if count == 1:
            text = self.tr("{name} (1 message)").format(name=name)
        if already:
            text = self.tr("{name} — already added").format(name=text)
        return text

    def ticked(self) -> list[_Hit]:
        return [h for h in self.hits if h.box.isEnabled() and h.box.isChecked()]

    def _update_button(self, *_: object) -> None:
        show_ticked_count(self.add_button, len(self.ticked()))

    def add_ticked(self) -> None:
        accounts = []
        for h in self.ticked():
            if h.hit.service_id:
                accounts.append(self.page.make_account(h.hit.service_id, h.hit.service_name))
            elif h.name_field is not None:
                name = " ".join(h.name_field.text().split())
                if name:
                    accounts.append(self.page.make_account(None, name, [Use.CODES]))
        self.page.add_accounts(accounts)

    def refresh(self) -> None:
        if not self.hits:
            return
        hits = [h.hit for h in self.hits]
        self._clear_results()
        self._show(hits)
