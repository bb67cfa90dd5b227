"""What the number page's buttons do: show, copy, edit or remove the number; open, edit, remove
(with undo) and add its accounts; go to the plan, the checklist and the calendar.

A mixin of :class:`ringoff.ui.number_page.NumberPage`, which builds the widgets these methods
use. Its words keep the page's translation context ("NumberPage"): lupdate gives a plain
mixin's ``self.tr`` no context, so they call ``QCoreApplication.translate("NumberPage", …)``.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QCoreApplication,
)
from PySide6.QtWidgets import (
    QMessageBox,
)

from ..core import phone
from ..core.model import Account
from .accounts_model import AccountsModel
from .errors import show_problem
from .words import shown_number


class NumberPageActions:
    """The page's actions (see the module's docstring); the page provides the widgets."""

    # -- the number --

    def toggle_reveal(self) -> None:
        self.revealed = not self.revealed
        self._show_number()

    def copy_number(self) -> None:
        lifecycle = getattr(self.window_, "lifecycle", None)
        text = phone.display(self.number.e164, self.number.region)
        if lifecycle is not None:
            lifecycle.copy_sensitive(text)
        self.show_notice(
            QCoreApplication.translate(
                "NumberPage", "Copied. It will be cleared from the clipboard soon."
            )
        )

    def edit_number(self) -> None:
        from .number_dialog import NumberDialog

        dialog = NumberDialog(self.ctx, self, self.number)
        self._open(dialog)

    def ask_remove_number(self) -> None:
        count = len(self.model.rows)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("NumberPage", "Remove this number?"))
        box.setText(
            QCoreApplication.translate(
                "NumberPage",
                "Remove {number} and the list of its {count} accounts from Ringoff? "
                "This cannot be undone.",
            ).format(number=shown_number(self.number.e164, self.number.region), count=count)
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "NumberPage", "Nothing changes in the apps themselves, only in Ringoff."
            )
        )
        self.remove_yes = box.addButton(
            QCoreApplication.translate("NumberPage", "Remove the number"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        keep = box.addButton(
            QCoreApplication.translate("NumberPage", "Keep it"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAccessibleName(box.windowTitle())
        box.buttonClicked.connect(
            lambda clicked: self.remove_number() if clicked is self.remove_yes else None
        )
        self._open(box)

    def remove_number(self) -> None:
        try:
            self.ctx.session.write(lambda v: v.remove_number(self.number_id))
        except Exception as exc:
            show_problem(self, exc)
            return
        self.window_.go(("home",), remember=False)  # type: ignore[attr-defined]

    def save_notes(self) -> None:
        self._notes_timer.stop()
        text = self.notes.toPlainText()
        if not self.ctx.session.is_unlocked or text == self.number.notes:
            return
        updated = replace(self.number, notes=text)
        try:
            self.ctx.session.write(lambda v: v.update_number(updated))
        except Exception as exc:
            show_problem(self, exc)

    # -- accounts --

    def _current_account(self) -> Account | None:
        if not hasattr(self, "table"):
            return None
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        source = self.proxy.mapToSource(index)
        if not source.isValid():
            return None
        return self.model.account(source.row())

    def select_account(self, account_id: str) -> bool:
        row_ = self.model.row_of(account_id)
        if row_ < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row_, 0))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.selectRow(index.row())
        return True

    def visible_names(self) -> list[str]:
        return [
            str(self.proxy.index(i, AccountsModel.NAME).data())
            for i in range(self.proxy.rowCount())
        ]

    def open_current(self) -> None:
        account = self._current_account()
        if account is not None:
            self.go_to(("walkthrough", self.number_id, account.id))

    def edit_current(self) -> None:
        account = self._current_account()
        if account is None:
            return
        from .account_dialog import AccountDialog

        self._open(AccountDialog(self.ctx, self, account))

    def remove_current(self) -> None:
        account = self._current_account()
        if account is None:
            return
        name = self.ctx.account_name(account.service_id, account.name)
        try:
            removed = self.ctx.session.write(lambda v: v.remove_account(account.id))
        except Exception as exc:
            show_problem(self, exc)
            return
        assert isinstance(removed, Account)
        self.removed.append(removed)
        self.undo_label.setText(
            QCoreApplication.translate("NumberPage", "Removed {name}.").format(name=name)
        )
        self.undo_bar.setAccessibleName(self.undo_label.text())
        self.undo_bar.setVisible(True)
        self.undo_button.setFocus()

    def undo_remove(self) -> None:
        if not self.removed:
            return
        account = self.removed.pop()
        try:
            self.ctx.session.write(lambda v: v.restore_account(account))
        except Exception as exc:
            show_problem(self, exc)
            return
        self.undo_bar.setVisible(bool(self.removed))
        if self.removed:
            last = self.removed[-1]
            self.undo_label.setText(
                QCoreApplication.translate("NumberPage", "Removed {name}.").format(
                    name=self.ctx.account_name(last.service_id, last.name)
                )
            )
        self.select_account(account.id)
        self.table.setFocus()

    def add_from_list(self) -> None:
        from .catalog_picker import CatalogPicker

        self._open(CatalogPicker(self.ctx, self, self.number.region, number=self.number))

    def add_by_name(self) -> None:
        from .account_dialog import AddByNameDialog

        self._open(AddByNameDialog(self.ctx, self, self.number))

    # -- the other parts --

    def start_plan(self) -> None:
        self.go_to(("walkthrough", self.number_id))

    def go_to(self, route: tuple[object, ...]) -> None:
        self.window_.go(route)  # type: ignore[attr-defined]

    def print_checklist(self) -> None:
        from .checklist_print import ChecklistDialog

        self._open(ChecklistDialog(self.ctx, self, self.number_id))

    def export_calendar(self) -> None:
        from .reminders import CalendarExportDialog

        self._open(CalendarExportDialog(self.ctx, self, self.number_id))
