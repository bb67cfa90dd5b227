"""Finding what is tied to a number: a checklist, any file or folder, pasted texts, official checks.

Four tabs, each ending in one "Add the ticked ones" button; every addition is one transaction
(``vault.add_accounts``) through the session. Ticks are never lost: leaving the page or another
tab with ticks not yet added asks first, and what the person unticked stays unticked.

The file tab takes anything ``operations.importing`` reads (password exports, message archives,
mailboxes, the 一证通查 reply), chosen in a dialog or dropped on the page. A worker thread reads
it (progress bar, Cancel) and never touches the vault; only the finds (names and evidence, never
a password, message or code) come back to the page. Pasted texts are cleared from the box as
soon as their senders are found, and only the senders' names are kept, in the page, until they
are added or the page closes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core import phone
from ..core.accounts import new_account, renewal_hint
from ..core.errors import UserError
from ..core.model import Account, PhoneNumber, Use
from ..core.sms import SmsHit, recognise
from ..core.usual_services import usual_services
from ..operations import importing
from ..operations.importing import Found
from . import style
from .accounts_model import search_key
from .badges import service_icon, service_icon_size
from .checklist_filter import BoxFilter, filter_field
from .context import AppContext
from .dates import spoken
from .errors import show_problem
from .import_preview import FindsPreview, problem_label
from .widgets import (
    Column,
    button,
    field,
    labelled,
    literal,
    para,
    row,
    show_ticked_count,
    title,
)

#: How many services a checklist section shows before "Show more".
SHOWN_AT_FIRST = 10
YZTC_PREF = "yztc_count"
CARRIERS = ("china_mobile", "china_unicom", "china_telecom")

# Larger tick boxes for this page; em follows the text-size setting.
_BIG_TICKS = """
QCheckBox { spacing: 0.5em; padding: 0.15em 0; }
QCheckBox::indicator { width: 1.4em; height: 1.4em; }
QTreeView::indicator { width: 1.3em; height: 1.3em; }
QTreeView::item { padding: 0.2em 0; }
"""


def _section_heading(text: str) -> QLabel:
    label = QLabel(text)
    style.heading(label, 1.2)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def _reveal(column: Column, widget: QWidget) -> None:
    """Scroll *column* to *widget* once the new content has been laid out."""

    def scroll() -> None:
        column.ensureWidgetVisible(widget, 0, style.em() * 4)

    QTimer.singleShot(0, widget, scroll)


class DiscoverPage(QWidget):
    """Route ``("discover", number_id)``."""

    def __init__(self, ctx: AppContext, window: QWidget, number_id: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.window_ = window
        self.number: PhoneNumber = ctx.session.vault.number(number_id)
        self.setStyleSheet(_BIG_TICKS)
        self.setAccessibleName(self.tr("Find the accounts that use this number"))

        lay = QVBoxLayout(self)
        pad = int(style.em() * 0.6)
        lay.setContentsMargins(pad * 2, pad, pad * 2, pad)
        lay.setSpacing(pad)
        masked = phone.masked(self.number.e164, self.number.region)
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


# ----------------------------------------------------------------------------------------------
# a. the checklist


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
        col.add(_section_heading(self.tr("Which of these do you use?")))
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
            col.add(_section_heading(ctx.tr(section.title)))
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


# ----------------------------------------------------------------------------------------------
# b. saved passwords


class _Reader(QThread):
    """Reads one file or folder off the UI thread. It never touches the vault: the finds go
    back to the page, which compares them with the list and adds them on the UI thread."""

    progressed = Signal(float)
    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, path: Path, number: PhoneNumber, catalog: Any, lang: str) -> None:
        super().__init__()
        self.path = path
        self.number = number
        self.catalog = catalog
        self.lang = lang
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        last = [-1.0]

        def progress(fraction: float) -> None:
            if fraction - last[0] >= 0.004 or fraction >= 1.0:
                last[0] = fraction
                self.progressed.emit(fraction)

        try:
            found = importing.read_path(
                self.path,
                number=self.number,
                catalog=self.catalog,
                lang=self.lang,
                cancel=self._stop.is_set,
                progress=progress,
            )
        except importing.ImportCancelled:
            self.cancelled.emit()
            return
        except Exception as exc:  # shown on the UI thread: plain words, or "copy details"
            self.failed.emit(exc)
            return
        self.done.emit(found)


#: Readers still running (a page may close before its reader stops; Qt must not delete a
#: running thread).
_RUNNING: set[_Reader] = set()


class FileTab(QWidget):
    """Any file or folder: password exports, message archives, mailboxes, the 一证通查 reply."""

    def __init__(self, page: DiscoverPage) -> None:
        super().__init__()
        self.page = page
        self.found: Found | None = None
        self.file_name = ""
        self.folder = ""
        self.unticked: set[str] = set()
        self.reader: _Reader | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        col = Column(width_em=52)
        outer.addWidget(col)
        self.column = col
        col.add(_section_heading(self.tr("From a file: saved passwords, old texts, e-mail")))
        col.add(
            para(
                self.tr(
                    "Choose a file, or drag it onto this page. Ringoff reads it on this "
                    "computer, finds the apps and companies that sent this number codes or sign "
                    "in with it, and keeps only their names: never a password, a message or a "
                    "code."
                )
            )
        )
        col.add(
            para(
                self.tr(
                    "What it can read (menus change between versions):\n"
                    "• Saved passwords: Chrome, Edge, Firefox, Safari or Apple Passwords, "
                    "Bitwarden, KeePass, 1Password, LastPass, Enpass, Dashlane, Proton Pass, "
                    "NordPass, Keeper — use “Export” in the program.\n"
                    "• Android texts: the .xml file of the “SMS Backup & Restore” app.\n"
                    "• iPhone texts: the folder of a backup made on this computer with Finder "
                    "or iTunes (not encrypted).\n"
                    "• E-mail: Google Takeout's .mbox, a Thunderbird folder, an Apple Mail "
                    "export, or saved .eml messages.\n"
                    "• The reply text of 一证通查, saved as a .txt file."
                )
            )
        )
        self.choose_button = button(self.tr("Choose a file…"), primary=True)
        self.choose_button.clicked.connect(self.choose_file)
        self.folder_button = button(self.tr("Choose a folder…"))
        self.folder_button.setToolTip(self.tr("For an iPhone backup or a folder of e-mail"))
        self.folder_button.clicked.connect(self.choose_folder)
        col.add(row(self.choose_button, self.folder_button))

        self.busy = QWidget()
        busy_lay = QVBoxLayout(self.busy)
        busy_lay.setContentsMargins(0, 0, 0, 0)
        self.busy_label = para("")
        busy_lay.addWidget(self.busy_label)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName(self.tr("How much of the file has been read"))
        self.cancel_button = button(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        busy_lay.addWidget(row(self.progress, self.cancel_button, stretch_first=True))
        self.busy.setVisible(False)
        col.add(self.busy)

        self.result_slot = QVBoxLayout()
        holder = QWidget()
        holder.setLayout(self.result_slot)
        self.result_slot.setContentsMargins(0, 0, 0, 0)
        col.add(holder, 1)
        self.preview: FindsPreview | None = None
        self.problem: QLabel | None = None

    # -- choosing --

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the file"),
            str(Path.home()),
            self.tr(
                "Exports and archives (*.csv *.json *.xml *.zip *.1pux *.txt *.mbox *.eml *.db);;"
                "All files (*)"
            ),
        )
        if path:
            self.load_file(Path(path))

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder"), str(Path.home())
        )
        if path:
            self.load_file(Path(path))

    # -- reading --

    def _clear(self) -> None:
        for widget in (self.preview, self.problem):
            if widget is not None:
                self.result_slot.removeWidget(widget)
                widget.deleteLater()
        self.preview = None
        self.problem = None

    def load_file(self, path: Path) -> None:
        """Start reading *path* (a file or folder) on a worker thread."""
        self.cancel()
        self._clear()
        self.page.status.setVisible(False)
        self.found = None
        self.unticked = set()
        self.file_name = path.name
        self.folder = str(path.parent)
        reader = _Reader(path, self.page.number, self.page.ctx.catalog, self.page.ctx.lang)
        reader.progressed.connect(self._progress)
        reader.done.connect(self._done)
        reader.failed.connect(self._failed)
        reader.cancelled.connect(self._cancelled)
        reader.finished.connect(lambda r=reader: _RUNNING.discard(r))
        self.destroyed.connect(reader.cancel)
        _RUNNING.add(reader)
        self.reader = reader
        text = self.tr("Reading “{name}”… Big files take a while; you can cancel.").format(
            name=path.name
        )
        self.busy_label.setText(text)
        self.busy_label.setAccessibleName(text)
        self.progress.setValue(0)
        self.busy.setVisible(True)
        self.choose_button.setEnabled(False)
        self.folder_button.setEnabled(False)
        reader.start()
        self.cancel_button.setFocus()

    def is_reading(self) -> bool:
        return self.reader is not None

    def wait(self, ms: int = 30_000) -> None:
        """Block until the reader is done and its result shown (tests, screenshots)."""
        reader = self.reader
        if reader is not None:
            reader.wait(ms)
            QCoreApplication.sendPostedEvents()
            QCoreApplication.processEvents()

    def cancel(self) -> None:
        if self.reader is not None:
            self.reader.cancel()

    def _finish_reading(self) -> None:
        self.reader = None
        self.busy.setVisible(False)
        self.choose_button.setEnabled(True)
        self.folder_button.setEnabled(True)

    def _progress(self, fraction: float) -> None:
        if self.reader is not None:
            self.progress.setValue(int(fraction * 1000))

    def _cancelled(self) -> None:
        self._finish_reading()
        self.page.show_status(self.tr("Stopped. Nothing was added."))
        self.choose_button.setFocus()

    def _failed(self, exc: object) -> None:
        self._finish_reading()
        if isinstance(exc, UserError):
            ctx = self.page.ctx
            self.problem = problem_label(
                ctx.tr(exc.message), ctx.tr(exc.hint) if exc.hint is not None else None
            )
            self.result_slot.addWidget(self.problem)
        elif isinstance(exc, BaseException):
            show_problem(self, exc)

    def _done(self, found: object) -> None:
        self._finish_reading()
        if not isinstance(found, Found):
            return
        self.found = found
        self._show_preview()

    def _show_preview(self) -> None:
        if self.found is None:
            return
        ctx = self.page.ctx
        finds = importing.choose(self.found, self.page.accounts(), ctx.catalog, self.unticked)
        if not finds:
            self.problem = problem_label(
                self.tr("The file was read, but nothing in it points to an app or a company."),
                None,
            )
            self.result_slot.addWidget(self.problem)
            return
        self.preview = FindsPreview(
            ctx, self.found, finds, self.file_name, self.folder, self.unticked
        )
        self.preview.add_requested.connect(self.add_ticked)
        self.result_slot.addWidget(self.preview)
        _reveal(self.column, self.preview.summary)

    def pending(self) -> int:
        return len(self.preview.ticked_finds()) if self.preview is not None else 0

    def add_ticked(self) -> None:
        if self.preview is None:
            return
        self.unticked = set(self.preview.unticked)
        page = self.page
        accounts = importing.accounts_for(
            self.preview.ticked_finds(), page.ctx.catalog, page.number, page.ctx.lang
        )
        page.add_accounts(accounts)

    def refresh(self) -> None:
        if self.preview is not None:
            self.unticked = set(self.preview.unticked)
            self._clear()
            self._show_preview()


# ----------------------------------------------------------------------------------------------
# c. text messages


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
        col.add(_section_heading(self.tr("From your text messages")))
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
            lay.addWidget(_section_heading(self.tr("Senders Ringoff knows")))
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
            lay.addWidget(_section_heading(self.tr("Senders Ringoff does not know")))
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
        _reveal(self.column, self.results)
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


# ----------------------------------------------------------------------------------------------
# d. official checks (mainland China)


class OfficialTab(QWidget):
    def __init__(self, page: DiscoverPage) -> None:
        super().__init__()
        self.page = page
        ctx = page.ctx
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        col = Column(width_em=52)
        outer.addWidget(col)
        col.add(_section_heading(self.tr("The official check: 一证通查")))
        col.add(
            para(
                self.tr(
                    "The Ministry of Industry and Information Technology (MIIT) runs a free "
                    "check, 一证通查, that tells you how many internet accounts are linked to "
                    "this number. It gives only a count, not the names of the apps, and it "
                    "covers only some large internet companies."
                )
            )
        )
        col.add(
            para(
                self.tr(
                    "Where to start it: in WeChat, the official account 工信微报, 工信部反诈专班 "
                    "or 中国信通院; or the 一证通查 mini-program in Alipay. You need the phone "
                    "number and the last six digits of the ID card. The answer comes as a text "
                    "message from 10699000 within 48 hours."
                )
            )
        )
        service = ctx.catalog.get("miit_yztc")
        guide = service.action(service.default_action) if service is not None else None
        steps = guide.steps_for(ctx.lang) if guide is not None else ()
        if steps:
            lines = "\n".join(
                self.tr("{n}. {step}").format(n=i, step=step) for i, step in enumerate(steps, 1)
            )
            col.add(para(self.tr("Step by step:")))
            col.add(para(lines))

        self.count_field = QSpinBox()
        self.count_field.setRange(0, 999)
        self.count_field.setMinimumWidth(style.em() * 5)
        self.count_field.setAccessibleName(self.tr("The count in the text from 10699000"))
        self.save_button = button(self.tr("Save the count"))
        self.save_button.clicked.connect(self.save_count)
        box = QWidget()
        line = QHBoxLayout(box)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.count_field)
        line.addWidget(self.save_button)
        line.addStretch(1)
        col.add(labelled(self.tr("The &count in the text from 10699000:"), box))
        self.saved_label = para("")
        self.compare_label = para("")
        self.compare_label.setAccessibleName(self.tr("Comparison with your list"))
        col.add(self.saved_label)
        col.add(self.compare_label)

        col.add(_section_heading(self.tr("If this number was someone else's before you")))
        col.add(
            para(
                self.tr(
                    "Phone numbers are given out again after they are cancelled. If apps "
                    "still treat you as the previous owner, the phone companies can remove "
                    "the previous owner's links to many apps (二次号码焕新). It removes only "
                    "links made before you got the number."
                )
            )
        )
        for carrier_id in CARRIERS:
            carrier = ctx.catalog.get(carrier_id)
            hint = renewal_hint(carrier, ctx.lang) if carrier is not None else None
            if carrier is None or hint is None:
                continue
            col.add(
                para(self.tr("{carrier}: {how}").format(carrier=carrier.name(ctx.lang), how=hint))
            )
        col.add_stretch()
        self.refresh()

    def saved(self) -> dict[str, Any] | None:
        prefs: object = self.page.ctx.session.vault.pref(YZTC_PREF, {})
        entry = prefs.get(self.page.number.id) if isinstance(prefs, dict) else None
        return entry if isinstance(entry, dict) else None

    def save_count(self) -> None:
        count = self.count_field.value()
        number_id = self.page.number.id
        today = self.page.ctx.today().isoformat()

        def write(vault: Any) -> None:
            prefs = vault.pref(YZTC_PREF, {})
            prefs = dict(prefs) if isinstance(prefs, dict) else {}
            prefs[number_id] = {"count": count, "date": today}
            vault.set_pref(YZTC_PREF, prefs)

        try:
            self.page.ctx.session.write(write)
        except Exception as exc:
            show_problem(self, exc)
            return
        self.refresh()

    def refresh(self) -> None:
        listed = len(self.page.accounts())
        self.compare_label.setText(
            self.tr("Ringoff lists {n} accounts for this number.").format(n=listed)
        )
        entry = self.saved()
        if entry is None:
            self.saved_label.setText(self.tr("No count saved yet."))
            return
        count = int(entry.get("count", 0))
        try:
            when = spoken(date.fromisoformat(str(entry.get("date"))), self.page.ctx.today())
        except ValueError:
            when = ""
        self.count_field.setValue(count)
        self.saved_label.setText(
            self.tr("The official check counted {count} linked accounts ({when}).").format(
                count=count, when=when
            )
        )
        extra = ""
        if count > listed:
            extra = self.tr(
                " The check found more than your list holds: some accounts are probably still "
                "missing. Look through the other tabs again."
            )
        else:
            extra = self.tr(
                " Your list holds at least as many. The check covers only some companies, so "
                "keep looking for banks and other services it does not count."
            )
        self.compare_label.setText(self.compare_label.text() + extra)
        self.compare_label.setAccessibleName(self.compare_label.text())
