"""A plan and its items: one account each, with its group, action and target, and the counts
and readiness the pages and the paper show."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from ..catalog import Service
from ..i18n import QT_TRANSLATE_NOOP, Text
from ..model import Account, AccountStatus, Action, PhoneNumber
from ..timeline import Timeline, fits
from .groups import GROUP_ORDER, Group


@dataclass(frozen=True)
class PlanItem:
    account: Account
    service: Service | None
    group: Group
    needs_old_sms: bool
    action: Action = Action.CHANGE  # what to do (never CHANGE without a target)
    target: str | None = None  # E.164 to change to, for CHANGE
    needs_number: bool = False  # cannot live without a number and nothing replaces it
    whose: str | None = None  # whose number the target is: "" the person's own, else a name

    @property
    def finished(self) -> bool:
        """Done or "can't be done": nothing more to do here (the risk is in the verdict)."""
        return self.account.status in (AccountStatus.DONE, AccountStatus.CANNOT)


# General steps to take a number off an account, for services the catalog describes no
# removal for (shown instead of "change to your new number" when nothing replaces it).
GENERAL_REMOVE_STEPS: tuple[Text, ...] = (
    QT_TRANSLATE_NOOP(
        "Plan",
        "First make sure you can sign in without this number: with your email address and "
        "password. Add an email address in the settings if there is none.",
    ),
    QT_TRANSLATE_NOOP("Plan", "Open the settings and look for Account, Security or Phone number."),
    QT_TRANSLATE_NOOP("Plan", "Choose Remove or Delete next to the phone number, and confirm."),
    QT_TRANSLATE_NOOP(
        "Plan",
        "If the app does not allow it, ask its customer service to remove the number, or "
        "close the account.",
    ),
)

NEEDS_NUMBER_ADVICE: Text = QT_TRANSLATE_NOOP(
    "Plan",
    "{name} needs a phone number. Give it a family member's number (choose that for the whole "
    "number on its page), a landline if {name} accepts one, or close the account.",
)


class Readiness(StrEnum):
    EMPTY = "empty"  # no accounts recorded yet
    NOT_READY = "not_ready"
    SAFE = "safe"  # every account done
    SAFE_WITH_EXCEPTIONS = "safe_with_exceptions"  # the rest marked "cannot be done"


@dataclass(frozen=True)
class Plan:
    number: PhoneNumber
    items: list[PlanItem]
    timeline: Timeline

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def done(self) -> int:
        return sum(1 for i in self.items if i.account.status is AccountStatus.DONE)

    @property
    def cannot(self) -> int:
        return sum(1 for i in self.items if i.account.status is AccountStatus.CANNOT)

    @property
    def todo(self) -> int:
        """Neither done nor "can't be done" (to do or started)."""
        return self.total - self.done - self.cannot

    @cached_property
    def remaining(self) -> list[PlanItem]:
        """Computed once: a plan is a snapshot (home asks several times per card)."""
        return [i for i in self.items if not i.finished]

    @property
    def next_item(self) -> PlanItem | None:
        """In progress first (the user was in the middle of it), else the first to do."""
        for item in self.items:
            if item.account.status is AccountStatus.IN_PROGRESS:
                return item
        rest = self.remaining
        return rest[0] if rest else None

    @property
    def readiness(self) -> Readiness:
        if not self.items:
            return Readiness.EMPTY
        if self.remaining:
            return Readiness.NOT_READY
        return Readiness.SAFE_WITH_EXCEPTIONS if self.cannot else Readiness.SAFE

    def groups(self) -> list[tuple[Group, list[PlanItem]]]:
        out: list[tuple[Group, list[PlanItem]]] = []
        for group in GROUP_ORDER:
            members = [i for i in self.items if i.group is group]
            if members:
                out.append((group, members))
        return out

    def before_carrier(self) -> list[PlanItem]:
        """What must be finished before the phone company may cancel the number."""
        return [i for i in self.remaining if i.group is not Group.CARRIER]

    def work_fits(self, per_day: float = 2.0) -> bool:
        last = self.timeline.last_comfortable_day
        if last is None:
            return True
        return fits(len(self.remaining), self.timeline.today, last, per_day)
