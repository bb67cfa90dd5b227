"""The walkthrough's rules: which account to open, what a tick changes, which steps to show
(the catalog's, a general stand-in, or the person's own) and how the person's own steps and
notes are kept.

The window's walkthrough (ui/walkthrough/) shows and asks; every change here is one vault write,
made by the caller through its session (``session.write(lambda v: tick(v, ...))``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..core.catalog import ActionGuide, Catalog, Service
from ..core.i18n import Text
from ..core.model import Account, AccountStatus, Action, Category, PhoneNumber, Use
from ..core.plan import GENERAL_REMOVE_STEPS, Plan, PlanItem, default_action
from ..storage.vault import Vault

PREF_LAST = "walkthrough_last"  # {number id: the account open last}

# An account without a catalog entry gets the general guide of its kind.
_GENERIC_KINDS = {
    Category.BANK: "bank",
    Category.FINANCE: "bank",
    Category.PAYMENT: "bank",
    Category.GOVERNMENT: "government",
    Category.EMAIL: "email",
    Category.TELECOM: "telecom",
}


# --- which account ---------------------------------------------------------------------------


def remembered(vault: Vault, number_id: str) -> str | None:
    """The account of *number_id* the person had open last (kept across restarts)."""
    last: dict[str, Any] = vault.pref(PREF_LAST, {})
    value = last.get(number_id)
    return value if isinstance(value, str) else None


def remember(vault: Vault, number_id: str, account_id: str) -> None:
    """Keep *account_id* as the one open for *number_id*."""
    last: dict[str, Any] = dict(vault.pref(PREF_LAST, {}))
    last[number_id] = account_id
    vault.set_pref(PREF_LAST, last)


def account_to_open(plan: Plan, wanted: str | None, last: str | None) -> str | None:
    """The account to show: *wanted* if it is in the plan; else the one open last (*last*) if
    it is unfinished; else the plan's next account. None: nothing is left to do."""
    ids = {i.account.id for i in plan.items}
    if wanted in ids:
        return wanted
    item = next((i for i in plan.items if i.account.id == last), None)
    if item is not None and not item.finished:
        return item.account.id
    return plan.next_item.account.id if plan.next_item is not None else None


def next_unfinished(plan: Plan, after: str) -> PlanItem | None:
    """The next unfinished account after *after* in the plan's order, wrapping round."""
    ids = [i.account.id for i in plan.items]
    start = ids.index(after) if after in ids else -1
    rotated = plan.items[start + 1 :] + plan.items[: start + 1]
    return next((i for i in rotated if not i.finished), None)


def neighbour(plan: Plan, account_id: str, step: int) -> str | None:
    """The account *step* places before (-1) or after (+1) *account_id*, or None at an end."""
    ids = [i.account.id for i in plan.items]
    if account_id not in ids:
        return None
    target = ids.index(account_id) + step
    return ids[target] if 0 <= target < len(ids) else None


def has_started(plan: Plan) -> bool:
    """Whether any account of the plan is finished or under way ("Continue with", not "Start")."""
    return bool(
        plan.done
        or plan.cannot
        or any(i.account.status is AccountStatus.IN_PROGRESS for i in plan.items)
    )


# --- what to show ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Guidance:
    """What the page shows for one account.

    *service* and *generic*: the account's service (or the general stand-in for its kind) and
    whether it is a stand-in; *action*: the action whose steps are shown; *fallback*: the way
    without the old number. *guide* is the guide to follow, from *guide_service* (which may be a
    general stand-in, *guide_generic*, when the service describes no closing or removal), or
    None when no steps are known."""

    service: Service | None
    generic: bool
    action: Action
    fallback: bool
    guide: ActionGuide | None
    guide_service: Service | None
    guide_generic: bool


def service_for(item: PlanItem, catalog: Catalog) -> tuple[Service | None, bool]:
    """The service whose steps to show for *item*, and whether it is a generic stand-in."""
    if item.service is not None:
        return item.service, False
    account = item.account
    kind = _GENERIC_KINDS.get(account.kind) if account.kind is not None else None
    if kind is None:
        kind = "bank" if Use.PAYMENT in account.uses else "app"
    return catalog.generic(kind), True


def actions_of(service: Service | None, number: PhoneNumber) -> list[Action]:
    """The actions the person may choose for an account of *service* (no "change" without a
    number to change to)."""
    actions = [Action.CHANGE] if service is None else [a for a in Action if service.action(a)]
    if number.target is None:
        actions = [a for a in actions if a is not Action.CHANGE]
    return actions


def chosen_action(account: Account, service: Service | None, number: PhoneNumber) -> Action:
    """The action whose steps to show: the plan's (never "change" without a number to change
    to), or the service's default when it describes no steps for it."""
    action = account.action
    if action is Action.CHANGE and number.target is None:
        action = default_action(service, False, account.kind)
    if service is None or service.action(action) is not None:
        return action
    return default_action(service, number.target is not None, account.kind)


def guidance(
    item: PlanItem,
    number: PhoneNumber,
    catalog: Catalog,
    lang: str,
    tr: Callable[[Text], str],
) -> Guidance:
    """What to show for *item*: see :class:`Guidance`. A closing the service does not describe
    takes the general guide's closing; a removal, the general steps in *lang* (*tr* words them)."""
    account = item.account
    service, generic = service_for(item, catalog)
    action = chosen_action(account, service, number)
    guide = service.action(action) if service is not None else None
    fallback = account.use_fallback and guide is not None and guide.has_fallback
    guide_service, guide_generic = service, generic
    if guide is None and action is Action.CLOSE:
        category = service.category if service is not None else Category.OTHER
        stand_in = catalog.generic(category) or catalog.generic("app")
        close = stand_in.action(Action.CLOSE) if stand_in is not None else None
        if close is not None:
            guide, guide_service, guide_generic = close, stand_in, True
    if guide is None and action is Action.REMOVE:
        guide = ActionGuide(
            difficulty="medium",
            requires=("login_password",),
            steps={lang: tuple(tr(t) for t in GENERAL_REMOVE_STEPS)},
        )
        guide_generic = True
    return Guidance(service, generic, action, fallback, guide, guide_service, guide_generic)


