"""The plan for one number: which account to do first, what to do in each, and whether it is
safe to cancel yet.

The order (docs/plan-order.md says the same with the reasons; keep the two in step):

1. **Money** (``banks``): banks, cards and brokers (catalog categories bank and finance). They
   hold money, they are the hardest to reach without the old number (often a counter visit), and
   payment apps and official services check a new number against the phone number the bank has
   for the card.
2. **Payment apps** (``payment``): they hold money too and often ask for a text to the old
   number; in China they check the new number against a bank card's reserved phone, so they come
   right after the banks.
3. **What verifies through a bank card** (``via_bank``): tax, social insurance and the other
   official services (category government, or ``verifies_through_bank``); they work only once
   the bank has the new number.
4. **Identity and email hubs** (``hubs``): Google, Apple, Microsoft, the phone makers' accounts
   and the email providers (categories email and device). Other accounts recover through them,
   so they must be safe before the many apps that follow.
5. **Sign-in by text** (``sign_in``): every other account that signs in with the number or sends
   codes or recovery texts to it (whoever gets the number next could take these over).
6. **The rest** (``rest``): accounts that only send messages.
7. **The phone company last** (``carrier``, category telecom), behind a gate: do not cancel the
   number until everything above is done or marked "can't be done", because every step above
   may need a text to the old number.

Within a group, accounts whose chosen path needs a text to the *old* number come first (they
become impossible once it is cancelled), then by catalog priority, then the more common service
first, then by name.

What each account does follows what replaces the number (:class:`~.model.Replacement`): with a
new number or a family member's number, *change* to that number (:attr:`PlanItem.target`);
with nothing (or sign-in by email only), *remove* the number where the service allows it, else
*close* the account, and services that cannot live without a phone number are flagged
(:attr:`PlanItem.needs_number`) with what to do. An account never has the action *change*
without a target.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from .catalog import Catalog, Service
from .i18n import QT_TRANSLATE_NOOP, Text
from .model import Account, AccountStatus, Action, Category, PhoneNumber, Replacement, Use
from .timeline import Phase, Timeline, days_until, fits, timeline_for_number


class Group(StrEnum):
    """The plan's groups, in the documented order (the values appear in ``plan --json``)."""

    BANKS = "banks"
    PAYMENT = "payment"
    VIA_BANK = "via_bank"
    HUBS = "hubs"
    SIGN_IN = "sign_in"
    REST = "rest"
    CARRIER = "carrier"


GROUP_ORDER = list(Group)

GROUP_TITLES: dict[Group, Text] = {
    Group.BANKS: QT_TRANSLATE_NOOP("Plan", "Banks, cards and brokers"),
    Group.PAYMENT: QT_TRANSLATE_NOOP("Plan", "Payment apps"),
    Group.VIA_BANK: QT_TRANSLATE_NOOP("Plan", "Tax, social insurance and official services"),
    Group.HUBS: QT_TRANSLATE_NOOP("Plan", "Email and the accounts others recover through"),
    Group.SIGN_IN: QT_TRANSLATE_NOOP("Plan", "Apps you sign in to with this number"),
    Group.REST: QT_TRANSLATE_NOOP("Plan", "Everything else"),
    Group.CARRIER: QT_TRANSLATE_NOOP("Plan", "The phone company: last of all"),
}

# Why each group comes where it does: the words for any region ...
GROUP_WHY: dict[Group, Text] = {
    Group.BANKS: QT_TRANSLATE_NOOP(
        "Plan",
        "Money first: banks, cards and brokers hold your money, and other services check "
        "who you are through your bank.",
    ),
    Group.PAYMENT: QT_TRANSLATE_NOOP(
        "Plan", "Payment apps next: they hold money and often ask for a text to the old number."
    ),
    Group.VIA_BANK: QT_TRANSLATE_NOOP(
        "Plan",
        "Tax and benefits offices check who you are through your bank or your ID, so do "
        "them once the bank has your new details.",
    ),
    Group.HUBS: QT_TRANSLATE_NOOP(
        "Plan",
        "Other accounts send their recovery messages here, so make these safe before the "
        "many apps that follow.",
    ),
    Group.SIGN_IN: QT_TRANSLATE_NOOP(
        "Plan",
        "Whoever gets your old number could sign in to these, so change them before it is "
        "cancelled.",
    ),
    Group.REST: QT_TRANSLATE_NOOP(
        "Plan", "These only send messages or rarely use the number; do them when you can."
    ),
    Group.CARRIER: QT_TRANSLATE_NOOP(
        "Plan",
        "Do not cancel the number until every account above is done or marked can't be "
        "done: each of them may still need a text to the old number.",
    ),
}

