"""The words of a plan item: its name, what to do, what to bring, and the sentence for the clerk."""

from __future__ import annotations

from collections.abc import Sequence

from ..i18n import QT_TRANSLATE_NOOP, Text
from ..model import Action, PhoneNumber, Replacement
from .items import Plan, PlanItem


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
    from .. import phone

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
    from ..requirements import in_words

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
