"""What each account does: change to the number that replaces the old one, remove it, or close
the account; and which accounts cannot live without a phone number."""

from __future__ import annotations

from collections.abc import Sequence

from ..catalog import Catalog, Service
from ..model import Account, AccountStatus, Action, Category, PhoneNumber, Use

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
