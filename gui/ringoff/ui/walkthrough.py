"""The walkthrough: one account at a time, in the plan's order, until the number is safe to cancel.

Route ``("walkthrough", number_id[, account_id])``. Without an account the page opens the one the
person had open last (kept in the vault under ``walkthrough_last``, so a restart comes back to
it), or else the plan's next account. Every tick, choice and status is saved the moment it is
made; nothing waits for a "save" button. The page has three faces: one account, the whole plan,
and the calm "safe to cancel" screen when nothing is left.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QKeyCombination, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import phone
from ..core.catalog import ActionGuide, Service
from ..core.errors import UserError
from ..core.model import (
    Account,
    AccountStatus,
    Action,
    Category,
    PhoneNumber,
    Use,
)
from ..core.plan import (
    GENERAL_REMOVE_STEPS,
    NEEDS_NUMBER_ADVICE,
    Group,
    Plan,
    PlanItem,
    Readiness,
    action_text,
    build_plan,
    cannot_next_steps,
    carrier_gate,
    dead_number_help,
    default_action,
    group_why,
    item_name,
    progress_words,
    requirements_for,
    target_words,
    verdict,
)
from ..core.timeline import Phase, days_until
from . import catalog_notes, style, words
from .accounts_model import action_words, status_colour, status_words
from .context import AppContext
from .dates import long_date, spoken
from .errors import show_problem
from .plan_view import PlanView
from .steps_editor import StepsEditor
from .widgets import Card, Column, button, literal, para, row, title

PREF_LAST = "walkthrough_last"
WIDTH_EM = 44

_PREVIOUS_KEYS = (
    QKeyCombination(Qt.KeyboardModifier.AltModifier, Qt.Key.Key_Left),
    QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_PageUp),
)
_NEXT_KEYS = (
    QKeyCombination(Qt.KeyboardModifier.AltModifier, Qt.Key.Key_Right),
    QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_PageDown),
)


class StepRow(QWidget):
    """One step: a large check box and the step's words beside it (wrapped, clickable)."""

    def __init__(self, number: int, text: str, checked: bool) -> None:
        super().__init__()
        self.text = text
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(int(style.em() * 0.5))
        self.box = QCheckBox()
        self.box.setStyleSheet("QCheckBox::indicator { width: 1.5em; height: 1.5em; }")
        self.box.setChecked(checked)
        self.box.setAccessibleName(self.tr("Step {n}: {text}").format(n=number, text=text))
        self.number_label = QLabel(self.tr("{n}.").format(n=number))
        self.label = QLabel(literal(text))  # the buddy makes "&" a shortcut otherwise
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setBuddy(self.box)
        lay.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.number_label, 0, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.label, 1)
        self.box.toggled.connect(self._look)
        self._look(checked)

    def _look(self, checked: bool) -> None:
        self.label.setProperty("role", "hint" if checked else None)
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.box.toggle()
            self.box.setFocus()
            event.accept()
            return
        super().mousePressEvent(event)


