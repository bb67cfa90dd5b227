"""The dialog that prints the large-print checklist of one number, or saves it as a PDF.

The document itself (its words, pages and PDF) is paper/checklist.py and
paper/checklist_layout.py, shared with ``ringoff print``; this module only asks (language,
paper size, whole number) and shows what happened.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import UserError
from ..core.i18n import QT_TRANSLATE_NOOP
from ..operations.files import save_document
from ..operations.plan import plan_of_number
from ..paper.checklist import checklist_for, checklist_title
from ..paper.checklist_layout import checklist_document, checklist_pdf, paginate
from ..paper.document import system_paper
from ..services.translations import LANGUAGE_NAMES, LANGUAGES
from .errors import show_problem
from .printing import ask_pdf_path, ask_printer, printed_message, saved_message
from .widgets import button, labelled, para, title

if TYPE_CHECKING:
    from .context import AppContext


class ChecklistDialog(QDialog):
    """Choose the language and whether the whole number shows, then print or save a PDF."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, number_id: str) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.number_id = number_id
        self.setWindowTitle(self.tr("Print the checklist"))
        self.setAccessibleName(self.tr("Print the checklist"))
        lay = QVBoxLayout(self)
        lay.addWidget(title(self.tr("Print the checklist"), 1.3))
        lay.addWidget(
            para(
                self.tr(
                    "A large-print list of what is left to do for this number: what to bring, "
                    "each step with a box to tick, and room for notes. Take it to the bank."
                )
            )
        )
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.lang)))
        lay.addWidget(labelled(self.tr("&Language on paper:"), self.language))
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter (US and Canada)"), "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(system_paper())))
        self.paper.setAccessibleName(self.tr("Paper size"))
        lay.addWidget(labelled(self.tr("&Paper size:"), self.paper))
        self.whole = QCheckBox(self.tr("Show the &whole number on paper"))
        self.whole.setAccessibleName(self.tr("Show the whole number on paper"))
        lay.addWidget(self.whole)
        lay.addWidget(
            para(
                self.tr("Without it, the middle digits are hidden, like 138 **** 5678."),
                hint=True,
            )
        )
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("What happened"))
        lay.addWidget(self.status)
        buttons = QHBoxLayout()
        self.print_button = button(self.tr("Print…"), primary=True)
        self.save_button = button(self.tr("Save as PDF…"))
        self.close_button = button(self.tr("Close"))
        for b in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.accept)
        self.setTabOrder(self.language, self.paper)
        self.setTabOrder(self.paper, self.whole)
        self.setTabOrder(self.whole, self.print_button)
        self.setTabOrder(self.print_button, self.save_button)
        self.setTabOrder(self.save_button, self.close_button)

    def initial_focus(self) -> QWidget:
        return self.print_button

    @property
    def lang(self) -> str:
        return str(self.language.currentData())

    def html(self) -> str:
        lang = self.lang
        ctx = self.ctx
        numbered = plan_of_number(ctx.session.vault, ctx.catalog, self.number_id, ctx.today())
        return checklist_for(numbered, ctx.catalog, lang, ctx.today(), self.whole.isChecked())

    def save_to(self, path: Path) -> None:
        """Write the PDF to *path* (the seam tests use instead of the file dialog)."""
        try:
            paper = str(self.paper.currentData())
            pdf = checklist_pdf(self.html(), self.lang, checklist_title(self.lang), paper)
            save_document(path, pdf)
        except OSError as exc:
            show_problem(
                self,
                UserError(
                    QT_TRANSLATE_NOOP(
                        "Checklist", "The checklist could not be saved to {path}: {reason}"
                    ).format(path=str(path), reason=exc.strerror or str(exc))
                ),
            )
            return
        self.status.setText(saved_message(path))

    def save(self) -> None:
        path = ask_pdf_path(
            self, self.tr("Save the checklist"), self.tr("Ringoff checklist") + ".pdf"
        )
        if path is not None:
            self.save_to(path)

    def print_(self) -> None:
        printer = ask_printer(self)
        if printer is not None:
            self.print_to(printer)

    def print_to(self, printer: QPagedPaintDevice) -> None:
        doc = checklist_document(self.html(), self.lang)
        paginate(doc, printer.pageLayout())
        doc.print_(printer)
        self.status.setText(printed_message(printer))
