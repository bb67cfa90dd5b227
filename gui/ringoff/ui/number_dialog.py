"""Add or edit a number: whose it is, the carrier's country, the cancellation date ("not decided
yet" is the default), and what takes its place: my new number, a family member's number, an
email or app sign-in only, or nothing. The country and the example follow the system's locale
and the person's other numbers."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core import phone
from ..core.errors import UserError
from ..core.model import NumberMode, NumberStatus, PhoneNumber, Replacement
from ..core.plan import refreshed_actions
from ..core.regional import REGIONS, default_region, example_number
from . import style
from .context import AppContext
from .dates import DateField
from .errors import show_problem
from .widgets import field, labelled, para, title

if TYPE_CHECKING:
    from ..storage.vault import Vault


def system_locale_name() -> str:
    """The system's locale ("en_US"), the source of the default country (tests replace it)."""
    return QLocale.system().name()


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
        # The questions scroll (large text on a small screen); the buttons always show.
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(0, 0, 0, 0)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        lay.addWidget(title(self.windowTitle(), 1.3))
        # First what the number is about: the two cases ask different questions.
        self.own_radio = QRadioButton(self.tr("I will give up or change this number"))
        self.received = QRadioButton(
            self.tr("I'm getting texts meant for someone else (the number was theirs before)")
        )
        self.kind_group = QButtonGroup(self)
        for radio in (self.own_radio, self.received):
            radio.setAccessibleName(radio.text())
            self.kind_group.addButton(radio)
            lay.addWidget(radio)
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

        self.number = field("", self.tr("Phone number"))
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
        others = [n.region for n in vault.numbers()]
        start = default_region(system_locale_name(), others)
        for code in (start, *[c for c in REGIONS if c != start]):
            if code in names:
                self.region.addItem(names[code], code)
        self.region.currentIndexChanged.connect(self._region_changed)
        lay.addWidget(labelled(self.tr("&Country of the phone company"), self.region))

        # When: "not decided yet" is a real choice, and the default.
        when = QGroupBox(self.tr("When will it be cancelled?"))
        when.setAccessibleName(when.title())
        when_lay = QVBoxLayout(when)
        self.undecided = QRadioButton(self.tr("&Not decided yet"))
        self.on_date = QRadioButton(self.tr("On this &date:"))
        self.when_group = QButtonGroup(self)
        for radio in (self.undecided, self.on_date):
            radio.setAccessibleName(radio.text().replace("&", ""))
            self.when_group.addButton(radio)
            when_lay.addWidget(radio)
        self.cancel_on = DateField(self.tr("Cancellation date"), ctx.today())
        when_lay.addWidget(self.cancel_on)
        self.undecided.setChecked(True)
        self.cancel_on.edit.textEdited.connect(lambda _t: self.on_date.setChecked(True))
        lay.addWidget(when)

        # What takes its place.
        what = QGroupBox(self.tr("What takes the old number's place?"))
        what.setAccessibleName(what.title())
        what_lay = QVBoxLayout(what)
        self.replacement_group = QButtonGroup(self)
        self.replacement_radios: dict[Replacement, QRadioButton] = {}
        labels = {
            Replacement.NEW_NUMBER: self.tr("&My new number"),
            Replacement.FAMILY: self.tr("A &family member's number"),
            Replacement.SIGN_IN_ONLY: self.tr("Only my &email or app sign-in, no phone number"),
            Replacement.NOTHING: self.tr("N&othing: take it off every account (or close them)"),
        }
        self.new_number = field("", self.tr("New number"))
        self.family_name = field(self.tr("e.g. Mum's mobile"), self.tr("Whose number it is"))
        self.family_number = field("", self.tr("The family member's number"))
        for kind, text in labels.items():
            radio = QRadioButton(text)
            radio.setAccessibleName(text.replace("&", ""))
            self.replacement_group.addButton(radio)
            self.replacement_radios[kind] = radio
            what_lay.addWidget(radio)
            if kind is Replacement.NEW_NUMBER:
                what_lay.addWidget(self.new_number)
            elif kind is Replacement.FAMILY:
                what_lay.addWidget(self.family_name)
                what_lay.addWidget(self.family_number)
        self.replacement_radios[Replacement.NEW_NUMBER].setChecked(True)
        self.new_number.textEdited.connect(
            lambda _t: self.replacement_radios[Replacement.NEW_NUMBER].setChecked(True)
        )
        for edit in (self.family_name, self.family_number):
            edit.textEdited.connect(
                lambda _t: self.replacement_radios[Replacement.FAMILY].setChecked(True)
            )
        what_lay.addWidget(
            para(
                self.tr(
                    "Accounts change to the number you choose. Without one, Ringoff suggests "
                    "taking the number off each account, and says which ones need a number."
                ),
                hint=True,
            )
        )
        lay.addWidget(what)
        self._region_changed()
        self.own_fields = (when, what)  # only for a number of one's own
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
        outer.addWidget(buttons)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        wanted = body.sizeHint().height() + buttons.sizeHint().height() + style.em() * 3
        if screen is not None:
            self.resize(self.sizeHint().width(), min(wanted, int(screen.height() * 0.9)))

        if number is not None:
            self._fill(number)
        self.number.setFocus()

    def _region_changed(self, *_: object) -> None:
        example = example_number(str(self.region.currentData() or ""))
        hint = self.tr("e.g. {example}").format(example=example)
        for edit in (self.number, self.new_number, self.family_number):
            edit.setPlaceholderText(hint)

    def replacement(self) -> Replacement:
        for kind, radio in self.replacement_radios.items():
            if radio.isChecked():
                return kind
        return Replacement.NOTHING

    def _fill(self, n: PhoneNumber) -> None:
        index = self.owner.findData(n.person_id)
        if index >= 0:
            self.owner.setCurrentIndex(index)
        self.number.setText(phone.display(n.e164, n.region))
        self.region.setCurrentIndex(max(0, self.region.findData(n.region)))
        if n.cancel_on:
            self.cancel_on.set_date(n.cancel_on)
            self.on_date.setChecked(True)
        else:
            self.undecided.setChecked(True)
        kind = n.replaced_by
        self.replacement_radios[kind].setChecked(True)
        if n.new_number and kind is Replacement.FAMILY:
            self.family_number.setText(phone.display(n.new_number, n.region))
            self.family_name.setText(n.replacement_name)
        elif n.new_number:
            self.new_number.setText(phone.display(n.new_number, n.region))
        self.received.setChecked(n.mode is NumberMode.RECEIVED)

    def _kind_changed(self, received: bool) -> None:
        for box in self.own_fields:
            box.setVisible(not received)
        self.received_hint.setVisible(received)
        self.adjustSize()

    def _problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def save(self) -> None:
        region = str(self.region.currentData())
        received = self.received.isChecked()
        # Someone else's number: nothing is cancelled and nothing replaces it.
        kind = Replacement.NOTHING if received else self.replacement()
        whose = self.family_name.text().strip() if kind is Replacement.FAMILY else ""
        try:
            e164 = phone.parse(self.number.text(), region)
            new = None
            if kind is Replacement.NEW_NUMBER:
                if not self.new_number.text().strip():
                    self._problem(
                        self.tr("Type the new number, or choose what else takes its place.")
                    )
                    self.new_number.setFocus()
                    return
                new = phone.parse(self.new_number.text(), region)
            elif kind is Replacement.FAMILY:
                if not whose or not self.family_number.text().strip():
                    self._problem(
                        self.tr("Type whose number it is and the number, e.g. “Mum's mobile”.")
                    )
                    (self.family_name if not whose else self.family_number).setFocus()
                    return
                new = phone.parse(self.family_number.text(), region)
        except UserError as exc:
            self._problem(self.ctx.tr(exc.message))
            return
        if new == e164:
            self._problem(self.tr("The new number is the same as the old one."))
            return
        cancel_on = None
        if self.on_date.isChecked() and not received:
            problem = self.cancel_on.problem()
            if problem is not None or self.cancel_on.date() is None:
                self._problem(
                    problem or self.tr("Type the cancellation date, or choose “Not decided yet”.")
                )
                self.cancel_on.setFocus()
                return
            cancel_on = self.cancel_on.date()
        owner_name = self.owner.currentText().strip() or self.tr("Me")
        mode = NumberMode.RECEIVED if self.received.isChecked() else NumberMode.OWN
        catalog = self.ctx.catalog

        def write(vault: Vault) -> PhoneNumber:
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
                        replacement=kind,
                        replacement_name=whose,
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
                replacement=kind,
                replacement_name=whose,
            )
            vault.update_number(updated)
            if updated.target != self.editing.target:
                # The accounts still to do follow what now replaces the number.
                for account in refreshed_actions(updated, vault.accounts(updated.id), catalog):
                    vault.update_account(account)
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
