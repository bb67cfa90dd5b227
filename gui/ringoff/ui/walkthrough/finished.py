"""The calm last face of the walkthrough: "Safe to cancel", what the phone company may do with
the number next, and what could not be done (with what still works for each).

A part of :class:`~ringoff.ui.walkthrough.page.WalkthroughPage` (a mixin).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core.model import AccountStatus
from ...core.plan import Plan, Readiness, cannot_next_steps, item_name, verdict
from ...core.timeline import Phase, days_until
from .. import style
from ..dates import long_date, spoken
from ..widgets import Card, Column, button, para, row
from .cards import WIDTH_EM

if TYPE_CHECKING:
    from ...core.model import PhoneNumber
    from ..context import AppContext
    from ..plan_view import PlanView
    from .step_row import StepRow


class FinishedFace:
    """The "nothing left" face (mixed into WalkthroughPage, a QWidget). Its words keep the
    page's translation context ("WalkthroughPage"), spelled out for lupdate."""

    if TYPE_CHECKING:
        ctx: AppContext
        window_: QWidget
        face: str
        account_id: str | None
        step_rows: list[StepRow]
        plan_view: PlanView | None
        _focus: QWidget | None

        @property
        def number(self) -> PhoneNumber: ...
        def _plan(self) -> Plan: ...
        def _header(self, plan: Plan, heading: str) -> tuple[QWidget, QVBoxLayout]: ...
        def _section(self, heading: str) -> Card: ...
        def _replace(self, header: QWidget | None, body: QWidget) -> None: ...
        def show_plan(self) -> None: ...

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
        header, _ = self._header(
            plan, QCoreApplication.translate("WalkthroughPage", "Safe to cancel")
        )
        body = Column(width_em=WIDTH_EM)
        self.verdict_label = para(self.ctx.tr(verdict(plan, self.ctx.lang)))
        style.heading(self.verdict_label, 1.15)
        body.add(self.verdict_label)
        body.add(
            para(
                QCoreApplication.translate(
                    "WalkthroughPage",
                    "You have been through every account that uses this number. When the "
                    "number is cancelled, none of them will send codes or messages to it "
                    "any more, so whoever gets it next can't reach your money or your "
                    "accounts.",
                )
            )
        )
        phase = tl.phase()
        self.countdown_label: QLabel | None = None
        if tl.earliest_reissue and phase in (Phase.CANCELLED_WAITING, Phase.MAY_BE_REISSUED):
            days = days_until(tl.earliest_reissue, today)
            if days > 0:
                text = QCoreApplication.translate(
                    "WalkthroughPage",
                    "The phone company may give the number to someone else {when}. Until "
                    "then, if a text for an account you forgot still reaches you, you can "
                    "change that one too.",
                ).format(when=spoken(tl.earliest_reissue, today))
            else:
                text = QCoreApplication.translate(
                    "WalkthroughPage",
                    "Since {when}, the number may belong to someone else. Your accounts no "
                    "longer use it.",
                ).format(when=long_date(tl.earliest_reissue))
            self.countdown_label = para(text)
            body.add(self.countdown_label)
        elif tl.cancel_on is not None:
            body.add(
                para(
                    QCoreApplication.translate(
                        "WalkthroughPage", "The number is to be cancelled {when}."
                    ).format(when=spoken(tl.cancel_on, today))
                )
            )
        cannot = [i for i in plan.items if i.account.status is AccountStatus.CANNOT]
        if cannot:
            card = self._section(
                QCoreApplication.translate("WalkthroughPage", "What's left, and why")
            )
            card.layout_.addWidget(
                para(
                    QCoreApplication.translate(
                        "WalkthroughPage",
                        "These could not be done. Keep an eye on them: if one of them sends "
                        "a text to the old number, it may still be worth a call to them.",
                    ),
                    hint=True,
                )
            )
            for item in cannot:
                reason = item.account.reason or QCoreApplication.translate(
                    "WalkthroughPage", "no reason written down"
                )
                card.layout_.addWidget(
                    para(
                        QCoreApplication.translate("WalkthroughPage", "•  {name}: {reason}").format(
                            name=item_name(item, self.ctx.lang), reason=reason
                        )
                    )
                )
                # What still works for it, so the risk does not simply stay.
                for step in cannot_next_steps(item, self.ctx.lang, self.number.region):
                    card.layout_.addWidget(para("      –  " + self.ctx.tr(step), hint=True))
            body.add(card)
        self.plan_button = button(QCoreApplication.translate("WalkthroughPage", "See the plan"))
        self.plan_button.clicked.connect(self.show_plan)
        self.home_button = button(
            QCoreApplication.translate("WalkthroughPage", "Back to your numbers"), primary=True
        )
        self.home_button.clicked.connect(lambda: self.window_.go(("home",)))  # type: ignore[attr-defined]
        body.add(row(self.home_button, self.plan_button))
        body.add_stretch()
        self._replace(header, body)
        self._focus = self.home_button
        self._focus.setFocus()
