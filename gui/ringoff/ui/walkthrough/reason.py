"""The "Can't be done" dialog of the walkthrough: why, in the person's own words."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from .. import style
from ..widgets import para


class ReasonDialog(QDialog):
    """'Can't be done': asks why, in the person's own words."""

    def __init__(self, parent: QWidget | None, name: str, reason: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{name} can't be done").format(name=name))
        self.setAccessibleName(self.windowTitle())
        lay = QVBoxLayout(self)
        lay.addWidget(
            para(
                self.tr(
                    "That happens, and it is fine to say so. Write down why, so that you (or "
                    "whoever helps you) remember later. For example: the bank needs a visit "
                    "and the branch is too far, or the account is no longer used."
                )
            )
        )
        label = QLabel(self.tr("&Why can't it be done?"))
        self.reason_edit = QPlainTextEdit(reason)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setAccessibleName(self.tr("Why it can't be done"))
        self.reason_edit.setFixedHeight(int(style.em() * 4))
        label.setBuddy(self.reason_edit)
        lay.addWidget(label)
        lay.addWidget(self.reason_edit)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.save_button.setAccessibleName(self.tr("Save the reason"))
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(style.em() * 30, style.em() * 14)
        self.reason_edit.setFocus()

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()