# ... and where mainland China differs (the banks' reserved phone, the tax app).
GROUP_WHY_CN: dict[Group, Text] = {
    Group.BANKS: QT_TRANSLATE_NOOP(
        "Plan",
        "Banks first: payment apps and the tax app check your new number through the phone "
        "number your bank has for your card.",
    ),
    Group.VIA_BANK: QT_TRANSLATE_NOOP(
        "Plan",
        "These check your new number against your bank card, so they work only after the "
        "bank has your new number.",
    ),
}


def group_why(group: Group, region: str) -> Text:
    """Why *group* comes where it does, in the words for a number of *region*."""
    if region.upper() == "CN" and group in GROUP_WHY_CN:
        return GROUP_WHY_CN[group]
    return GROUP_WHY[group]


_GROUP_OF_CATEGORY: dict[Category, Group] = {
    Category.BANK: Group.BANKS,
    Category.FINANCE: Group.BANKS,
    Category.PAYMENT: Group.PAYMENT,
    Category.GOVERNMENT: Group.VIA_BANK,
    Category.EMAIL: Group.HUBS,
    Category.DEVICE: Group.HUBS,
    Category.TELECOM: Group.CARRIER,
}


def category_of(service: Service | None, account: Account) -> Category | None:
    """The catalog's category, or the kind the person chose for an account the catalog lacks."""
    return service.category if service is not None else account.kind


def group_for(service: Service | None, account: Account) -> Group:
    """The plan group of an account: by its category (or chosen kind), else by its uses."""
    if service is not None and service.verifies_through_bank:
        return Group.VIA_BANK
    category = category_of(service, account)
    if category is not None and category in _GROUP_OF_CATEGORY:
        return _GROUP_OF_CATEGORY[category]
    uses = service.uses if service is not None else account.uses
    if service is None and Use.PAYMENT in uses:
        return Group.PAYMENT
    if uses & {Use.SIGN_IN, Use.CODES, Use.RECOVERY} or (service is None and not uses):
        # A custom account the user said nothing about: assume the worst, do it early.
        return Group.SIGN_IN
    return Group.REST


# Kinds of account that cannot live without a phone number (a bank always wants one).
_NEEDS_NUMBER: frozenset[Category] = frozenset(
    {Category.BANK, Category.FINANCE, Category.PAYMENT, Category.GOVERNMENT, Category.TELECOM}
)
# Apple's two-factor authentication needs a trusted phone number
# (https://support.apple.com/en-us/102660: "at least one trusted phone number").
_NEEDS_NUMBER_IDS: frozenset[str] = frozenset({"apple_id", "apple_id_cn"})


def needs_a_number(service: Service | None, kind: Category | None = None) -> bool:
    """Whether the account cannot live without a phone number: banks, brokers, payment and
    official services, the phone company, Apple's two-factor sign-in, messengers whose account
    is the number (WhatsApp, Signal), and mainland Chinese apps that sign in with the number
    (real-name rules tie every account to a mobile number)."""
    category = service.category if service is not None else kind
    if category in _NEEDS_NUMBER:
        return True
    if service is None:
        return False
    if service.id in _NEEDS_NUMBER_IDS:
        return True
    if Use.SIGN_IN not in service.uses or service.action(Action.REMOVE) is not None:
        return False
    chinese_app = "CN" in service.regions and "*" not in service.regions
    return category is Category.MESSAGING or chinese_app


def default_action(
    service: Service | None, has_new_number: bool, kind: Category | None = None
) -> Action:
    """What to do when a number replaces the old one (*has_new_number*): change to it where the
    service allows it. When nothing does: remove the number where the service describes that,
    close the accounts that cannot live without a number, else remove it (general steps)."""
    if has_new_number:
        if service is None:
            return Action.CHANGE
        for action in (Action.CHANGE, Action.REMOVE, Action.CLOSE):
            if service.action(action) is not None:
                return action
        return service.default_action
    if service is not None and service.action(Action.REMOVE) is not None:
        return Action.REMOVE
    if needs_a_number(service, kind):
        return Action.CLOSE
    return Action.REMOVE


def action_for(service: Service | None, account: Account, number: PhoneNumber) -> Action:
    """The action the plan shows: the account's own, except that nothing can *change* to a
    number that does not exist."""
    if account.action is Action.CHANGE and number.target is None:
        return default_action(service, False, account.kind)
    return account.action


