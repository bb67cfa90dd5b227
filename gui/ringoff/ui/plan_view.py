"""The plan for one number, read top to bottom like a letter.

First the verdict (where things stand), the dates and any warning; then the groups in the order
they should be done, each with one sentence saying why it comes there, and its accounts with
their state in words (and colour). Pressing an account opens it in the walkthrough.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..core.model import AccountStatus
from ..core.plan import (
    GROUP_TITLES,
    Group,
    Plan,
    PlanItem,
    action_text,
    carrier_gate,
    date_warning,
    group_why,
    item_name,
    verdict,
)
from ..core.timeline import Phase
from . import style
from .accounts_model import status_colour, status_words
from .badges import service_icon, service_icon_size
from .context import AppContext
from .dates import long_date, relative, spoken
from .widgets import Card, literal, para


class PlanView(QWidget):
    """*on_open(account_id)* is called when the person presses an account."""

    def __init__(
        self,
        ctx: AppContext,
        plan: Plan,
        on_open: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan = plan
        self.on_open = on_open
        self.account_buttons: dict[str, QPushButton] = {}
        self.status_labels: dict[str, QLabel] = {}
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(int(style.em() * 0.6))

        self.verdict_label = para(ctx.tr(verdict(plan, ctx.lang)))
        style.heading(self.verdict_label, 1.2)
        self.verdict_label.setAccessibleName(self.verdict_label.text())
        lay.addWidget(self.verdict_label)

        today = ctx.today()
        tl = plan.timeline
        dates: list[str] = []
        if tl.cancel_on is None:
            dates.append(self.tr("No cancellation date has been set yet, so there is no rush."))
        elif tl.phase() in (Phase.NO_DATE, Phase.PLENTY_OF_TIME, Phase.FINISH_SOON):
            dates.append(
                self.tr("The number is to be cancelled {when}.").format(
                    when=spoken(tl.cancel_on, today)
                )
            )
            last = tl.last_comfortable_day
            if last is not None and plan.remaining and last >= today:
                dates.append(
                    self.tr(
                        "Aim to be finished by {date} ({relative}): that leaves {days} days to "
                        "spare for anything that takes longer."
                    ).format(
                        date=long_date(last), relative=relative(last, today), days=tl.buffer_days
                    )
                )
        else:
            dates.append(
                self.tr("The number was cancelled {when}.").format(when=spoken(tl.cancel_on, today))
            )
        self.dates_label = para(" ".join(dates))
        lay.addWidget(self.dates_label)

        warning = date_warning(plan)
        self.warning_label = para(ctx.tr(warning) if warning is not None else "")
        style.colour_label(self.warning_label, style.state_colours().red)
        self.warning_label.setVisible(warning is not None)
        lay.addWidget(self.warning_label)
        if plan.remaining:
            lay.addWidget(
                para(
                    self.tr(
                        "Below is the order that works best, with the reason for each part. "
                        "Take one account at a time: Ringoff remembers where you stopped."
                    )
                )
            )

        position = 0
        self.group_cards: list[Card] = []
        for group, members in plan.groups():
            card = Card()
            heading = QLabel(ctx.tr(GROUP_TITLES[group]))
            style.heading(heading, 1.15)
            heading.setWordWrap(True)
            heading.setAccessibleName(heading.text())
            card.layout_.addWidget(heading)
            why = para(ctx.tr(group_why(group, plan.number.region)), hint=True)
            card.layout_.addWidget(why)
            gate = carrier_gate(plan) if group is Group.CARRIER else None
            if gate is not None:
                self.gate_label = para(ctx.tr(gate))
                style.colour_label(self.gate_label, style.state_colours().red)
                card.layout_.addWidget(self.gate_label)
            for item in members:
                position += 1
                card.layout_.addWidget(self._account_row(item, position))
            self.group_cards.append(card)
            lay.addWidget(card)

    def _account_row(self, item: PlanItem, position: int) -> QWidget:
        account = item.account
        name = item_name(item, self.ctx.lang)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        words = status_words(account.status)
        text = self.tr("{n}. {name}").format(n=position, name=literal(name))
        open_button = QPushButton(text)
        kind = item.service.category.value if item.service is not None else "other"
        open_button.setIcon(service_icon(name, kind))  # kind and initial, never a logo
        open_button.setIconSize(service_icon_size())
        open_button.setStyleSheet("text-align: left; padding: 0.35em 1.1em; min-height: 1.6em;")
        open_button.setAccessibleName(
            self.tr("{name}: {status}. Open the steps").format(name=name, status=words)
        )
        open_button.setAutoDefault(True)
        open_button.clicked.connect(lambda _=False, ident=account.id: self.on_open(ident))
        detail = self.ctx.tr(action_text(item, self.ctx.lang, self.plan.number.region))
        if item.needs_number and not item.finished:
            detail = self.tr("{action} · it needs a phone number: see the steps").format(
                action=detail
            )
        if item.needs_old_sms and not item.finished:
            detail = self.tr("{action} · needs a text to the old number").format(action=detail)
        if account.status is AccountStatus.CANNOT and account.reason:
            detail = self.tr("Why: {reason}").format(reason=account.reason)
        detail_label = para(detail, hint=True)
        status = QLabel(words)
        status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        style.colour_label(status, status_colour(account.status))
        texts = QVBoxLayout()
        texts.setSpacing(0)
        texts.addWidget(open_button, 0, Qt.AlignmentFlag.AlignLeft)
        texts.addWidget(detail_label)
        row.addLayout(texts, 1)
        row.addWidget(status, 0, Qt.AlignmentFlag.AlignTop)
        self.account_buttons[account.id] = open_button
        self.status_labels[account.id] = status
        return box

    def first_button(self) -> QPushButton | None:
        return next(iter(self.account_buttons.values()), None)
