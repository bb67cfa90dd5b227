"""Security: a new passphrase, a new recovery key, and the Emergency Kit printed again.

The rules are operations/keys' (strength, the new recovery key's steps, checking a typed key).
The slow key derivation (Argon2id) never runs on the UI thread: a services.worker.Worker runs it
in a thread and hands the result back through a queued signal. Only the owning thread writes to
the vault (through ``ctx.session.write``), so a sync conflict locks safely.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import UserError
from ..core.passphrase import Strength
from ..services.worker import Worker
from . import style
from .calm_dialog import CalmDialog, busy_bar, error_label, mono
from .context import AppContext
from .errors import show_problem
from .widgets import button, field, labelled, para, title

if TYPE_CHECKING:
    from ..storage.keychange import PreparedKey
    from ..storage.keys import KdfParams, KeyFile

__all__ = [
    "CalmDialog",
    "ChangePassphraseDialog",
    "NewRecoveryKeyDialog",
    "PrintKitDialog",
    "busy_bar",
    "error_label",
    "kdf_for",
    "mono",
]


def kdf_for(ctx: AppContext) -> KdfParams:
    # operations.keys loads the vault's modules: at first use, not when this module loads.
    from ..operations import keys as key_ops

    return key_ops.kdf_for(ctx.session.kdf)


class ChangePassphraseDialog(CalmDialog):
    """A new passphrase, typed twice. The vault stays the same; only the key file changes."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changed = False
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setAccessibleName(self.tr("Change passphrase"))
        lay = QVBoxLayout(self)
        lay.addWidget(title(self.tr("Choose a new passphrase"), 1.3))
        lay.addWidget(
            para(
                self.tr(
                    "Your information stays as it is; only the passphrase that opens it "
                    "changes. Your recovery key keeps working. Your backups change too: "
                    "afterwards the old passphrase opens nothing."
                )
            )
        )
        self.pass1 = field(self.tr("Your new passphrase"), self.tr("New passphrase"), True)
        self.pass2 = field(self.tr("The same passphrase again"), self.tr("Repeat passphrase"), True)
        lay.addWidget(labelled(self.tr("&New passphrase"), self.pass1))
        self.hint = para("")
        self.hint.setAccessibleName(self.tr("How strong the passphrase is"))
        lay.addWidget(self.hint)
        lay.addWidget(labelled(self.tr("&Type it again"), self.pass2))
        self.show_box = QCheckBox(self.tr("Show what I type"))
        self.show_box.setAccessibleName(self.tr("Show what I type"))
        self.show_box.toggled.connect(self._toggle_echo)
        lay.addWidget(self.show_box)
        self.error = error_label(self.tr("Problem"))
        lay.addWidget(self.error)
        self.busy = busy_bar(self.tr("Changing the passphrase, please wait"))
        lay.addWidget(self.busy)
        buttons = QHBoxLayout()
        self.ok_button = button(self.tr("Change passphrase"), primary=True)
        self.cancel_button = button(self.tr("Cancel"))
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.worker = Worker(self)
        self.worker.done.connect(self._derived)
        self.pass1.textChanged.connect(self._hint)
        self.pass2.returnPressed.connect(self.submit)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self.setTabOrder(self.pass1, self.pass2)
        self.setTabOrder(self.pass2, self.show_box)
        self.setTabOrder(self.show_box, self.ok_button)
        self.setTabOrder(self.ok_button, self.cancel_button)
        self.pass1.setFocus()

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.pass1.setEchoMode(mode)
        self.pass2.setEchoMode(mode)

    def _hint(self, text: str) -> None:
        self.error.setVisible(False)  # being mended: the advice below says how it is now
        if not text:
            self.hint.setText("")
            return
        from ..operations import keys as key_ops

        verdict = key_ops.strength(text)
        self.hint.setText(self.ctx.tr(verdict.message))
        colours = style.state_colours()
        colour = {
            Strength.TOO_WEAK: colours.red,
            Strength.WEAK: colours.amber,
        }.get(verdict.strength, colours.green)
        style.colour_label(self.hint, colour, bold=False)

    def submit(self) -> None:
        if self.worker.running:
            return
        from ..operations import keys as key_ops

        self.error.setVisible(False)
        new = self.pass1.text()
        try:
            key_ops.check_new_passphrase(new)
        except UserError as exc:
            message = self.ctx.tr(exc.message)
            if self.hint.text() == message:
                self.hint.setText("")  # said once, as the problem, not twice
            self.show_error(message)
            self.pass1.setFocus()
            return
        try:
            key_ops.check_new_passphrase(new, self.pass2.text())
        except UserError as exc:
            self.show_error(self.ctx.tr(exc.message))
            self.pass2.selectAll()
            self.pass2.setFocus()
            return
        job = key_ops.new_passphrase_job(self.ctx.session.vault, new, kdf_for(self.ctx))
        self._set_busy(True)
        self.worker.start(job)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.ok_button.setEnabled(not busy)
        self.pass1.setReadOnly(busy)
        self.pass2.setReadOnly(busy)

    def _derived(self, key_file: object, error: object) -> None:
        from ..operations import keys as key_ops

        self._set_busy(False)
        if isinstance(error, BaseException):
            show_problem(self, error)
            return
        made: KeyFile = key_file  # type: ignore[assignment]  # what new_passphrase_job made
        try:
            self.ctx.session.write(lambda v: key_ops.install_passphrase(v, made))
        except UserError as exc:
            if self.ctx.session.is_unlocked:
                self.show_error(self.ctx.tr(exc.message))
            return
        self.changed = True
        self.pass1.clear()
        self.pass2.clear()
        self.accept()


