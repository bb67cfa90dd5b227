"""Home: every number as a card, grouped by the person it belongs to.

A card says whose number it is, the number (partly hidden until "Show"), how many days are
left, how many accounts are done out of how many, a state in colour *and* words, and one clear
next step as its main button.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QWidget

from ..core.model import Account, NumberMode, Person, PhoneNumber
from ..core.plan import Plan, Readiness, build_plan, item_name, progress_words
from ..core.timeline import Phase
from . import style
from .context import AppContext
from .dates import spoken
from .widgets import Card, Column, after_first_paint, button, literal, para, row, title
from .words import shown_number


@dataclass(frozen=True)
class CardState:
    colour: QColor
    words: str


def card_state(plan: Plan) -> CardState:
    """Red: date close and work left; amber: in progress; green: safe to cancel; grey: empty."""
    colours = style.state_colours()
    readiness = plan.readiness
    if readiness in (Readiness.SAFE, Readiness.SAFE_WITH_EXCEPTIONS):
        return CardState(colours.green, QCoreApplication.translate("NumberCard", "Safe to cancel"))
    if readiness is Readiness.EMPTY:
        return CardState(colours.grey, QCoreApplication.translate("NumberCard", "No accounts yet"))
    phase = plan.timeline.phase()
    if phase is not Phase.PLENTY_OF_TIME and phase is not Phase.NO_DATE:
        return CardState(
            colours.red, QCoreApplication.translate("NumberCard", "Urgent: the date is close")
        )
    if not plan.work_fits():
        return CardState(colours.red, QCoreApplication.translate("NumberCard", "Behind schedule"))
    if plan.done or any(i.account.status.value == "in_progress" for i in plan.items):
        return CardState(colours.amber, QCoreApplication.translate("NumberCard", "In progress"))
    return CardState(colours.amber, QCoreApplication.translate("NumberCard", "Not started"))


class NumberCard(Card):
    def __init__(
        self,
        ctx: AppContext,
        window: QWidget,
        number: PhoneNumber,
        plan: Plan,
        primary: bool = False,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.number = number
        self.revealed = False
        lang = ctx.lang
        if number.mode is NumberMode.RECEIVED:
            count = len(ctx.session.vault.received_messages(number.id))
            state = CardState(
                style.state_colours().blue,
                self.tr("Messages for someone else: {count}").format(count=count),
            )
        else:
            state = card_state(plan)
        self.setAccessibleName(
            self.tr("Number {number}, {state}").format(
                number=shown_number(number.e164, number.region), state=state.words
            )
        )

        self.number_label = QLabel(shown_number(number.e164, number.region))
        style.heading(self.number_label, 1.35)
        self.number_label.setAccessibleName(self.tr("Phone number (partly hidden)"))
        self.reveal_button = button(self.tr("Show"), self.tr("Show the whole number"))
        self.reveal_button.setFlat(True)
        self.reveal_button.clicked.connect(self.toggle_reveal)
        self.state_label = QLabel("● " + state.words)
        style.colour_label(self.state_label, state.colour)
        self.state_label.setAccessibleName(self.tr("State: {state}").format(state=state.words))
        self.layout_.addWidget(
            row(self.number_label, self.reveal_button, QLabel(""), self.state_label)
        )

        tl = plan.timeline
        if number.mode is NumberMode.RECEIVED:
            when = self.tr("A number you received: messages for its previous owner")
        elif tl.cancel_on is None:
            when = self.tr("Cancellation date not decided yet")
        elif tl.cancel_on > ctx.today():
            when = self.tr("To be cancelled {when}").format(when=spoken(tl.cancel_on, ctx.today()))
        else:
            when = self.tr("Cancelled {when}").format(when=spoken(tl.cancel_on, ctx.today()))
        self.when_label = para(when)
        self.layout_.addWidget(self.when_label)

        received = number.mode is NumberMode.RECEIVED
        self.progress = QProgressBar()
        self.progress.setVisible(not received)
        self.progress.setRange(0, max(plan.total, 1))
        self.progress.setValue(plan.done + plan.cannot)
        self.progress.setFormat(self.ctx.tr(progress_words(plan)).replace("%", "%%"))
        self.progress.setTextVisible(True)
        self.progress.setAccessibleName(self.progress.format())
        self.layout_.addWidget(self.progress)

        nxt = plan.next_item
        if number.mode is NumberMode.RECEIVED:
            main_text = self.tr("Open")
            route: tuple[object, ...] = ("received", number.id)
        elif plan.readiness is Readiness.EMPTY:
            main_text = self.tr("Find the accounts that use it")
            route = ("discover", number.id)
        elif nxt is not None:
            main_text = self.tr("Continue with {name}").format(name=literal(item_name(nxt, lang)))
            route = ("walkthrough", number.id, nxt.account.id)
        else:
            main_text = self.tr("See what was done")
            route = ("number", number.id)
        # Only the first card's next step is the screen's main action; the others are plain.
        self.main_button: QPushButton = button(main_text, primary=primary)
        if not primary:
            style.heading(self.main_button, 1.0)  # still bold: it is this card's next step
        self.main_button.clicked.connect(lambda: window.go(route))  # type: ignore[attr-defined]
        self.open_button = button(self.tr("All accounts"))
        self.open_button.setVisible(not received)
        self.open_button.setAccessibleName(self.tr("All accounts of this number"))
        self.open_button.clicked.connect(lambda: window.go(("number", number.id)))  # type: ignore[attr-defined]
        self.layout_.addWidget(row(self.main_button, self.open_button))

    def toggle_reveal(self) -> None:
        self.revealed = not self.revealed
        n = self.number
        self.number_label.setText(shown_number(n.e164, n.region, whole=self.revealed))
        self.reveal_button.setText(self.tr("Hide") if self.revealed else self.tr("Show"))
        self.reveal_button.setAccessibleName(
            self.tr("Hide the number") if self.revealed else self.tr("Show the whole number")
        )


#: Up to this many numbers, home is built at once (from one query). Beyond it, the first
#: FIRST_SCREEN_CARDS cards are built before the first paint (two and a third fit at
#: 1366 × 768 below two reminders; the fourth of a taller window follows within a few
#: milliseconds) and the rest CARDS_PER_TURN at a time after it.
BUILT_AT_ONCE = 10
FIRST_SCREEN_CARDS = 3
CARDS_PER_TURN = 4


class HomePage(Column):
    """``completed`` fires once every card is on the page (at once for up to BUILT_AT_ONCE)."""

    completed = Signal()

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(width_em=46)
        self.complete = False
        self.ctx = ctx
        self.window_ = window
        self.cards: list[NumberCard] = []
        self._plans: dict[str, Plan] = {}
        self._done_counts: dict[str, tuple[int, int]] | None = None
        vault = ctx.session.vault
        people = vault.people()
        numbers = vault.numbers()
        self._by_number: dict[str, list[Account]] | None = None
        if len(numbers) <= BUILT_AT_ONCE:
            # One query for every number's accounts (one per number cost ~40% more).
            self._by_number = {n.id: [] for n in numbers}
            for account in vault.accounts():
                self._by_number.setdefault(account.number_id, []).append(account)
        self.add(title(self.tr("Your numbers")))
        self.banner_slot = QWidget()
        self.banner_slot.setVisible(False)
        self.add(self.banner_slot)
        self._add_reminder_banner()

        if not numbers:
            self.add(
                para(
                    self.tr(
                        "Start by adding the phone number that will be cancelled or changed. "
                        "Ringoff then helps you find every app and bank that uses it."
                    )
                )
            )
        self._has_numbers = bool(numbers)
        groups = [(p, [n for n in numbers if n.person_id == p.id]) for p in people]
        # (person, their numbers without a card yet, whether their heading is on the page)
        self._pending = [(person, mine, False) for person, mine in groups if mine]
        self.add_stretch()
        # A big family (20 numbers × 250 accounts): the cards that fill the first screen are
        # built now, the others a few per turn of the event loop once the page has been painted
        # (below the fold), so unlocking shows home without waiting for all of them.
        self._add_cards(len(numbers) if self._by_number is not None else FIRST_SCREEN_CARDS)
        if self._pending:
            after_first_paint(self, self._add_more)  # the rest cannot delay the first paint
        else:
            self._finish()

    def _plan_of(self, number: PhoneNumber) -> Plan:
        """The number's plan, built once for this page (the heading and the card share it)."""
        plan = self._plans.get(number.id)
        if plan is None:
            by_number = self._by_number
            accounts = (
                by_number.get(number.id, [])
                if by_number is not None
                else self.ctx.session.vault.accounts(number.id)
            )
            plan = build_plan(number, accounts, self.ctx.catalog, self.ctx.today())
            self._plans[number.id] = plan
        return plan

    def _add_cards(self, limit: int) -> None:
        """Up to *limit* more cards, in order, each person's heading before their first."""
        added = 0
        while self._pending and added < limit:
            person, mine, started = self._pending[0]
            if not started:
                self._add_heading(person, mine)
            take, rest = mine[: limit - added], mine[limit - added :]
            for number in take:
                # Only the first card's next step is the screen's main action.
                card = NumberCard(
                    self.ctx, self.window_, number, self._plan_of(number), primary=not self.cards
                )
                self.cards.append(card)
                self._insert(card)
            added += len(take)
            if rest:
                self._pending[0] = (person, rest, True)
            else:
                self._pending.pop(0)

    def _add_heading(self, person: Person, mine: list[PhoneNumber]) -> None:
        """ "Dad — 2 of 9 done": the person's totals. A small home builds every card now, so
        their plans give them; a big one counts them in the database (before the first paint,
        only the cards on the first screen build a plan)."""
        if self._by_number is not None:
            counts = [(plan.total, plan.done) for plan in map(self._plan_of, mine)]
        else:
            if self._done_counts is None:
                self._done_counts = self.ctx.session.vault.done_counts()
            counts = [self._done_counts.get(n.id, (0, 0)) for n in mine]
        total = sum(t for t, _ in counts)
        done = sum(d for _, d in counts)
        header = QLabel(
            self.tr("{name} — {done} of {total} done").format(
                name=person.name, done=done, total=total
            )
            if total
            else person.name
        )
        style.heading(header, 1.2)
        header.setAccessibleName(header.text())
        self._insert(header)

    def _insert(self, widget: QWidget) -> None:
        """Add *widget* at the end of the page, above the closing stretch."""
        self.layout_.insertWidget(self.layout_.count() - 1, widget)

    def _add_more(self) -> None:
        if not self.ctx.session.is_unlocked:
            return  # locked meanwhile: this page is about to go
        self._add_cards(CARDS_PER_TURN)
        if self._pending:
            QTimer.singleShot(0, self, self._add_more)
        else:
            self._finish()

    def _finish(self) -> None:
        self.add_button = button(self.tr("Add a number…"), primary=not self._has_numbers)
        self.add_button.clicked.connect(self.add_number)
        self.people_button = button(self.tr("People…"))
        self.people_button.setAccessibleName(self.tr("Add, rename or remove people"))
        self.people_button.clicked.connect(self.manage_people)
        self._insert(row(self.add_button, self.people_button))
        # Li Na's case, as a choice of its own rather than a box at the bottom of a form.
        self.received_button = button(self.tr("I'm getting texts meant for someone else…"))
        self.received_button.setAccessibleName(
            self.tr("I'm getting texts or calls meant for the number's previous owner")
        )
        self.received_button.clicked.connect(lambda: self.add_number(received=True))
        self._insert(row(self.received_button))
        self.complete = True
        self.completed.emit()

    def initial_focus(self) -> QWidget:
        return self.cards[0].main_button if self.cards else self.add_button

    def _add_reminder_banner(self) -> None:
        from .reminders import reminder_banner

        banner = reminder_banner(self.ctx, self.window_)
        if banner is not None:
            self.layout_.replaceWidget(self.banner_slot, banner)
            self.banner_slot.deleteLater()
            self.banner_slot = banner
            banner.setVisible(True)
        self._add_followup_banner()

    def _add_followup_banner(self) -> None:
        """Requests about a received number whose follow-up day has come."""
        from ..core.received import due_followups

        due = due_followups(self.ctx.session.vault, self.ctx.today())
        if not due:
            return
        card = Card()
        heading = QLabel(self.tr("Time to check on your requests"))
        style.heading(heading, 1.15)
        card.layout_.addWidget(heading)
        for request in due[:5]:
            line = para(
                self.tr(
                    "You asked {sender} to stop the messages meant for someone else. "
                    "Have they stopped?"
                ).format(sender=request["sender"])
            )
            card.layout_.addWidget(line)
        open_button = button(self.tr("Open"), self.tr("Open the number that receives them"))
        number_id = due[0]["number_id"]
        open_button.clicked.connect(
            lambda: self.window_.go(("received", number_id))  # type: ignore[attr-defined]
        )
        card.layout_.addWidget(row(open_button))
        self.followup_banner = card
        self.layout_.insertWidget(self.layout_.indexOf(self.banner_slot) + 1, card)

    def add_number(self, received: bool = False) -> None:
        from .number_dialog import NumberDialog

        dialog = NumberDialog(self.ctx, self, received=received)
        if dialog.exec() and dialog.saved_number is not None:
            number = dialog.saved_number
            page = "received" if number.mode is NumberMode.RECEIVED else "number"
            self.window_.go((page, number.id))  # type: ignore[attr-defined]

    def manage_people(self) -> None:
        from .people import PeopleDialog

        PeopleDialog(self.ctx, self).exec()
        self.window_.go(("home",), remember=False)  # type: ignore[attr-defined]
