"""Building the plan of one number: each account's group, action and target, in the order of the
package docstring."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ..catalog import Catalog, Service
from ..model import Account, Action, PhoneNumber
from ..timeline import timeline_for_number
from .actions import action_for, needs_a_number, needs_old_sms
from .groups import GROUP_ORDER, Group, group_for
from .items import Plan, PlanItem
from .words import target_words


def build_plan(
    number: PhoneNumber, accounts: Sequence[Account], catalog: Catalog, today: date
) -> Plan:
    items = []
    target = number.target
    whose = target_words(number)
    # What an item derives from its account depends only on these fields (and the number):
    # worked out once per kind of account, not per account (a family's 1,000 accounts share a
    # few hundred services).
    derived: dict[tuple[object, ...], tuple[Service | None, Action, Group, bool, bool]] = {}
    for account in accounts:
        shape = (account.service_id, account.action, account.kind, account.uses)
        known = derived.get(shape)
        if known is None:
            service = catalog.get(account.service_id) if account.service_id else None
            action = action_for(service, account, number)
            group = group_for(service, account)
            known = (
                service,
                action,
                group,
                needs_old_sms(service, account, action),
                # The phone company is closed anyway: no "give it a family number" for it.
                target is None
                and group is not Group.CARRIER
                and needs_a_number(service, account.kind),
            )
            derived[shape] = known
        service, action, group, old_sms, needs_number = known
        items.append(
            PlanItem(
                account,
                service,
                group,
                old_sms,
                action=action,
                target=target if action is Action.CHANGE else None,
                needs_number=needs_number,
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
