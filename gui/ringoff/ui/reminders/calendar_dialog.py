"""Save a calendar (.ics) file with the key dates and reminders of one number or all: without
the number and names unless the person asks for them, and how to get it onto a phone.

The file itself is made by :mod:`ringoff.operations.calendar`, as for ``ringoff export-ics``
(imported when the dialog opens, so starting the window does not load icalendar).
"""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .. import style
from ..context import AppContext
from ..errors import show_problem
from ..fit import clamped_size
from ..widgets import button, labelled, para, row, title
from .banner import number_label


class CalendarExportDialog(QDialog):
    """Save a calendar (.ics) file with the key dates and reminders of one number or all."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, number_id: str | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.saved_path: Path | None = None
        self.setWindowTitle(self.tr("Dates in your phone's calendar"))
        self.setAccessibleName(self.windowTitle())
        outer = QVBoxLayout(self)
        spacing = int(style.em() * 0.6)
        outer.setSpacing(spacing)
        outer.setContentsMargins(spacing * 2, spacing * 2, spacing * 2, spacing * 2)
        # The words scroll and the buttons stay: after saving, the steps for the phone are long
        # (at the largest text in Chinese they are taller than a laptop's screen).
        self.body = QWidget()
        self.body.setObjectName("calendar_body")
        lay = QVBoxLayout(self.body)
        lay.setSpacing(spacing)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(title(self.tr("Put the dates in your phone's calendar"), 1.35))
        lay.addWidget(
            para(
                self.tr(
                    "Ringoff makes a calendar file with the important days: the last "
                    "comfortable day to finish, the cancellation day and the first day the "
                    "number may go to someone else. Your phone's calendar then reminds you, "
                    "even when the computer is off."
                )
            )
        )
        # (the calendar file's own code and icalendar load only when this dialog opens)
        from ...operations.calendar import calendar_numbers

        self.numbers = calendar_numbers(ctx.session.vault)
        self.which = QComboBox()
        self.which.addItem(self.tr("All numbers"), None)
        for n in self.numbers:
            self.which.addItem(number_label(ctx, n), n.id)
        if number_id is not None:
            index = self.which.findData(number_id)
            if index >= 0:
                self.which.setCurrentIndex(index)
        lay.addWidget(labelled(self.tr("&Which number"), self.which))

        self.private = QCheckBox(self.tr("&Leave the phone number and names out of the file"))
        self.private.setChecked(True)
        self.private.setAccessibleName(self.tr("Leave the phone number and names out of the file"))
        lay.addWidget(self.private)
        lay.addWidget(
            para(
                self.tr(
                    "Safer if the file is sent by email or the calendar is shared: the events "
                    "then say “Phone number 1” instead of the number."
                ),
                hint=True,
            )
        )

        self.result = para("")
        self.result.setAccessibleName(self.tr("What to do with the file"))
        self.result.setVisible(False)
        lay.addWidget(self.result)

        self.save_button = button(self.tr("Save the calendar file…"), primary=True)
        self.close_button = button(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        lay.addStretch(1)
        # Made after the controls, so it comes last when Tab goes round (arrows scroll it).
        self.scroll = QScrollArea()
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.scroll.setAccessibleName(self.windowTitle())
        self.scroll.setWidget(self.body)
        outer.addWidget(self.scroll, 1)
        outer.addWidget(row(self.save_button, self.close_button))
        chain = [self.which, self.private, self.save_button, self.close_button, self.scroll]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.which.setFocus(Qt.FocusReason.OtherFocusReason)
        self.save_button.clicked.connect(self.choose_and_save)
        self.close_button.clicked.connect(self.reject)
        if not self.numbers:
            self.save_button.setEnabled(False)
            self.result.setText(
                self.tr("No number has a cancellation date yet, so there is nothing to export.")
            )
            self.result.setVisible(True)
        self.resize(style.em() * 34, style.em() * 24)

    def _chosen_id(self) -> str | None:
        chosen = self.which.currentData()
        return chosen if isinstance(chosen, str) else None

    def ics_bytes(self) -> bytes:
        """The file as it would be saved now (the same bytes as ``ringoff export-ics``)."""
        from ...operations.calendar import calendar_file

        return calendar_file(
            self.ctx.session.vault,
            number_id=self._chosen_id(),
            lang=self.ctx.lang,
            include_details=not self.private.isChecked(),
            now_utc=self.ctx.clock(),
        )

    def export_to(self, path: Path) -> Path:
        """Write the file to *path* (owner-only, atomically) and explain the next steps."""
        from ...operations.calendar import save_calendar, with_ics_suffix

        target = save_calendar(
            self.ctx.session.vault,
            with_ics_suffix(path),
            number_id=self._chosen_id(),
            lang=self.ctx.lang,
            include_details=not self.private.isChecked(),
            now_utc=self.ctx.clock(),
        )
        self.saved_path = target
        self.result.setText(
            self.tr(
                "Saved as {path}.\n\n"
                "iPhone: send the file to yourself by email (or with AirDrop from a Mac). Open "
                "the message on the iPhone, tap the file, then tap “Add All”.\n\n"
                "Android: send the file to yourself by email. Open the message on the phone, "
                "tap the file and choose your calendar (for example Google Calendar), then "
                "tap “Save” or “Import”.\n\n"
                "Exporting again later updates the same events instead of adding copies."
            ).format(path=str(target))
        )
        self._show_result()
        self.close_button.setText(self.tr("Done"))
        self.close_button.setAccessibleName(self.tr("Done"))
        return target

    def _show_result(self) -> None:
        """Show the steps after saving: the dialog grows to hold them (as far as the screen
        allows, the rest scrolls) and they are scrolled into view."""
        self.result.setVisible(True)
        self.body.adjustSize()
        width = self.scroll.viewport().width()
        needed = self.body.layout().totalHeightForWidth(width)
        extra = self.height() - self.scroll.viewport().height()
        if needed + extra > self.height():
            self.resize(clamped_size(self, QSize(self.width(), needed + extra)))
        self.scroll.ensureWidgetVisible(self.result)

    def choose_and_save(self) -> None:
        start = Path.home() / self.tr("ringoff-dates.ics")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the calendar file"), str(start), self.tr("Calendar files (*.ics)")
        )
        if not chosen:
            return
        try:
            self.export_to(Path(chosen))
        except Exception as exc:
            show_problem(self, exc)
