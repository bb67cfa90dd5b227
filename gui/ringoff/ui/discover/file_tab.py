"""The file tab: any password export, message archive or mailbox, read on a worker thread that
never touches the vault (progress, Cancel); the finds come back for ticking.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QThread, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import UserError
from ...core.model import PhoneNumber
from ...operations import importing
from ...operations.importing import Found
from ..errors import show_problem
from ..widgets import (
    Column,
    button,
    para,
    row,
)
from .common import reveal, section_heading
from .import_preview import FindsPreview, problem_label

if TYPE_CHECKING:
    from .page import DiscoverPage


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
        col.add(section_heading(self.tr("From a file: saved passwords, old texts, e-mail")))
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
        reveal(self.column, self.preview.summary)

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
