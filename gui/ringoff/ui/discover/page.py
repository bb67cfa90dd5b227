"""The find page: the four tabs, the one way accounts are added, and the question before leaving
with ticks not yet added.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.accounts import new_account
from ...core.model import Account, PhoneNumber, Use
from ...operations import importing
from .. import style
from ..context import AppContext
from ..errors import show_problem
from ..widgets import (
    button,
    para,
    row,
    title,
)
from ..words import shown_number
from .common import BIG_TICKS
from .file_tab import FileTab
from .messages_tab import SmsTab
from .official_tab import OfficialTab
from .usual_tab import ChecklistTab


class DiscoverPage(QWidget):
    """Route ``("discover", number_id)``."""

    def __init__(self, ctx: AppContext, window: QWidget, number_id: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.window_ = window
        self.number: PhoneNumber = ctx.session.vault.number(number_id)
        self.setStyleSheet(BIG_TICKS)
        self.setAccessibleName(self.tr("Find the accounts that use this number"))

        lay = QVBoxLayout(self)
        pad = int(style.em() * 0.6)
        lay.setContentsMargins(pad * 2, pad, pad * 2, pad)
        lay.setSpacing(pad)
        masked = shown_number(self.number.e164, self.number.region)
        self.done_button = button(self.tr("Done: back to this number's list"))
        self.done_button.clicked.connect(self.finish)
        heading = title(self.tr("Find the accounts that use {number}").format(number=masked))
        lay.addWidget(row(heading, self.done_button, stretch_first=True))
        lay.addWidget(
            para(
                self.tr(
                    "Four ways to find them; use one or all. Nothing is added until you press "
                    "“Add the ticked ones”."
                )
            )
        )
        self.status = para("")
        self.status.setAccessibleName(self.tr("What was just done"))
        style.colour_label(self.status, style.state_colours().green)
        self.status.setVisible(False)
        lay.addWidget(self.status)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Ways to find accounts"))
        self.tabs.setDocumentMode(True)
        self.checklist_tab = ChecklistTab(self)
        self.file_tab = FileTab(self)
        self.passwords_tab = self.file_tab  # the name older callers use
        self.sms_tab = SmsTab(self)
        self.tabs.addTab(self.checklist_tab, self.tr("1. Which do you use?"))
        self.tabs.addTab(self.file_tab, self.tr("2. From a file"))
        self.tabs.addTab(self.sms_tab, self.tr("3. Text messages"))
        self.official_tab: OfficialTab | None = None
        if self.number.region == "CN":
            self.official_tab = OfficialTab(self)
            self.tabs.addTab(self.official_tab, self.tr("4. Official check"))
        lay.addWidget(self.tabs, 1)
        self._tab_index = 0
        self._leaving = False
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setAcceptDrops(True)

    def initial_focus(self) -> QWidget:
        return self.tabs.tabBar()

    def finish(self) -> None:
        if not self.may_leave():
            return
        self._leaving = True
        self.file_tab.cancel()
        self.window_.go(("number", self.number.id))  # type: ignore[attr-defined]

    # -- ticks are never lost --

    def _pending(self, tab: QWidget) -> int:
        if tab is self.file_tab:
            return self.file_tab.pending()
        if tab is self.checklist_tab or tab is self.sms_tab:
            return len(tab.ticked())  # type: ignore[attr-defined]
        return 0

    def _ask_about(self, tab: QWidget) -> bool:
        """Ask what to do with the ticks of *tab* not yet added; True to go on."""
        n = self._pending(tab)
        if not n:
            return True
        choice = self.ask_leave(n)
        if choice == "add":
            tab.add_ticked()  # type: ignore[attr-defined]
            return True
        return choice == "drop"

    def ask_leave(self, n: int) -> str:
        """Ask about *n* ticks not yet added: "add", "drop" or "stay" (tests replace this)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Ticked, not yet added"))
        box.setText(self.tr("You ticked {n} but have not added them to the list yet.").format(n=n))
        add = box.addButton(self.tr("Add them now"), QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton(
            self.tr("Go on without adding"), QMessageBox.ButtonRole.DestructiveRole
        )
        stay = box.addButton(self.tr("Stay here"), QMessageBox.ButtonRole.RejectRole)
        for b in (add, drop, stay):
            b.setAccessibleName(b.text())
        box.setDefaultButton(add)
        box.setEscapeButton(stay)
        box.exec()
        clicked = box.clickedButton()
        return "add" if clicked is add else "drop" if clicked is drop else "stay"

    def may_leave(self) -> bool:
        """Asked by the window before it shows another page."""
        if self._leaving:
            return True
        return all(self._ask_about(self.tabs.widget(i)) for i in range(self.tabs.count()))

    def _tab_changed(self, index: int) -> None:
        previous = self.tabs.widget(self._tab_index)
        if previous is not None and not self._ask_about(previous):
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(self._tab_index)
            self.tabs.blockSignals(False)
            return
        self._tab_index = index

    # -- drag and drop --

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.load_file(urls[0].toLocalFile())

    # -- shared by the tabs --

    def accounts(self) -> list[Account]:
        return self.ctx.session.vault.accounts(self.number.id)

    def existing(self) -> tuple[set[str], set[str]]:
        """The catalog ids and the names (case-folded) already in this number's list."""
        return importing.already_listed(self.accounts(), self.ctx.catalog)

    def make_account(
        self, service_id: str | None, name: str, uses: Sequence[Use] | None = None
    ) -> Account:
        return new_account(
            self.ctx.catalog,
            self.number,
            service_id=service_id,
            name=name,
            lang=self.ctx.lang,
            uses=uses,
        )

    def add_accounts(self, accounts: list[Account]) -> int:
        """Add *accounts* (skipping ones already in the list) in one go; return how many."""
        # operations.importing's one rule, the same as ``ringoff import``'s.
        fresh = importing.fresh_accounts(accounts, self.accounts(), self.ctx.catalog)
        if not fresh:
            self.show_status(self.tr("Those are already in the list; nothing was added."))
            return 0
        try:
            self.ctx.session.write(lambda vault: vault.add_accounts(fresh))
        except Exception as exc:  # shown to the person; a lock closes this page anyway
            show_problem(self, exc)
            return 0
        n = len(fresh)
        total = len(self.accounts())
        self.show_status(
            self.tr("Added {n} to the list. This number now has {total} accounts.").format(
                n=n, total=total
            )
        )
        self.refresh()
        return n

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.setVisible(True)

    def refresh(self) -> None:
        self.checklist_tab.refresh()
        self.file_tab.refresh()
        self.sms_tab.refresh()
        if self.official_tab is not None:
            self.official_tab.refresh()

    def load_file(self, path: str | Path, *, wait: bool = False) -> None:
        """Read any file or folder (the seam the file dialog, drops and tests use); with
        *wait*, return once its preview or message is shown."""
        self.tabs.blockSignals(True)
        self.tabs.setCurrentWidget(self.file_tab)
        self._tab_index = self.tabs.currentIndex()
        self.tabs.blockSignals(False)
        self.file_tab.load_file(Path(path))
        if wait:
            self.file_tab.wait()
