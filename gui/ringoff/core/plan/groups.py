"""The seven groups of a plan, in the order they are done, with a title and the reason for
each place (see the package docstring and docs/plan-order.md)."""

from __future__ import annotations

from enum import StrEnum

from ..catalog import Service
from ..i18n import QT_TRANSLATE_NOOP, Text
from ..model import Account, Category, Use


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
