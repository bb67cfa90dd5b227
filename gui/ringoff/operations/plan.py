"""The plan of one number, read from the vault: its accounts in the order that works best, the
verdict and the dates, with the catalog and the day passed in.

One function for every caller (the walkthrough, the plan view, the printed checklist and
``ringoff plan``), so the window, the paper and the command line show the same plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..core.catalog import Catalog
from ..core.model import PhoneNumber
from ..core.plan import Plan, build_plan
from ..storage.vault import Vault


@dataclass(frozen=True)
class NumberPlan:
    """A number, the name of the person it belongs to, and its plan."""

    number: PhoneNumber
    person_name: str
    plan: Plan


def plan_of(vault: Vault, catalog: Catalog, number_id: str, today: date) -> Plan:
    """The plan of the number *number_id* on *today*."""
    return build_plan(vault.number(number_id), vault.accounts(number_id), catalog, today)


def person_name(vault: Vault, person_id: str) -> str:
    """The name of the person *person_id* ("" when there is none)."""
    return next((p.name for p in vault.people() if p.id == person_id), "")


def plan_of_number(vault: Vault, catalog: Catalog, number_id: str, today: date) -> NumberPlan:
    """The number *number_id*, whose it is, and its plan on *today*."""
    number = vault.number(number_id)
    plan = build_plan(number, vault.accounts(number.id), catalog, today)
    return NumberPlan(number, person_name(vault, number.person_id), plan)
