"""One number and everything tied to it.

From the top: whose number it is and the number itself (partly hidden until "Show"), the
verdict sentence and any date warning, the timeline, the main next step and the buttons to the
other parts, the accounts linked to the number (search, add, edit, remove with undo) and notes.

Every change is written at once through ``ctx.session.write``; the page refreshes itself when
the session says data changed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QWidget,
)

from ..core.model import Account, NumberMode, PhoneNumber, Replacement
from ..core.plan import Plan, build_plan, date_warning, item_name, verdict
from . import style
from .accounts_model import AccountsFilter, AccountsModel, StatusChipDelegate
from .accounts_table import AccountsTable, NotesEdit
from .context import AppContext
from .number_page_actions import NumberPageActions
from .timeline_widget import TimelineView
from .widgets import (
    Card,
    Column,
    after_first_paint,
    button,
    field,
    labelled,
    literal,
    para,
    plain,
    row,
    search_leads_into,
    title,
)
from .words import numbers_kept_whole, shown_number, whose_number

NOTES_PAUSE_MS = 1500


def region_name(code: str) -> str:
    """The carrier's country in words (the same words as the number dialog)."""
    names = {
        "CN": QCoreApplication.translate("NumberDialog", "Mainland China"),
        "US": QCoreApplication.translate("NumberDialog", "United States"),
        "GB": QCoreApplication.translate("NumberDialog", "United Kingdom"),
        "IN": QCoreApplication.translate("NumberDialog", "India"),
        "HK": QCoreApplication.translate("NumberDialog", "Hong Kong"),
        "TW": QCoreApplication.translate("NumberDialog", "Taiwan"),
        "SG": QCoreApplication.translate("NumberDialog", "Singapore"),
        "CA": QCoreApplication.translate("NumberDialog", "Canada"),
        "AU": QCoreApplication.translate("NumberDialog", "Australia"),
        "DE": QCoreApplication.translate("NumberDialog", "Germany"),
        "FR": QCoreApplication.translate("NumberDialog", "France"),
        "JP": QCoreApplication.translate("NumberDialog", "Japan"),
        "KR": QCoreApplication.translate("NumberDialog", "South Korea"),
    }
    return names.get(code, code)


#: From this many accounts, the list is filled right after the page's first paint (it is below
#: the first screen); up to it, at once.
FILL_AFTER_PAINT = 200


