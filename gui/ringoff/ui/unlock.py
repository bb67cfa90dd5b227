"""The unlock page: passphrase (or recovery key), why it locked, and a calm busy state.

The key derivation runs in the session's worker thread; this page only shows a busy bar and
keeps the window responsive. A wrong passphrase gets a plain sentence, no shaking.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QWidget

from ..core.errors import UserError
from . import style
from .context import AppContext
from .widgets import Column, button, field, labelled, para, row, title

#: The moving busy bar shows only when unlocking takes longer than this. The key derivation
#: runs on both cores of a small machine, and animating the bar took CPU from it: ~50 ms of a
#: 0.2 s unlock, measured (benchmarks/first_unlock_child.py). The button says "Unlocking…" at
#: once, so a quick unlock still answers the click.
BUSY_BAR_AFTER_MS = 400


class UnlockPage(Column):
    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(width_em=34)
        self.ctx = ctx
        self.window_ = window
        self.using_recovery = False
        session = ctx.session

        self.add(title(self.tr("Welcome back")))
        self.reason = para("")
        self.reason.setAccessibleName(self.tr("Why Ringoff is locked"))
        reason = session.last_lock_reason
        self.reason.setText(ctx.tr(reason) if reason is not None else "")
        self.reason.setVisible(reason is not None)
        style.colour_label(self.reason, style.state_colours().blue, bold=False)
        self.add(self.reason)
        self.intro = para(self.tr("Type your passphrase to see your numbers and accounts."))
        self.add(self.intro)

        self.passphrase = field(self.tr("Your passphrase"), self.tr("Passphrase"), secret=True)
        self.passphrase_box = labelled(self.tr("&Passphrase"), self.passphrase)
        self.add(self.passphrase_box)
        self.recovery = field(
            self.tr("For example 7K3M Q9XA …"), self.tr("Recovery key"), secret=False
        )
        mono = self.recovery.font()
        mono.setFamilies(["DejaVu Sans Mono", "Consolas", "Menlo", "monospace"])
        self.recovery.setFont(mono)
        self.recovery_box = labelled(
            self.tr("&Recovery key"),
            self.recovery,
            self.tr("It is printed in your Emergency Kit: 14 groups of 4 letters and digits."),
        )
        self.recovery_box.setVisible(False)
        self.add(self.recovery_box)

        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem"))
        style.colour_label(self.error, style.state_colours().red)
        self.error.setVisible(False)
        self.add(self.error)

        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Unlocking, please wait"))
        self.busy_bar.setVisible(False)
        self.add(self.busy_bar)
        self._busy_turn = 0  # which busy period a delayed "show the bar" belongs to

        self.unlock_button = button(self.tr("Unlock"), primary=True)
        self.switch_button: QPushButton = button(self.tr("Use my recovery key instead"))
        self.switch_button.setFlat(True)
        self.add(row(self.unlock_button, self.switch_button))
        self.add_stretch()

        self.unlock_button.clicked.connect(self.submit)
        self.passphrase.returnPressed.connect(self.submit)
        self.recovery.returnPressed.connect(self.submit)
        self.switch_button.clicked.connect(self.toggle_recovery)
        session.busy.connect(self._on_busy)
        session.unlock_failed.connect(self._on_failed)
        self.setTabOrder(self.passphrase, self.recovery)
        self.setTabOrder(self.recovery, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.switch_button)

    def initial_focus(self) -> QWidget:
        return self.recovery if self.using_recovery else self.passphrase

    def toggle_recovery(self) -> None:
        self.using_recovery = not self.using_recovery
        self.passphrase_box.setVisible(not self.using_recovery)
        self.recovery_box.setVisible(self.using_recovery)
        self.switch_button.setText(
            self.tr("Use my passphrase instead")
            if self.using_recovery
            else self.tr("Use my recovery key instead")
        )
        self.switch_button.setAccessibleName(self.switch_button.text())
        self.intro.setText(
            self.tr(
                "Type the recovery key from your Emergency Kit. "
                "Afterwards you can choose a new passphrase in Settings."
            )
            if self.using_recovery
            else self.tr("Type your passphrase to see your numbers and accounts.")
        )
        self.error.setVisible(False)
        self.initial_focus().setFocus()

    def submit(self) -> None:
        if self.ctx.session.working:
            return
        self.error.setVisible(False)
        if self.using_recovery:
            text = self.recovery.text()
            if not text.strip():
                self._show_error(self.tr("Please type your recovery key."))
                return
            self.ctx.session.unlock_with_recovery_key(text)
        else:
            text = self.passphrase.text()
            if not text:
                self._show_error(self.tr("Please type your passphrase."))
                return
            self.ctx.session.unlock_with_passphrase(text)

    def _on_busy(self, busy: bool) -> None:
        self._busy_turn += 1
        if busy:
            from PySide6.QtCore import QTimer

            turn = self._busy_turn
            QTimer.singleShot(BUSY_BAR_AFTER_MS, self, lambda: self._show_busy_bar(turn))
        else:
            self.busy_bar.setVisible(False)
        self.unlock_button.setEnabled(not busy)
        self.unlock_button.setText(self.tr("Unlocking…") if busy else self.tr("Unlock"))
        self.passphrase.setReadOnly(busy)
        self.recovery.setReadOnly(busy)

    def _show_busy_bar(self, turn: int) -> None:
        if turn == self._busy_turn and self.ctx.session.working:
            self.busy_bar.setVisible(True)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
        from PySide6.QtCore import Qt  # not before the first paint (see widgets.selectable)

        self.error.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_failed(self, error: object) -> None:
        if isinstance(error, UserError):
            self._show_error(self.ctx.tr(error.message))
            if error.kind in ("key_file_missing", "key_file_damaged") and not self.using_recovery:
                self.toggle_recovery()
                self._show_error(self.ctx.tr(error.message))
            self.passphrase.selectAll()
            self.initial_focus().setFocus()
        elif isinstance(error, BaseException):
            from .errors import show_problem

            show_problem(self, error)
