"""Showing problems: a plain message for the user's world, a friendly "copy details" for bugs."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..core.errors import UserError
from ..services.crash import crash_details
from ..services.translations import translate


def show_user_error(parent: QWidget | None, exc: UserError) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Ringoff"))
    box.setText(translate(exc.message))
    if exc.hint is not None:
        box.setInformativeText(translate(exc.hint))
    box.setAccessibleName(QCoreApplication.translate("Errors", "Message"))
    box.exec()


class BugDialog(QMessageBox):
    """A friendly apology with the details (no user data) and a button that copies them."""

    def __init__(self, parent: QWidget | None, exc: BaseException) -> None:
        super().__init__(parent)
        self.details = crash_details(exc)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setText(
            self.tr(
                "Ringoff ran into a problem it did not expect. Your information is safe: "
                "everything you saved before this is still in your vault."
            )
        )
        self.setInformativeText(
            self.tr(
                "If it happens again, please send us the details. They contain no phone "
                "numbers, names or passwords."
            )
        )
        self.setDetailedText(self.details)
        self.copy_button = self.addButton(
            self.tr("Copy details"), QMessageBox.ButtonRole.ActionRole
        )
        self.copy_button.setAccessibleName(self.tr("Copy the details of the problem"))
        self.addButton(self.tr("Close"), QMessageBox.ButtonRole.AcceptRole)
        self.copy_button.clicked.disconnect()
        self.copy_button.clicked.connect(self.copy_details)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)


def show_problem(parent: QWidget | None, exc: BaseException) -> None:
    if isinstance(exc, UserError):
        show_user_error(parent, exc)
    else:
        BugDialog(parent, exc).exec()


_showing = False


def install_excepthook() -> None:
    """Uncaught exceptions in slots become the bug dialog instead of a silent abort."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        global _showing
        if isinstance(exc, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        exc.__traceback__ = tb
        if _showing:
            return
        _showing = True
        try:
            # Over the window the person was using (QGuiApplication has no activeWindow: the
            # hook itself failed there once, and no dialog showed).
            show_problem(QApplication.activeWindow(), exc)
        finally:
            _showing = False

    sys.excepthook = hook


def show_previous_crash(parent: QWidget | None, started: str, fault_log: str) -> QMessageBox:
    """Tell the person, once, that Ringoff did not close normally last time, and that nothing
    was lost. Returns the (non-modal) box so callers and tests can see it."""
    from ..services.crash import fault_log_details

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Ringoff closed unexpectedly"))
    if started:
        text = QCoreApplication.translate(
            "Errors", "Ringoff closed unexpectedly the last time it was open (started {when})."
        ).replace("{when}", started)
    else:
        text = QCoreApplication.translate(
            "Errors", "Ringoff closed unexpectedly the last time it was open."
        )
    box.setText(text)
    box.setInformativeText(
        QCoreApplication.translate(
            "Errors",
            "Nothing was lost: every change you made was saved the moment you made it. "
            "You can carry on where you left off.",
        )
    )
    box.setAccessibleName(QCoreApplication.translate("Errors", "Ringoff closed unexpectedly"))
    if fault_log.strip():
        details = fault_log_details(fault_log)
        box.setDetailedText(details)
        copy = box.addButton(
            QCoreApplication.translate("Errors", "Copy details"), QMessageBox.ButtonRole.ActionRole
        )
        copy.setAccessibleName(
            QCoreApplication.translate("Errors", "Copy the details of the problem")
        )
        copy.clicked.disconnect()
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
    box.addButton(QCoreApplication.translate("Errors", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.setModal(False)
    box.show()
    return box


def show_catalog_missing(parent: QWidget | None) -> None:
    from ..core.errors import CATALOG_MISSING, CATALOG_MISSING_HINT, CatalogMissing

    show_user_error(parent, CatalogMissing(CATALOG_MISSING, CATALOG_MISSING_HINT))