class NewRecoveryKeyDialog(CalmDialog):
    """Re-keys the vault: asks the passphrase, then shows the new key until it is kept."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.recovery_key = ""
        self.prepared: PreparedKey | None = None
        self.committed = False
        self.kit: QDialog | None = None
        self.setWindowTitle(self.tr("New recovery key"))
        self.setAccessibleName(self.tr("New recovery key"))
        lay = QVBoxLayout(self)
        self.stack = QStackedWidget()
        lay.addWidget(self.stack)
        self.stack.addWidget(self._ask_step())
        self.stack.addWidget(self._show_step())
        self.worker = Worker(self)
        self.worker.done.connect(self._checked)
        self.make_button.setDefault(True)
        self.passphrase.setFocus()

    def _ask_step(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(title(self.tr("Make a new recovery key"), 1.3))
        lay.addWidget(
            para(
                self.tr(
                    "Do this if someone may know your passphrase or has seen your recovery "
                    "key, or if your Emergency Kit was lost. Ringoff makes a new recovery key "
                    "and locks your information and all its backups with it. After this, the "
                    "recovery key on your old Emergency Kit opens nothing. Change your "
                    "passphrase too if someone may know it."
                )
            )
        )
        self.passphrase = field(self.tr("Your passphrase"), self.tr("Passphrase"), secret=True)
        lay.addWidget(labelled(self.tr("Type your &passphrase to continue"), self.passphrase))
        self.error = error_label(self.tr("Problem"))
        lay.addWidget(self.error)
        self.busy = busy_bar(self.tr("Checking, please wait"))
        lay.addWidget(self.busy)
        buttons = QHBoxLayout()
        self.make_button = button(self.tr("Make a new recovery key"), primary=True)
        self.cancel_button = button(self.tr("Cancel"))
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.make_button.clicked.connect(self.submit)
        self.passphrase.returnPressed.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        return page

    def _show_step(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(title(self.tr("Your new recovery key"), 1.3))
        lay.addWidget(
            para(
                self.tr(
                    "Write it down or print the Emergency Kit now, and keep it with your "
                    "important papers. It is shown only this once."
                )
            )
        )
        self.key_label = QLabel("")
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(self.tr("New recovery key"))
        style.heading(self.key_label, 1.3)
        mono(self.key_label)
        lay.addWidget(self.key_label)
        self.kit_button = button(self.tr("Print or save the Emergency Kit…"))
        self.kit_button.clicked.connect(self.open_kit)
        lay.addWidget(self.kit_button)
        self.kept = QCheckBox(self.tr("I have kept the new recovery key somewhere safe"))
        self.kept.setAccessibleName(self.kept.text())
        lay.addWidget(self.kept)
        self.finish_button = button(self.tr("Done"), primary=True)
        self.finish_button.setEnabled(False)
        self.kept.toggled.connect(self.finish_button.setEnabled)
        self.finish_button.clicked.connect(self._finish)
        lay.addWidget(self.finish_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def step(self) -> int:
        return self.stack.currentIndex()

    def submit(self) -> None:
        if self.worker.running:
            return
        text = self.passphrase.text()
        self.error.setVisible(False)
        if not text:
            self.show_error(self.tr("Please type your passphrase."))
            return
        from ..operations import keys as key_ops

        path = self.ctx.session.vault_path

        def job() -> PreparedKey:
            # The slow derivation runs here, off the UI thread: checking the passphrase and
            # keeping its wrapping key. The UI thread only writes (docs/key-protocol.md).
            return key_ops.prepare_new_recovery_key(path, text)

        self.busy.setVisible(True)
        self.make_button.setEnabled(False)
        self.worker.start(job)

    def _checked(self, result: object, error: object) -> None:
        from ..operations import keys as key_ops

        self.busy.setVisible(False)
        self.make_button.setEnabled(True)
        if isinstance(error, UserError):
            self.show_error(self.ctx.tr(error.message))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        if isinstance(error, BaseException):
            show_problem(self, error)
            return
        # A new key and the passphrase's wrapping key, made by the worker.
        prepared: PreparedKey = result  # type: ignore[assignment]
        try:
            # Step 1 of the protocol: the new key is wrapped beside the old one. It is put in
            # force only once the person says they have kept it (_finish).
            key = self.ctx.session.write(lambda v: key_ops.begin_new_recovery_key(v, prepared))
        except UserError as exc:
            if self.ctx.session.is_unlocked:
                show_problem(self, exc)
            return
        self.prepared = prepared
        self.passphrase.clear()
        self.recovery_key = str(key)
        self.key_label.setText(self.recovery_key.replace("-", " "))
        self.stack.setCurrentIndex(1)
        self.fit_content(self.finish_button)
        self.finish_button.setDefault(True)
        self.kit_button.setFocus()

    def open_kit(self) -> None:
        from .printing import EmergencyKitDialog

        self.kit = EmergencyKitDialog(self.ctx, self.recovery_key, self)
        self.kit.open()

    def _finish(self) -> None:
        from ..operations import keys as key_ops

        if not self.kept.isChecked() or self.prepared is None:
            return
        new_key = self.prepared.new_key
        try:
            self.ctx.session.write(lambda v: key_ops.commit_new_recovery_key(v, new_key))
        except UserError as exc:
            if self.ctx.session.is_unlocked:
                show_problem(self, exc)
            return
        self.prepared = None
        self.committed = True
        self.recovery_key = ""
        self.key_label.clear()
        self.accept()

    def reject(self) -> None:
        # Once the key has changed, Escape must not lose it before the user confirms. A lock
        # (the session is already locked then) still closes the dialog.
        if self.step() == 1 and self.prepared is not None and self.ctx.session.is_unlocked:
            if self.kept.isChecked():
                self._finish()  # they have kept it: put it in force, as Done does
            else:
                self.kept.setFocus()
            return
        self.prepared = None
        self.recovery_key = ""
        self.key_label.clear()
        super().reject()


class PrintKitDialog(CalmDialog):
    """The Emergency Kit again: the user types the recovery key, which is checked first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kit: QDialog | None = None
        self.setWindowTitle(self.tr("Print the Emergency Kit again"))
        self.setAccessibleName(self.tr("Print the Emergency Kit again"))
        lay = QVBoxLayout(self)
        lay.addWidget(title(self.tr("Print the Emergency Kit again"), 1.3))
        lay.addWidget(
            para(
                self.tr(
                    "Ringoff does not keep your recovery key, so it cannot print it by itself. "
                    "Type it from your old Emergency Kit; Ringoff checks it and makes a fresh "
                    "page. If you have lost it, make a new recovery key instead."
                )
            )
        )
        self.recovery = field(self.tr("For example 7K3M Q9XA …"), self.tr("Recovery key"))
        mono(self.recovery)
        lay.addWidget(labelled(self.tr("&Recovery key"), self.recovery))
        self.error = error_label(self.tr("Problem"))
        lay.addWidget(self.error)
        buttons = QHBoxLayout()
        self.ok_button = button(self.tr("Continue"), primary=True)
        self.cancel_button = button(self.tr("Cancel"))
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.ok_button.clicked.connect(self.submit)
        self.recovery.returnPressed.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self.recovery.setFocus()

    def checked_key(self, text: str) -> str:
        """The recovery key, formatted, if it is this vault's; UserError otherwise."""
        from ..operations import keys as key_ops

        raw = key_ops.check_recovery_key(text, self.ctx.session.vault)
        return key_ops.format_recovery_key(raw)

    def submit(self) -> None:
        self.error.setVisible(False)
        text = self.recovery.text()
        if not text.strip():
            self.show_error(self.tr("Please type your recovery key."))
            return
        try:
            key = self.checked_key(text)
        except UserError as exc:
            self.show_error(self.ctx.tr(exc.message))
            self.recovery.setFocus()
            return
        from .printing import EmergencyKitDialog

        self.recovery.clear()
        self.kit = EmergencyKitDialog(self.ctx, key, self.parentWidget())
        self.accept()
        self.kit.open()
