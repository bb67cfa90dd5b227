"""The cards of one account in the walkthrough: what to do, what you need, the way without the
old number (the fallback), the step list, the check that it worked, and how it went.

A part of :class:`~ringoff.ui.walkthrough.page.WalkthroughPage` (a mixin, so the page's
attributes stay where tests and the page expect them); the rules behind the cards are
operations/walkthrough.py.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPushButton, QWidget

from ...core.catalog import ActionGuide, Service
from ...core.model import Account, AccountStatus, Action
from ...core.plan import (
    NEEDS_NUMBER_ADVICE,
    Group,
    PlanItem,
    action_text,
    cannot_next_steps,
    dead_number_help,
    requirements_for,
    target_words,
)
from ...operations import walkthrough
from .. import catalog_notes, style
from ..accounts_model import action_words, status_colour, status_words
from ..widgets import Card, button, para, row
from .step_row import StepRow

if TYPE_CHECKING:
    from ...core.model import PhoneNumber
    from ..context import AppContext

WIDTH_EM = 44  # the walkthrough's column, in em


class AccountCards:
    """The cards of the account face (mixed into WalkthroughPage, a QWidget). Their words keep
    the page's translation context ("WalkthroughPage"), spelled out for lupdate."""

    if TYPE_CHECKING:
        ctx: AppContext
        step_rows: list[StepRow]
        status_label: QLabel

        @property
        def number(self) -> PhoneNumber: ...
        def _account(self) -> Account: ...
        def tick(self, index: int, on: bool) -> None: ...
        def set_fallback(self, on: bool) -> None: ...
        def set_action(self, action: Action) -> None: ...
        def open_steps_editor(self) -> object: ...
        def reset_steps(self) -> None: ...
        def mark_done(self) -> None: ...
        def open_cannot_dialog(self) -> object: ...
        def show_plan(self) -> None: ...

    def _show_status(self, status: AccountStatus) -> None:
        words = status_words(status)
        self.status_label.setText(words)
        self.status_label.setAccessibleName(
            QCoreApplication.translate("WalkthroughPage", "State: {state}").format(state=words)
        )
        style.colour_label(self.status_label, status_colour(status))

    def _section(self, heading: str) -> Card:
        card = Card()
        label = QLabel(heading)
        style.heading(label, 1.15)
        label.setWordWrap(True)
        label.setAccessibleName(heading)
        card.layout_.addWidget(label)
        return card

    def _action_card(
        self,
        account: Account,
        service: Service | None,
        action: Action,
        name: str,
        item: PlanItem | None = None,
    ) -> Card:
        card = self._section(QCoreApplication.translate("WalkthroughPage", "What to do"))
        number = self.number
        shown = item if item is not None and item.action is action else None
        if shown is None and item is not None:
            target = number.target if action is Action.CHANGE else None
            shown = replace(item, action=action, target=target)
        what = self.ctx.tr(action_text(shown, self.ctx.lang, number.region)) if shown else ""
        self.what_label = para(what)
        card.layout_.addWidget(self.what_label)
        self.needs_number_label: QLabel | None = None
        if item is not None and item.needs_number:
            self.needs_number_label = para(
                self.ctx.tr(NEEDS_NUMBER_ADVICE.format(name=name)), hint=False
            )
            style.colour_label(self.needs_number_label, style.state_colours().amber)
            card.layout_.addWidget(self.needs_number_label)
        actions = walkthrough.actions_of(service, number)
        self.action_combo: QComboBox | None = None
        if len(actions) > 1 and action in actions:
            combo = QComboBox()
            for a in actions:
                combo.addItem(action_words(a), a.value)
            combo.setCurrentIndex(actions.index(action))
            label = QLabel(
                QCoreApplication.translate("WalkthroughPage", "&Or choose something else:")
            )
            label.setBuddy(combo)
            combo.setAccessibleName(
                QCoreApplication.translate("WalkthroughPage", "What to do with this account")
            )
            combo.activated.connect(lambda i: self.set_action(Action(combo.itemData(i))))
            card.layout_.addWidget(row(label, combo))
            self.action_combo = combo
        return card

    def _cannot_card(self, item: PlanItem) -> Card:
        """ "Can't be done": concrete ways forward, so the risk does not just stay."""
        card = self._section(
            QCoreApplication.translate(
                "WalkthroughPage", "It can't be done this way: what still works"
            )
        )
        self.cannot_steps: list[QLabel] = []
        for text in cannot_next_steps(item, self.ctx.lang, self.number.region):
            label = para("•  " + self.ctx.tr(text))
            self.cannot_steps.append(label)
            card.layout_.addWidget(label)
        return card

    def _needs_card(self, guide: ActionGuide, fallback: bool, action: Action) -> Card:
        card = self._section(
            QCoreApplication.translate("WalkthroughPage", "What you need before you start")
        )
        number = self.number
        item = PlanItem(
            self._account(),
            None,
            Group.REST,
            False,
            action=action,
            target=number.target if action is Action.CHANGE else None,
            whose=target_words(number) if action is Action.CHANGE else None,
        )
        needs = [
            self.ctx.tr(t) for t in requirements_for(item, guide.requires_for(fallback), number)
        ]
        if not needs:
            card.layout_.addWidget(
                para(
                    QCoreApplication.translate(
                        "WalkthroughPage", "Nothing special: just your phone."
                    )
                )
            )
        self.need_labels: list[QLabel] = []
        for text in needs:
            label = para("•  " + text)
            self.need_labels.append(label)
            card.layout_.addWidget(label)
        return card

    def _fallback_card(self, account: Account, guide: ActionGuide) -> Card:
        card = Card()
        self.fallback_box = QCheckBox(
            QCoreApplication.translate("WalkthroughPage", "The old number already doesn't work")
        )
        self.fallback_box.setAccessibleName(
            QCoreApplication.translate(
                "WalkthroughPage", "The old number already doesn't work: show the other way"
            )
        )
        self.fallback_box.setStyleSheet("QCheckBox::indicator { width: 1.5em; height: 1.5em; }")
        self.fallback_box.setChecked(account.use_fallback)
        self.fallback_box.toggled.connect(self.set_fallback)
        card.layout_.addWidget(self.fallback_box, 0, Qt.AlignmentFlag.AlignLeft)
        if guide.has_fallback:
            hint = QCoreApplication.translate(
                "WalkthroughPage",
                "Tick this if the old SIM card is gone or no longer gets texts: the steps "
                "below change to a way that does not need it.",
            )
        elif account.use_fallback:
            service = self.ctx.catalog.get(account.service_id) if account.service_id else None
            hint = self.ctx.tr(dead_number_help(service, self.number.region))
        else:
            hint = QCoreApplication.translate(
                "WalkthroughPage",
                "Tick this if the old SIM card is gone or no longer gets texts, and Ringoff "
                "will tell you what usually works.",
            )
        self.fallback_hint = para(hint, hint=not account.use_fallback or guide.has_fallback)
        card.layout_.addWidget(self.fallback_hint)
        return card

    def _steps_card(
        self,
        item: PlanItem,
        service: Service | None,
        guide: ActionGuide,
        action: Action,
        fallback: bool,
        generic: bool,
    ) -> Card:
        lang = self.ctx.lang
        vault = self.ctx.session.vault
        own = (
            service is not None
            and not generic
            and walkthrough.has_own_steps(vault, service.id, action, fallback)
        )
        heading = (
            QCoreApplication.translate("WalkthroughPage", "Your own steps")
            if own
            else QCoreApplication.translate("WalkthroughPage", "The steps")
        )
        if fallback and not own:
            heading = QCoreApplication.translate(
                "WalkthroughPage", "The steps when the old number doesn't work"
            )
        card = self._section(heading)
        self.own_steps = own
        if own:
            card.layout_.addWidget(
                para(
                    QCoreApplication.translate(
                        "WalkthroughPage",
                        "You wrote these steps yourself, so they match what you saw.",
                    ),
                    True,
                )
            )
        else:
            card.layout_.addWidget(
                para(
                    QCoreApplication.translate(
                        "WalkthroughPage",
                        "Tick each step when you have done it. It is saved at once.",
                    ),
                    True,
                )
            )
        steps = guide.steps_for(lang, fallback)
        checked = item.account.checked_steps
        for n, text in enumerate(steps):
            step = StepRow(n + 1, text, n in checked)
            step.box.toggled.connect(lambda on, i=n: self.tick(i, on))
            self.step_rows.append(step)
            card.layout_.addWidget(step)

        if service is not None and not own:
            # A general entry says so in a banner above the steps and claims no check.
            if service.general and not generic:
                self.general_banner = catalog_notes.GeneralBanner(service, lang)
                card.layout_.insertWidget(1, self.general_banner)
            checked = catalog_notes.checked_text(service, lang, self.ctx.today())
            if checked:
                card.layout_.addWidget(para(checked, hint=True))
        if service is not None and service.help_url:
            link = QLabel(catalog_notes.help_link_html(service, lang))
            link.setTextFormat(Qt.TextFormat.RichText)
            link.setOpenExternalLinks(True)
            link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            link.setWordWrap(True)
            link.setAccessibleName(catalog_notes.help_link_name(service))
            self.help_link = link
            card.layout_.addWidget(link)
        note = service.note_for(lang) if service is not None else None
        if note:
            card.layout_.addWidget(
                para(
                    QCoreApplication.translate("WalkthroughPage", "Good to know: {note}").format(
                        note=note
                    )
                )
            )

        self.edit_button: QPushButton | None = None
        self.reset_button: QPushButton | None = None
        if service is not None and not generic:
            self.edit_button = button(
                QCoreApplication.translate(
                    "WalkthroughPage", "This didn't work, or the app looks different…"
                )
            )
            self.edit_button.clicked.connect(self.open_steps_editor)
            buttons: list[QWidget] = [self.edit_button]
            if own:
                self.reset_button = button(
                    QCoreApplication.translate("WalkthroughPage", "Go back to Ringoff's steps")
                )
                self.reset_button.clicked.connect(self.reset_steps)
                buttons.append(self.reset_button)
            card.layout_.addWidget(row(*buttons))
        if item.account.notes:
            card.layout_.addWidget(
                para(
                    QCoreApplication.translate("WalkthroughPage", "Your notes: {notes}").format(
                        notes=item.account.notes
                    ),
                    True,
                )
            )
        return card

    def _verify_card(self, guide: ActionGuide, action: Action) -> Card:
        card = self._section(
            QCoreApplication.translate("WalkthroughPage", "Last step: check that it worked")
        )
        if action is Action.CHANGE:
            fallback_text = QCoreApplication.translate(
                "WalkthroughPage",
                "Sign out and sign in again with the new number. Or ask the app to send you a "
                "code, and see which phone receives it.",
            )
        elif action is Action.REMOVE:
            fallback_text = QCoreApplication.translate(
                "WalkthroughPage",
                "Open the account's settings again and check that the old number is no longer "
                "listed, and that you can still sign in another way (email or password).",
            )
        else:
            fallback_text = QCoreApplication.translate(
                "WalkthroughPage",
                "Try to sign in: the service should say the account no longer exists, or send "
                "you a message that it was closed.",
            )
        guide_text = guide.verify_for(self.ctx.lang) if action is Action.CHANGE else None
        text = guide_text or fallback_text
        self.verify_label = para(text)
        card.layout_.addWidget(self.verify_label)
        return card

    def _status_card(self, account: Account, name: str) -> Card:
        card = self._section(QCoreApplication.translate("WalkthroughPage", "How did it go?"))
        if account.status is AccountStatus.CANNOT and account.reason:
            card.layout_.addWidget(
                para(
                    QCoreApplication.translate(
                        "WalkthroughPage", "You noted that it can't be done: {reason}"
                    ).format(reason=account.reason)
                )
            )
        self.done_button = button(
            QCoreApplication.translate("WalkthroughPage", "Done, it worked"), primary=True
        )
        self.done_button.setAccessibleName(
            QCoreApplication.translate(
                "WalkthroughPage", "{name} is done; go to the next account"
            ).format(name=name)
        )
        self.done_button.clicked.connect(self.mark_done)
        self.cannot_button = button(QCoreApplication.translate("WalkthroughPage", "Can't be done…"))
        self.cannot_button.clicked.connect(self.open_cannot_dialog)
        self.later_button = button(QCoreApplication.translate("WalkthroughPage", "Not now"))
        self.later_button.setAccessibleName(
            QCoreApplication.translate("WalkthroughPage", "Not now: back to the plan")
        )
        self.later_button.clicked.connect(self.show_plan)
        card.layout_.addWidget(row(self.done_button, self.cannot_button, self.later_button))
        return card