def refreshed_actions(
    number: PhoneNumber, accounts: Sequence[Account], catalog: Catalog
) -> list[Account]:
    """After what replaces *number* changed: the accounts still to do whose action should now
    follow it (change when there is a number to change to, else remove/close), with the new
    action. Finished and started accounts keep theirs."""
    changed = []
    has_target = number.target is not None
    for account in accounts:
        if account.status is not AccountStatus.TODO:
            continue
        service = catalog.get(account.service_id) if account.service_id else None
        wanted = default_action(service, has_target, account.kind)
        if wanted is not account.action:
            account.action = wanted
            changed.append(account)
    return changed


def needs_old_sms(service: Service | None, account: Account, action: Action | None = None) -> bool:
    if service is None:
        return False
    guide = service.action(action or account.action)
    return guide is not None and "old_sms" in guide.requires_for(False)


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

    def before_carrier(self) -> list[PlanItem]:
        """What must be finished before the phone company may cancel the number."""
        return [i for i in self.remaining if i.group is not Group.CARRIER]

    def work_fits(self, per_day: float = 2.0) -> bool:
        last = self.timeline.last_comfortable_day
        if last is None:
            return True
        return fits(len(self.remaining), self.timeline.today, last, per_day)


def build_plan(
    number: PhoneNumber, accounts: Sequence[Account], catalog: Catalog, today: date
) -> Plan:
    items = []
    target = number.target
    whose = target_words(number)
    for account in accounts:
        service = catalog.get(account.service_id) if account.service_id else None
        action = action_for(service, account, number)
        group = group_for(service, account)
        items.append(
            PlanItem(
                account,
                service,
                group,
                needs_old_sms(service, account, action),
                action=action,
                target=target if action is Action.CHANGE else None,
                # The phone company is closed anyway: no "give it a family number" for it.
                needs_number=(
                    target is None
                    and group is not Group.CARRIER
                    and needs_a_number(service, account.kind)
                ),
                whose=whose if action is Action.CHANGE else None,
            )
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


def progress_words(plan: Plan) -> Text:
    """The one way Ringoff counts progress, on every screen and on paper."""
    return QT_TRANSLATE_NOOP("Plan", "{done} done · {cannot} can't be done · {todo} to do").format(
        done=plan.done, cannot=plan.cannot, todo=plan.todo
    )


def target_words(number: PhoneNumber) -> str | None:
    """Whose number the accounts change to: "" for the person's own new number, the family
    member's name ("Mum") for theirs, None when no number replaces this one."""
    if number.target is None:
        return None
    if number.replaced_by is Replacement.FAMILY:
        return number.replacement_name.strip() or "?"
    return ""


def shown_number(e164: str, region: str, whole: bool = False) -> str:
    """A number as people read it, its middle digits hidden unless *whole*."""
    from . import phone

    return phone.display(e164, region) if whole else phone.masked(e164, region)


def action_text(item: PlanItem, lang: str, region: str = "", whole_number: bool = False) -> Text:
    """What to do in one account, in one sentence that names the number to change to."""
    name = item_name(item, lang)
    if item.action is Action.CHANGE and item.target is not None:
        shown = shown_number(item.target, region, whole_number)
        if item.whose:
            return QT_TRANSLATE_NOOP(
                "Plan", "Change the phone number in {name} to {whose}'s number, {number}."
            ).format(name=name, whose=item.whose, number=shown)
        return QT_TRANSLATE_NOOP(
            "Plan", "Change the phone number in {name} to your new number, {number}."
        ).format(name=name, number=shown)
    if item.action is Action.REMOVE:
        return QT_TRANSLATE_NOOP("Plan", "Remove this phone number from {name}.").format(name=name)
    return QT_TRANSLATE_NOOP(
        "Plan", "Close your account with {name}, so that nobody can use it with this number later."
    ).format(name=name)


def requirements_for(item: PlanItem, codes: Sequence[str], number: PhoneNumber) -> list[Text]:
    """What to have at hand, in words, for *item*'s path: no "new SIM" when nothing replaces
    the number (or the account is removed or closed), and the family member's phone instead of
    a new SIM when theirs is the number to change to."""
    from .requirements import in_words

    family = number.replaced_by is Replacement.FAMILY and item.action is Action.CHANGE
    own_new = item.action is Action.CHANGE and item.target is not None and not family
    keep = [c for c in codes if c != "new_sms" or own_new]
    texts = in_words(keep)
    if family and "new_sms" in codes:
        texts.append(
            QT_TRANSLATE_NOOP(
                "Plan", "{whose}'s phone nearby, to receive a text on their number"
            ).format(whose=number.replacement_name or "?")
        )
    return texts


def clerk_sentence(item: PlanItem, number: PhoneNumber, whole_number: bool = False) -> Text:
    """One sentence to show the clerk at the counter, naming the numbers."""
    old = shown_number(number.e164, number.region, whole_number)
    if item.action is Action.CHANGE and item.target is not None:
        new = shown_number(item.target, number.region, whole_number)
        if item.whose:
            return QT_TRANSLATE_NOOP(
                "Plan",
                "Please change the phone number on my account from {old} to {new}, the "
                "number of my family member {whose}.",
            ).format(old=old, new=new, whose=item.whose)
        return QT_TRANSLATE_NOOP(
            "Plan",
            "Please change the phone number on my account from {old} to my new number {new}.",
        ).format(old=old, new=new)
    if item.action is Action.REMOVE:
        return QT_TRANSLATE_NOOP(
            "Plan",
            "Please remove the phone number {old} from my account: it will be cancelled and "
            "must no longer receive my codes.",
        ).format(old=old)
    return QT_TRANSLATE_NOOP(
        "Plan",
        "Please close my account: its phone number {old} will be cancelled and I will have no "
        "number for it.",
    ).format(old=old)


def verdict(plan: Plan, lang: str) -> Text:
    """One sentence: where this number stands, what to do next, and what risk remains."""
    tl = plan.timeline
    readiness = plan.readiness
    if readiness is Readiness.EMPTY:
        return QT_TRANSLATE_NOOP(
            "Plan", "No accounts yet: add the apps and banks that use this number."
        )
    counts = {"done": plan.done, "cannot": plan.cannot, "todo": plan.todo}
    if readiness is Readiness.NOT_READY:
        nxt = plan.next_item
        assert nxt is not None
        if nxt.group is Group.CARRIER and plan.before_carrier():
            nxt = plan.before_carrier()[0]
        # The sentence names what takes the old number's place, so nobody reads "to do" as
        # "change to a new number" when none was written down.
        number = plan.number
        whose = target_words(number)
        if number.target is None:
            return QT_TRANSLATE_NOOP(
                "Plan",
                "Not ready yet: {done} done · {cannot} can't be done · {todo} to do. Nothing "
                "replaces this number, so it is removed from each account (or the account is "
                "closed). Next: {next}.",
            ).format(**counts, next=item_name(nxt, lang))
        shown = shown_number(number.target, number.region)
        if whose:
            return QT_TRANSLATE_NOOP(
                "Plan",
                "Not ready yet: {done} done · {cannot} can't be done · {todo} to do. The "
                "accounts move to {whose}'s number, {number}. Next: {next}.",
            ).format(**counts, whose=whose, number=shown, next=item_name(nxt, lang))
        return QT_TRANSLATE_NOOP(
            "Plan",
            "Not ready yet: {done} done · {cannot} can't be done · {todo} to do. The accounts "
            "move to your new number, {number}. Next: {next}.",
        ).format(**counts, number=shown, next=item_name(nxt, lang))
    names = ", ".join(
        item_name(i, lang) for i in plan.items if i.account.status is AccountStatus.CANNOT
    )
    phase = tl.phase()
    if phase in (Phase.CANCELLED_WAITING, Phase.MAY_BE_REISSUED) and tl.earliest_reissue:
        days = days_until(tl.earliest_reissue, tl.today)
        if plan.cannot:
            return QT_TRANSLATE_NOOP(
                "Plan",
                "Finished: {done} done · {cannot} can't be done. The risk that remains: "
                "{names} still use this number, so whoever gets it next could receive their "
                "codes. Follow the next steps written there.",
            ).format(**counts, names=names)
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
    if plan.cannot:
        return QT_TRANSLATE_NOOP(
            "Plan",
            "Safe to cancel, with a risk: {done} done · {cannot} can't be done. {names} still "
            "use this number, so whoever gets it next could receive their codes. Follow the "
            "next steps written there.",
        ).format(**counts, names=names)
    return QT_TRANSLATE_NOOP(
        "Plan", "Safe to cancel: {done} done · {cannot} can't be done."
    ).format(**counts)


def carrier_gate(plan: Plan) -> Text | None:
    """The gate in front of the phone company: None once everything else is finished."""
    waiting = plan.before_carrier()
    if not waiting:
        return None
    return QT_TRANSLATE_NOOP(
        "Plan",
        "Do not cancel the number yet: {left} accounts above still use it. Finish them (or "
        "mark them can't be done) first.",
    ).format(left=len(waiting))


def is_chinese_region(region: str) -> bool:
    return region.upper() == "CN"


def dead_number_help(service: Service | None, region: str) -> Text:
    """What usually works when the old number no longer receives texts, for this service's or
    the number's region (never mainland China's service halls for a US app)."""
    category = service.category if service is not None else None
    worldwide_app = service is not None and "*" in service.regions and "CN" not in service.regions
    if is_chinese_region(region) and not worldwide_app:
        return QT_TRANSLATE_NOOP(
            "Plan",
            "Ringoff knows no special path for this one. Two things usually work: call or chat "
            "with the service's customer service and say the old number no longer works, or go "
            "to one of their counters or service halls with your ID card.",
        )
    if category in (Category.BANK, Category.FINANCE, Category.GOVERNMENT, Category.TELECOM):
        return QT_TRANSLATE_NOOP(
            "Plan",
            "Ringoff knows no special path for this one. Call the number on the back of your "
            "card or on an official letter, say the old number no longer works, and be ready "
            "to prove who you are; a branch visit with a photo ID also works.",
        )
    return QT_TRANSLATE_NOOP(
        "Plan",
        "Ringoff knows no special path for this one. Look on the sign-in page for “Try another "
        "way” or “I no longer have this phone” (a code to your email or an authenticator app), "
        "or use the service's account recovery form.",
    )


def cannot_next_steps(item: PlanItem, lang: str, region: str) -> list[str | Text]:
    """Concrete ways forward for an account marked "can't be done": the service's official
    contact lines from the catalog (``contacts``), the counter visit, a letter."""
    steps: list[str | Text] = []
    name = item_name(item, lang)
    service = item.service
    zh = lang.lower().startswith("zh")
    for contact in getattr(service, "contacts", ()) or ():
        kind = getattr(contact, "kind", "")
        value = getattr(contact, "value", "")
        contact_region = getattr(contact, "region", "")
        if not value or (contact_region and contact_region != region.upper()):
            continue
        note = getattr(contact, "note_zh" if zh else "note_en", "") or ""
        if kind == "phone":
            text = QT_TRANSLATE_NOOP("Plan", "Call {name}'s official line: {value}.")
        elif kind == "counter":
            text = QT_TRANSLATE_NOOP("Plan", "Go to {name}'s counter: {value}.")
        else:
            text = QT_TRANSLATE_NOOP("Plan", "{name}'s official help: {value}.")
        steps.append(text.format(name=name, value=f"{value} ({note})" if note else value))
    category = category_of(service, item.account)
    if category in (Category.BANK, Category.FINANCE, Category.GOVERNMENT, Category.TELECOM):
        steps.append(
            QT_TRANSLATE_NOOP(
                "Plan",
                "Go to a branch or counter of {name} with your ID card and ask them to take "
                "the old number off your account.",
            ).format(name=name)
        )
    else:
        steps.append(
            QT_TRANSLATE_NOOP(
                "Plan",
                "Ask {name}'s customer service (in the app or on its website) to take the old "
                "number off your account.",
            ).format(name=name)
        )
    steps.append(
        QT_TRANSLATE_NOOP(
            "Plan",
            "Or write a letter to {name}: your name, your account, the old number, and that it "
            "must no longer be used to sign in or to send you codes. Keep a copy.",
        ).format(name=name)
    )
    return steps


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
    number = plan.number
    return {
        "number": number.e164,
        "replacement": number.replaced_by.value,
        "replacement_name": number.replacement_name or None,
        "target": number.target,
        "readiness": plan.readiness.value,
        "verdict": tr(verdict(plan, lang)),
        "done": plan.done,
        "cannot": plan.cannot,
        "todo": plan.todo,
        "total": plan.total,
        "cancel_on": tl.cancel_on.isoformat() if tl.cancel_on else None,
        "last_comfortable_day": (
            tl.last_comfortable_day.isoformat() if tl.last_comfortable_day else None
        ),
        "earliest_reissue": tl.earliest_reissue.isoformat() if tl.earliest_reissue else None,
        "carrier_gate": (lambda g: tr(g) if g is not None else None)(carrier_gate(plan)),
        "groups": [
            {
                "group": group.value,
                "why": tr(group_why(group, number.region)),
                "accounts": [
                    {
                        "id": i.account.id,
                        "service": i.account.service_id,
                        "name": item_name(i, lang),
                        "kind": (category_of(i.service, i.account) or Category.OTHER).value,
                        "action": i.action.value,
                        "target": i.target,
                        "status": i.account.status.value,
                        "needs_old_sms": i.needs_old_sms,
                        "needs_number": i.needs_number,
                        "what_to_do": (
                            tr(NEEDS_NUMBER_ADVICE.format(name=item_name(i, lang)))
                            if i.needs_number
                            else None
                        ),
                    }
                    for i in members
                ],
            }
            for group, members in plan.groups()
        ],
    }
