"""Add or edit a number: whose it is, the carrier's country, the cancellation date, the new one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..core import phone
from ..core.errors import UserError
from ..core.model import NumberMode, NumberStatus, PhoneNumber
from . import style
from .context import AppContext
from .errors import show_problem
from .widgets import field, labelled, para, title

REGIONS = ("CN", "US", "GB", "IN", "HK", "TW", "SG", "CA", "AU", "DE", "FR", "JP", "KR")


class NumberDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        number: PhoneNumber | None = None,
        received: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editing = number
        self.saved_number: PhoneNumber | None = None
        self.setWindowTitle(self.tr("Edit the number") if number else self.tr("Add a number"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(style.em() * 28)
        lay = QVBoxLayout(self)
        lay.addWidget(title(self.windowTitle(), 1.3))
        # First what the number is about: the two cases ask different questions.
        self.own_radio = QRadioButton(self.tr("I will give up or change this number"))
        self.received = QRadioButton(
            self.tr("I'm getting texts meant for someone else (the number was theirs before)")
        )
        for radio in (self.own_radio, self.received):
            radio.setAccessibleName(radio.text())
            lay.addWidget(radio)
        self.kind = QButtonGroup(self)
        self.kind.addButton(self.own_radio)
        self.kind.addButton(self.received)
        self.own_radio.setChecked(not received)
        self.received.setChecked(received)

        vault = ctx.session.vault
        self.owner = QComboBox()
        self.owner.setEditable(True)
        self.owner.setAccessibleName(self.tr("Whose number it is"))
        for person in vault.people():
            self.owner.addItem(person.name, person.id)
        if self.owner.count() == 0:
            self.owner.addItem(self.tr("Me"), None)
        lay.addWidget(
            labelled(
                self.tr("&Whose number is it?"),
                self.owner,
                self.tr("Type a new name to add a person, e.g. “Dad”."),
            )
        )

        self.number = field(self.tr("e.g. 138 1234 5678"), self.tr("Phone number"))
        lay.addWidget(labelled(self.tr("&Phone number"), self.number))

        self.region = QComboBox()
        self.region.setAccessibleName(self.tr("Country of the phone company"))
        names = {
            "CN": self.tr("Mainland China"),
            "US": self.tr("United States"),
            "GB": self.tr("United Kingdom"),
            "IN": self.tr("India"),
            "HK": self.tr("Hong Kong"),
            "TW": self.tr("Taiwan"),
            "SG": self.tr("Singapore"),
            "CA": self.tr("Canada"),
            "AU": self.tr("Australia"),
            "DE": self.tr("Germany"),
            "FR": self.tr("France"),
            "JP": self.tr("Japan"),
            "KR": self.tr("South Korea"),
        }
        for code in REGIONS:
            self.region.addItem(names[code], code)
        lay.addWidget(labelled(self.tr("&Country of the phone company"), self.region))

        self.undecided = QCheckBox(self.tr("The cancellation date is not decided yet"))
        self.cancel_on = QDateEdit()
        self.cancel_on.setCalendarPopup(True)
        self.cancel_on.setDisplayFormat("yyyy-MM-dd")
        self.cancel_on.setAccessibleName(self.tr("Cancellation date"))
        today = ctx.today()
        self.cancel_on.setDate(QDate(today.year, today.month, today.day).addDays(42))
        self.own_fields = QWidget()  # only for a number of one's own
        own = QVBoxLayout(self.own_fields)
        own.setContentsMargins(0, 0, 0, 0)
        own.addWidget(labelled(self.tr("&When will it be cancelled?"), self.cancel_on))
        own.addWidget(self.undecided)
        self.undecided.toggled.connect(lambda on: self.cancel_on.setEnabled(not on))

        self.new_number = field(self.tr("Leave empty if there is none"), self.tr("New number"))
        own.addWidget(
            labelled(
                self.tr("The &new number (if there is one)"),
                self.new_number,
                self.tr(
                    "Accounts will be moved to it. Without one, Ringoff suggests removing "
                    "the number from each account instead."
                ),
            )
        )
        lay.addWidget(self.own_fields)
        self.received_hint = para(
            self.tr(
                "Ringoff then helps you note who keeps texting and ask them to stop. "
                "Nothing here is cancelled, so there is no date to choose."
            ),
            hint=True,
        )
        lay.addWidget(self.received_hint)
        self.received.toggled.connect(self._kind_changed)
        self._kind_changed(self.received.isChecked())

        self.error = QLabel("")
        self.error.setWordWrap(True)
        style.colour_label(self.error, style.state_colours().red)
        self.error.setVisible(False)
        self.error.setAccessibleName(self.tr("Problem"))
        lay.addWidget(self.error)
        lay.addWidget(para(self.tr("You can change all of this later."), hint=True))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

        if number is not None:
            self._fill(number)
        self.number.setFocus()

    def _fill(self, n: PhoneNumber) -> None:
        index = self.owner.findData(n.person_id)
        if index >= 0:
            self.owner.setCurrentIndex(index)
        self.number.setText(phone.display(n.e164, n.region))
        self.region.setCurrentIndex(max(0, self.region.findData(n.region)))
        if n.cancel_on:
            self.cancel_on.setDate(QDate(n.cancel_on.year, n.cancel_on.month, n.cancel_on.day))
        else:
            self.undecided.setChecked(True)
        if n.new_number:
            self.new_number.setText(phone.display(n.new_number, n.region))
        self.received.setChecked(n.mode is NumberMode.RECEIVED)

    def _kind_changed(self, received: bool) -> None:
        self.own_fields.setVisible(not received)
        self.received_hint.setVisible(received)
        self.adjustSize()

    def _problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def save(self) -> None:
        region = str(self.region.currentData())
        try:
            e164 = phone.parse(self.number.text(), region)
            new = (
                phone.parse(self.new_number.text(), region)
                if self.new_number.text() and not self.received.isChecked()
                else None
            )
        except UserError as exc:
            self._problem(self.ctx.tr(exc.message))
            return
        if new == e164:
            self._problem(self.tr("The new number is the same as the old one."))
            return
        owner_name = self.owner.currentText().strip() or self.tr("Me")
        qd = self.cancel_on.date()
        cancel_on = (
            None
            if self.undecided.isChecked() or self.received.isChecked()
            else date(qd.year(), qd.month(), qd.day())
        )
        mode = NumberMode.RECEIVED if self.received.isChecked() else NumberMode.OWN

        def write(vault: object) -> PhoneNumber:
            from ..storage.vault import Vault

            assert isinstance(vault, Vault)
            person = vault.find_or_add_person(owner_name)
            if self.editing is None:
                return vault.add_number(
                    PhoneNumber(
                        e164=e164,
                        person_id=person.id,
                        region=region,
                        status=NumberStatus.CANCEL_PLANNED if cancel_on else NumberStatus.IN_USE,
                        cancel_on=cancel_on,
                        new_number=new,
                        mode=mode,
                    )
                )
            updated = replace(
                self.editing,
                e164=e164,
                person_id=person.id,
                region=region,
                cancel_on=cancel_on,
                new_number=new,
                mode=mode,
            )
            vault.update_number(updated)
            return updated

        try:
            self.saved_number = self.ctx.session.write(write)  # type: ignore[assignment]
        except UserError as exc:
            self._problem(self.ctx.tr(exc.message))
            return
        except Exception as exc:
            show_problem(self, exc)
            return
        self.accept()
