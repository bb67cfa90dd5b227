"""operations.plan: the plan of a number read from a real vault, the same for every caller."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from helpers.vaults import make_vault

from ringoff.core.catalog import Catalog
from ringoff.core.model import Account, AccountStatus, PhoneNumber
from ringoff.core.plan import Group, build_plan
from ringoff.operations.plan import person_name, plan_of, plan_of_number
from ringoff.storage.catalog_files import load_folder
from ringoff.storage.resources import catalog_dir
from ringoff.storage.vault import Vault

TODAY = date(2026, 12, 1)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_folder(catalog_dir())


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    vault, _ = make_vault(tmp_path)
    with vault:
        yield vault


def _dad(vault: Vault, catalog: Catalog) -> PhoneNumber:
    dad = vault.add_person("王建国")
    number = vault.add_number(
        PhoneNumber(
            e164="+8613812345678",
            person_id=dad.id,
            region="CN",
            cancel_on=date(2027, 1, 15),
            new_number="+8613900001111",
        )
    )
    for sid in ("china_mobile", "alipay", "icbc"):
        service = catalog.get(sid)
        assert service is not None
        vault.add_account(Account(number_id=number.id, name=service.name("zh_CN"), service_id=sid))
    return number


def test_the_plan_of_a_number(vault: Vault, catalog: Catalog) -> None:
    number = _dad(vault, catalog)
    taobao = vault.add_account(Account(number_id=number.id, name="淘宝", service_id="taobao"))
    vault.set_account_status(taobao.id, AccountStatus.DONE)
    plan = plan_of(vault, catalog, number.id, TODAY)
    # The phone company comes last; money before shopping; what is done counts as done.
    assert plan.items[-1].account.service_id == "china_mobile"
    assert plan.items[-1].group is Group.CARRIER
    assert plan.done == 1 and plan.total == 4
    assert [i.account.id for i in plan.items] == [
        i.account.id
        for i in build_plan(
            vault.number(number.id), vault.accounts(number.id), catalog, TODAY
        ).items
    ]


def test_the_number_and_whose_it_is(vault: Vault, catalog: Catalog) -> None:
    number = _dad(vault, catalog)
    numbered = plan_of_number(vault, catalog, number.id, TODAY)
    assert numbered.number == vault.number(number.id)
    assert numbered.person_name == "王建国"
    assert numbered.plan.total == 3
    assert numbered.plan.timeline.cancel_on == date(2027, 1, 15)


def test_a_person_who_is_not_there_has_no_name(vault: Vault) -> None:
    assert person_name(vault, "nobody") == ""
    me = vault.add_person("Me")
    assert person_name(vault, me.id) == "Me"