# --- changes (each one vault write) ----------------------------------------------------------


def tick(vault: Vault, account_id: str, index: int, on: bool) -> AccountStatus:
    """Tick (or untick) step *index*; the first tick moves an account still to do to "in
    progress". Returns the account's state afterwards."""
    account = vault.account(account_id)
    steps = set(account.checked_steps)
    if on:
        steps.add(index)
    else:
        steps.discard(index)
    status = account.status
    if on and status is AccountStatus.TODO:
        status = AccountStatus.IN_PROGRESS
    changed = replace(account, checked_steps=frozenset(steps), status=status)
    # Unticking is history too, and not worded as a tick.
    vault.update_account(changed, "account_step" if on else "account_step_undone")
    return status


def use_fallback(vault: Vault, account_id: str, on: bool) -> bool:
    """Show the way without the old number (or not); the ticks start again, since the steps
    differ. False when nothing changed."""
    account = vault.account(account_id)
    if account.use_fallback == on:
        return False
    vault.update_account(
        replace(account, use_fallback=on, checked_steps=frozenset()), "account_fallback"
    )
    return True


def choose_action(vault: Vault, account_id: str, action: Action) -> bool:
    """Change, remove or close instead; the ticks start again. False when nothing changed."""
    account = vault.account(account_id)
    if account.action is action:
        return False
    vault.update_account(
        replace(account, action=action, checked_steps=frozenset()), "account_action"
    )
    return True


# --- the person's own steps ------------------------------------------------------------------


def _own_table(entry: Mapping[str, Any], action: Action, fallback: bool) -> Any:
    table = (entry.get("actions") or {}).get(action.value) or {}
    if fallback:
        table = table.get("fallback") or {}
    return table


def has_own_steps(vault: Vault, service_id: str, action: Action, fallback: bool) -> bool:
    """Whether the person wrote their own steps for this path of *service_id*."""
    for entry in vault.user_services():
        if entry.get("id") == service_id:
            table = _own_table(entry, action, fallback)
            return isinstance(table, dict) and bool(table.get("steps"))
    return False


def editable_steps(
    item: PlanItem, number: PhoneNumber
) -> tuple[Service, Action, bool, dict[str, list[str]]] | None:
    """(service, action, fallback, steps in both languages) the person may rewrite for *item*,
    or None when it has no catalog entry with steps for its action."""
    service = item.service
    if service is None:
        return None
    action = chosen_action(item.account, service, number)
    guide = service.action(action)
    if guide is None:
        return None
    fallback = item.account.use_fallback and guide.has_fallback
    steps = {code: list(guide.steps_for(code, fallback)) for code in ("zh_CN", "en")}
    return service, action, fallback, steps


def step_lines(text: str) -> list[str]:
    """The steps in *text*: its non-empty lines, trimmed (one step per line)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def changed_steps(
    original: Mapping[str, Sequence[str]], typed: Mapping[str, str]
) -> dict[str, list[str]]:
    """The languages whose typed lines differ from Ringoff's *original* steps. A box left
    empty keeps Ringoff's steps, so a correction in one language leaves the other alone."""
    out: dict[str, list[str]] = {}
    for lang, text in typed.items():
        lines = step_lines(text)
        if lines and lines != list(original.get(lang, ())):
            out[lang] = lines
    return out


def save_own_steps(
    vault: Vault,
    service_id: str,
    action: Action,
    fallback: bool,
    steps: Mapping[str, Sequence[str]],
) -> None:
    """Keep the person's own *steps* (by language) for this path of *service_id*, over the
    catalog's; the other languages and paths keep what they had."""
    entry = next((e for e in vault.user_services() if e.get("id") == service_id), None)
    data: dict[str, Any] = dict(entry) if entry else {"id": service_id}
    actions = dict(data.get("actions") or {})
    table = dict(actions.get(action.value) or {})
    written = {lang: list(lines) for lang, lines in steps.items()}
    if fallback:
        inner = dict(table.get("fallback") or {})
        inner["steps"] = {**(inner.get("steps") or {}), **written}
        table["fallback"] = inner
    else:
        table["steps"] = {**(table.get("steps") or {}), **written}
    actions[action.value] = table
    data["actions"] = actions
    vault.save_user_service(data)


def keep_ticks_within(vault: Vault, account_id: str, count: int) -> None:
    """Forget the ticks of steps beyond the first *count* (after the steps were rewritten)."""
    account = vault.account(account_id)
    kept = frozenset(i for i in account.checked_steps if i < count)
    if kept != account.checked_steps:
        vault.update_account(replace(account, checked_steps=kept), "account_step")


def add_note(vault: Vault, account_id: str, line: str) -> None:
    """Add *line* on a line of its own to the account's notes."""
    account = vault.account(account_id)
    notes = f"{account.notes}\n{line}" if account.notes else line
    vault.update_account(replace(account, notes=notes), "account_notes")


def reset_own_steps(vault: Vault, service_id: str) -> None:
    """Go back to Ringoff's steps for *service_id*."""
    vault.delete_user_service(service_id)
