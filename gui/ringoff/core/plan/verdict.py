"""Whether the number is safe to cancel, the gate before the phone company, what still works
when an account cannot be done, and the warnings about dates."""

from __future__ import annotations

from datetime import timedelta

from ..catalog import Service
from ..i18n import QT_TRANSLATE_NOOP, Text
from ..model import AccountStatus, Category
from ..timeline import Phase, days_until, fits
from .groups import Group, category_of
from .items import Plan, PlanItem, Readiness
from .words import item_name, shown_number, target_words


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
