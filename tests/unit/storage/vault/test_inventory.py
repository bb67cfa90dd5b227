"""The vault's people, numbers and accounts: every field survives a reopen."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ringoff.core.errors import UserError
from ringoff.core.model import Account, AccountStatus, Action, NumberMode, NumberStatus, Use
from ringoff.storage import keys
from ringoff.storage import vault as vault_mod
from ringoff.storage.vault import Vault

from .common import make_number, reopen

# --- round trips ---------------------------------------------------------------------------


def test_new_vault_is_empty_and_current(opened: tuple[Vault, str]) -> None:
    vault, recovery = opened
    assert vault.people() == []
    assert vault.numbers() == []
    assert vault.accounts() == []
    assert vault.schema_version == vault_mod.SCHEMA_VERSION
    assert vault.integrity_check() == []
    assert len(vault.vault_id) >= 20
    assert keys.parse_recovery_key(recovery)


def test_people_round_trip(opened: tuple[Vault, str]) -> None:
    vault, _ = opened
    a = vault.add_person("  王建国 ")
    b = vault.add_person("Mary")
    assert a.name == "王建国"
    vault.rename_person(b.id, "Mary Smith")
    assert vault.find_or_add_person("王建国").id == a.id
    c = vault.find_or_add_person("Li Na")
    vault = reopen(vault)
    try:
        assert [(p.id, p.name) for p in vault.people()] == [
            (a.id, "王建国"),
            (b.id, "Mary Smith"),
            (c.id, "Li Na"),
        ]
        vault.add_number(make_number(c.id))
        vault.remove_person(c.id, move_numbers_to=a.id)
        vault = reopen(vault)
        assert [p.name for p in vault.people()] == ["王建国", "Mary Smith"]
        assert [n.person_id for n in vault.numbers()] == [a.id]
        vault.remove_person(a.id)  # None: the numbers go with the person
        vault = reopen(vault)
        assert vault.numbers() == []
        assert [p.name for p in vault.people()] == ["Mary Smith"]
    finally:
        vault.close()


def test_numbers_round_trip(opened: tuple[Vault, str]) -> None:
    vault, _ = opened
    person = vault.add_person("Me")
    full = make_number(
        person.id,
        carrier="China Mobile",
        status=NumberStatus.CANCEL_PLANNED,
        cancel_on=date(2027, 3, 15),
        new_number="+8613900001111",
        mode=NumberMode.RECEIVED,
        notes="备注 notes",
        reminder_days=(30, 7, 1),
        reissue_rule="cn_default",
        custom_reissue_days=90,
    )
    plain = make_number(person.id, "+14155550123", region="US")
    vault.add_number(full)
    vault.add_number(plain)
    with pytest.raises(UserError):
        vault.add_number(replace(plain, id="other"))  # the same number twice
    vault = reopen(vault)
    try:
        assert vault.numbers() == [full, plain]
        assert vault.number(full.id) == full
        assert vault.find_number("+14155550123") == plain
        assert vault.find_number("+10000000000") is None
        assert vault.numbers(person.id) == [full, plain]
        with pytest.raises(KeyError):
            vault.number("missing")
        changed = replace(plain, status=NumberStatus.CANCELLED, notes="gone", reminder_days=())
        vault.update_number(changed)
        vault = reopen(vault)
        assert vault.number(plain.id) == changed
        vault.remove_number(full.id)
        vault = reopen(vault)
        assert vault.numbers() == [changed]
    finally:
        vault.close()


def test_account_counts_agree_with_a_plan(opened: tuple[Vault, str]) -> None:
    from ringoff.core.catalog import Catalog
    from ringoff.core.plan import build_plan

    vault, _ = opened
    person = vault.add_person("Me")
    number = vault.add_number(make_number(person.id))
    other = vault.add_number(make_number(person.id, "+8613912345678"))
    assert vault.account_counts(number.id) == (0, 0)
    statuses = [AccountStatus.TODO, AccountStatus.IN_PROGRESS, AccountStatus.DONE]
    statuses += [AccountStatus.CANNOT, AccountStatus.TODO]
    vault.add_accounts(
        [Account(number_id=number.id, name=f"A{i}", status=s) for i, s in enumerate(statuses)]
    )
    vault.add_account(Account(number_id=other.id, name="Elsewhere"))
    assert vault.account_counts(number.id) == (5, 3)
    plan = build_plan(number, vault.accounts(number.id), Catalog([]), date(2026, 12, 1))
    assert (plan.total, len(plan.remaining)) == vault.account_counts(number.id)
    elsewhere = build_plan(other, vault.accounts(other.id), Catalog([]), date(2026, 12, 1))
    empty = vault.add_number(make_number(person.id, "+8613712345678"))
    done = vault.done_counts()
    assert (
        done
        == {number.id: (plan.total, plan.done), other.id: (1, 0)}
        == {
            number.id: (5, 1),
            other.id: (elsewhere.total, elsewhere.done),
        }
    )
    assert empty.id not in done  # no accounts: no row (home reads it as 0 of 0)


def test_accounts_round_trip(opened: tuple[Vault, str]) -> None:
    vault, _ = opened
    person = vault.add_person("Me")
    number = vault.add_number(make_number(person.id))
    a = Account(
        number_id=number.id,
        name="WeChat",
        service_id="wechat",
        uses=frozenset({Use.SIGN_IN, Use.PAYMENT}),
        action=Action.CHANGE,
        notes="n",
        checked_steps=frozenset({0, 2}),
        use_fallback=True,
    )
    b = Account(number_id=number.id, name="My club", action=Action.CLOSE)
    c = Account(number_id=number.id, name="Forum", action=Action.REMOVE)
    vault.add_account(a)
    vault.add_accounts([b, c])
    vault = reopen(vault)
    try:
        assert vault.accounts(number.id) == [a, b, c]
        assert vault.account(a.id) == a
        done = vault.set_account_status(b.id, AccountStatus.CANNOT, "club closed")
        vault.update_account(replace(c, notes="x", checked_steps=frozenset({1})))
        vault = reopen(vault)
        assert vault.account(b.id) == done
        assert vault.account(b.id).status is AccountStatus.CANNOT
        assert vault.account(b.id).reason == "club closed"
        assert vault.account(c.id).checked_steps == frozenset({1})
        removed = vault.remove_account(a.id)
        vault = reopen(vault)
        assert [x.id for x in vault.accounts()] == [b.id, c.id]
        with pytest.raises(KeyError):
            vault.account(a.id)
        vault.restore_account(removed)
        vault = reopen(vault)
        assert vault.account(a.id) == a
        # Removing the number removes its accounts (ON DELETE CASCADE).
        vault.remove_number(number.id)
        vault = reopen(vault)
        assert vault.accounts() == []
        assert vault.integrity_check() == []
    finally:
        vault.close()
