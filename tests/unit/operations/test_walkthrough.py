"""operations.walkthrough: which account opens, what a tick changes, which steps are shown, and
how the person's own steps are kept, on a real vault and the shipped catalog (no widgets)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from helpers.vaults import make_vault

from ringoff.core.catalog import Catalog
from ringoff.core.i18n import Text
from ringoff.core.model import Account, AccountStatus, Action, Category, PhoneNumber
from ringoff.core.plan import GENERAL_REMOVE_STEPS, Plan
from ringoff.operations import walkthrough as wt
from ringoff.operations.plan import plan_of
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


def _number(vault: Vault, *, new_number: str | None = "+8613900001111") -> PhoneNumber:
    person = vault.add_person("王建国")
    return vault.add_number(
        PhoneNumber(e164="+8613812345678", person_id=person.id, region="CN", new_number=new_number)
    )


def _accounts(vault: Vault, number: PhoneNumber, *ids: str) -> dict[str, Account]:
    return {
        sid: vault.add_account(Account(number_id=number.id, name=sid, service_id=sid))
        for sid in ids
    }


def _plan(vault: Vault, catalog: Catalog, number: PhoneNumber) -> Plan:
    return plan_of(vault, catalog, number.id, TODAY)


def _english(text: Text) -> str:
    return text.render()


# --- which account ---------------------------------------------------------------------------


def test_which_account_opens(vault: Vault, catalog: Catalog) -> None:
    number = _number(vault)
    a = _accounts(vault, number, "alipay", "taobao", "meituan")
    plan = _plan(vault, catalog, number)
    first = plan.items[0].account.id
    assert wt.account_to_open(plan, None, None) == first  # the plan's next
    assert wt.account_to_open(plan, a["meituan"].id, None) == a["meituan"].id  # asked for
    assert wt.account_to_open(plan, "not-in-plan", a["taobao"].id) == a["taobao"].id  # last open
    vault.set_account_status(a["taobao"].id, AccountStatus.DONE)
    plan = _plan(vault, catalog, number)
    # The one open last is finished: the plan's next unfinished instead.
    assert wt.account_to_open(plan, None, a["taobao"].id) == plan.next_item.account.id  # type: ignore[union-attr]
    for account in a.values():
        vault.set_account_status(account.id, AccountStatus.DONE)
    assert wt.account_to_open(_plan(vault, catalog, number), None, None) is None


def test_the_account_open_last_is_kept_per_number(vault: Vault) -> None:
    number = _number(vault)
    assert wt.remembered(vault, number.id) is None
    wt.remember(vault, number.id, "acc-1")
    wt.remember(vault, "other-number", "acc-9")
    assert wt.remembered(vault, number.id) == "acc-1"
    assert wt.remembered(vault, "other-number") == "acc-9"
    assert vault.pref(wt.PREF_LAST, {}) == {number.id: "acc-1", "other-number": "acc-9"}


def test_next_unfinished_wraps_round_and_neighbours_stop_at_the_ends(
    vault: Vault, catalog: Catalog
) -> None:
    number = _number(vault)
    _accounts(vault, number, "alipay", "taobao", "meituan")
    ids = [i.account.id for i in _plan(vault, catalog, number).items]
    vault.set_account_status(ids[0], AccountStatus.DONE)
    plan = _plan(vault, catalog, number)
    after_last = wt.next_unfinished(plan, ids[2])
    assert after_last is not None and after_last.account.id == ids[1]  # wrapped past the done one
    assert wt.next_unfinished(plan, ids[1]) is not None
    assert wt.next_unfinished(plan, ids[1]).account.id == ids[2]  # type: ignore[union-attr]
    assert wt.neighbour(plan, ids[0], -1) is None
    assert wt.neighbour(plan, ids[0], 1) == ids[1]
    assert wt.neighbour(plan, ids[2], 1) is None
    assert wt.neighbour(plan, "gone", 1) is None
    for ident in ids[1:]:
        vault.set_account_status(ident, AccountStatus.CANNOT, "too far")
    assert wt.next_unfinished(_plan(vault, catalog, number), ids[0]) is None


def test_started_means_anything_done_or_under_way(vault: Vault, catalog: Catalog) -> None:
    number = _number(vault)
    a = _accounts(vault, number, "alipay", "taobao")
    assert not wt.has_started(_plan(vault, catalog, number))
    wt.tick(vault, a["alipay"].id, 0, True)
    assert wt.has_started(_plan(vault, catalog, number))


# --- changes ---------------------------------------------------------------------------------


def test_a_tick_moves_the_account_to_in_progress(vault: Vault) -> None:
    number = _number(vault)
    account = _accounts(vault, number, "alipay")["alipay"]
    assert wt.tick(vault, account.id, 2, True) is AccountStatus.IN_PROGRESS
    assert wt.tick(vault, account.id, 0, True) is AccountStatus.IN_PROGRESS
    stored = vault.account(account.id)
    assert stored.checked_steps == {0, 2} and stored.status is AccountStatus.IN_PROGRESS
    # Unticking keeps "in progress" and is written down as an untick.
    assert wt.tick(vault, account.id, 2, False) is AccountStatus.IN_PROGRESS
    assert vault.account(account.id).checked_steps == {0}
    events = [h.event for h in vault.history(number_id=number.id)[:3]]
    assert events == ["account_step_undone", "account_step", "account_step"]


def test_a_tick_never_reopens_a_finished_account(vault: Vault) -> None:
    number = _number(vault)
    account = _accounts(vault, number, "alipay")["alipay"]
    vault.set_account_status(account.id, AccountStatus.DONE)
    assert wt.tick(vault, account.id, 1, True) is AccountStatus.DONE


def test_fallback_and_action_start_the_ticks_again(vault: Vault) -> None:
    number = _number(vault)
    account = _accounts(vault, number, "taobao")["taobao"]
    wt.tick(vault, account.id, 1, True)
    assert wt.use_fallback(vault, account.id, True) is True
    stored = vault.account(account.id)
    assert stored.use_fallback and stored.checked_steps == frozenset()
    assert wt.use_fallback(vault, account.id, True) is False  # nothing to change
    wt.tick(vault, account.id, 0, True)
    assert wt.choose_action(vault, account.id, Action.REMOVE) is True
    stored = vault.account(account.id)
    assert stored.action is Action.REMOVE and stored.checked_steps == frozenset()
    assert wt.choose_action(vault, account.id, Action.REMOVE) is False


# --- what to show ----------------------------------------------------------------------------


def test_a_bank_the_catalog_does_not_know_gets_the_general_bank_steps(
    vault: Vault, catalog: Catalog
) -> None:
    number = _number(vault)
    vault.add_account(Account(number_id=number.id, name="上海农商银行", kind=Category.BANK))
    item = _plan(vault, catalog, number).items[0]
    shown = wt.guidance(item, number, catalog, "zh_CN", _english)
    assert shown.generic and shown.service is not None and shown.service.id == "generic_bank"
    assert shown.action is Action.CHANGE and shown.guide is not None
    assert shown.guide.steps_for("zh_CN")


def test_a_closing_the_service_does_not_describe_takes_the_general_one(
    vault: Vault, catalog: Catalog
) -> None:
    # No number to change to, no removal described, and Alipay needs a number: close it.
    number = _number(vault, new_number=None)
    alipay = catalog.get("alipay")
    assert alipay is not None and alipay.action(Action.CLOSE) is None
    account = vault.add_account(
        Account(number_id=number.id, name="支付宝", service_id="alipay", action=Action.REMOVE)
    )
    item = next(i for i in _plan(vault, catalog, number).items if i.account.id == account.id)
    shown = wt.guidance(item, number, catalog, "en", _english)
    assert shown.action is Action.CLOSE
    assert shown.service is alipay and not shown.generic  # the page still names Alipay
    assert shown.guide_generic and shown.guide_service is not None
    assert shown.guide_service.id == "generic_app"
    assert shown.guide is shown.guide_service.action(Action.CLOSE)


def test_a_removal_without_steps_gets_the_general_steps_in_the_language(
    vault: Vault, catalog: Catalog
) -> None:
    number = _number(vault, new_number=None)
    adobe = catalog.get("adobe")
    assert adobe is not None and adobe.action(Action.REMOVE) is None
    account = vault.add_account(
        Account(number_id=number.id, name="Adobe", service_id="adobe", action=Action.REMOVE)
    )
    item = next(i for i in _plan(vault, catalog, number).items if i.account.id == account.id)
    shown = wt.guidance(item, number, catalog, "en", lambda t: "EN:" + t.render())
    assert shown.action is Action.REMOVE and shown.guide_generic
    assert shown.guide is not None
    assert shown.guide.steps_for("en") == tuple("EN:" + t.render() for t in GENERAL_REMOVE_STEPS)
    assert shown.guide.requires == ("login_password",)


def test_no_change_without_a_number_to_change_to(vault: Vault, catalog: Catalog) -> None:
    number = _number(vault, new_number=None)
    taobao = catalog.get("taobao")
    assert taobao is not None
    assert Action.CHANGE not in wt.actions_of(taobao, number)
    assert wt.actions_of(taobao, _number_with_target()) == [Action.CHANGE, Action.REMOVE]
    account = Account(number_id=number.id, name="淘宝", service_id="taobao")
    assert wt.chosen_action(account, taobao, number) is Action.REMOVE


def _number_with_target() -> PhoneNumber:
    return PhoneNumber(
        e164="+8613812345670", person_id="p", region="CN", new_number="+8613900001111"
    )


# --- the person's own steps ------------------------------------------------------------------


def test_own_steps_per_path_and_language_and_back_to_ringoffs(vault: Vault) -> None:
    assert not wt.has_own_steps(vault, "alipay", Action.CHANGE, False)
    wt.save_own_steps(vault, "alipay", Action.CHANGE, False, {"zh_CN": ["打开", "设置"]})
    wt.save_own_steps(vault, "alipay", Action.CHANGE, False, {"en": ["Open"]})
    wt.save_own_steps(vault, "alipay", Action.CHANGE, True, {"en": ["Call them"]})
    assert wt.has_own_steps(vault, "alipay", Action.CHANGE, False)
    assert wt.has_own_steps(vault, "alipay", Action.CHANGE, True)
    assert not wt.has_own_steps(vault, "alipay", Action.REMOVE, False)
    (entry,) = vault.user_services()
    table = entry["actions"]["change"]
    assert table["steps"] == {"zh_CN": ["打开", "设置"], "en": ["Open"]}  # both kept
    assert table["fallback"]["steps"] == {"en": ["Call them"]}
    wt.reset_own_steps(vault, "alipay")
    assert vault.user_services() == []
    assert not wt.has_own_steps(vault, "alipay", Action.CHANGE, False)


def test_editable_steps_follow_the_path_shown(vault: Vault, catalog: Catalog) -> None:
    number = _number(vault)
    account = _accounts(vault, number, "alipay")["alipay"]
    item = _plan(vault, catalog, number).items[0]
    found = wt.editable_steps(item, number)
    assert found is not None
    service, action, fallback, steps = found
    guide = catalog.get("alipay").action(Action.CHANGE)  # type: ignore[union-attr]
    assert service.id == "alipay" and action is Action.CHANGE and not fallback
    assert steps == {"zh_CN": list(guide.steps_for("zh_CN")), "en": list(guide.steps_for("en"))}  # type: ignore[union-attr]
    wt.use_fallback(vault, account.id, True)
    found = wt.editable_steps(_plan(vault, catalog, number).items[0], number)
    assert found is not None and found[2] is True
    assert found[3]["en"] == list(guide.steps_for("en", fallback=True))  # type: ignore[union-attr]
    vault.add_account(Account(number_id=number.id, name="My club", kind=Category.OTHER))
    unknown = next(i for i in _plan(vault, catalog, number).items if i.service is None)
    assert wt.editable_steps(unknown, number) is None


def test_ticks_beyond_shorter_steps_go_and_notes_grow(vault: Vault) -> None:
    number = _number(vault)
    account = _accounts(vault, number, "alipay")["alipay"]
    for index in (0, 3, 4):
        wt.tick(vault, account.id, index, True)
    wt.keep_ticks_within(vault, account.id, 4)
    assert vault.account(account.id).checked_steps == {0, 3}
    wt.add_note(vault, account.id, "What I saw: a new menu")
    wt.add_note(vault, account.id, "Second line")
    assert vault.account(account.id).notes == "What I saw: a new menu\nSecond line"


def test_only_changed_languages_count_as_own_steps() -> None:
    original = {"zh_CN": ["打开", "设置"], "en": ["Open", "Settings"]}
    typed = {"zh_CN": " 打开 \n\n设置\n", "en": "Open\nMe\nSettings"}
    assert wt.changed_steps(original, typed) == {"en": ["Open", "Me", "Settings"]}
    assert wt.changed_steps(original, {"zh_CN": "", "en": "  \n"}) == {}  # emptied: Ringoff's
    assert wt.step_lines(" a \n\n b\n") == ["a", "b"]
