"""The walkthrough: one account at a time, in the plan's order, until the number is safe to cancel.

Route ``("walkthrough", number_id[, account_id])``. Without an account the page opens the one the
person had open last (kept in the vault under ``walkthrough_last``, so a restart comes back to
it), or else the plan's next account. Every tick, choice and status is saved the moment it is
made; nothing waits for a "save" button. The page has three faces: one account, the whole plan,
and the calm "safe to cancel" screen when nothing is left.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QKeyCombination, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.catalog import Service
from ...core.errors import UserError
from ...core.model import Account, AccountStatus, Action, PhoneNumber
from ...core.plan import (
    Group,
    Plan,
    carrier_gate,
    group_why,
    item_name,
    progress_words,
)
from ...operations import walkthrough
from ...operations.plan import person_name, plan_of
from .. import style, words
from ..context import AppContext
from ..dates import long_date
from ..errors import show_problem
from ..plan_view import PlanView
from ..steps_editor import StepsEditor
from ..widgets import Column, button, literal, para, row, title
from .cards import WIDTH_EM, AccountCards
from .finished import FinishedFace
from .reason import ReasonDialog
from .step_row import StepRow

PREF_LAST = walkthrough.PREF_LAST

_PREVIOUS_KEYS = (
    QKeyCombination(Qt.KeyboardModifier.AltModifier, Qt.Key.Key_Left),
    QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_PageUp),
)
_NEXT_KEYS = (
    QKeyCombination(Qt.KeyboardModifier.AltModifier, Qt.Key.Key_Right),
    QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_PageDown),
)


class WalkthroughPage(AccountCards, FinishedFace, QWidget):
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
        last = walkthrough.remembered(self.ctx.session.vault, number_id)
        target = walkthrough.account_to_open(plan, account_id, last)
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
        return plan_of(self.ctx.session.vault, self.ctx.catalog, self.number_id, self.ctx.today())

    def _write(self, action: Callable[[Any], object]) -> bool:
        """One write through the session; False (and a plain message) when it failed."""
        try:
            self.ctx.session.write(action)
        except UserError as exc:
            if exc.kind != "changed_elsewhere":  # that one locks: this page is going away
                show_problem(self, exc)
            return False
        return True

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
        person = person_name(self.ctx.session.vault, number.person_id)
        masked = words.shown_number(number.e164, number.region)
        heading = words.plan_heading(person, masked)  # "my number" for a person called "Me"
        header, _ = self._header(plan, heading)
        body = Column(width_em=WIDTH_EM)
        self.plan_view = PlanView(self.ctx, plan, self.show_account)
        body.add(self.plan_view)
        nxt = plan.next_item
        if nxt is not None:
            started = walkthrough.has_started(plan)
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
        shown = walkthrough.guidance(item, self.number, self.ctx.catalog, lang, self.ctx.tr)
        service, action, fallback, guide = shown.service, shown.action, shown.fallback, shown.guide

        # Why this one now.
        body.add(para(self.ctx.tr(group_why(item.group, self.number.region)), hint=True))
        gate = carrier_gate(plan) if item.group is Group.CARRIER else None
        self.gate_label: QLabel | None = None
        if gate is not None:
            self.gate_label = para(self.ctx.tr(gate))
            style.heading(self.gate_label, 1.1)
            style.colour_label(self.gate_label, style.state_colours().red)
            body.add(self.gate_label)
        if shown.generic:
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
        if guide is not None:
            body.add(self._needs_card(guide, fallback, action))
            body.add(self._fallback_card(account, guide))
            steps_from = shown.guide_service
            body.add(
                self._steps_card(item, steps_from, guide, action, fallback, shown.guide_generic)
            )
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

    # -- changes (each saved at once) --

    def _account(self) -> Account:
        assert self.account_id is not None
        return self.ctx.session.vault.account(self.account_id)

    def _remember(self, account_id: str) -> None:
        number_id = self.number_id
        if walkthrough.remembered(self.ctx.session.vault, number_id) != account_id:
            self._write(lambda v: walkthrough.remember(v, number_id, account_id))

    def tick(self, index: int, on: bool) -> None:
        """Tick or untick a step (the first tick means "in progress"), saved at once."""
        ident = self._account().id
        status: list[AccountStatus] = []
        if self._write(lambda v: status.append(walkthrough.tick(v, ident, index, on))):
            self._show_status(status[0])

    def set_fallback(self, on: bool) -> None:
        account = self._account()
        if account.use_fallback == on:
            return
        if self._write(lambda v: walkthrough.use_fallback(v, account.id, on)):
            self.show_account(account.id)
            self._keep_focus_on("fallback_box")  # a toggle never moves the focus elsewhere

    def set_action(self, action: Action) -> None:
        account = self._account()
        if account.action is action:
            return
        if self._write(lambda v: walkthrough.choose_action(v, account.id, action)):
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
        nxt = walkthrough.next_unfinished(self._plan(), account_id)
        if nxt is None:
            self.show_finished()
        else:
            self.show_account(nxt.account.id)

    def move(self, step: int) -> None:
        if self.face != "account" or self.account_id is None:
            return
        target = walkthrough.neighbour(self._plan(), self.account_id, step)
        if target is not None:
            self.show_account(target)

    # -- the person's own steps --

    def _current_steps(self) -> tuple[Service, Action, bool, dict[str, list[str]]] | None:
        item = next((i for i in self._plan().items if i.account.id == self.account_id), None)
        return walkthrough.editable_steps(item, self.number) if item is not None else None

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
        ident = self._account().id
        if steps:
            if not self._write(
                lambda v: walkthrough.save_own_steps(v, service_id, action, fallback, steps)
            ):
                return
            longest = max(len(s) for s in steps.values())
            if not self._write(lambda v: walkthrough.keep_ticks_within(v, ident, longest)):
                return
        if what_i_saw:
            line = self.tr("What I saw ({date}): {text}").format(
                date=long_date(self.ctx.today()), text=what_i_saw
            )
            if not self._write(lambda v: walkthrough.add_note(v, ident, line)):
                return
        self.show_account(ident)

    def reset_steps(self) -> None:
        found = self._current_steps()
        if found is None:
            return
        service_id = found[0].id
        if self._write(lambda v: walkthrough.reset_own_steps(v, service_id)):
            self.show_account(self._account().id)

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
