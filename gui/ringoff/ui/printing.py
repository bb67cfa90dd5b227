"""Printing and saving paper from the window: Qt's save and print dialogs, the words for what
happened, and the Emergency Kit's dialog.

The documents are built in paper/ (QtGui only, shared with the command line); only the dialogs
that show, preview and print them live here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPagedPaintDevice, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import UserError
from ..core.i18n import QT_TRANSLATE_NOOP
from ..operations.files import key_file_of, save_document
from ..paper.kit import KIT_TITLE, emergency_kit_html, kit_document, kit_pdf
from ..services.translations import translate
from .errors import show_problem
from .widgets import button, para, title


def ask_pdf_path(parent: QWidget, caption: str, file_name: str) -> Path | None:
    """Where to save a PDF (Qt's save dialog), or None when the person cancelled."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        caption,
        str(Path.home() / file_name),
        QCoreApplication.translate("Printing", "PDF files (*.pdf)"),
    )
    return Path(name) if name else None


def ask_printer(parent: QWidget) -> QPagedPaintDevice | None:
    """Qt's print dialog: the chosen printer, or None when the person cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def saved_message(path: Path) -> str:
    """What a person reads after a file was written: its name and the folder it is in."""
    return QCoreApplication.translate(
        "Printing", "Saved as “{name}” in the folder {folder}"
    ).format(name=path.name, folder=str(path.parent))


def printed_message(printer: QPagedPaintDevice) -> str:
    """The honest outcome of a print: Qt's dialog may have printed to a PDF file instead."""
    from PySide6.QtPrintSupport import QPrinter

    if isinstance(printer, QPrinter) and (
        printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName()
    ):
        return saved_message(Path(printer.outputFileName()))
    return QCoreApplication.translate("Printing", "Sent to the printer.")


class EmergencyKitDialog(QDialog):
    """Offers to save the Emergency Kit as a PDF or print it."""

    def __init__(self, ctx: object, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from .context import AppContext

        assert isinstance(ctx, AppContext)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Emergency Kit"))
        self.setAccessibleName(self.tr("Emergency Kit"))
        vault_path = ctx.session.vault_path
        from ..operations.backups import where_backups_go

        backups = where_backups_go(vault_path, ctx.settings["backups_dir"])
        self.html = emergency_kit_html(recovery_key, vault_path, key_file_of(vault_path), backups)
        lay = QVBoxLayout(self)
        lay.addWidget(title(self.tr("Your Emergency Kit"), 1.3))
        lay.addWidget(
            para(
                self.tr(
                    "One page with your recovery key, where your vault is, and what to do if "
                    "you forget your passphrase. Print it, or save it as a PDF and print it later."
                )
            )
        )
        self.status = QLabel("")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        buttons = QHBoxLayout()
        self.print_button = button(self.tr("Print…"), primary=True)
        self.save_button = button(self.tr("Save as PDF…"))
        close = button(self.tr("Close"))
        for b in (self.print_button, self.save_button, close):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.accept)

    def document(self) -> QTextDocument:
        return kit_document(self.html, self.ctx.lang)

    def save_to(self, path: Path) -> None:
        """Write the PDF to *path* (the seam tests use instead of the file dialog)."""
        try:
            save_document(path, kit_pdf(self.html, self.ctx.lang))
        except OSError as exc:
            show_problem(
                self,
                UserError(
                    QT_TRANSLATE_NOOP(
                        "EmergencyKit", "The Emergency Kit could not be saved to {path}: {reason}"
                    ).format(path=str(path), reason=exc.strerror or str(exc))
                ),
            )
            return
        self.status.setText(saved_message(path))

    def save(self) -> None:
        path = ask_pdf_path(self, self.tr("Save the Emergency Kit"), translate(KIT_TITLE) + ".pdf")
        if path is not None:
            self.save_to(path)

    def print_(self) -> None:
        printer = ask_printer(self)
        if printer is not None:
            self.document().print_(printer)
            self.status.setText(printed_message(printer))
