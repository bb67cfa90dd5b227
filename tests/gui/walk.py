"""Every main screen and dialog of Ringoff, built on the demo family: what the "done when" walk
(test_finished.py) and tools/screenshots.py go through."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from ringoff.ui.main_window import MainWindow


def dad(window: MainWindow) -> str:
    vault = window.ctx.session.vault
    return next(n.id for n in vault.numbers() if n.e164 == "+8613812345678")


def received(window: MainWindow) -> str | None:
    vault = window.ctx.session.vault
    return next((n.id for n in vault.numbers() if n.mode.value == "received"), None)


def main_routes(window: MainWindow) -> list[tuple[object, ...]]:
    routes: list[tuple[object, ...]] = [
        ("home",),
        ("number", dad(window)),
        ("walkthrough", dad(window)),
        ("discover", dad(window)),
        ("history",),
        ("settings",),
    ]
    other = received(window)
    if other is not None:
        routes.append(("received", other))
    return routes


def _account(window: MainWindow) -> object:
    return window.ctx.session.vault.accounts(dad(window))[0]


def _number(window: MainWindow) -> object:
    return window.ctx.session.vault.number(dad(window))


def dialogs() -> dict[str, Callable[[MainWindow], QDialog]]:
    """Name -> a factory for each dialog, parented to the window like the app does."""

    def number_dialog(w: MainWindow) -> QDialog:
        from ringoff.ui.number_dialog import NumberDialog

        return NumberDialog(w.ctx, w)

    def account_dialog(w: MainWindow) -> QDialog:
        from ringoff.ui.account_dialog import AccountDialog

        return AccountDialog(w.ctx, w, _account(w))  # type: ignore[arg-type]

    def add_by_name(w: MainWindow) -> QDialog:
        from ringoff.ui.account_dialog import AddByNameDialog

        return AddByNameDialog(w.ctx, w, _number(w))  # type: ignore[arg-type]

    def picker(w: MainWindow) -> QDialog:
        from ringoff.ui.catalog_picker import CatalogPicker

        return CatalogPicker(w.ctx, w, "CN", _number(w))  # type: ignore[arg-type]

    def people(w: MainWindow) -> QDialog:
        from ringoff.ui.people import PeopleDialog

        return PeopleDialog(w.ctx, w)

    def backups(w: MainWindow) -> QDialog:
        from ringoff.ui.backups import BackupsDialog

        return BackupsDialog(w.ctx, w)

    def passphrase(w: MainWindow) -> QDialog:
        from ringoff.ui.security import ChangePassphraseDialog

        return ChangePassphraseDialog(w.ctx, w)

    def recovery(w: MainWindow) -> QDialog:
        from ringoff.ui.security import NewRecoveryKeyDialog

        return NewRecoveryKeyDialog(w.ctx, w)

    def print_kit(w: MainWindow) -> QDialog:
        from ringoff.ui.security import PrintKitDialog

        return PrintKitDialog(w.ctx, w)

    def kit(w: MainWindow) -> QDialog:
        from ringoff.ui.printing import EmergencyKitDialog

        return EmergencyKitDialog(w.ctx, "ABCD-" * 13 + "ABCD", w)

    def checklist(w: MainWindow) -> QDialog:
        from ringoff.ui.checklist_print import ChecklistDialog

        return ChecklistDialog(w.ctx, w, dad(w))

    def calendar(w: MainWindow) -> QDialog:
        from ringoff.ui.reminders import CalendarExportDialog

        return CalendarExportDialog(w.ctx, w, dad(w))

    def reminder_days(w: MainWindow) -> QDialog:
        from ringoff.ui.reminders import ReminderDaysDialog

        return ReminderDaysDialog(w.ctx, w, dad(w))

    def reason(w: MainWindow) -> QDialog:
        from ringoff.ui.walkthrough import ReasonDialog

        return ReasonDialog(w, "中国建设银行 & Co")

    def record(w: MainWindow) -> QDialog:
        from ringoff.ui.received import RecordDialog

        return RecordDialog(w.ctx, w)

    return {
        "number_dialog": number_dialog,
        "account_dialog": account_dialog,
        "add_by_name": add_by_name,
        "catalog_picker": picker,
        "people": people,
        "backups": backups,
        "change_passphrase": passphrase,
        "new_recovery_key": recovery,
        "print_kit": print_kit,
        "emergency_kit": kit,
        "checklist": checklist,
        "calendar": calendar,
        "reminder_days": reminder_days,
        "reason": reason,
        "record": record,
    }


def open_dialog(window: MainWindow, name: str) -> QDialog:
    dialog = dialogs()[name](window)
    dialog.show()
    return dialog


def windows_of(window: QWidget) -> list[QWidget]:
    return [window]
