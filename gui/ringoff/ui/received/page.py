"""The received page itself (see the package's docstring for what it shows, top to bottom).

Longer than 500 lines (by a few): one page class whose sections are built top to bottom in
the order the person reads them; the dialogs and the sender cards already live apart.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.model import PhoneNumber
from ...core.received import (
    CHANNEL_TEXTS,
    DEFAULT_FOLLOW_UP_DAYS,
    DONT_DO,
    KIND_TEXTS,
    STATUS_TEXTS,
    Channel,
    MessageKind,
    RequestStatus,
    carrier_clearing_for,
    channel_of,
    due_followups,
    follow_up_day,
    group_by_sender,
    is_own_carrier,
    kind_of,
    records_from_paste,
    status_of,
)
from .. import style
from ..context import AppContext
from ..dates import long_date, short_date
from ..errors import show_problem
from ..widgets import Card, Column, button, labelled, para, row, title
from ..words import shown_number
from .dialogs import PasteDialog, RecordDialog, RequestDialog, section_heading
from .sender_card import SenderCard

if TYPE_CHECKING:
    from ...storage.vault import Vault


# The page


class ReceivedPage(Column):
    def __init__(self, ctx: AppContext, window: QWidget, number_id: str) -> None:
        super().__init__(width_em=46)
        self.ctx = ctx
        self.window_ = window
        self.number_id = number_id
        self.number: PhoneNumber = ctx.session.vault.number(number_id)
        self.content: QWidget | None = None
        self.sender_cards: list[SenderCard] = []
        self.banners: list[Card] = []
        self.request_rows: list[QWidget] = []
        self.status_boxes: list[QComboBox] = []
        self.setAccessibleName(self.tr("A number that was someone else's"))
        self.build()
        self.add_stretch()

    # -- building --

    def build(self) -> None:
        if self.content is not None:
            self.layout_.removeWidget(self.content)
            self.content.deleteLater()
        self.sender_cards = []
        self.banners = []
        self.status_boxes = []
        self.content = QWidget()
        lay = QVBoxLayout(self.content)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(int(style.em() * 0.6))
        self._add = lay.addWidget

        vault = self.ctx.session.vault
        self.number = vault.number(self.number_id)
        n = self.number
        self._add(
            title(
                self.tr("A number that was someone else's: {number}").format(
                    number=shown_number(n.e164, n.region)
                )
            )
        )
        self._add(
            para(
                self.tr(
                    "You got a number that belonged to someone else. Texts and calls meant for "
                    "them are not your fault, and you can stop them."
                )
            )
        )
        self._add(
            para(
                self.tr(
                    "Write down what arrives, ask each sender to take this number off the other "
                    "person's account, and note when you asked. Ringoff reminds you to check."
                ),
                hint=True,
            )
        )
        self._build_banners(vault)
        messages = vault.received_messages(self.number_id)
        requests = vault.requests(self.number_id)
        self._build_messages(messages)
        self._build_senders(messages)
        self._build_dont()
        self._build_carriers()
        self._build_requests(requests)
        # Inserted once complete, so that every child shows with it at once.
        self.layout_.insertWidget(0, self.content)
        self.content.show()

    def _build_banners(self, vault: Vault) -> None:
        colours = style.state_colours()
        for request in due_followups(vault, self.ctx.today(), [self.number_id]):
            name = self.ctx.account_name(request["service_id"], request["sender"])
            asked = date.fromisoformat(request["asked_on"])
            card = Card()
            text = self.tr(
                "You asked {name} on {date}; if the texts have not stopped, ask again."
            ).format(name=name, date=long_date(asked))
            card.setAccessibleName(text)
            label = para(text)
            style.colour_label(label, colours.amber)
            card.layout_.addWidget(label)
            stopped = button(self.tr("They stopped"))
            stopped.setAccessibleName(self.tr("The messages from {name} stopped").format(name=name))
            stopped.clicked.connect(
                lambda _=False, r=request: self.set_status(r["id"], RequestStatus.DONE)
            )
            again = button(self.tr("I asked again…"))
            again.setAccessibleName(self.tr("Note that you asked {name} again").format(name=name))
            again.clicked.connect(lambda _=False, r=request: self.ask_again(r))
            card.layout_.addWidget(row(again, stopped))
            card.stopped_button = stopped  # type: ignore[attr-defined]
            card.again_button = again  # type: ignore[attr-defined]
            self.banners.append(card)
            self._add(card)

    def _build_messages(self, messages: list[dict[str, Any]]) -> None:
        self._add(section_heading(self.tr("Messages and calls for the previous owner")))
        self.table = QTableWidget(len(messages), 4)
        self.table.setAccessibleName(self.tr("What arrived for the previous owner"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("From"), self.tr("What it was"), self.tr("Notes")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for r, m in enumerate(reversed(messages)):  # newest first
            on = date.fromisoformat(m["received_on"])
            cells = (
                short_date(on),
                self.ctx.account_name(m["service_id"], m["sender"]),
                self.ctx.tr(KIND_TEXTS[kind_of(m["kind"])]),
                m["what"],
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, m["id"])
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        shown = min(max(len(messages), 1), 8)
        rows_height = sum(self.table.rowHeight(i) for i in range(min(len(messages), 8)))
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height()
            + max(rows_height, style.em() * shown)
            + self.table.frameWidth() * 2
            + 2
        )
        if messages:
            self._add(self.table)
        else:
            self._add(para(self.tr("Nothing recorded yet."), hint=True))
        self.record_button = button(self.tr("Record one…"), primary=not messages)
        self.record_button.setAccessibleName(self.tr("Record a message or call"))
        self.record_button.clicked.connect(self.open_record_dialog)
        self.paste_button = button(self.tr("Paste texts…"))
        self.paste_button.setAccessibleName(self.tr("Paste texts from your phone"))
        self.paste_button.clicked.connect(self.open_paste_dialog)
        self.remove_button = button(self.tr("Remove the chosen one"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_button.setEnabled(False)
        self.remove_button.setVisible(bool(messages))
        self.table.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.table.selectedItems()))
        )
        self._add(row(self.record_button, self.paste_button, self.remove_button))

    def _build_senders(self, messages: list[dict[str, Any]]) -> None:
        groups = group_by_sender(messages)
        if not groups:
            return
        self._add(section_heading(self.tr("What to do next, for each sender")))
        for group in groups:
            card = SenderCard(self, group)
            self.sender_cards.append(card)
            self._add(card)

    def _build_dont(self) -> None:
        card = Card()
        card.setAccessibleName(self.tr("What not to do"))
        head = QLabel(self.tr("What not to do"))
        style.heading(head, 1.15)
        card.layout_.addWidget(head)
        red = style.state_colours().red
        for line in DONT_DO:
            label = para("✕ " + self.ctx.tr(line))
            style.colour_label(label, red, bold=False)
            card.layout_.addWidget(label)
        self.dont_card = card
        self._add(card)

    def _build_carriers(self) -> None:
        clearing = carrier_clearing_for(self.number)
        if clearing:
            self._add(
                section_heading(self.tr("Clear the previous owner's old links from this number"))
            )
            self._add(
                para(
                    self.tr(
                        "The three Chinese phone companies offer a free service called "
                        "“二次号码焕新”. It removes this number from apps the previous owner "
                        "signed up to, such as WeChat, Alipay and Douyin. It only clears what "
                        "was linked BEFORE the number was given to you."
                    )
                )
            )
            lang = self.ctx.lang
            for c in clearing:
                card = Card()
                name = c.names.get(lang) or c.names["en"]
                if is_own_carrier(self.number, c):
                    name = self.tr("{name} (your phone company)").format(name=name)
                head = QLabel(name)
                style.heading(head, 1.1)
                card.layout_.addWidget(head)
                card.layout_.addWidget(para(self.ctx.tr(c.how)))
                card.layout_.addWidget(para(self.ctx.tr(c.timing), hint=True))
                card.setAccessibleName(name)
                self._add(card)
            self._add(
                para(
                    self.tr(
                        "These steps come from reports online, not from the phone companies' "
                        "own pages; the app may look different. Their hotlines can help: "
                        "10086, 10010 and 10000."
                    ),
                    hint=True,
                )
            )
        self._add(section_heading(self.tr("Register your own accounts to this number safely")))
        steps = []
        if clearing:
            steps.append(self.tr("First let the phone company's clearing service finish."))
        steps += [
            self.tr(
                "To use this number in an app you already have, use that app's own “change "
                "phone number” setting, not a new sign-up."
            ),
            self.tr(
                "If an app says the number is already registered, do not sign in to that "
                "account: ask the app's customer service to release the number."
            ),
            self.tr("Set a password on each account, so a text message alone cannot open it."),
        ]
        for i, text in enumerate(steps, 1):
            self._add(para(f"{i}. {text}"))

    def _build_requests(self, requests: list[dict[str, Any]]) -> None:
        self._add(section_heading(self.tr("What I asked, and when")))
        if not requests:
            self._add(
                para(
                    self.tr(
                        "Nothing noted yet. When you contact a sender, note it here and Ringoff "
                        "reminds you to check after {days} days."
                    ).format(days=DEFAULT_FOLLOW_UP_DAYS),
                    hint=True,
                )
            )
        today = self.ctx.today()
        for request in reversed(requests):
            name = self.ctx.account_name(request["service_id"], request["sender"])
            asked = date.fromisoformat(request["asked_on"])
            card = Card()
            lines = [
                self.tr("{name}: asked on {date}, {how}").format(
                    name=name,
                    date=long_date(asked),
                    how=self.ctx.tr(CHANNEL_TEXTS[channel_of(request["channel"])]).lower(),
                )
            ]
            status = status_of(request["status"])
            if request["follow_up_on"] and status is RequestStatus.WAITING:
                follow = date.fromisoformat(request["follow_up_on"])
                key = (
                    self.tr("Check again on {date}")
                    if follow > today
                    else self.tr("Time to check: was due on {date}")
                )
                lines.append(key.format(date=long_date(follow)))
            if request["notes"]:
                lines.append(self.tr("Notes: {notes}").format(notes=request["notes"]))
            text = para("\n".join(lines))
            card.layout_.addWidget(text)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("State of the request to {name}").format(name=name))
            for value, words in STATUS_TEXTS.items():
                combo.addItem(self.ctx.tr(words), value.value)
            combo.setCurrentIndex(max(0, combo.findData(status.value)))
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, rid=request["id"]: self.set_status(
                    rid, RequestStatus(str(c.currentData()))
                )
            )
            self.status_boxes.append(combo)
            card.layout_.addWidget(labelled(self.tr("State"), combo))
            card.setAccessibleName(lines[0])
            self._add(card)
        self.log_button = button(self.tr("Note a request…"))
        self.log_button.setAccessibleName(self.tr("Note that you asked someone"))
        self.log_button.clicked.connect(lambda: self.open_request_dialog("", None, Channel.PHONE))
        self._add(row(self.log_button))

    def initial_focus(self) -> QWidget:
        if self.banners:
            return self.banners[0].again_button  # type: ignore[attr-defined,no-any-return]
        return self.record_button

    def refresh(self) -> None:
        """Rebuild from the vault, keeping the scroll position and, when it can, the focus."""
        scroll = self.verticalScrollBar().value()
        focus = QGuiApplication.focusObject()
        focus_name = focus.accessibleName() if isinstance(focus, QWidget) else ""
        self.build()
        self.verticalScrollBar().setValue(scroll)
        if focus_name and self.content is not None:
            for widget in self.content.findChildren(QWidget):
                if (
                    widget.accessibleName() == focus_name
                    and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
                ):
                    widget.setFocus()
                    return
        self.record_button.setFocus()

    # -- actions --

    def _write(self, action: Callable[[Vault], object]) -> bool:
        try:
            self.ctx.session.write(action)
        except Exception as exc:  # noqa: BLE001 - shown to the person, never swallowed
            show_problem(self, exc)
            return False
        return True

    def add_record(
        self, sender: str, service_id: str | None, on: date, kind: MessageKind, what: str = ""
    ) -> None:
        self._write(
            lambda v: v.add_received_message(
                self.number_id, sender, service_id, on, kind.value, what
            )
        )

    def open_record_dialog(self) -> RecordDialog:
        dialog = RecordDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._record_from(dialog))
        dialog.open()
        return dialog

    def _record_from(self, dialog: RecordDialog) -> None:
        if dialog.result_ is None:
            return
        sender, on, kind, what = dialog.result_
        ref = self.ctx.catalog.service_for_sms_sender(sender)
        if ref is None:
            found = self.ctx.catalog.search(sender, self.ctx.lang, 2)
            ref = found[0] if len(found) == 1 else None
        self.add_record(sender, ref.id if ref is not None else None, on, kind, what)
        self.refresh()

    def open_paste_dialog(self) -> PasteDialog:
        dialog = PasteDialog(self.ctx, self.add_pasted, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog

    def add_pasted(self, text: str, on: date) -> tuple[int, int]:
        """Record each sender found in *text*; the text itself goes no further than here."""
        result = records_from_paste(text, self.ctx.catalog, self.ctx.lang)
        del text

        def write(vault: Vault) -> None:
            for s in result.senders:
                vault.add_received_message(
                    self.number_id, s.sender, s.service_id, on, s.kind.value, ""
                )

        if result.senders and not self._write(write):
            return 0, 0
        return len(result.senders), result.unread

    def remove_selected(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        message_id = str(items[0].data(Qt.ItemDataRole.UserRole))
        if self._write(lambda v: v.remove_received_message(message_id)):
            self.refresh()

    def copy_text(self, text: str) -> None:
        lifecycle = getattr(self.window_, "lifecycle", None)
        copy = getattr(lifecycle, "copy_sensitive", None)
        if callable(copy):
            copy(text)
        else:
            QGuiApplication.clipboard().setText(text)

    def confirm_asked(self, name: str) -> bool:
        """After a copy: note that the person asked *name* today? (A seam for the tests.)"""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Message copied"))
        box.setText(
            self.tr(
                "The message is copied. Paste it into your message to {name}: in their app, "
                "by email, or in a chat with their customer service."
            ).format(name=name)
        )
        box.setInformativeText(
            self.tr(
                "When you have sent it, shall Ringoff note that you asked {name} today, and "
                "remind you to check in {days} days?"
            ).format(name=name, days=DEFAULT_FOLLOW_UP_DAYS)
        )
        yes = box.addButton(self.tr("Yes, I sent it"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Not yet"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        box.setAccessibleName(box.windowTitle())
        box.exec()
        return box.clickedButton() is yes

    def log_request(
        self,
        sender: str,
        service_id: str | None,
        channel: Channel,
        asked_on: date,
        follow_up_on: date | None = None,
        notes: str = "",
    ) -> None:
        follow = follow_up_on or follow_up_day(asked_on)
        if self._write(
            lambda v: v.add_request(
                self.number_id, sender, service_id, channel.value, asked_on, follow, notes
            )
        ):
            self.refresh()

    def open_request_dialog(
        self, sender: str, service_id: str | None, channel: Channel
    ) -> RequestDialog:
        name = self.ctx.account_name(service_id, sender) if sender else ""
        dialog = RequestDialog(self.ctx, name, channel, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done() -> None:
            if dialog.result_ is None:
                return
            who, how, asked, follow, notes = dialog.result_
            sid = service_id if who == name else None
            self.log_request(who if sid is None else sender, sid, how, asked, follow, notes)

        dialog.accepted.connect(done)
        dialog.open()
        return dialog

    def set_status(self, request_id: str, status: RequestStatus) -> None:
        if self._write(lambda v: v.set_request_status(request_id, status.value)):
            self.refresh()

    def ask_again(self, request: dict[str, Any]) -> RequestDialog:
        """The old request had no answer; note the new one (same sender, same way)."""
        dialog = self.open_request_dialog(
            request["sender"], request["service_id"], channel_of(request["channel"])
        )

        def mark_old() -> None:
            self._write(
                lambda v: v.set_request_status(request["id"], RequestStatus.NO_ANSWER.value)
            )
            self.refresh()

        dialog.accepted.connect(mark_old)
        return dialog
