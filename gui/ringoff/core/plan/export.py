"""The plan as JSON for ``ringoff plan --json`` (stable keys, words in the chosen language)."""

from __future__ import annotations

from collections.abc import Callable

from ..i18n import Text
from ..model import Category
from .groups import category_of, group_why
from .items import NEEDS_NUMBER_ADVICE, Plan
from .verdict import carrier_gate, verdict
from .words import item_name


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