class ReasonDialog(QDialog):
    """'Can't be done': asks why, in the person's own words."""

    def __init__(self, parent: QWidget | None, name: str, reason: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{name} can't be done").format(name=name))
        self.setAccessibleName(self.windowTitle())
        lay = QVBoxLayout(self)
        lay.addWidget(
            para(
                self.tr(
                    "That happens, and it is fine to say so. Write down why, so that you (or "
                    "whoever helps you) remember later. For example: the bank needs a visit "
                    "and the branch is too far, or the account is no longer used."
                )
            )
        )
        label = QLabel(self.tr("&Why can't it be done?"))
        self.reason_edit = QPlainTextEdit(reason)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setAccessibleName(self.tr("Why it can't be done"))
        self.reason_edit.setFixedHeight(int(style.em() * 4))
        label.setBuddy(self.reason_edit)
        lay.addWidget(label)
        lay.addWidget(self.reason_edit)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.save_button.setAccessibleName(self.tr("Save the reason"))
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(style.em() * 30, style.em() * 14)
        self.reason_edit.setFocus()

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()


class WalkthroughPage(QWidget):
    """One number's walkthrough. :attr:`account_id` is the account shown (None: plan/finished)."""

    def __init__(
        self, ctx: AppContext, window: QWidget, number_id: str, account_id: str | None = None
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.window_ = window
        self.number_id = number_id
        self.account_id: str | None = None
        self.face = ""  # "account", "plan" or "finished"
        self.step_rows: list[StepRow] = []
        self.plan_view: PlanView | None = None
        self.dialog: QDialog | None = None
        self._focus: QWidget | None = None
        self.setAccessibleName(self.tr("Step by step"))
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._outer.setSpacing(0)
        self._content: QWidget | None = None

        plan = self._plan()
        ids = {i.account.id for i in plan.items}
        target = account_id if account_id in ids else None
        if target is None:
            remembered = self.ctx.session.vault.pref(PREF_LAST, {}).get(number_id)
            item = next((i for i in plan.items if i.account.id == remembered), None)
            if item is not None and not item.finished:
                target = item.account.id
        if target is None and plan.next_item is not None:
            target = plan.next_item.account.id
        if target is not None:
            self.show_account(target)
        elif plan.items:
            self.show_finished()
        else:
            self.show_plan()

    # -- data --

    @property
    def number(self) -> PhoneNumber:
        return self.ctx.session.vault.number(self.number_id)

    def _plan(self) -> Plan:
        vault = self.ctx.session.vault
        return build_plan(
            vault.number(self.number_id),
            vault.accounts(self.number_id),
            self.ctx.catalog,
            self.ctx.today(),
        )

    def _write(self, action: Callable[[Any], object]) -> bool:
        """One write through the session; False (and a plain message) when it failed."""
        try:
            self.ctx.session.write(action)
        except UserError as exc:
            if exc.kind != "changed_elsewhere":  # that one locks: this page is going away
                show_problem(self, exc)
            return False
        return True

    def _guide_for(self, item: PlanItem) -> tuple[Service | None, bool]:
        """The service whose steps to show, and whether it is a generic stand-in."""
        if item.service is not None:
            return item.service, False
        kinds = {
            Category.BANK: "bank",
            Category.FINANCE: "bank",
            Category.PAYMENT: "bank",
            Category.GOVERNMENT: "government",
            Category.EMAIL: "email",
            Category.TELECOM: "telecom",
        }
        account = item.account
        kind = kinds.get(account.kind) if account.kind is not None else None
        if kind is None:
            kind = "bank" if Use.PAYMENT in account.uses else "app"
        return self.ctx.catalog.generic(kind), True

    def _actions(self, service: Service | None) -> list[Action]:
        if service is None:
            return [Action.CHANGE]
        return [a for a in Action if service.action(a) is not None]

    def _chosen_action(self, account: Account, service: Service | None) -> Action:
        """The action whose steps to show: the plan's (never "change" without a number to
        change to), or the service's default when it describes no steps for it."""
        number = self.number
        action = account.action
        if action is Action.CHANGE and number.target is None:
            action = default_action(service, False, account.kind)
        if service is None or service.action(action) is not None:
            return action
        return default_action(service, number.target is not None, account.kind)

    def _user_steps(self, service_id: str, action: Action, fallback: bool) -> bool:
        """Whether the person wrote their own steps for this path."""
        for entry in self.ctx.session.vault.user_services():
            if entry.get("id") != service_id:
                continue
            table = (entry.get("actions") or {}).get(action.value) or {}
            if fallback:
                table = table.get("fallback") or {}
            return isinstance(table, dict) and bool(table.get("steps"))
        return False

    # -- building --

    def _replace(self, header: QWidget | None, body: QWidget) -> None:
        while self._outer.count():
            old = self._outer.takeAt(0).widget()
            if old is not None:
                old.hide()
                old.deleteLater()
        if header is not None:
            self._outer.addWidget(header)
            header.show()  # at once, not after the next turn of the event loop
        self._outer.addWidget(body, 1)
        body.show()
        self._content = body

    def _header(self, plan: Plan, heading: str) -> tuple[QWidget, QVBoxLayout]:
        """The part that stays put above the scrolling body, lined up with the body's column."""
        outer = QWidget()
        centre = QHBoxLayout(outer)
        pad = int(style.em() * 0.6)
        centre.setContentsMargins(0, pad, 0, 0)
        box = QWidget()
        box.setMaximumWidth(int(style.em() * WIDTH_EM))
        centre.addStretch(1)
        centre.addWidget(box, 8)
        centre.addStretch(1)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(pad, pad, pad, 0)
        lay.setSpacing(int(pad * 0.6))
        self.title_label = title(heading, 1.45)
        lay.addWidget(self.title_label)
        self.progress = QProgressBar()
        self.progress.setRange(0, max(plan.total, 1))
        self.progress.setValue(plan.done + plan.cannot)
        self.progress.setFormat(self.ctx.tr(progress_words(plan)).replace("%", "%%"))
        self.progress.setTextVisible(True)
        self.progress.setAccessibleName(self.progress.format())
        lay.addWidget(self.progress)
        return outer, lay

    # -- the plan --

    def show_plan(self) -> None:
        plan = self._plan()
        self.face = "plan"
        self.account_id = None
        self.step_rows = []
        number = self.number
        person = next(
            (p.name for p in self.ctx.session.vault.people() if p.id == number.person_id), ""
        )
        masked = phone.masked(number.e164, number.region)
        heading = words.plan_heading(person, masked)  # "my number" for a person called "Me"
        header, _ = self._header(plan, heading)
        body = Column(width_em=WIDTH_EM)
        self.plan_view = PlanView(self.ctx, plan, self.show_account)
        body.add(self.plan_view)
        nxt = plan.next_item
        if nxt is not None:
            started = (
                plan.done
                or plan.cannot
                or any(i.account.status is AccountStatus.IN_PROGRESS for i in plan.items)
            )
            name = item_name(nxt, self.ctx.lang)
            text = (
                self.tr("Continue with {name}") if started else self.tr("Start with {name}")
            ).format(name=literal(name))
            self.start_button: QPushButton | None = button(text, primary=True)
            self.start_button.clicked.connect(lambda: self.show_account(nxt.account.id))
            body.add(row(self.start_button))
            self._focus = self.start_button
        else:
            self.start_button = None
            done_button = button(self.tr("See the summary"), primary=True)
            done_button.clicked.connect(self.show_finished)
            body.add(row(done_button))
            self._focus = done_button
        body.add_stretch()
        self._replace(header, body)
        self._focus.setFocus()

    # -- one account --

    def show_account(self, account_id: str) -> None:
        plan = self._plan()
        index = next((n for n, i in enumerate(plan.items) if i.account.id == account_id), None)
        if index is None:
            self.show_plan()
            return
        item = plan.items[index]
        account = item.account
        lang = self.ctx.lang
        name = item_name(item, lang)
        self.face = "account"
        self.account_id = account_id
        self.current_name = name
        self.plan_view = None
        self.step_rows = []
        self._remember(account_id)

        header, hlay = self._header(
            plan,
            self.tr("Step {n} of {total}: {name}").format(n=index + 1, total=plan.total, name=name),
        )
        self.status_label = QLabel()
        self._show_status(account.status)
        self.prev_button = button(self.tr("Previous account"))
        self.prev_button.setToolTip(self.tr("Previous account (Alt+Left)"))
        self.prev_button.setEnabled(index > 0)
        self.prev_button.clicked.connect(lambda: self.move(-1))
        self.next_button = button(self.tr("Next account"))
        self.next_button.setToolTip(self.tr("Next account (Alt+Right)"))
        self.next_button.setEnabled(index < plan.total - 1)
        self.next_button.clicked.connect(lambda: self.move(1))
        self.plan_button = button(self.tr("Back to the plan"))
        self.plan_button.clicked.connect(self.show_plan)
        hlay.addWidget(
            row(self.status_label, QLabel(""), self.prev_button, self.next_button, self.plan_button)
        )

        body = Column(width_em=WIDTH_EM)
        service, generic = self._guide_for(item)
        action = self._chosen_action(account, service)
        guide = service.action(action) if service is not None else None
        fallback = account.use_fallback and guide is not None and guide.has_fallback

        # Why this one now.
        body.add(para(self.ctx.tr(group_why(item.group, self.number.region)), hint=True))
        gate = carrier_gate(plan) if item.group is Group.CARRIER else None
        self.gate_label: QLabel | None = None
        if gate is not None:
            self.gate_label = para(self.ctx.tr(gate))
            style.heading(self.gate_label, 1.1)
            style.colour_label(self.gate_label, style.state_colours().red)
            body.add(self.gate_label)
        if generic:
            body.add(
                para(
                    self.tr(
                        "Ringoff doesn't have a guide for {name}, so these are general steps "
                        "that work for most apps and banks. The words on your screen may be a "
                        "little different."
                    ).format(name=name)
                )
            )

        body.add(self._action_card(account, service, action, name, item))
        if account.status is AccountStatus.CANNOT:
            body.add(self._cannot_card(item))
        if guide is None and action is Action.CLOSE:
            # No closing described: the general guide's way to close an account.
            category = service.category if service is not None else Category.OTHER
            stand_in = self.ctx.catalog.generic(category) or self.ctx.catalog.generic("app")
            close = stand_in.action(Action.CLOSE) if stand_in is not None else None
            if close is not None:
                service, guide, generic = stand_in, close, True
        if guide is None and action is Action.REMOVE:
            # No removal described: general steps, in the person's language.
            guide = ActionGuide(
                difficulty="medium",
                requires=("login_password",),
                steps={lang: tuple(self.ctx.tr(t) for t in GENERAL_REMOVE_STEPS)},
            )
            generic = True
        if guide is not None:
            body.add(self._needs_card(guide, fallback, action))
            body.add(self._fallback_card(account, guide))
            body.add(self._steps_card(item, service, guide, action, fallback, generic))
            body.add(self._verify_card(guide, action))
        else:
            body.add(
                para(
                    self.tr(
                        "Ringoff has no steps for this. Look in the app's settings for the "
                        "phone number, or ask the service's customer service."
                    )
                )
            )
        body.add(self._status_card(account, name))
        body.add_stretch()
        self._replace(header, body)
        first_open = next((r.box for r in self.step_rows if not r.box.isChecked()), None)
        self._focus = first_open or self.done_button
        self._focus.setFocus()

    def _show_status(self, status: AccountStatus) -> None:
        words = status_words(status)
        self.status_label.setText(words)
        self.status_label.setAccessibleName(self.tr("State: {state}").format(state=words))
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
        card = self._section(self.tr("What to do"))
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
        actions = self._actions(service)
        if number.target is None:
            actions = [a for a in actions if a is not Action.CHANGE]
        self.action_combo: QComboBox | None = None
        if len(actions) > 1 and action in actions:
            combo = QComboBox()
            for a in actions:
                combo.addItem(action_words(a), a.value)
            combo.setCurrentIndex(actions.index(action))
            label = QLabel(self.tr("&Or choose something else:"))
            label.setBuddy(combo)
            combo.setAccessibleName(self.tr("What to do with this account"))
            combo.activated.connect(lambda i: self.set_action(Action(combo.itemData(i))))
            card.layout_.addWidget(row(label, combo))
            self.action_combo = combo
        return card

    def _cannot_card(self, item: PlanItem) -> Card:
        """ "Can't be done": concrete ways forward, so the risk does not just stay."""
        card = self._section(self.tr("It can't be done this way: what still works"))
        self.cannot_steps: list[QLabel] = []
        for text in cannot_next_steps(item, self.ctx.lang, self.number.region):
            label = para("•  " + self.ctx.tr(text))
            self.cannot_steps.append(label)
            card.layout_.addWidget(label)
        return card

    def _needs_card(self, guide: ActionGuide, fallback: bool, action: Action) -> Card:
        card = self._section(self.tr("What you need before you start"))
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
            card.layout_.addWidget(para(self.tr("Nothing special: just your phone.")))
        self.need_labels: list[QLabel] = []
        for text in needs:
            label = para("•  " + text)
            self.need_labels.append(label)
            card.layout_.addWidget(label)
        return card

    def _fallback_card(self, account: Account, guide: ActionGuide) -> Card:
        card = Card()
        self.fallback_box = QCheckBox(self.tr("The old number already doesn't work"))
        self.fallback_box.setAccessibleName(
            self.tr("The old number already doesn't work: show the other way")
        )
        self.fallback_box.setStyleSheet("QCheckBox::indicator { width: 1.5em; height: 1.5em; }")
        self.fallback_box.setChecked(account.use_fallback)
        self.fallback_box.toggled.connect(self.set_fallback)
        card.layout_.addWidget(self.fallback_box, 0, Qt.AlignmentFlag.AlignLeft)
        if guide.has_fallback:
            hint = self.tr(
                "Tick this if the old SIM card is gone or no longer gets texts: the steps "
                "below change to a way that does not need it."
            )
        elif account.use_fallback:
            service = self.ctx.catalog.get(account.service_id) if account.service_id else None
            hint = self.ctx.tr(dead_number_help(service, self.number.region))
        else:
            hint = self.tr(
                "Tick this if the old SIM card is gone or no longer gets texts, and Ringoff "
                "will tell you what usually works."
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
        own = service is not None and not generic and self._user_steps(service.id, action, fallback)
        heading = self.tr("Your own steps") if own else self.tr("The steps")
        if fallback and not own:
            heading = self.tr("The steps when the old number doesn't work")
        card = self._section(heading)
        self.own_steps = own
        if own:
            card.layout_.addWidget(
                para(self.tr("You wrote these steps yourself, so they match what you saw."), True)
            )
        else:
            card.layout_.addWidget(
                para(self.tr("Tick each step when you have done it. It is saved at once."), True)
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
            card.layout_.addWidget(para(self.tr("Good to know: {note}").format(note=note)))

        self.edit_button: QPushButton | None = None
        self.reset_button: QPushButton | None = None
        if service is not None and not generic:
            self.edit_button = button(self.tr("This didn't work, or the app looks different…"))
            self.edit_button.clicked.connect(self.open_steps_editor)
            buttons: list[QWidget] = [self.edit_button]
            if own:
                self.reset_button = button(self.tr("Go back to Ringoff's steps"))
                self.reset_button.clicked.connect(self.reset_steps)
                buttons.append(self.reset_button)
            card.layout_.addWidget(row(*buttons))
        if item.account.notes:
            card.layout_.addWidget(
                para(self.tr("Your notes: {notes}").format(notes=item.account.notes), True)
            )
        return card

    def _verify_card(self, guide: ActionGuide, action: Action) -> Card:
        card = self._section(self.tr("Last step: check that it worked"))
        if action is Action.CHANGE:
            fallback_text = self.tr(
                "Sign out and sign in again with the new number. Or ask the app to send you a "
                "code, and see which phone receives it."
            )
        elif action is Action.REMOVE:
            fallback_text = self.tr(
                "Open the account's settings again and check that the old number is no longer "
                "listed, and that you can still sign in another way (email or password)."
            )
        else:
            fallback_text = self.tr(
                "Try to sign in: the service should say the account no longer exists, or send "
                "you a message that it was closed."
            )
        guide_text = guide.verify_for(self.ctx.lang) if action is Action.CHANGE else None
        text = guide_text or fallback_text
        self.verify_label = para(text)
        card.layout_.addWidget(self.verify_label)
        return card

    def _status_card(self, account: Account, name: str) -> Card:
        card = self._section(self.tr("How did it go?"))
        if account.status is AccountStatus.CANNOT and account.reason:
            card.layout_.addWidget(
                para(
                    self.tr("You noted that it can't be done: {reason}").format(
                        reason=account.reason
                    )
                )
            )
        self.done_button = button(self.tr("Done, it worked"), primary=True)
        self.done_button.setAccessibleName(
            self.tr("{name} is done; go to the next account").format(name=name)
        )
        self.done_button.clicked.connect(self.mark_done)
        self.cannot_button = button(self.tr("Can't be done…"))
        self.cannot_button.clicked.connect(self.open_cannot_dialog)
        self.later_button = button(self.tr("Not now"))
        self.later_button.setAccessibleName(self.tr("Not now: back to the plan"))
        self.later_button.clicked.connect(self.show_plan)
        card.layout_.addWidget(row(self.done_button, self.cannot_button, self.later_button))
        return card

    # -- changes (each saved at once) --

    def _account(self) -> Account:
        assert self.account_id is not None
        return self.ctx.session.vault.account(self.account_id)

    def _remember(self, account_id: str) -> None:
        last = dict(self.ctx.session.vault.pref(PREF_LAST, {}))
        if last.get(self.number_id) != account_id:
            last[self.number_id] = account_id
            self._write(lambda v: v.set_pref(PREF_LAST, last))

    def tick(self, index: int, on: bool) -> None:
        account = self._account()
        steps = set(account.checked_steps)
        if on:
            steps.add(index)
        else:
            steps.discard(index)
        status = account.status
        if on and status is AccountStatus.TODO:
            status = AccountStatus.IN_PROGRESS
        changed = replace(account, checked_steps=frozenset(steps), status=status)
        # Unticking is history too, and not worded as a tick.
        event = "account_step" if on else "account_step_undone"
        if self._write(lambda v: v.update_account(changed, event)):
            self._show_status(status)

    def set_fallback(self, on: bool) -> None:
        account = self._account()
        if account.use_fallback == on:
            return
        changed = replace(account, use_fallback=on, checked_steps=frozenset())
        if self._write(lambda v: v.update_account(changed, "account_fallback")):
            self.show_account(account.id)
            self._keep_focus_on("fallback_box")  # a toggle never moves the focus elsewhere

    def set_action(self, action: Action) -> None:
        account = self._account()
        if account.action is action:
            return
        changed = replace(account, action=action, checked_steps=frozenset())
        if self._write(lambda v: v.update_account(changed, "account_action")):
            self.show_account(account.id)
            self._keep_focus_on("action_combo")

    def _keep_focus_on(self, name: str) -> None:
        control = getattr(self, name, None)
        if isinstance(control, QWidget) and control.isVisible():
            self._focus = control
            control.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_status(self, status: AccountStatus, reason: str = "") -> bool:
        assert self.account_id is not None
        ident = self.account_id
        return self._write(lambda v: v.set_account_status(ident, status, reason))

    def mark_done(self) -> None:
        if self.account_id is None:
            return
        current = self.account_id
        if self._set_status(AccountStatus.DONE):
            self._after_finishing(current)

    def open_cannot_dialog(self) -> ReasonDialog:
        account = self._account()
        dialog = ReasonDialog(self, self.current_name, account.reason)
        dialog.accepted.connect(lambda: self.mark_cannot(dialog.reason()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def mark_cannot(self, reason: str) -> None:
        if self.account_id is None:
            return
        current = self.account_id
        if self._set_status(AccountStatus.CANNOT, reason):
            self._after_finishing(current)

    def _after_finishing(self, account_id: str) -> None:
        """The next unfinished account after *account_id* in the plan (wrapping round)."""
        plan = self._plan()
        ids = [i.account.id for i in plan.items]
        start = ids.index(account_id) if account_id in ids else -1
        rotated = plan.items[start + 1 :] + plan.items[: start + 1]
        nxt = next((i for i in rotated if not i.finished), None)
        if nxt is None:
            self.show_finished()
        else:
            self.show_account(nxt.account.id)

    def move(self, step: int) -> None:
        if self.face != "account" or self.account_id is None:
            return
        ids = [i.account.id for i in self._plan().items]
        if self.account_id not in ids:
            return
        target = ids.index(self.account_id) + step
        if 0 <= target < len(ids):
            self.show_account(ids[target])

    # -- the person's own steps --

    def _current_steps(self) -> tuple[Service, Action, bool, dict[str, list[str]]] | None:
        plan = self._plan()
        item = next((i for i in plan.items if i.account.id == self.account_id), None)
        if item is None or item.service is None:
            return None
        service = item.service
        action = self._chosen_action(item.account, service)
        guide = service.action(action)
        if guide is None:
            return None
        fallback = item.account.use_fallback and guide.has_fallback
        steps = {code: list(guide.steps_for(code, fallback)) for code in ("zh_CN", "en")}
        return service, action, fallback, steps

    def open_steps_editor(self) -> StepsEditor | None:
        found = self._current_steps()
        if found is None:
            return None
        service, action, fallback, steps = found
        editor = StepsEditor(self, service.name(self.ctx.lang), steps, self.ctx.lang)
        editor.accepted.connect(
            lambda: self.save_own_steps(
                service.id, action, fallback, editor.result_steps, editor.what_i_saw
            )
        )
        self.dialog = editor
        editor.open()
        return editor

    def save_own_steps(
        self,
        service_id: str,
        action: Action,
        fallback: bool,
        steps: dict[str, list[str]],
        what_i_saw: str = "",
    ) -> None:
        account = self._account()
        if steps:
            vault = self.ctx.session.vault
            entry = next((e for e in vault.user_services() if e.get("id") == service_id), None)
            data: dict[str, Any] = dict(entry) if entry else {"id": service_id}
            actions = dict(data.get("actions") or {})
            table = dict(actions.get(action.value) or {})
            if fallback:
                inner = dict(table.get("fallback") or {})
                inner["steps"] = {**(inner.get("steps") or {}), **steps}
                table["fallback"] = inner
            else:
                table["steps"] = {**(table.get("steps") or {}), **steps}
            actions[action.value] = table
            data["actions"] = actions
            if not self._write(lambda v: v.save_user_service(data)):
                return
            longest = max(len(s) for s in steps.values())
            kept = frozenset(i for i in account.checked_steps if i < longest)
            if kept != account.checked_steps:
                account = replace(account, checked_steps=kept)
                if not self._write(lambda v: v.update_account(account, "account_step")):
                    return
        if what_i_saw:
            line = self.tr("What I saw ({date}): {text}").format(
                date=long_date(self.ctx.today()), text=what_i_saw
            )
            notes = f"{account.notes}\n{line}" if account.notes else line
            changed = replace(account, notes=notes)
            if not self._write(lambda v: v.update_account(changed, "account_notes")):
                return
        self.show_account(account.id)

    def reset_steps(self) -> None:
        found = self._current_steps()
        if found is None:
            return
        service_id = found[0].id
        if self._write(lambda v: v.delete_user_service(service_id)):
            self.show_account(self._account().id)

    # -- nothing left --

    def show_finished(self) -> None:
        plan = self._plan()
        self.face = "finished"
        self.account_id = None
        self.step_rows = []
        self.plan_view = None
        today = self.ctx.today()
        tl = plan.timeline
        safe = plan.readiness in (Readiness.SAFE, Readiness.SAFE_WITH_EXCEPTIONS)
        if not safe:
            self.show_plan()
            return
        header, _ = self._header(plan, self.tr("Safe to cancel"))
        body = Column(width_em=WIDTH_EM)
        self.verdict_label = para(self.ctx.tr(verdict(plan, self.ctx.lang)))
        style.heading(self.verdict_label, 1.15)
        body.add(self.verdict_label)
        body.add(
            para(
                self.tr(
                    "You have been through every account that uses this number. When the "
                    "number is cancelled, none of them will send codes or messages to it "
                    "any more, so whoever gets it next can't reach your money or your "
                    "accounts."
                )
            )
        )
        phase = tl.phase()
        self.countdown_label: QLabel | None = None
        if tl.earliest_reissue and phase in (Phase.CANCELLED_WAITING, Phase.MAY_BE_REISSUED):
            days = days_until(tl.earliest_reissue, today)
            if days > 0:
                text = self.tr(
                    "The phone company may give the number to someone else {when}. Until "
                    "then, if a text for an account you forgot still reaches you, you can "
                    "change that one too."
                ).format(when=spoken(tl.earliest_reissue, today))
            else:
                text = self.tr(
                    "Since {when}, the number may belong to someone else. Your accounts no "
                    "longer use it."
                ).format(when=long_date(tl.earliest_reissue))
            self.countdown_label = para(text)
            body.add(self.countdown_label)
        elif tl.cancel_on is not None:
            body.add(
                para(
                    self.tr("The number is to be cancelled {when}.").format(
                        when=spoken(tl.cancel_on, today)
                    )
                )
            )
        cannot = [i for i in plan.items if i.account.status is AccountStatus.CANNOT]
        if cannot:
            card = self._section(self.tr("What's left, and why"))
            card.layout_.addWidget(
                para(
                    self.tr(
                        "These could not be done. Keep an eye on them: if one of them sends "
                        "a text to the old number, it may still be worth a call to them."
                    ),
                    hint=True,
                )
            )
            for item in cannot:
                reason = item.account.reason or self.tr("no reason written down")
                card.layout_.addWidget(
                    para(
                        self.tr("•  {name}: {reason}").format(
                            name=item_name(item, self.ctx.lang), reason=reason
                        )
                    )
                )
                # What still works for it, so the risk does not simply stay.
                for step in cannot_next_steps(item, self.ctx.lang, self.number.region):
                    card.layout_.addWidget(para("      –  " + self.ctx.tr(step), hint=True))
            body.add(card)
        self.plan_button = button(self.tr("See the plan"))
        self.plan_button.clicked.connect(self.show_plan)
        self.home_button = button(self.tr("Back to your numbers"), primary=True)
        self.home_button.clicked.connect(lambda: self.window_.go(("home",)))  # type: ignore[attr-defined]
        body.add(row(self.home_button, self.plan_button))
        body.add_stretch()
        self._replace(header, body)
        self._focus = self.home_button
        self._focus.setFocus()

    # -- keyboard --

    def initial_focus(self) -> QWidget | None:
        return self._focus

    def event(self, event: QEvent) -> bool:
        # Alt+Left is also the window's "Back": take it first while an account is shown.
        if event.type() == QEvent.Type.ShortcutOverride and self.face == "account":
            assert isinstance(event, QKeyEvent)
            combo = event.keyCombination()
            if combo in _PREVIOUS_KEYS or combo in _NEXT_KEYS:
                event.accept()
                self.move(-1 if combo in _PREVIOUS_KEYS else 1)
                return True
        return super().event(event)


__all__ = ["PREF_LAST", "ReasonDialog", "StepRow", "WalkthroughPage"]
