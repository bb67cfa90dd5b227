"""On a new computer: bring in the transfer file made on the old one (never over a vault).

The slow part (opening the file with the passphrase) runs in a services.worker.Worker; the
file is checked and written by operations/transfer on the UI thread, with the key it found.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QVBoxLayout, QWidget

from ...core.errors import UserError
from ...core.i18n import QT_TRANSLATE_NOOP
from ...operations import transfer as transfer_ops
from ...services.worker import Worker
from ..calm_dialog import CalmDialog, busy_bar, error_label
from ..context import AppContext
from ..errors import show_problem
from ..widgets import button, para, title
from .parts import SecretBox, main_window_of


class ImportTransferDialog(CalmDialog):
    """On a new computer: bring in a transfer file (never over an existing vault)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.main_window = main_window_of(parent)
        self.file: Path | None = None
        self.imported = False
        self.setWindowTitle(self.tr("Bring your information from another computer"))
        self.setAccessibleName(self.windowTitle())
        lay = QVBoxLayout(self)
        lay.addWidget(title(self.tr("Bring your information from another computer"), 1.3))
        lay.addWidget(
            para(
                self.tr(
                    "On the other computer, choose Settings → Backups → “Move to another "
                    "computer” and copy the file it makes to this computer. Then choose it here."
                )
            )
        )
        self.file_label = para(self.tr("No file chosen yet."), hint=True)
        self.file_label.setAccessibleName(self.tr("Chosen file"))
        self.choose_button = button(self.tr("Choose the file…"))
        lay.addWidget(self.file_label)
        lay.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.secret = SecretBox(self.tr("&Passphrase"))
        lay.addWidget(self.secret)
        self.error = error_label(self.tr("Problem"))
        lay.addWidget(self.error)
        self.busy = busy_bar(self.tr("Opening the file, please wait"))
        lay.addWidget(self.busy)
        self.import_button = button(self.tr("Bring it here"), primary=True)
        self.cancel_button = button(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.worker = Worker(self)
        self.worker.done.connect(self._derived)
        self.choose_button.clicked.connect(self.choose)
        self.import_button.clicked.connect(self.submit)
        self.secret.passphrase.returnPressed.connect(self.submit)
        self.secret.recovery.returnPressed.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self.choose_button.setFocus()

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the transfer file"),
            str(Path.home()),
            self.tr("Ringoff transfer files (*.ringoff-transfer);;All files (*)"),
        )
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        self.file = path
        self.file_label.setText(self.tr("File: {path}").format(path=str(path)))
        self.secret.edit().setFocus()

    def submit(self) -> None:
        if self.worker.running:
            return
        self.error.setVisible(False)
        if self.file is None:
            self.show_error(self.tr("Please choose the transfer file first."))
            return
        text = self.secret.text()
        if not text.strip():
            self.show_error(self.tr("Please type your passphrase or your recovery key."))
            return
        file = self.file
        recovery = self.secret.using_recovery

        def job() -> bytes:
            return transfer_ops.unlock_transfer(file, text, recovery=recovery)

        self.busy.setVisible(True)
        self.import_button.setEnabled(False)
        self.worker.start(job)

    def _derived(self, raw: object, error: object) -> None:
        self.busy.setVisible(False)
        self.import_button.setEnabled(True)
        if error is None and isinstance(raw, bytes) and self.file is not None:
            try:
                transfer_ops.bring_in(self.file, self.ctx.session.vault_path, raw)
            except Exception as exc:
                error = exc
        if isinstance(error, UserError):
            self.show_error(self.ctx.tr(error.message))
            return
        if isinstance(error, BaseException):
            show_problem(self, error)
            return
        self.imported = True
        self.secret.clear()
        self.ctx.session.last_lock_reason = QT_TRANSLATE_NOOP(
            "ImportTransferDialog",
            "Your information from the other computer is here. Unlock it with the same "
            "passphrase as there.",
        )
        main = self.main_window
        self.accept()
        if main is not None:
            main.go(("unlock",), remember=False)  # type: ignore[attr-defined]
