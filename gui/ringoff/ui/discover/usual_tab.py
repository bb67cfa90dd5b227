""" "Which of these do you use?": the usual services of the number's region, in sections (the
class keeps its first name, ChecklistTab, for its translation context).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.model import Use
from ...core.usual_services import usual_services
from .. import style
from ..accounts_model import search_key
from ..badges import service_icon, service_icon_size
from ..checklist_filter import BoxFilter, filter_field
from ..widgets import (
    Column,
    button,
    field,
    labelled,
    literal,
    para,
    show_ticked_count,
)
from .common import SHOWN_AT_FIRST, section_heading

if TYPE_CHECKING:
    from .page import DiscoverPage


class _Box:
    """One tick box of the checklist and what it stands for."""

    def __init__(self, box: QCheckBox, service_id: str | None, name: str) -> None:
        self.box = box
        self.service_id = service_id
        self.name = name


class ChecklistTab(QWidget):
    def __init__(self, page: DiscoverPage) -> None:
        super().__init__()
        self.page = page
        ctx = page.ctx
        self.boxes: list[_Box] = []
        self.bank_grid: QGridLayout | None = None
        self.more_buttons: list[QPushButton] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.column = Column(width_em=46)
        self.column.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.column, 1)
        col = self.column
        col.add(section_heading(self.tr("Which of these do you use?")))
        col.add(
            para(
                self.tr(
                    "Tick every app, bank and service you use with this number. The most common "
                    "ones are at the top of each group. Ones already in your list are ticked "
                    "and greyed."
                )
            )
        )
        self.find = filter_field(self.tr("Name, e.g. PayPal"), self.tr("Find"))
        col.add(labelled(self.tr("&Find in this list"), self.find))
        self.nothing_found = para(self.tr("Nothing in the list matches."), hint=True)
        self.nothing_found.setVisible(False)
        col.add(self.nothing_found)
        ids, _ = page.existing()
        region = page.number.region
        for section in usual_services(ctx.catalog, region):
            col.add(section_heading(ctx.tr(section.title)))
            grid_box = QWidget()
            grid = QGridLayout(grid_box)
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setHorizontalSpacing(style.em() * 2)
            hidden: list[QCheckBox] = []
            for i, service in enumerate(section.services):
                box = QCheckBox(literal(service.name(ctx.lang)))
                box.setIcon(service_icon(service.name(ctx.lang), service.category.value))
                box.setIconSize(service_icon_size())
                box.setAccessibleName(service.name(ctx.lang))
                entry = _Box(box, service.id, service.name(ctx.lang))
                self.boxes.append(entry)
                box.toggled.connect(self._update_button)
                grid.addWidget(box, i, 0)
                if i >= SHOWN_AT_FIRST:
                    box.setVisible(False)
                    hidden.append(box)
            col.add(grid_box)
            if hidden:
                more = button(
                    self.tr("Show {n} more").format(n=len(hidden)),
                    self.tr("Show {n} more in “{section}”").format(
                        n=len(hidden), section=ctx.tr(section.title)
                    ),
                )
                more.setFlat(True)
                more.clicked.connect(lambda _=False, h=hidden, b=more: self._show_more(h, b))
                self.more_buttons.append(more)
                col.add(more)
            if section.key == "banks":
                self.bank_grid = grid
                self._bank_field()
        if self.bank_grid is None:  # a region without banks in the catalog
            grid_box = QWidget()
            self.bank_grid = QGridLayout(grid_box)
            col.add(grid_box)
            self._bank_field()
        col.add_stretch()
        catalog = ctx.catalog

        def key_of(entry: _Box) -> Callable[[], str]:
            service = catalog.get(entry.service_id) if entry.service_id else None
            return lambda: search_key(entry.name, service, catalog)  # pinyin too

        self.filter = BoxFilter(
            self.find,
            [(e.box, key_of(e)) for e in self.boxes],
            self.more_buttons,
            self.nothing_found,
        )

        bar = QHBoxLayout()
        pad = int(style.em() * 0.5)
        bar.setContentsMargins(pad, pad, pad, pad)
        self.add_button = button(self.tr("Add the ticked ones"), primary=True)
        self.add_button.clicked.connect(self.add_ticked)
        bar.addStretch(1)
        bar.addWidget(self.add_button)
        outer.addLayout(bar)
        self._mark_existing(ids)
        self._update_button()

    def _bank_field(self) -> None:
        self.bank_name = field(self.tr("e.g. Rural Credit Cooperative"), self.tr("Bank name"))
        self.bank_add = button(self.tr("Put it in the list"))
        self.bank_add.setAccessibleName(self.tr("Put this bank in the list, ticked"))
        self.bank_add.clicked.connect(self.add_custom_bank)
        self.bank_name.returnPressed.connect(self.add_custom_bank)
        box = QWidget()
        line = QHBoxLayout(box)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.bank_name, 1)
        line.addWidget(self.bank_add)
        self.column.add(labelled(self.tr("Your bank is not in the list? Type its &name:"), box))
        self.bank_name.setAccessibleName(self.tr("Your bank is not in the list? Type its name"))

    def _show_more(self, hidden: list[QCheckBox], more: QPushButton) -> None:
        for box in hidden:
            box.setVisible(True)
        more.setVisible(False)
        if hidden:
            hidden[0].setFocus()

    def add_custom_bank(self) -> None:
        name = " ".join(self.bank_name.text().split())
        if not name:
            self.bank_name.setFocus()
            return
        for entry in self.boxes:
            if entry.name.casefold() == name.casefold():
                entry.box.setVisible(True)
                if entry.box.isEnabled():
                    entry.box.setChecked(True)
                self.bank_name.clear()
                return
        box = QCheckBox(literal(name))
        box.setAccessibleName(name)
        box.setChecked(True)
        box.toggled.connect(self._update_button)
        assert self.bank_grid is not None
        self.bank_grid.addWidget(box, self.bank_grid.count(), 0)
        self.boxes.append(_Box(box, None, name))
        self.bank_name.clear()
        self._update_button()

    def box_for(self, service_id: str) -> QCheckBox | None:
        for entry in self.boxes:
            if entry.service_id == service_id:
                return entry.box
        return None

    def ticked(self) -> list[_Box]:
        return [e for e in self.boxes if e.box.isEnabled() and e.box.isChecked()]

    def _update_button(self, *_: object) -> None:
        show_ticked_count(self.add_button, len(self.ticked()))

    def add_ticked(self) -> None:
        accounts = []
        for entry in self.ticked():
            uses = [Use.PAYMENT] if entry.service_id is None else None
            accounts.append(self.page.make_account(entry.service_id, entry.name, uses))
        self.page.add_accounts(accounts)

    def _mark_existing(self, ids: set[str]) -> None:
        _, names = self.page.existing()
        for entry in self.boxes:
            known = (entry.service_id in ids) if entry.service_id else False
            if known or (entry.service_id is None and entry.name.casefold() in names):
                entry.box.blockSignals(True)
                entry.box.setChecked(True)
                entry.box.blockSignals(False)
                entry.box.setEnabled(False)
                text = self.tr("{name} (already added)").format(name=entry.name)
                entry.box.setText(literal(text))
                entry.box.setAccessibleName(text)

    def refresh(self) -> None:
        ids, _ = self.page.existing()
        self._mark_existing(ids)
        self._update_button()
