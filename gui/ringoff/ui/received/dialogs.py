"""The received page's dialogs: record a message or call by hand, paste texts (only the sender
survives, never a code), log a request to an institution.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.received import (
    CHANNEL_TEXTS,
    DEFAULT_FOLLOW_UP_DAYS,
    KIND_TEXTS,
    Channel,
    MessageKind,
    channel_of,
    follow_up_day,
    kind_of,
)
from ...core.sms import MAX_SENDER_LENGTH
from .. import style
from ..context import AppContext
from ..widgets import button, field, labelled, para, row, title
from ..words import senders_added

_CODE_RUN = re.compile(r"\d{4,}")


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _date_edit(ctx: AppContext, value: date, accessible: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(_qdate(value))
    edit.setMinimumHeight(int(style.em() * 1.7))
    edit.setAccessibleName(accessible)
    return edit


def section_heading(text: str) -> QLabel:
    label = title(text, 1.3)
    return label


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setAccessibleName(ok_text)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(QCoreApplication.translate("ReceivedPage", "Cancel"))
    cancel.setAccessibleName(cancel.text())
    box.rejected.connect(dialog.reject)
    return box


class RecordDialog(QDialog):
    """Record one message or call by hand: who, when, what kind, a few words (never a code)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_: tuple[str, date, MessageKind, str] | None = None
        self.setWindowTitle(self.tr("Record a message or call"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(int(style.em() * 28))
        lay = QVBoxLayout(self)
        self.sender_edit = field(
            self.tr("For example: ICBC, 95588, Meituan"), self.tr("Who sent it")
        )
        self.sender_edit.setMaxLength(MAX_SENDER_LENGTH * 2)
        lay.addWidget(labelled(self.tr("&Who sent it or called?"), self.sender_edit))
        self.date = _date_edit(ctx, ctx.today(), self.tr("When it arrived"))
        lay.addWidget(labelled(self.tr("&When did it arrive?"), self.date))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("What it was"))
        for kind in MessageKind:
            self.kind.addItem(ctx.tr(KIND_TEXTS[kind]), kind.value)
        lay.addWidget(labelled(self.tr("What &was it?"), self.kind))
        self.what = field(self.tr("For example: card payment notice"), self.tr("A few words"))
        self.what.setMaxLength(120)
        lay.addWidget(
            labelled(
                self.tr("A &few words about it (optional)"),
                self.what,
                self.tr("Never write down a code or a card number here."),
            )
        )
        self.error = para("")
        style.colour_label(self.error, style.state_colours().red)
        self.error.setVisible(False)
        self.error.setAccessibleName(self.tr("Problem"))
        lay.addWidget(self.error)
        box = _buttons(self, self.tr("Save"))
        self.save_button = box.button(QDialogButtonBox.StandardButton.Ok)
        box.accepted.connect(self.save)
        lay.addWidget(box)
        self.sender_edit.setFocus()

    def save(self) -> None:
        sender = " ".join(self.sender_edit.text().split())
        what = " ".join(self.what.text().split())
        if not sender:
            self._problem(self.tr("Please write who sent it (a name or the sender's number)."))
            return
        if _CODE_RUN.search(what):
            self._problem(
                self.tr(
                    "Please leave codes and long numbers out of the description: only say "
                    "what kind of message it was."
                )
            )
            return
        kind = kind_of(str(self.kind.currentData()))
        self.result_ = (sender, _pydate(self.date.date()), kind, what)
        self.accept()

    def _problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)


