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

from .actions import action_for, default_action, needs_a_number, needs_old_sms, refreshed_actions
from .build import build_plan
from .export import plan_to_json
from .groups import (
    GROUP_ORDER,
    GROUP_TITLES,
    GROUP_WHY,
    GROUP_WHY_CN,
    Group,
    category_of,
    group_for,
    group_why,
)
from .items import GENERAL_REMOVE_STEPS, NEEDS_NUMBER_ADVICE, Plan, PlanItem, Readiness
from .verdict import (
    cannot_next_steps,
    carrier_gate,
    date_warning,
    dead_number_help,
    is_chinese_region,
    verdict,
)
from .words import (
    action_text,
    clerk_sentence,
    item_name,
    progress_words,
    requirements_for,
    shown_number,
    target_words,
)

__all__ = [
    "GENERAL_REMOVE_STEPS",
    "GROUP_ORDER",
    "GROUP_TITLES",
    "GROUP_WHY",
    "GROUP_WHY_CN",
    "NEEDS_NUMBER_ADVICE",
    "Group",
    "Plan",
    "PlanItem",
    "Readiness",
    "action_for",
    "action_text",
    "build_plan",
    "cannot_next_steps",
    "carrier_gate",
    "category_of",
    "clerk_sentence",
    "date_warning",
    "dead_number_help",
    "default_action",
    "group_for",
    "group_why",
    "is_chinese_region",
    "item_name",
    "needs_a_number",
    "needs_old_sms",
    "plan_to_json",
    "progress_words",
    "refreshed_actions",
    "requirements_for",
    "shown_number",
    "target_words",
    "verdict",
]
