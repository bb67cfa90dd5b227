"""People: add, rename (F2) and remove the people whose numbers Ringoff follows.

Removing someone who still has numbers asks, inline, what should happen to those numbers: move
them to another person, or remove them with their accounts. Nothing is deleted without that
choice, and the counts are shown before the button is pressed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import UserError
from ..core.model import Person
from . import style
from .context import AppContext
from .errors import show_problem
from .security import CalmDialog
from .widgets import Card, button, field, labelled, literal, para, title

ID_ROLE = Qt.ItemDataRole.UserRole


class PeopleDialog(CalmDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._filling = False
        self.removing: Person | None = None
        self._has_numbers = False
        self.setWindowTitle(self.tr("People"))
        self.setAccessibleName(self.tr("People"))
        em = style.em()
        self.resize(em * 30, em * 26)
        lay = QVBoxLayout(self)
        lay.addWidget(title(self.tr("People"), 1.3))
        lay.addWidget(
            para(
                self.tr(
                    "Each number belongs to a person, for example you or your father. "
                    "Press F2 to rename the selected person."
                ),
                hint=True,
            )
        )
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Numbers")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(self.tr("People and how many numbers each has"))
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        lay.addWidget(self.tree, 1)

        self.rename_button = button(self.tr("Rename"))
        self.remove_button = button(self.tr("Remove…"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected person"))
        actions = QHBoxLayout()
        actions.addWidget(self.rename_button)
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        lay.addLayout(actions)

        self.remove_panel = self._build_remove_panel()
        lay.addWidget(self.remove_panel)

        self.new_name = field(self.tr("For example: Dad"), self.tr("Name of the new person"))
        self.add_button = button(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add this person"))
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_button)
        add_box = QWidget()
        add_box.setLayout(add_row)
        add_row.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(labelled(self.tr("&New person"), add_box))
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        lay.addWidget(self.message)
        self.close_button = button(self.tr("Close"))
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        lay.addLayout(bottom)

        self.rename_button.clicked.connect(self.rename_selected)
        self.remove_button.clicked.connect(self.ask_remove)
        self.add_button.clicked.connect(self.add_person)
        self.new_name.returnPressed.connect(self.add_person)
        self.close_button.clicked.connect(self.accept)
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.currentItemChanged.connect(self._selection_changed)
        rename_key = QShortcut(QKeySequence(Qt.Key.Key_F2), self)
        rename_key.activated.connect(self.rename_selected)
        self.setTabOrder(self.tree, self.rename_button)
        self.setTabOrder(self.rename_button, self.remove_button)
        self.setTabOrder(self.remove_button, self.new_name)
        self.setTabOrder(self.new_name, self.add_button)
        self.setTabOrder(self.add_button, self.close_button)
        self.reload()
        self.tree.setFocus()

    # -- list --

    def reload(self, select: str | None = None) -> None:
        if not self.ctx.session.is_unlocked:
            return
        vault = self.ctx.session.vault
        counts: dict[str, int] = {}
        for number in vault.numbers():
            counts[number.person_id] = counts.get(number.person_id, 0) + 1
        current = select or self.selected_id()
        self._filling = True
        self.tree.clear()
        for person in vault.people():
            item = QTreeWidgetItem([person.name, str(counts.get(person.id, 0))])
            item.setData(0, ID_ROLE, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)
            self.tree.addTopLevelItem(item)
            if person.id == current:
                self.tree.setCurrentItem(item)
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._filling = False
        self._selection_changed()

    def names(self) -> list[str]:
        return [self.tree.topLevelItem(i).text(0) for i in range(self.tree.topLevelItemCount())]

    def selected_id(self) -> str | None:
        item = self.tree.currentItem()
        return str(item.data(0, ID_ROLE)) if item is not None else None

    def select(self, name: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            if self.tree.topLevelItem(i).text(0) == name:
                self.tree.setCurrentItem(self.tree.topLevelItem(i))
                return

    def _selection_changed(self, *_: object) -> None:
        has = self.tree.currentItem() is not None
        self.rename_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _write(self, action: object) -> bool:
        try:
            self.ctx.session.write(action)  # type: ignore[arg-type]
        except UserError as exc:
            # A sync conflict locks the session, which closes this dialog: then the message
            # goes over the main window instead.
            show_problem(self if self.ctx.session.is_unlocked else self.parentWidget(), exc)
            return False
        return True

    # -- add and rename --

    def add_person(self) -> None:
        name = self.new_name.text().strip()
        if not name:
            self.message.setText(self.tr("Please type a name first."))
            self.new_name.setFocus()
            return
        if name in self.names():
            self.message.setText(self.tr("{name} is already in the list.").format(name=name))
            return
        box: dict[str, Person] = {}

        def write(vault: object) -> None:
            box["person"] = vault.add_person(name)  # type: ignore[attr-defined]

        if self._write(write):
            self.new_name.clear()
            self.message.setText(self.tr("{name} was added.").format(name=name))
            self.reload(select=box["person"].id)

    def rename_selected(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self.tree.editItem(item, 0)

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0:
            return
        person_id = str(item.data(0, ID_ROLE))
        new = item.text(0).strip()
        old = next((p.name for p in self.ctx.session.vault.people() if p.id == person_id), "")
        if not new or new == old:
            self._filling = True
            item.setText(0, old)
            self._filling = False
            return
        if self._write(lambda v: v.rename_person(person_id, new)):
            self.message.setText(self.tr("{old} is now called {name}.").format(old=old, name=new))
            self.reload(select=person_id)

    # -- remove --

    def _build_remove_panel(self) -> Card:
        panel = Card()
        panel.setAccessibleName(self.tr("Remove a person"))
        self.remove_question = para("")
        panel.layout_.addWidget(self.remove_question)
        self.choice = QButtonGroup(self)
        self.move_radio = QRadioButton(self.tr("Move the numbers to:"))
        self.move_radio.setAccessibleName(self.tr("Move the numbers to another person"))
        self.move_to = QComboBox()
        self.move_to.setAccessibleName(self.tr("Person who gets the numbers"))
        move_row = QHBoxLayout()
        move_row.addWidget(self.move_radio)
        move_row.addWidget(self.move_to, 1)
        panel.layout_.addLayout(move_row)
        self.delete_radio = QRadioButton("")
        panel.layout_.addWidget(self.delete_radio)
        self.nobody_label = para(
            self.tr("There is nobody else to move them to. Add a person first if you want to."),
            hint=True,
        )
        panel.layout_.addWidget(self.nobody_label)
        self.choice.addButton(self.move_radio)
        self.choice.addButton(self.delete_radio)
        self.confirm_remove = button("")
        self.cancel_remove = button(self.tr("Keep"))
        self.cancel_remove.setAccessibleName(self.tr("Keep this person"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_remove)
        buttons.addWidget(self.cancel_remove)
        buttons.addStretch(1)
        panel.layout_.addLayout(buttons)
        self.confirm_remove.clicked.connect(self.remove_confirmed)
        self.cancel_remove.clicked.connect(self.cancel_removal)
        self.choice.buttonToggled.connect(self._choice_changed)
        self.move_to.activated.connect(lambda _i: self.move_radio.setChecked(True))
        panel.setVisible(False)
        return panel

    def ask_remove(self) -> None:
        person_id = self.selected_id()
        if person_id is None:
            return
        vault = self.ctx.session.vault
        people = vault.people()
        person = next(p for p in people if p.id == person_id)
        numbers = vault.numbers(person_id)
        accounts = sum(len(vault.accounts(n.id)) for n in numbers)
        self.removing = person
        has_numbers = self._has_numbers = bool(numbers)
        others = [p for p in people if p.id != person_id]
        self.move_to.clear()
        for other in others:
            self.move_to.addItem(other.name, other.id)
        if has_numbers:
            self.remove_question.setText(
                self.tr(
                    "{name} has numbers in Ringoff (numbers: {numbers}, accounts on them: "
                    "{accounts}). What should happen to them?"
                ).format(name=person.name, numbers=len(numbers), accounts=accounts)
            )
            self.delete_radio.setText(
                self.tr("Remove the numbers too, with their accounts (numbers: {numbers})").format(
                    numbers=len(numbers)
                )
            )
        else:
            self.remove_question.setText(
                self.tr("Remove {name}? They have no numbers in Ringoff.").format(name=person.name)
            )
        self.delete_radio.setAccessibleName(self.delete_radio.text())
        self.move_radio.setVisible(has_numbers)
        self.move_to.setVisible(has_numbers)
        self.delete_radio.setVisible(has_numbers)
        self.move_radio.setEnabled(bool(others))
        self.move_to.setEnabled(bool(others))
        self.nobody_label.setVisible(has_numbers and not others)
        # Moving is the safe default; removing the numbers is never chosen for the user.
        self.choice.setExclusive(False)
        self.move_radio.setChecked(has_numbers and bool(others))
        self.delete_radio.setChecked(False)
        self.choice.setExclusive(True)
        text = self.tr("Remove {name}").format(name=person.name)
        self.confirm_remove.setText(literal(text))
        self.confirm_remove.setAccessibleName(text)
        self._choice_changed()
        self.remove_panel.setVisible(True)
        (self.move_radio if self.move_radio.isChecked() else self.cancel_remove).setFocus()

    def _choice_changed(self, *_: object) -> None:
        person = self.removing
        if person is None:
            return
        has_numbers = self._has_numbers
        ready = not has_numbers or self.choice.checkedButton() is not None
        self.confirm_remove.setEnabled(ready)

    def cancel_removal(self) -> None:
        self.removing = None
        self.remove_panel.setVisible(False)
        self.tree.setFocus()

    def remove_confirmed(self) -> None:
        person = self.removing
        if person is None or not self.confirm_remove.isEnabled():
            return
        has_numbers = self._has_numbers
        move_to: str | None = None
        if has_numbers:
            if self.move_radio.isChecked():
                move_to = self.move_to.currentData()
                if move_to is None:
                    return
            elif not self.delete_radio.isChecked():
                return
        person_id = person.id
        if self._write(lambda v: v.remove_person(person_id, move_to)):
            self.removing = None
            self.remove_panel.setVisible(False)
            self.message.setText(self.tr("{name} was removed.").format(name=person.name))
            self.reload()
            self.tree.setFocus()
