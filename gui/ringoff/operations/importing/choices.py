"""From finds to accounts: :func:`choose` orders and ticks the finds against the accounts a
number already has, :func:`accounts_for` makes the accounts to add.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace

from ...core.catalog import Catalog
from ...core.checklist import new_account
from ...core.model import Account, PhoneNumber, Use
from .finds import Find, Found, clean_name

# --------------------------------------------------------------------------------------------
# Choosing and adding


def _bare_number(name: str) -> bool:
    return name.replace("+", "").replace(" ", "").isdigit()


def choose(
    found: Found,
    existing: Sequence[Account],
    catalog: Catalog,
    unticked: Collection[str] = (),
) -> list[Find]:
    """The finds in the order to show them, ticked and marked as already in the list.

    Finds with evidence for this number come first (most messages first) and are ticked;
    known services without evidence follow, unticked; then the rest. A find the number
    already has is marked ``duplicate`` and never ticked; keys in *unticked* (the person
    unticked them) stay unticked.
    """
    ids = {a.service_id for a in existing if a.service_id}
    names = {a.name.strip().casefold() for a in existing}
    for service_id in ids:
        service = catalog.get(service_id)
        if service is not None:
            names.update(n.casefold() for n in service.names.values())
    out = []
    for f in found.finds:
        duplicate = (f.service_id is not None and f.service_id in ids) or (
            f.name.strip().casefold() in names or (bool(f.host) and f.host in names)
        )
        ticked = (
            f.evidence
            and not duplicate
            and f.key not in unticked
            and (f.service_id is not None or not _bare_number(f.name))
        )
        out.append(replace(f, duplicate=duplicate, ticked=ticked))

    def order(f: Find) -> tuple[int, int, str]:
        group = 0 if f.evidence else (1 if f.service_id is not None else 2)
        return (group, -(f.messages or 0), f.name.casefold())

    out.sort(key=order)
    return out


def accounts_for(
    finds: Iterable[Find], catalog: Catalog, number: PhoneNumber, lang: str
) -> list[Account]:
    """New accounts for *finds* (one per service or name), for one ``add_accounts`` call."""
    accounts: list[Account] = []
    seen: set[str] = set()
    for f in finds:
        key = f.service_id or f.name.casefold()
        if key in seen or not f.name.strip():
            continue
        seen.add(key)
        uses: list[Use] | None = None
        if f.service_id is None:
            uses = [Use.SIGN_IN] if f.signs_in_with_number else [Use.CODES]
        accounts.append(
            new_account(
                catalog,
                number,
                service_id=f.service_id,
                name=clean_name(f.name),
                lang=lang,
                uses=uses,
            )
        )
    return accounts
