"""The plan for one number: which account to do first, and whether it is safe to cancel yet.

Order (docs/catalog.md has the priority table): banks and cards, then payment, then the
services that check a new number through a bank card's reserved phone (the tax app), then
government and official services, then the services that sign in with the number or send codes
to it, then the rest. Within a group, accounts whose chosen path needs a text to the *old*
number come first (they become impossible once it is cancelled), then by catalog priority,
then the more common service first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from .catalog import Catalog, Service
from .i18n import QT_TRANSLATE_NOOP, Text
from .model import Account, AccountStatus, Action, PhoneNumber, Use
from .timeline import Phase, Timeline, days_until, fits, timeline_for_number


class Group(StrEnum):
    BANKS = "banks"
    PAYMENT = "payment"
    VIA_BANK = "via_bank"
    GOVERNMENT = "government"
    SIGN_IN = "sign_in"
    REST = "rest"


GROUP_ORDER = list(Group)

GROUP_TITLES: dict[Group, Text] = {
    Group.BANKS: QT_TRANSLATE_NOOP("Plan", "Banks and cards"),
    Group.PAYMENT: QT_TRANSLATE_NOOP("Plan", "Payment apps"),
    Group.VIA_BANK: QT_TRANSLATE_NOOP("Plan", "Services that check your bank card"),
    Group.GOVERNMENT: QT_TRANSLATE_NOOP("Plan", "Government and official services"),
    Group.SIGN_IN: QT_TRANSLATE_NOOP("Plan", "Apps you sign in to with this number"),
    Group.REST: QT_TRANSLATE_NOOP("Plan", "Everything else"),
}

GROUP_WHY: dict[Group, Text] = {
    Group.BANKS: QT_TRANSLATE_NOOP(
        "Plan",
        "Banks first: payment apps and the tax app check your new number through the phone "
        "number your bank has for your card.",
    ),
    Group.PAYMENT: QT_TRANSLATE_NOOP(
        "Plan", "Payment apps next: they hold money and often ask for a text to the old number."
    ),
    Group.VIA_BANK: QT_TRANSLATE_NOOP(
        "Plan",
        "These check your new number against your bank card, so they work only after the "
        "bank has your new number.",
    ),
    Group.GOVERNMENT: QT_TRANSLATE_NOOP(
        "Plan",
        "Official services: tax, social security, transport and your phone company.",
    ),
    Group.SIGN_IN: QT_TRANSLATE_NOOP(
        "Plan",
        "Whoever gets your old number could sign in to these, so change them before it is "
        "cancelled.",
    ),
    Group.REST: QT_TRANSLATE_NOOP(
        "Plan", "These only send messages or rarely use the number; do them when you can."
    ),
}


def group_for(service: Service | None, account: Account) -> Group:
    """The plan group of an account (custom accounts are placed by how they use the number)."""
    if service is not None:
        p = service.priority
        if p <= 10:
            return Group.BANKS
        if p <= 20:
            return Group.PAYMENT
        if p <= 30:
            return Group.VIA_BANK
        if p <= 45:
            return Group.GOVERNMENT
        if p <= 50:
            return Group.SIGN_IN
        return Group.REST
    if Use.PAYMENT in account.uses:
        return Group.PAYMENT
    if account.uses & {Use.SIGN_IN, Use.CODES, Use.RECOVERY} or not account.uses:
        # A custom account the user said nothing about: assume the worst, do it early.
        return Group.SIGN_IN
    return Group.REST


def default_action(service: Service | None, has_new_number: bool) -> Action:
    """Change to the new number when there is one; otherwise remove it, or close the account."""
    wanted = [Action.CHANGE, Action.REMOVE, Action.CLOSE]
    if not has_new_number:
        wanted = [Action.REMOVE, Action.CLOSE, Action.CHANGE]
    if service is None:
        return wanted[0]
    for action in wanted:
        if service.action(action) is not None:
            return action
    return service.default_action


def needs_old_sms(service: Service | None, account: Account) -> bool:
    if service is None:
        return False
    guide = service.action(account.action)
    return guide is not None and "old_sms" in guide.requires_for(False)


@dataclass(frozen=True)
class PlanItem:
    account: Account
    service: Service | None
    group: Group
    needs_old_sms: bool

    @property
    def finished(self) -> bool:
        return self.account.status in (AccountStatus.DONE, AccountStatus.CANNOT)


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
    def remaining(self) -> list[PlanItem]:
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

    def work_fits(self, per_day: float = 2.0) -> bool:
        last = self.timeline.last_comfortable_day
        if last is None:
            return True
        return fits(len(self.remaining), self.timeline.today, last, per_day)


def build_plan(
    number: PhoneNumber, accounts: Sequence[Account], catalog: Catalog, today: date
) -> Plan:
    items = []
    for account in accounts:
        service = catalog.get(account.service_id) if account.service_id else None
        items.append(
            PlanItem(account, service, group_for(service, account), needs_old_sms(service, account))
        )

    def key(item: PlanItem) -> tuple[int, int, int, int, str]:
        service = item.service
        return (
            GROUP_ORDER.index(item.group),
            0 if item.needs_old_sms else 1,
            service.priority if service else 55,
            -(service.popularity if service else 0),
            item.account.name.casefold(),
        )

    items.sort(key=key)
    return Plan(number, items, timeline_for_number(number, today))


def item_name(item: PlanItem, lang: str) -> str:
    return item.service.name(lang) if item.service else item.account.name


def verdict(plan: Plan, lang: str) -> Text:
    """One sentence: where this number stands and what to do next."""
    total = plan.total
    done = plan.done
    tl = plan.timeline
    readiness = plan.readiness
    if readiness is Readiness.EMPTY:
        return QT_TRANSLATE_NOOP(
            "Plan", "No accounts yet: add the apps and banks that use this number."
        )
    if readiness is Readiness.NOT_READY:
        nxt = plan.next_item
        assert nxt is not None
        return QT_TRANSLATE_NOOP(
            "Plan", "Not ready yet: {done} of {total} done. Next: {next}."
        ).format(done=done, total=total, next=item_name(nxt, lang))
    phase = tl.phase()
    if phase in (Phase.CANCELLED_WAITING, Phase.MAY_BE_REISSUED) and tl.earliest_reissue:
        days = days_until(tl.earliest_reissue, tl.today)
        if days > 0:
            return QT_TRANSLATE_NOOP(
                "Plan",
                "All done. The number may be given to someone else in {days} days: until then, "
                "watch for texts from any service you forgot.",
            ).format(days=days)
        return QT_TRANSLATE_NOOP(
            "Plan",
            "All done. The number may now belong to someone else; your accounts no longer use it.",
        )
    if readiness is Readiness.SAFE_WITH_EXCEPTIONS:
        return QT_TRANSLATE_NOOP(
            "Plan",
            "Safe to cancel: {done} of {total} done; {cannot} could not be done (see the notes).",
        ).format(done=done, total=total, cannot=plan.cannot)
    return QT_TRANSLATE_NOOP("Plan", "Safe to cancel: {done} of {total} done.").format(
        done=done, total=total
    )


def date_warning(plan: Plan) -> Text | None:
    """A plain warning when the date is close and the work will not fit, else None."""
    tl = plan.timeline
    if tl.cancel_on is None or not plan.remaining:
        return None
    phase = tl.phase()
    left = len(plan.remaining)
    if phase in (Phase.CANCELLED_WAITING, Phase.MAY_BE_REISSUED):
        return QT_TRANSLATE_NOOP(
            "Plan",
            "The number is already cancelled and {left} accounts still use it. Use the "
            "“old number doesn't work” help for each of them, starting with banks.",
        ).format(left=left)
    # Past the last comfortable day the work only has to fit before the number stops working.
    last_day = tl.cancel_on - timedelta(days=1) if phase is Phase.FINISH_SOON else None
    fits_now = fits(left, tl.today, last_day) if last_day is not None else plan.work_fits()
    if not fits_now:
        days = days_until(tl.cancel_on, tl.today)
        return QT_TRANSLATE_NOOP(
            "Plan",
            "Only {days} days until the cancellation and {left} accounts to go. Consider "
            "asking the phone company to delay the cancellation, or keep the number on a "
            "cheap plan until you are done.",
        ).format(days=days, left=left)
    if phase is Phase.FINISH_SOON:
        return QT_TRANSLATE_NOOP(
            "Plan", "The cancellation is close: {left} accounts still to do."
        ).format(left=left)
    return None


def plan_to_json(plan: Plan, lang: str, tr: Callable[[Text], str] = str) -> dict[str, object]:
    """The plan as `ringoff plan --json` prints it; *tr* translates the sentences."""
    tl = plan.timeline
    return {
        "number": plan.number.e164,
        "readiness": plan.readiness.value,
        "verdict": tr(verdict(plan, lang)),
        "done": plan.done,
        "total": plan.total,
        "cancel_on": tl.cancel_on.isoformat() if tl.cancel_on else None,
        "last_comfortable_day": (
            tl.last_comfortable_day.isoformat() if tl.last_comfortable_day else None
        ),
        "earliest_reissue": tl.earliest_reissue.isoformat() if tl.earliest_reissue else None,
        "groups": [
            {
                "group": group.value,
                "why": tr(GROUP_WHY[group]),
                "accounts": [
                    {
                        "id": i.account.id,
                        "service": i.account.service_id,
                        "name": item_name(i, lang),
                        "action": i.account.action.value,
                        "status": i.account.status.value,
                        "needs_old_sms": i.needs_old_sms,
                    }
                    for i in members
                ],
            }
            for group, members in plan.groups()
        ],
    }
