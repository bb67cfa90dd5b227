"""Edit one account (what to do, how far along, how it uses the number, notes), or add one by name.

Both dialogs save through ``ctx.session.write`` and keep what they saved in :attr:`saved`.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..core.accounts import KINDS, guess_kind, kind_words, new_account
from ..core.model import Account, AccountStatus, Action, Category, PhoneNumber, Use
from . import style
from .accounts_model import action_words, status_words, use_words
from .context import AppContext
from .errors import show_problem
from .widgets import field, labelled, title


def _uses_box(parent: QDialog, chosen: frozenset[Use]) -> tuple[QGroupBox, dict[Use, QCheckBox]]:
    box = QGroupBox(QCoreApplication.translate("AccountDialog", "What does it use the number for?"))
    box.setAccessibleName(box.title())
    lay = QVBoxLayout(box)
    checks: dict[Use, QCheckBox] = {}
    for use in Use:
        check = QCheckBox(use_words(use).capitalize())
        check.setAccessibleName(check.text())
        check.setChecked(use in chosen)
        lay.addWidget(check)
        checks[use] = check
    return box, checks


def _notes_field(text: str, accessible: str) -> QPlainTextEdit:
    notes = QPlainTextEdit()
    notes.setPlainText(text)
    notes.setTabChangesFocus(True)
    notes.setAccessibleName(accessible)
    notes.setMinimumHeight(style.em() * 4)
    notes.setMaximumHeight(style.em() * 7)
    return notes


def _error_label(accessible: str) -> QLabel:
    error = QLabel("")
    error.setWordWrap(True)
    style.colour_label(error, style.state_colours().red)
    error.setVisible(False)
    error.setAccessibleName(accessible)
    return error


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(
        QCoreApplication.translate("AccountDialog", "Save")
    )
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("AccountDialog", "Cancel")
    )
    buttons.rejected.connect(dialog.reject)
    return buttons


class AccountDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None, account: Account) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account = account
        self.saved: Account | None = None
        service = ctx.catalog.get(account.service_id) if account.service_id else None
        name = service.name(ctx.lang) if service else account.name
        self.setWindowTitle(self.tr("Edit {name}").format(name=name))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(style.em() * 26)
        lay = QVBoxLayout(self)
        lay.addWidget(title(name, 1.3))

        self.action = QComboBox()
        actions = [a for a in Action if service is None or service.action(a) is not None]
        if account.action not in actions:
            actions.append(account.action)
        for action in actions:
            self.action.addItem(action_words(action), action.value)
        self.action.setCurrentIndex(max(0, self.action.findData(account.action.value)))
        lay.addWidget(labelled(self.tr("&What to do"), self.action))

        box = QGroupBox(self.tr("How far along is it?"))
        box.setAccessibleName(box.title())
        box_lay = QVBoxLayout(box)
        self.status_group = QButtonGroup(self)
        self.status_buttons: dict[AccountStatus, QRadioButton] = {}
        for status in AccountStatus:
            radio = QRadioButton(status_words(status))
            radio.setAccessibleName(radio.text())
            radio.setChecked(status is account.status)
            self.status_group.addButton(radio)
            box_lay.addWidget(radio)
            self.status_buttons[status] = radio
        self.reason = field(
            self.tr("e.g. the bank needs me to come in person"),
            self.tr("Why it cannot be done"),
        )
        self.reason.setText(account.reason)
        self.reason_box = labelled(self.tr("&Why can it not be done?"), self.reason)
        box_lay.addWidget(self.reason_box)
        lay.addWidget(box)
        self.status_group.buttonToggled.connect(self._status_toggled)
        self._status_toggled()

        uses_box, self.uses = _uses_box(self, account.uses)
        lay.addWidget(uses_box)
        self.notes = _notes_field(account.notes, self.tr("Notes about this account"))
        lay.addWidget(labelled(self.tr("&Notes"), self.notes))
        self.error = _error_label(self.tr("Problem"))
        lay.addWidget(self.error)
        buttons = _buttons(self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        lay.addWidget(buttons)
        self.action.setFocus()

    def status(self) -> AccountStatus:
        for status, radio in self.status_buttons.items():
            if radio.isChecked():
                return status
        return self.account.status

    def set_status(self, status: AccountStatus) -> None:
        self.status_buttons[status].setChecked(True)

    def _status_toggled(self, *_: object) -> None:
        self.reason_box.setVisible(self.status() is AccountStatus.CANNOT)

    def save(self) -> None:
        status = self.status()
        reason = self.reason.text().strip()
        if status is AccountStatus.CANNOT and not reason:
            self.error.setText(self.tr("Please write why it cannot be done."))
            self.error.setVisible(True)
            self.reason.setFocus()
            return
        updated = replace(
            self.account,
            action=Action(self.action.currentData()),
            status=status,
            reason=reason if status is AccountStatus.CANNOT else "",
            uses=frozenset(u for u, c in self.uses.items() if c.isChecked()),
            notes=self.notes.toPlainText().strip(),
        )
        event = "account_status" if status is not self.account.status else "account_changed"
        try:
            self.ctx.session.write(lambda v: v.update_account(updated, event))
        except Exception as exc:
            show_problem(self, exc)
            return
        self.saved = updated
        self.accept()


class AddByNameDialog(QDialog):
    """An account that is not in the list: a name, how it uses the number, notes."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, number: PhoneNumber) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.number = number
        self.saved: Account | None = None
        self.setWindowTitle(self.tr("Add an account by name"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(style.em() * 26)
        lay = QVBoxLayout(self)
        lay.addWidget(title(self.windowTitle(), 1.3))
        self.name = field(self.tr("e.g. My gym, Community clinic"), self.tr("Name of the account"))
        lay.addWidget(labelled(self.tr("&Name"), self.name))
        # The kind decides where it goes in the plan (a local bank is planned with the banks and
        # printed on the bank's page); it follows the name until the person picks one.
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("What kind of account it is"))
        for kind in KINDS:
            self.kind.addItem(ctx.tr(kind_words(kind)), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(Category.OTHER.value))
        self._kind_chosen = False
        self.kind.activated.connect(self._kind_picked)
        self.name.textChanged.connect(self._follow_name)
        lay.addWidget(
            labelled(
                self.tr("&What kind of account is it?"),
                self.kind,
                self.tr("A bank is done first and gets its own page for the counter."),
            )
        )
        uses_box, self.uses = _uses_box(self, frozenset({Use.SIGN_IN}))
        lay.addWidget(uses_box)
        self.notes = _notes_field("", self.tr("Notes about this account"))
        lay.addWidget(labelled(self.tr("N&otes"), self.notes))
        self.error = _error_label(self.tr("Problem"))
        lay.addWidget(self.error)
        buttons = _buttons(self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Add"))
        buttons.accepted.connect(self.save)
        lay.addWidget(buttons)
        self.name.setFocus()

    def _kind_picked(self, _index: int) -> None:
        self._kind_chosen = True

    def _follow_name(self, text: str) -> None:
        if not self._kind_chosen:
            self.kind.setCurrentIndex(self.kind.findData(guess_kind(text).value))

    def chosen_kind(self) -> Category:
        return Category(self.kind.currentData())

    def save(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.error.setText(self.tr("Please type the name of the app, bank or website."))
            self.error.setVisible(True)
            self.name.setFocus()
            return
        account = new_account(
            self.ctx.catalog,
            self.number,
            service_id=None,
            name=name,
            lang=self.ctx.lang,
            uses=frozenset(u for u, c in self.uses.items() if c.isChecked()),
            kind=self.chosen_kind(),
        )
        account.notes = self.notes.toPlainText().strip()
        try:
            self.ctx.session.write(lambda v: v.add_accounts([account]))
        except Exception as exc:
            show_problem(self, exc)
            return
        self.saved = account
        self.accept()
