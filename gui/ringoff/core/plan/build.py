"""Building the plan of one number: each account's group, action and target, in the order of the
package docstring."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ..catalog import Catalog
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