class NumberPage(NumberPageActions, Column):
    """``completed`` fires when a long list has been filled after the first paint."""

    completed = Signal()

    def __init__(self, ctx: AppContext, window: QWidget, number_id: str) -> None:
        super().__init__(width_em=52)
        self.ctx = ctx
        self.window_ = window
        self.number_id = number_id
        self.revealed = False
        self.removed: list[Account] = []
        self.dialog: QWidget | None = None
        self._pending_accounts: list[Account] | None = None
        self.setProperty("holds_vault_data", True)
        try:
            self.number: PhoneNumber = ctx.session.vault.number(number_id)
        except KeyError:
            self._missing()
            return
        self._build()
        self.refresh()
        ctx.session.changed.connect(self.refresh)

    # -- building --

    def _missing(self) -> None:
        self.add(title(self.tr("This number is no longer in Ringoff")))
        home = button(self.tr("Back to your numbers"), primary=True)
        home.clicked.connect(lambda: self.window_.go(("home",), remember=False))  # type: ignore[attr-defined]
        self.add(row(home))
        self.add_stretch()
        self.main_button = home

    def _build(self) -> None:
        self.heading = title("")
        self.add(self.heading)

        self.number_label = QLabel("")
        style.heading(self.number_label, 1.35)
        self.number_label.setAccessibleName(self.tr("Phone number (partly hidden)"))
        self.reveal_button = button(self.tr("Show"), self.tr("Show the whole number"))
        self.reveal_button.clicked.connect(self.toggle_reveal)
        self.copy_button = button(self.tr("Copy"), self.tr("Copy the number"))
        self.copy_button.clicked.connect(self.copy_number)
        self.add(row(self.number_label, self.reveal_button, self.copy_button))
        self.details = para("")
        self.add(self.details)
        self.edit_number_button = button(self.tr("Edit the number…"))
        self.edit_number_button.clicked.connect(self.edit_number)
        self.remove_number_button = button(self.tr("Remove this number…"))
        self.remove_number_button.clicked.connect(self.ask_remove_number)
        self.add(row(self.edit_number_button, self.remove_number_button))

        card = Card()
        self.verdict_label = QLabel("")
        self.verdict_label.setWordWrap(True)
        style.heading(self.verdict_label, 1.15)
        card.layout_.addWidget(self.verdict_label)
        self.warning_label = QLabel("")
        self.warning_label.setWordWrap(True)
        style.colour_label(self.warning_label, style.state_colours().red)
        card.layout_.addWidget(self.warning_label)
        self.timeline = TimelineView(self.ctx)
        card.layout_.addWidget(self.timeline)
        self.main_button = button("", primary=True)
        self.main_button.clicked.connect(self.start_plan)
        self.discover_button = button(self.tr("Find more accounts…"))
        self.discover_button.clicked.connect(lambda: self.go_to(("discover", self.number_id)))
        card.layout_.addWidget(row(self.main_button, self.discover_button))
        self.print_button = button(self.tr("Print a checklist…"))
        self.print_button.clicked.connect(self.print_checklist)
        self.calendar_button = button(self.tr("Add to my phone's calendar…"))
        self.calendar_button.clicked.connect(self.export_calendar)
        card.layout_.addWidget(row(self.print_button, self.calendar_button))
        if self.number.mode is NumberMode.RECEIVED:
            self.received_button = button(self.tr("Messages for the previous owner…"))
            self.received_button.clicked.connect(lambda: self.go_to(("received", self.number_id)))
            card.layout_.addWidget(row(self.received_button))
        self.notice = para("", hint=True)
        self.notice.setVisible(False)
        card.layout_.addWidget(self.notice)
        from .reminders import NumberReminders

        # Whether reminders are on and the next one; the offer once the number has a date.
        self.reminders_box = NumberReminders(
            self.ctx, self.window_, self.number_id, calendar_button=False, refresh=False
        )
        card.layout_.addWidget(self.reminders_box)
        self.add(card)

        accounts_title = title(self.tr("Accounts linked to this number"), 1.25)
        self.add(accounts_title)
        self.search = field(self.tr("Type a name, e.g. PayPal"), self.tr("Search the accounts"))
        self.search.setClearButtonEnabled(True)
        self.add(labelled(self.tr("&Search"), self.search))

        self.model = AccountsModel(self.ctx.catalog, self.ctx.lang, (), self)
        self.proxy = AccountsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = AccountsTable()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Accounts linked to this number"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)  # long names wrap onto a second line (see fit_rows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(int(style.em() * 1.8))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AccountsModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AccountsModel.CATEGORY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AccountsModel.USES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AccountsModel.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        self.chips = StatusChipDelegate(self.table)
        self.table.setItemDelegateForColumn(AccountsModel.STATUS, self.chips)
        self.table.open_requested.connect(self.open_current)
        self.table.remove_requested.connect(self.remove_current)
        self.table.edit_requested.connect(self.edit_current)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        # Rows grow to a long name's wrapped text: again when the columns or the rows change.
        self._fit_rows_later = QTimer(self)
        self._fit_rows_later.setSingleShot(True)
        self._fit_rows_later.timeout.connect(self._fit_rows)
        header.sectionResized.connect(
            lambda column, _old, _new: (
                self._fit_rows_later.start(0)
                if column in (AccountsModel.NAME, AccountsModel.USES)
                else None
            )
        )
        self.proxy.modelReset.connect(lambda: self._fit_rows_later.start(0))
        self.add(self.table)
        self.empty_label = para("", hint=True)
        self.add(self.empty_label)

        self.undo_bar = QFrame()
        self.undo_bar.setProperty("card", True)
        undo_lay = QHBoxLayout(self.undo_bar)
        self.undo_label = QLabel("")
        self.undo_button = button(self.tr("Undo"), self.tr("Undo the removal"))
        self.undo_button.clicked.connect(self.undo_remove)
        undo_lay.addWidget(self.undo_label, 1)
        undo_lay.addWidget(self.undo_button)
        self.undo_bar.setVisible(False)
        self.add(self.undo_bar)

        self.add_list_button = button(self.tr("Add from the list…"))
        self.add_list_button.clicked.connect(self.add_from_list)
        self.add_name_button = button(self.tr("Add by name…"))
        self.add_name_button.clicked.connect(self.add_by_name)
        self.edit_button = button(self.tr("Edit…"), self.tr("Edit the chosen account"))
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button = button(self.tr("Remove"), self.tr("Remove the chosen account"))
        self.remove_button.clicked.connect(self.remove_current)
        self.add(
            row(self.add_list_button, self.add_name_button, self.edit_button, self.remove_button)
        )

        self.notes = NotesEdit()
        self.notes.setPlainText(self.number.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(style.em() * 5)
        self.notes.setMaximumHeight(style.em() * 9)
        self.notes.setPlaceholderText(
            self.tr("e.g. The bank branch on Main Street needs the ID card")
        )
        self.add(
            labelled(
                self.tr("&Notes about this number"),
                self.notes,
                self.tr("Saved as you type."),
            )
        )
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_PAUSE_MS)
        self._notes_timer.timeout.connect(self.save_notes)
        self.notes.textChanged.connect(self._notes_timer.start)
        self.notes.left.connect(self.save_notes)
        # Text typed just before an auto-lock is saved, not lost with the page.
        self.ctx.session.about_to_lock.connect(self.save_notes)
        self.add_stretch()

        self.search.textChanged.connect(self._search)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

        search_leads_into(self.search, self.table)
        for first, second in (
            (self.reveal_button, self.copy_button),
            (self.copy_button, self.edit_number_button),
            (self.edit_number_button, self.remove_number_button),
            (self.remove_number_button, self.main_button),
            (self.main_button, self.discover_button),
            (self.discover_button, self.print_button),
            (self.print_button, self.calendar_button),
            (self.calendar_button, self.search),
            (self.search, self.table),
            (self.table, self.undo_button),
            (self.undo_button, self.add_list_button),
            (self.add_list_button, self.add_name_button),
            (self.add_name_button, self.edit_button),
            (self.edit_button, self.remove_button),
            (self.remove_button, self.notes),
        ):
            QWidget.setTabOrder(first, second)
        self.reminders_box.fit_tab_order(self.calendar_button, self.search)

    def initial_focus(self) -> QWidget:
        return self.main_button

    # -- showing --

    def refresh(self) -> None:
        """Read the number and its accounts again and show them."""
        if not self.ctx.session.is_unlocked:
            return
        try:
            self.number = self.ctx.session.vault.number(self.number_id)
        except KeyError:
            return
        n = self.number
        vault = self.ctx.session.vault
        people = {p.id: p.name for p in vault.people()}
        owner = people.get(n.person_id, "")
        self.heading.setText(whose_number(owner))  # "My number" for a person called "Me"
        self.heading.setAccessibleName(self.heading.text())
        self._show_number()
        lines = [self.tr("Phone company in: {country}").format(country=region_name(n.region))]
        if n.carrier:
            lines.append(self.tr("Phone company: {carrier}").format(carrier=n.carrier))
        if n.target and n.replaced_by is Replacement.FAMILY:
            lines.append(
                self.tr("Moving to {whose}'s number: {number}").format(
                    whose=n.replacement_name, number=shown_number(n.target, n.region)
                )
            )
        elif n.target:
            lines.append(
                self.tr("Moving to: {number}").format(number=shown_number(n.target, n.region))
            )
        elif n.mode is not NumberMode.RECEIVED and n.replaced_by is Replacement.SIGN_IN_ONLY:
            lines.append(
                self.tr(
                    "No new number: accounts keep an email or app sign-in, and the old number "
                    "is removed from each."
                )
            )
        elif n.mode is not NumberMode.RECEIVED:
            lines.append(
                self.tr(
                    "No new number: the old one will be removed from each account (or the "
                    "account closed where it needs a number)."
                )
            )
        self.details.setText("\n".join(lines))

        accounts = vault.accounts(n.id)
        plan = build_plan(n, accounts, self.ctx.catalog, self.ctx.today())
        self.plan = plan
        self.verdict_label.setText(
            numbers_kept_whole(self.ctx.tr(verdict(plan, self.ctx.lang)), (n.target, n.region))
        )
        self.verdict_label.setAccessibleName(self.verdict_label.text())
        warning = date_warning(plan)
        self.warning_label.setText(self.ctx.tr(warning) if warning else "")
        self.warning_label.setVisible(warning is not None)
        self.timeline.set_timeline(plan.timeline)
        self._update_main_button(plan)
        self.reminders_box.refresh()

        if self.painted or len(accounts) < FILL_AFTER_PAINT:
            self._pending_accounts = None
            self._show_accounts(accounts)
        else:
            # A long list is below the first screen: the page is painted first, the list
            # follows (ui/widgets.after_first_paint).
            if self._pending_accounts is None:
                after_first_paint(self, self._show_pending)
            self._pending_accounts = accounts
            self._fit_table(len(accounts))  # its height already, so nothing moves after
        self.empty_label.setText(
            self.tr("No accounts yet. Add the apps, banks and services that use this number.")
            if not accounts
            else ""
        )
        self.empty_label.setVisible(not accounts)

    @property
    def complete(self) -> bool:
        """False between the first paint and the filling of a long list (``completed``)."""
        return self._pending_accounts is None

    def _show_pending(self) -> None:
        accounts, self._pending_accounts = self._pending_accounts, None
        if accounts is not None and self.ctx.session.is_unlocked:
            self._show_accounts(accounts)
            self.completed.emit()

    def _show_accounts(self, accounts: list[Account]) -> None:
        current = self._current_account()
        self.model.catalog = self.ctx.catalog
        self.model.set_accounts(accounts)
        if current is not None:
            self.select_account(current.id)
        self._accounts_count = len(accounts)
        self._fit_table(len(accounts))
        self._update_buttons()

    def _fit_rows(self) -> None:
        self.table.fit_rows()
        self._fit_table(getattr(self, "_accounts_count", 0))

    def _fit_table(self, count: int) -> None:
        """Tall enough for every account up to 16 rows; the list scrolls beyond that."""
        rows = min(max(count, 4), 16)
        vertical = self.table.verticalHeader()
        grown = sum(
            vertical.sectionSize(r) - vertical.defaultSectionSize()
            for r in range(min(rows, self.proxy.rowCount()))
        )
        height = (
            self.table.horizontalHeader().sizeHint().height()
            + rows * vertical.defaultSectionSize()
            + grown
            + 2 * self.table.frameWidth()
            + style.em() // 2
        )
        self.table.setFixedHeight(height)

    def _show_number(self) -> None:
        n = self.number
        shown = shown_number(n.e164, n.region, whole=self.revealed)
        self.number_label.setText(shown)
        self.reveal_button.setText(self.tr("Hide") if self.revealed else self.tr("Show"))
        self.reveal_button.setAccessibleName(
            self.tr("Hide the number") if self.revealed else self.tr("Show the whole number")
        )

    def _update_main_button(self, plan: Plan) -> None:
        nxt = plan.next_item
        if nxt is None:
            self.main_button.setText(self.tr("See the plan"))
        elif (
            plan.done
            or plan.cannot
            or any(i.account.status.value == "in_progress" for i in plan.items)
        ):
            self.main_button.setText(
                self.tr("Continue with {name}").format(name=literal(item_name(nxt, self.ctx.lang)))
            )
        else:
            self.main_button.setText(self.tr("Start the plan"))
        self.main_button.setAccessibleName(plain(self.main_button.text()))
        self.main_button.setEnabled(bool(plan.items))

    def _update_buttons(self) -> None:
        has = self._current_account() is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _search(self, text: str) -> None:
        self.proxy.set_query(text)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setAccessibleName(text)
        self.notice.setVisible(True)

    def _open(self, dialog: QWidget) -> None:
        """Show *dialog* without blocking (window-modal); tests reach it as :attr:`dialog`."""
        self.dialog = dialog
        if hasattr(dialog, "open"):
            dialog.open()
        else:
            dialog.show()

    def table_index(self, account_id: str) -> QModelIndex:
        row_ = self.model.row_of(account_id)
        return self.proxy.mapFromSource(self.model.index(row_, 0))

    def hideEvent(self, event: object) -> None:  # type: ignore[override]
        if hasattr(self, "notes"):
            self.save_notes()
        super().hideEvent(event)  # type: ignore[arg-type]
