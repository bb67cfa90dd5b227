"""core.plan: the order of the work, the verdict and the date warning.

Services are built here with exactly the fields that matter, so each test shows why an account
lands where it does; one test checks the demo family's real order on the shipped catalog.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from ringoff.core.catalog import ActionGuide, Catalog, Contact, FallbackGuide, Service
from ringoff.core.model import (
    Account,
    AccountStatus,
    Action,
    Category,
    NumberStatus,
    PhoneNumber,
    Replacement,
    Use,
)
from ringoff.core.plan import (
    GROUP_ORDER,
    GROUP_TITLES,
    GROUP_WHY,
    Group,
    Readiness,
    build_plan,
    cannot_next_steps,
    carrier_gate,
    date_warning,
    dead_number_help,
    default_action,
    group_for,
    group_why,
    item_name,
    needs_a_number,
    needs_old_sms,
    plan_to_json,
    progress_words,
    refreshed_actions,
    verdict,
)
from ringoff.storage.catalog_files import load_folder
from ringoff.storage.resources import catalog_dir as default_catalog_dir

TODAY = date(2026, 11, 28)


def _guide(requires: tuple[str, ...] = ("old_sms", "new_sms")) -> ActionGuide:
    return ActionGuide(
        difficulty="easy",
        requires=requires,
        steps={"en": ("Open it.", "Change it."), "zh_CN": ("打开。", "修改。")},
        fallback=FallbackGuide(requires=("customer_service",), steps={"en": ("Call them.",)}),
    )


def _service(
    ident: str,
    priority: int,
    popularity: int = 50,
    *,
    requires: tuple[str, ...] = ("new_sms",),
    actions: tuple[Action, ...] = (Action.CHANGE,),
    category: Category = Category.OTHER,
) -> Service:
    return Service(
        id=ident,
        category=category,
        regions=("*",),
        names={"en": ident.title(), "zh_CN": f"{ident}中文"},
        aliases=(),
        domains=(),
        sms_signatures=(),
        uses=frozenset({Use.SIGN_IN}),
        priority=priority,
        verifies_through_bank=False,
        popularity=popularity,
        difficulty="easy",
        help_url="",
        last_checked=TODAY,
        confidence="official",
        sources=(),
        note=None,
        actions={a: _guide(requires) for a in actions},
    )


def _number(
    cancel_on: date | None = None, new_number: str | None = "+8613900000000"
) -> PhoneNumber:
    return PhoneNumber(
        e164="+8613812345678",
        person_id="p",
        region="CN",
        status=NumberStatus.CANCEL_PLANNED if cancel_on else NumberStatus.IN_USE,
        cancel_on=cancel_on,
        new_number=new_number,
    )


def _account(
    service_id: str | None,
    status: AccountStatus = AccountStatus.TODO,
    *,
    name: str | None = None,
    uses: frozenset[Use] = frozenset(),
) -> Account:
    return Account(
        number_id="n",
        name=name or (service_id or "custom"),
        service_id=service_id,
        uses=uses,
        status=status,
    )


# -- groups ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("category", "group"),
    [
        (Category.BANK, Group.BANKS),
        (Category.FINANCE, Group.BANKS),  # brokers and exchanges (Coinbase) hold money
        (Category.PAYMENT, Group.PAYMENT),
        (Category.GOVERNMENT, Group.VIA_BANK),
        (Category.EMAIL, Group.HUBS),
        (Category.DEVICE, Group.HUBS),
        (Category.SOCIAL, Group.SIGN_IN),  # by its uses (sign_in)
        (Category.OTHER, Group.SIGN_IN),
        (Category.TELECOM, Group.CARRIER),
    ],
)
def test_group_follows_the_category(category: Category, group: Group) -> None:
    assert group_for(_service("x", 50, category=category), _account("x")) is group


def test_a_service_that_checks_the_bank_card_follows_the_banks() -> None:
    tax = replace(_service("tax", 30, category=Category.GOVERNMENT), verifies_through_bank=True)
    assert group_for(tax, _account("tax")) is Group.VIA_BANK
    msg = replace(_service("m", 60), uses=frozenset({Use.NOTIFICATIONS}))
    assert group_for(msg, _account("m")) is Group.REST


def test_a_custom_account_of_a_chosen_kind_is_planned_as_that_kind() -> None:
    local_bank = Account(number_id="n", name="上海农商银行", kind=Category.BANK)
    assert group_for(None, local_bank) is Group.BANKS
    assert group_for(None, replace(local_bank, kind=Category.TELECOM)) is Group.CARRIER


def test_custom_accounts_are_grouped_by_how_they_use_the_number() -> None:
    def g(*uses: Use) -> Group:
        return group_for(None, _account(None, uses=frozenset(uses)))

    assert g(Use.PAYMENT, Use.SIGN_IN) is Group.PAYMENT
    assert g(Use.SIGN_IN) is Group.SIGN_IN
    assert g(Use.CODES) is Group.SIGN_IN
    assert g(Use.RECOVERY) is Group.SIGN_IN
    assert g() is Group.SIGN_IN  # nothing said: assume the worst
    assert g(Use.NOTIFICATIONS) is Group.REST


def test_every_group_has_a_title_and_a_reason() -> None:
    assert set(GROUP_TITLES) == set(GROUP_WHY) == set(Group) == set(GROUP_ORDER)
    assert GROUP_ORDER[0] is Group.BANKS and GROUP_ORDER[-1] is Group.CARRIER
    assert GROUP_ORDER == [
        Group.BANKS,
        Group.PAYMENT,
        Group.VIA_BANK,
        Group.HUBS,
        Group.SIGN_IN,
        Group.REST,
        Group.CARRIER,
    ]


def test_reasons_follow_the_region() -> None:
    assert "tax app" in group_why(Group.BANKS, "CN").source
    assert "tax app" not in group_why(Group.BANKS, "US").source
    assert "Do not cancel" in group_why(Group.CARRIER, "US").source


# -- default action -------------------------------------------------------------------------


def test_default_action_prefers_change_with_a_new_number() -> None:
    both = _service("both", 50, actions=(Action.CLOSE, Action.CHANGE, Action.REMOVE))
    assert default_action(both, has_new_number=True) is Action.CHANGE
    assert default_action(both, has_new_number=False) is Action.REMOVE


def test_default_action_without_a_new_number_never_changes() -> None:
    close_only = _service("telecom", 45, actions=(Action.CLOSE,), category=Category.TELECOM)
    assert default_action(close_only, True) is Action.CLOSE
    assert default_action(close_only, False) is Action.CLOSE
    bank = _service("bank", 10, actions=(Action.CHANGE,), category=Category.BANK)
    assert default_action(bank, True) is Action.CHANGE
    assert default_action(bank, False) is Action.CLOSE  # a bank cannot live without a number
    app = replace(_service("app", 50), uses=frozenset({Use.CODES}))
    assert default_action(app, False) is Action.REMOVE  # general "take it off" steps
    assert default_action(None, True) is Action.CHANGE
    assert default_action(None, False) is Action.REMOVE
    assert default_action(None, False, Category.BANK) is Action.CLOSE


def test_needs_a_number() -> None:
    assert needs_a_number(_service("b", 10, category=Category.BANK))
    assert needs_a_number(None, Category.BANK)
    assert not needs_a_number(None, Category.SHOPPING)
    chat = _service("chat", 50, category=Category.MESSAGING)  # the number is the account
    assert needs_a_number(chat)
    assert not needs_a_number(_service("music", 50))  # signs in by number, email also works
    assert needs_a_number(replace(_service("cn_app", 50), regions=("CN",)))  # real-name rules
    assert not needs_a_number(_service("g", 50, actions=(Action.CHANGE, Action.REMOVE)))
    assert needs_a_number(replace(_service("apple_id", 50), uses=frozenset({Use.RECOVERY})))


def test_action_is_never_change_without_a_target() -> None:
    bank = _service("bank", 10, category=Category.BANK)
    site = _service("site", 50, actions=(Action.CHANGE, Action.REMOVE))
    catalog = Catalog([bank, site])
    accounts = [_account("bank"), _account("site")]  # both saved as CHANGE
    plan = build_plan(_number(new_number=None), accounts, catalog, TODAY)
    got = {i.account.service_id: (i.action, i.target, i.needs_number) for i in plan.items}
    assert got == {"bank": (Action.CLOSE, None, True), "site": (Action.REMOVE, None, False)}
    plan = build_plan(_number(), accounts, catalog, TODAY)
    got = {i.account.service_id: (i.action, i.target, i.needs_number) for i in plan.items}
    assert got == {
        "bank": (Action.CHANGE, "+8613900000000", False),
        "site": (Action.CHANGE, "+8613900000000", False),
    }


def test_refreshed_actions_follow_a_new_replacement() -> None:
    bank = _service("bank", 10, category=Category.BANK)
    catalog = Catalog([bank])
    todo, done = _account("bank"), _account("bank", AccountStatus.DONE)
    number = _number(new_number=None)
    changed = refreshed_actions(number, [todo, done], catalog)
    assert changed == [todo] and todo.action is Action.CLOSE and done.action is Action.CHANGE
    family = replace(
        number,
        new_number="+8613900001111",
        replacement=Replacement.FAMILY,
        replacement_name="Fang",
    )
    assert refreshed_actions(family, [todo], catalog) == [todo]
    assert todo.action is Action.CHANGE


def test_needs_old_sms_reads_the_chosen_action() -> None:
    svc = _service("s", 50, requires=("old_sms",), actions=(Action.CHANGE,))
    account = _account("s")
    assert needs_old_sms(svc, account)
    account.action = Action.CLOSE  # the service does not describe closing
    assert not needs_old_sms(svc, account)
    assert not needs_old_sms(None, account)
    assert not needs_old_sms(_service("t", 50, requires=("in_person",)), _account("t"))


# -- order ----------------------------------------------------------------------------------


def test_order_groups_then_old_sms_then_priority_then_popularity_then_name() -> None:
    services = [
        _service("chat", 50, 99),
        _service("shop_old", 50, 10, requires=("old_sms",)),
        _service("bank_a", 10, 20, category=Category.BANK),
        _service("bank_b", 10, 80, category=Category.BANK),
        _service("bank_c", 5, 1, category=Category.BANK),
        _service("broker", 45, 99, category=Category.FINANCE),
        _service("pay", 20, 99, category=Category.PAYMENT),
        _service("carrier", 45, 99, category=Category.TELECOM, actions=(Action.CLOSE,)),
        replace(_service("tax", 30, 99, category=Category.GOVERNMENT), verifies_through_bank=True),
        _service("gov", 40, 99, category=Category.GOVERNMENT),
        _service("mail", 50, 99, category=Category.EMAIL),
        replace(_service("misc", 60, 99), uses=frozenset({Use.NOTIFICATIONS})),
        _service("zeta", 50, 99),
    ]
    catalog = Catalog(services)
    accounts = [_account(s.id) for s in reversed(services)]
    accounts.append(_account(None, name="my club", uses=frozenset({Use.NOTIFICATIONS})))
    accounts.append(_account(None, name="Bank-like", uses=frozenset({Use.PAYMENT})))
    plan = build_plan(_number(), accounts, catalog, TODAY)
    order = [i.account.name for i in plan.items]
    assert order == [
        "bank_c",  # priority 5 beats 10 inside the banks
        "bank_b",  # then the more popular bank
        "bank_a",
        "broker",  # brokers are money too (priority 45, after the banks)
        "pay",
        "Bank-like",  # a custom payment account sits with payments, after catalog ones (55)
        "tax",
        "gov",
        "mail",  # email: others recover through it
        "shop_old",  # needs the old number's text: first among the sign-in apps
        "chat",  # same priority and popularity as zeta: by name
        "zeta",
        "my club",  # custom accounts count as priority 55: before misc (60)
        "misc",
        "carrier",  # the phone company always last
    ]
    assert [g for g, _ in plan.groups()] == GROUP_ORDER
    sign_in = dict(plan.groups())[Group.SIGN_IN]
    assert [i.needs_old_sms for i in sign_in] == [True, False, False]
    assert carrier_gate(plan) is not None
    assert plan.before_carrier()[0].account.name == "bank_c"


def test_name_order_ignores_case() -> None:
    catalog = Catalog([])
    accounts = [_account(None, name=n, uses=frozenset({Use.SIGN_IN})) for n in ("b", "A", "c")]
    plan = build_plan(_number(), accounts, catalog, TODAY)
    assert [i.account.name for i in plan.items] == ["A", "b", "c"]


def test_demo_family_order_on_the_shipped_catalog() -> None:
    catalog = load_folder(default_catalog_dir(), use_cache=False)
    ids = ["wechat", "taobao", "tax_app", "alipay", "meituan", "railway_12306"]
    ids += ["china_mobile", "ccb", "icbc", "qq_mail", "huawei_account"]
    accounts = [_account(i) for i in ids]
    plan = build_plan(_number(), accounts, catalog, TODAY)
    order = [i.account.service_id for i in plan.items]
    assert order.index("icbc") < order.index("alipay")
    assert order.index("ccb") < order.index("alipay")
    assert order.index("alipay") < order.index("tax_app")
    for later in ("wechat", "taobao", "meituan", "railway_12306", "china_mobile"):
        assert order.index("tax_app") < order.index(later)
    assert order[:2] == ["icbc", "ccb"]  # the more common bank first
    assert order.index("tax_app") < order.index("qq_mail") < order.index("wechat")
    assert order.index("huawei_account") < order.index("wechat")
    assert order[-1] == "china_mobile"  # the phone company last
    assert item_name(plan.items[0], "zh_CN") == "中国工商银行"


# -- progress and readiness ------------------------------------------------------------------


def _plan(statuses: list[AccountStatus], cancel_on: date | None = None, today: date = TODAY):
    services = [_service(f"s{i}", 50, 100 - i) for i in range(len(statuses))]
    accounts = [_account(s.id, st) for s, st in zip(services, statuses, strict=True)]
    return build_plan(_number(cancel_on), accounts, Catalog(services), today)


def test_counts_and_next_item() -> None:
    T, P, D, C = (
        AccountStatus.TODO,
        AccountStatus.IN_PROGRESS,
        AccountStatus.DONE,
        AccountStatus.CANNOT,
    )
    plan = _plan([D, T, C, P, T])
    assert (plan.total, plan.done, plan.cannot) == (5, 1, 1)
    assert [i.account.service_id for i in plan.remaining] == ["s1", "s3", "s4"]
    assert plan.next_item is not None
    assert plan.next_item.account.service_id == "s3"  # the one in progress wins
    plan = _plan([D, T, T])
    assert plan.next_item is not None and plan.next_item.account.service_id == "s1"
    assert _plan([D, C]).next_item is None


@pytest.mark.parametrize(
    ("statuses", "readiness"),
    [
        ([], Readiness.EMPTY),
        ([AccountStatus.DONE, AccountStatus.TODO], Readiness.NOT_READY),
        ([AccountStatus.IN_PROGRESS], Readiness.NOT_READY),
        ([AccountStatus.DONE, AccountStatus.DONE], Readiness.SAFE),
        ([AccountStatus.DONE, AccountStatus.CANNOT], Readiness.SAFE_WITH_EXCEPTIONS),
    ],
)
def test_readiness(statuses: list[AccountStatus], readiness: Readiness) -> None:
    assert _plan(statuses).readiness is readiness


def test_work_fits_at_two_a_day() -> None:
    cancel = TODAY + timedelta(days=10)  # last comfortable day: TODAY + 3, four working days
    assert _plan([AccountStatus.TODO] * 8, cancel).work_fits()
    assert not _plan([AccountStatus.TODO] * 9, cancel).work_fits()
    assert _plan([AccountStatus.TODO] * 9, cancel).work_fits(per_day=3)
    assert _plan([AccountStatus.TODO] * 50).work_fits()  # no date: nothing to fit into


# -- verdict --------------------------------------------------------------------------------


def test_verdict_sentences() -> None:
    D, T, C = AccountStatus.DONE, AccountStatus.TODO, AccountStatus.CANNOT
    assert "No accounts yet" in str(verdict(_plan([]), "en"))
    text = str(verdict(_plan([D, T, T]), "en"))
    assert text == (
        "Not ready yet: 1 done · 0 can't be done · 2 to do. The accounts move to your new "
        "number, 139 **** 0000. Next: S1."
    )
    # The verdict names what replaces the number: a family member's, or nothing at all.
    family = _number()
    family.replacement, family.replacement_name = Replacement.FAMILY, "Fang"
    services = [_service("s0", 50, 100)]
    plan = build_plan(family, [_account("s0", T)], Catalog(services), TODAY)
    assert "move to Fang's number, 139 **** 0000" in str(verdict(plan, "en"))
    alone = _number(new_number=None)
    plan = build_plan(alone, [_account("s0", T)], Catalog(services), TODAY)
    text = str(verdict(plan, "en"))
    assert "Nothing replaces this number" in text and "new number" not in text
    assert "Next: s1中文" in str(verdict(_plan([D, T, T]), "zh_CN"))
    assert str(verdict(_plan([D, D]), "en")) == "Safe to cancel: 2 done · 0 can't be done."
    text = str(verdict(_plan([D, C, D]), "en"))
    assert text.startswith("Safe to cancel, with a risk: 2 done · 1 can't be done. S1 still use")
    # The same three words as the progress everywhere else.
    plan = _plan([D, C, T, T])
    assert str(progress_words(plan)) == "1 done · 1 can't be done · 2 to do"
    assert (plan.done, plan.cannot, plan.todo) == (1, 1, 2)


def test_verdict_after_cancellation_counts_down_to_the_reissue_day() -> None:
    D = AccountStatus.DONE
    cancel = TODAY - timedelta(days=10)  # CN rule: reissue possible 90 days after
    text = verdict(_plan([D], cancel), "en")
    assert text.args["days"] == 80
    assert "80 days" in str(text)
    later = verdict(_plan([D], cancel, TODAY + timedelta(days=80)), "en")
    assert "may now belong to someone else" in str(later)
    # Not ready stays "not ready", whatever the date.
    assert "Not ready yet" in str(verdict(_plan([AccountStatus.TODO], cancel), "en"))


# -- date warning ---------------------------------------------------------------------------


def test_no_warning_without_a_date_or_without_work() -> None:
    assert date_warning(_plan([AccountStatus.TODO])) is None
    assert date_warning(_plan([AccountStatus.DONE], TODAY + timedelta(days=2))) is None


def test_no_warning_with_plenty_of_time() -> None:
    assert date_warning(_plan([AccountStatus.TODO] * 3, TODAY + timedelta(days=40))) is None


def test_warning_when_the_work_will_not_fit() -> None:
    warning = date_warning(_plan([AccountStatus.TODO] * 9, TODAY + timedelta(days=10)))
    assert warning is not None
    assert warning.args == {"days": 10, "left": 9}
    assert "delay the cancellation" in str(warning)


def test_close_date_with_little_left_is_a_gentle_reminder() -> None:
    # Five days to go, past the last comfortable day, one account left: that fits easily
    # before the number stops working, so no talk of delaying the cancellation.
    warning = date_warning(_plan([AccountStatus.TODO], TODAY + timedelta(days=5)))
    assert warning is not None
    assert str(warning) == "The cancellation is close: 1 accounts still to do."
    # Too much left for the days that remain: suggest a delay.
    warning = date_warning(_plan([AccountStatus.TODO] * 12, TODAY + timedelta(days=5)))
    assert warning is not None and "delay the cancellation" in str(warning)


def test_warning_after_cancellation_points_to_the_fallback() -> None:
    warning = date_warning(_plan([AccountStatus.TODO] * 2, TODAY))
    assert warning is not None
    assert warning.args == {"left": 2}
    assert "already cancelled" in str(warning)


# -- JSON -----------------------------------------------------------------------------------


def test_plan_to_json() -> None:
    D, T = AccountStatus.DONE, AccountStatus.TODO
    plan = _plan([D, T], TODAY + timedelta(days=30))
    out = plan_to_json(plan, "en", tr=lambda t: f"<{t.source}>")
    assert out["readiness"] == "not_ready"
    assert out["done"] == 1 and out["total"] == 2
    assert out["cancel_on"] == "2026-12-28"
    assert out["last_comfortable_day"] == "2026-12-21"
    assert out["earliest_reissue"] == "2027-03-28"
    assert str(out["verdict"]).startswith("<Not ready yet")
    groups = out["groups"]
    assert isinstance(groups, list) and len(groups) == 1
    assert groups[0]["group"] == "sign_in"
    assert groups[0]["why"].startswith("<Whoever gets your old number")
    assert [a["service"] for a in groups[0]["accounts"]] == ["s0", "s1"]
    assert [a["status"] for a in groups[0]["accounts"]] == ["done", "todo"]
    empty = plan_to_json(_plan([]), "en")
    assert empty["cancel_on"] is None and empty["groups"] == []


# -- "can't be done" and the old number no longer working ----------------------------------


def test_cannot_be_done_offers_the_official_line_the_counter_and_a_letter() -> None:
    base = _service("bank", 10, category=Category.BANK)
    read = date(2026, 11, 30)
    source = "https://bank.example/contact"
    bank = replace(
        base,
        contacts=(
            Contact("phone", "95588", "CN", "24 hours", "全天", source, read),
            # another region: not shown
            Contact("phone", "+1 800 000 0000", "US", "", "", source, read),
        ),
    )
    item = build_plan(
        _number(), [_account("bank", AccountStatus.CANNOT)], Catalog([bank]), TODAY
    ).items[0]
    steps = [str(s) for s in cannot_next_steps(item, "en", "CN")]
    assert steps[0] == "Call Bank's official line: 95588 (24 hours)."
    assert not any("800" in s for s in steps)
    assert any("branch or counter" in s for s in steps)
    assert any("letter" in s for s in steps)
    zh = [str(s) for s in cannot_next_steps(item, "zh_CN", "CN")]
    assert "95588 (全天)" in zh[0]
    # Without contacts (the catalog has none yet): still the counter and the letter.
    plain = build_plan(
        _number(), [_account("bank", AccountStatus.CANNOT)], Catalog([base]), TODAY
    ).items[0]
    assert len(cannot_next_steps(plain, "en", "CN")) == 2


def test_dead_number_help_follows_the_service_and_the_region() -> None:
    google = replace(_service("google", 50, category=Category.EMAIL), regions=("*",))
    us_bank = replace(_service("chase", 10, category=Category.BANK), regions=("US",))
    wechat = replace(_service("wechat", 50), regions=("CN", "*"))
    assert "service halls" not in dead_number_help(google, "US").source
    assert "service halls" not in dead_number_help(google, "CN").source  # a worldwide app
    assert "back of your card" in dead_number_help(us_bank, "US").source
    assert "service halls" in dead_number_help(wechat, "CN").source
    assert "ID card" not in dead_number_help(None, "US").source


@pytest.mark.parametrize("new_number", ["+8613900000000", None])
def test_a_plan_of_many_accounts_is_each_account_s_own_plan(new_number: str | None) -> None:
    """build_plan works out an item once per kind of account (service, action, kind, uses):
    the items must be exactly those each account gets on its own."""
    catalog = load_folder(default_catalog_dir())
    services = [s.id for s in catalog][:40]
    accounts = []
    kinds = [None, Category.BANK, Category.SHOPPING]
    uses = [frozenset(), frozenset({Use.PAYMENT}), frozenset({Use.SIGN_IN})]
    for i in range(270):
        # Every mix of service (known, unknown, none), action, kind and uses appears.
        service_id = [services[i % len(services)], "unknown_service", None][(i // 27) % 3]
        accounts.append(
            Account(
                number_id="n",
                name=f"A{i}",
                service_id=service_id,
                action=list(Action)[i % 3],
                kind=kinds[(i // 3) % 3],
                uses=uses[(i // 9) % 3],
            )
        )
    number = _number(TODAY + timedelta(days=40), new_number)
    together = {i.account.id: i for i in build_plan(number, accounts, catalog, TODAY).items}
    for account in accounts:
        (alone,) = build_plan(number, [account], catalog, TODAY).items
        assert together[account.id] == alone, account.name