class PasteDialog(QDialog):
    """A box for pasted texts. Only each sender is kept; the texts and their codes are dropped."""

    def __init__(
        self,
        ctx: AppContext,
        on_add: Callable[[str, date], tuple[int, int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.on_add = on_add
        self.setWindowTitle(self.tr("Paste texts"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(int(style.em() * 28))
        lay = QVBoxLayout(self)
        lay.addWidget(
            para(
                self.tr(
                    "Copy the texts from your phone and paste them here. Ringoff keeps only who "
                    "sent each one and what kind it was. The texts and any codes in them are "
                    "thrown away at once."
                )
            )
        )
        self.box = QPlainTextEdit()
        self.box.setAccessibleName(self.tr("Pasted texts"))
        self.box.setPlaceholderText(self.tr("Paste the texts here"))
        self.box.setTabChangesFocus(True)
        self.box.setMinimumHeight(int(style.em() * 8))
        lay.addWidget(labelled(self.tr("&Texts"), self.box))
        self.date = _date_edit(ctx, ctx.today(), self.tr("When they arrived"))
        lay.addWidget(labelled(self.tr("&When did they arrive?"), self.date))
        self.result_label = para("")
        self.result_label.setAccessibleName(self.tr("Result"))
        self.result_label.setVisible(False)
        lay.addWidget(self.result_label)
        self.add_button = button(self.tr("Add the senders"), primary=True)
        self.add_button.clicked.connect(self.add)
        self.close_button = button(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        lay.addWidget(row(self.add_button, self.close_button))
        self.box.setFocus()

    def add(self) -> None:
        text = self.box.toPlainText()
        self.box.clear()  # the texts never stay on screen after this
        if not text.strip():
            return
        added, unread = self.on_add(text, _pydate(self.date.date()))
        lines = [senders_added(added)]
        if unread:
            lines.append(
                self.tr(
                    "Ringoff could not tell who sent %n of the texts. You can record them one "
                    "by one with “Record one…”.",
                    "",
                    unread,
                )
            )
        self.result_label.setText("\n".join(lines))
        self.result_label.setVisible(True)


class RequestDialog(QDialog):
    """Note a request: who was asked, how, when, and when to check that it worked."""

    def __init__(
        self,
        ctx: AppContext,
        sender: str,
        channel: Channel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_: tuple[str, Channel, date, date, str] | None = None
        self.setWindowTitle(self.tr("Note what you asked"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(int(style.em() * 28))
        lay = QVBoxLayout(self)
        self.sender_edit = field(self.tr("Who you asked"), self.tr("Who you asked"))
        self.sender_edit.setText(sender)
        lay.addWidget(labelled(self.tr("&Who did you ask?"), self.sender_edit))
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("How you asked"))
        for value, text in CHANNEL_TEXTS.items():
            self.channel.addItem(ctx.tr(text), value.value)
        self.channel.setCurrentIndex(max(0, self.channel.findData(channel.value)))
        lay.addWidget(labelled(self.tr("&How?"), self.channel))
        today = ctx.today()
        self.asked_on = _date_edit(ctx, today, self.tr("When you asked"))
        lay.addWidget(labelled(self.tr("Wh&en?"), self.asked_on))
        self.follow_up = _date_edit(ctx, follow_up_day(today), self.tr("When to check again"))
        self.asked_on.dateChanged.connect(
            lambda q: self.follow_up.setDate(q.addDays(DEFAULT_FOLLOW_UP_DAYS))
        )
        lay.addWidget(
            labelled(
                self.tr("&Remind me to check on"),
                self.follow_up,
                self.tr("If the messages have not stopped by then, Ringoff reminds you here."),
            )
        )
        self.notes = field(
            self.tr("For example: the name of the person you spoke to"), self.tr("Notes")
        )
        lay.addWidget(labelled(self.tr("&Notes (optional)"), self.notes))
        box = _buttons(self, self.tr("Save"))
        self.save_button = box.button(QDialogButtonBox.StandardButton.Ok)
        box.accepted.connect(self.save)
        lay.addWidget(box)
        self.channel.setFocus()

    def save(self) -> None:
        sender = " ".join(self.sender_edit.text().split())
        if not sender:
            self.sender_edit.setFocus()
            return
        self.result_ = (
            sender,
            channel_of(str(self.channel.currentData())),
            _pydate(self.asked_on.date()),
            _pydate(self.follow_up.date()),
            self.notes.text().strip(),
        )
        self.accept()
