"""What the backups dialog and the transfer dialog share: the passphrase-or-recovery-key field,
where backups go for this window, sizes in the person's language, and the main window.

Kept apart so each dialog's file stays short; the rules themselves live in operations/backups.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...operations import backups as backup_ops
from ...services.translations import current_language
from ..calm_dialog import mono
from ..context import AppContext
from ..widgets import button, field, labelled


def backups_folder(ctx: AppContext) -> Path:
    """Where backups go: the chosen folder, or "backups" beside the vault."""
    return backup_ops.where_backups_go(ctx.session.vault_path, ctx.settings["backups_dir"])


def size_text(size: int) -> str:
    locale = (
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        if current_language() == "zh_CN"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    return locale.formattedDataSize(size, 0, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def main_window_of(widget: QWidget | None) -> QWidget | None:
    """The main window (the one with ``go``) that *widget* lives in, if any."""
    while widget is not None:
        if hasattr(widget, "go"):
            return widget
        widget = widget.parentWidget()
    return None


class SecretBox(QWidget):
    """A passphrase field that can switch to a recovery key field."""

    def __init__(self, passphrase_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.using_recovery = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.passphrase = field(self.tr("Passphrase"), self.tr("Passphrase"), secret=True)
        self.passphrase_box = labelled(passphrase_label, self.passphrase)
        lay.addWidget(self.passphrase_box)
        self.recovery = field(self.tr("For example 7K3M Q9XA …"), self.tr("Recovery key"))
        mono(self.recovery)
        self.recovery_box = labelled(self.tr("&Recovery key"), self.recovery)
        self.recovery_box.setVisible(False)
        lay.addWidget(self.recovery_box)
        self.switch = button(self.tr("Use the recovery key instead"))
        self.switch.setFlat(True)
        self.switch.clicked.connect(self.toggle)
        lay.addWidget(self.switch, 0, Qt.AlignmentFlag.AlignLeft)

    def toggle(self) -> None:
        self.using_recovery = not self.using_recovery
        self.passphrase_box.setVisible(not self.using_recovery)
        self.recovery_box.setVisible(self.using_recovery)
        self.switch.setText(
            self.tr("Use the passphrase instead")
            if self.using_recovery
            else self.tr("Use the recovery key instead")
        )
        self.switch.setAccessibleName(self.switch.text())
        self.edit().setFocus()

    def edit(self) -> QWidget:
        return self.recovery if self.using_recovery else self.passphrase

    def text(self) -> str:
        return self.recovery.text() if self.using_recovery else self.passphrase.text()

    def clear(self) -> None:
        self.passphrase.clear()
        self.recovery.clear()
