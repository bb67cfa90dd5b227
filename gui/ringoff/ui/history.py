"""History: who did what and when, newest first, worded in the language in use now.

The vault keeps each event as a stable identifier and its values (``account_status`` with
``{"name": "ICBC", "status": "done"}``); this page turns them into a sentence such as
"Saturday 28 November, 10:42 — Wang Fang marked ICBC as done". Every event has two wordings:
with the person who was at the keyboard ("your name" in Settings) and without one.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QListWidgetItem, QWidget

from ..core import phone
from ..core.dates import day_and_time
from ..core.model import HistoryEntry
from ..services.translations import current_language
from .context import AppContext
from .widgets import Column, labelled, para, title
from .words import shown_number, whose_number


def when_text(at: datetime, today: date) -> str:
    """ "Saturday 28 November, 10:42" (the year only when it is not this year), local time."""
    return day_and_time(at.astimezone(), today, current_language())


def status_words(status: str) -> str:
    words = {
        "todo": QCoreApplication.translate("History", "still to do"),
        "in_progress": QCoreApplication.translate("History", "in progress"),
        "done": QCoreApplication.translate("History", "done"),
        "cannot": QCoreApplication.translate("History", "cannot be done"),
    }
    return words.get(status, status)


def _templates() -> dict[str, tuple[str, str]]:
    """event -> (sentence with {who}, sentence without anybody's name)."""
    return {
        "person_added": (
            QCoreApplication.translate("History", "{who} added {name}"),
            QCoreApplication.translate("History", "{name} was added"),
        ),
        "person_renamed": (
            QCoreApplication.translate("History", "{who} renamed {old} to {name}"),
            QCoreApplication.translate("History", "{old} was renamed {name}"),
        ),
        "person_removed": (
            QCoreApplication.translate("History", "{who} removed {name}"),
            QCoreApplication.translate("History", "{name} was removed"),
        ),
        "number_added": (
            QCoreApplication.translate("History", "{who} added the number {number}"),
            QCoreApplication.translate("History", "The number {number} was added"),
        ),
        "number_changed": (
            QCoreApplication.translate(
                "History", "{who} changed the details of the number {number}"
            ),
            QCoreApplication.translate(
                "History", "The details of the number {number} were changed"
            ),
        ),
        "number_removed": (
            QCoreApplication.translate("History", "{who} removed the number {number}"),
            QCoreApplication.translate("History", "The number {number} was removed"),
        ),
        "account_added": (
            QCoreApplication.translate("History", "{who} added {name} to the list"),
            QCoreApplication.translate("History", "{name} was added to the list"),
        ),
        "account_changed": (
            QCoreApplication.translate("History", "{who} changed the details of {name}"),
            QCoreApplication.translate("History", "The details of {name} were changed"),
        ),
        "account_status": (
            QCoreApplication.translate("History", "{who} marked {name} as {status}"),
            QCoreApplication.translate("History", "{name} was marked as {status}"),
        ),
        "account_step": (
            QCoreApplication.translate("History", "{who} ticked off steps for {name}"),
            QCoreApplication.translate("History", "Steps for {name} were ticked off"),
        ),
        "account_step_undone": (
            QCoreApplication.translate("History", "{who} unticked a step for {name}"),
            QCoreApplication.translate("History", "A step for {name} was unticked"),
        ),
        "account_removed": (
            QCoreApplication.translate("History", "{who} took {name} off the list"),
            QCoreApplication.translate("History", "{name} was taken off the list"),
        ),
        "account_restored": (
            QCoreApplication.translate("History", "{who} put {name} back on the list"),
            QCoreApplication.translate("History", "{name} was put back on the list"),
        ),
        "service_edited": (
            QCoreApplication.translate("History", "{who} corrected the instructions for {name}"),
            QCoreApplication.translate("History", "The instructions for {name} were corrected"),
        ),
        "service_reset": (
            QCoreApplication.translate(
                "History", "{who} went back to Ringoff's own instructions for {name}"
            ),
            QCoreApplication.translate(
                "History", "Ringoff's own instructions for {name} are used again"
            ),
        ),
        "message_recorded": (
            QCoreApplication.translate(
                "History",
                "{who} noted a message from {sender} meant for the number's previous owner",
            ),
            QCoreApplication.translate(
                "History", "A message from {sender} meant for the number's previous owner was noted"
            ),
        ),
        "request_sent": (
            QCoreApplication.translate(
                "History", "{who} asked {sender} to stop using this number for someone else"
            ),
            QCoreApplication.translate(
                "History", "{sender} was asked to stop using this number for someone else"
            ),
        ),
    }


class Wording:
    """Turns history entries into sentences, with names and numbers as the user knows them."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.templates = _templates()
        vault = ctx.session.vault
        self.service_of = {a.id: a.service_id for a in vault.accounts()}
        self.region_of = {n.e164: n.region for n in vault.numbers()}
        self.numbers = {n.id: n for n in vault.numbers()}
        self.person_of = {p.id: p.name for p in vault.people()}

    def number(self, e164: str) -> str:
        if not e164:
            return QCoreApplication.translate("History", "(unknown)")
        return shown_number(e164, self.region_of.get(e164) or phone.region_of(e164))

    def sentence(self, entry: HistoryEntry) -> str:
        d = entry.details
        name = d.get("name", "")
        if entry.account_id and entry.event.startswith("account_"):
            name = self.ctx.account_name(self.service_of.get(entry.account_id), name)
        if entry.event.startswith("service_"):
            service_id = d.get("service", "")
            name = self.ctx.account_name(service_id, service_id)
        values = {
            "who": entry.actor,
            "name": name,
            "old": d.get("old", ""),
            "number": self.number(d.get("number", "")),
            "status": status_words(d.get("status", "")),
            "sender": d.get("sender", ""),
        }
        with_who, without = self.templates.get(
            entry.event,
            (
                QCoreApplication.translate("History", "{who} made a change"),
                QCoreApplication.translate("History", "A change was made"),
            ),
        )
        template = with_who if entry.actor.strip() else without
        try:
            text = template.format(**values)
        except (KeyError, IndexError, ValueError):  # a broken translation: say something true
            text = QCoreApplication.translate("History", "A change was made")
        if entry.actor.strip() or template.startswith("{"):
            return text  # a name keeps its own spelling: "eBay", not "EBay"
        return text[:1].upper() + text[1:]

    def whose(self, entry: HistoryEntry) -> str:
        """ "Dad's number 138 **** 5678" for an account's line, "" when not known."""
        number = self.numbers.get(entry.number_id or "")
        if number is None or not entry.event.startswith("account_"):
            return ""
        masked = shown_number(number.e164, number.region)
        person = self.person_of.get(number.person_id, "")
        return QCoreApplication.translate("History", "{whose} {number}").format(
            whose=whose_number(person), number=masked
        )

    def line(self, entry: HistoryEntry, with_number: bool = True) -> str:
        what = self.sentence(entry)
        whose = self.whose(entry) if with_number else ""
        if whose:
            what = QCoreApplication.translate("History", "{what} ({whose})").format(
                what=what, whose=whose
            )
        return QCoreApplication.translate("History", "{when} — {what}").format(
            when=when_text(entry.at, self.ctx.today()), what=what
        )


class HistoryPage(Column):
    """Route ``("history",)``: everything that happened, filtered by number if wanted."""

    def __init__(self, ctx: AppContext, window: QWidget, number_id: str | None = None) -> None:
        super().__init__(width_em=46)
        self.ctx = ctx
        self.window_ = window
        self.add(title(self.tr("History")))
        self.add(
            para(
                self.tr(
                    "Everything that was added, changed or ticked off, newest first. "
                    "Set “Your name” in Settings so your family can see who did what."
                ),
                hint=True,
            )
        )
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Show the history of"))
        self.filter.addItem(self.tr("All numbers"), None)
        vault = ctx.session.vault
        people = {p.id: p.name for p in vault.people()}
        for n in vault.numbers():
            self.filter.addItem(
                self.tr("{person}: {number}").format(
                    person=people.get(n.person_id, ""), number=shown_number(n.e164, n.region)
                ),
                n.id,
            )
        self.add(labelled(self.tr("&Show"), self.filter))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("History, newest first"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(int(self.fontMetrics().height() * 16))
        self.add(self.list, 1)
        self.empty = QLabel(self.tr("Nothing has happened here yet."))
        self.empty.setWordWrap(True)
        self.empty.setVisible(False)
        self.add(self.empty)
        if number_id is not None:
            index = self.filter.findData(number_id)
            if index >= 0:
                self.filter.setCurrentIndex(index)
        self.filter.currentIndexChanged.connect(self.reload)
        ctx.session.changed.connect(self.reload)
        self.reload()

    def initial_focus(self) -> QWidget:
        return self.list if self.list.count() else self.filter

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def reload(self) -> None:
        if not self.ctx.session.is_unlocked:
            return
        number_id = self.filter.currentData()
        entries = self.ctx.session.vault.history(number_id=number_id)
        wording = Wording(self.ctx)
        self.list.clear()
        for entry in entries:
            # Which number an account line is about, unless only one number is shown.
            item = QListWidgetItem(wording.line(entry, with_number=number_id is None))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.list.addItem(item)
        self.empty.setVisible(not entries)
        self.list.setVisible(bool(entries))
