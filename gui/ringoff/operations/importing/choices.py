"""From finds to accounts, with one rule for what a number's list already has.

:func:`choose` orders and ticks the finds against the accounts a number already has,
:func:`accounts_for` makes the accounts to add, and :func:`fresh_accounts` (or
:func:`additions`, which keeps each account's find) drops the ones already in the list just
before they are added. The window and ``ringoff import`` both go through these, so the same
file adds the same accounts from either. The rule lives in :class:`Listed`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from ...core.accounts import new_account
from ...core.catalog import Catalog
from ...core.model import Account, PhoneNumber, Use
from .finds import Find, Found, clean_name


@dataclass(slots=True)
class Listed:
    """What a number's list already has: the catalog services, and every name it is known by.

    The names are the accounts' own names and, for accounts of a catalog service, the
    service's name in every language, case-folded: "微信" is already listed when the list has
    WeChat. The other way round too: a service is already listed when the list has an account
    (typed by hand) under any of its names.
    """

    catalog: Catalog
    ids: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, accounts: Iterable[Account], catalog: Catalog) -> Listed:
        listed = cls(catalog)
        for account in accounts:
            listed.note(account.service_id, account.name)
        return listed

    def _service_names(self, service_id: str | None) -> list[str]:
        service = self.catalog.get(service_id) if service_id else None
        return [n.strip().casefold() for n in service.names.values()] if service else []

    def has(self, service_id: str | None, name: str, host: str = "") -> bool:
        """Is a service (or a name the catalog does not know, or a web host) already listed?"""
        if service_id and service_id in self.ids:
            return True
        names = self.names
        if name.strip().casefold() in names or (bool(host) and host in names):
            return True
        return any(n in names for n in self._service_names(service_id))

    def note(self, service_id: str | None, name: str) -> None:
        """Count an account as listed (one added a moment ago, or one already there)."""
        if service_id:
            self.ids.add(service_id)
        self.names.add(name.strip().casefold())
        self.names.update(self._service_names(service_id))


def already_listed(accounts: Iterable[Account], catalog: Catalog) -> tuple[set[str], set[str]]:
    """The catalog ids and the names (case-folded, every language of each service) of a
    number's accounts: what :class:`Listed` compares with."""
    listed = Listed.of(accounts, catalog)
    return listed.ids, listed.names


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
    listed = Listed.of(existing, catalog)
    out = []
    for f in found.finds:
        duplicate = listed.has(f.service_id, f.name, f.host)
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


def _made(
    finds: Iterable[Find], catalog: Catalog, number: PhoneNumber, lang: str
) -> Iterator[tuple[Find, Account]]:
    seen: set[str] = set()
    for f in finds:
        key = f.service_id or f.name.casefold()
        if key in seen or not f.name.strip():
            continue
        seen.add(key)
        uses: list[Use] | None = None
        if f.service_id is None:
            uses = [Use.SIGN_IN] if f.signs_in_with_number else [Use.CODES]
        account = new_account(
            catalog,
            number,
            service_id=f.service_id,
            name=clean_name(f.name),
            lang=lang,
            uses=uses,
        )
        yield f, account


def accounts_for(
    finds: Iterable[Find], catalog: Catalog, number: PhoneNumber, lang: str
) -> list[Account]:
    """New accounts for *finds* (one per service or name), for one ``add_accounts`` call."""
    return [account for _, account in _made(finds, catalog, number, lang)]


def _not_listed(account: Account, listed: Listed) -> bool:
    """True (and the account counted as listed) when *account* is not in the list yet."""
    if not account.name.strip() or listed.has(account.service_id, account.name):
        return False
    listed.note(account.service_id, account.name)
    return True


def fresh_accounts(
    accounts: Iterable[Account], existing: Sequence[Account], catalog: Catalog
) -> list[Account]:
    """The *accounts* that are not in the list yet (nor twice among themselves): what to pass
    to ``add_accounts``, whoever adds them."""
    listed = Listed.of(existing, catalog)
    return [a for a in accounts if _not_listed(a, listed)]


def additions(
    finds: Iterable[Find],
    existing: Sequence[Account],
    catalog: Catalog,
    number: PhoneNumber,
    lang: str,
) -> list[tuple[Find, Account]]:
    """The accounts to add for the ticked *finds*, each with its find (for reporting why):
    :func:`accounts_for` followed by :func:`fresh_accounts`."""
    listed = Listed.of(existing, catalog)
    return [(f, a) for f, a in _made(finds, catalog, number, lang) if _not_listed(a, listed)]
