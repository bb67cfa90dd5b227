"""core.usual_services (which services the "Which of these do you use?" list shows, and in what
order) and core.accounts (how an account is made from them).

Services are built here with only the fields that matter; one test runs on the shipped catalog
to check that the real lists start where a person expects.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ringoff.core.accounts import new_account, renewal_hint
from ringoff.core.catalog import ActionGuide, Catalog, Service
from ringoff.core.model import Action, Category, PhoneNumber, Use
from ringoff.core.usual_services import NOT_ACCOUNTS, SECTIONS, usual_services
from ringoff.storage.catalog_files import load_folder
from ringoff.storage.resources import catalog_dir as default_catalog_dir

TODAY = date(2026, 11, 28)


def _service(
    ident: str,
    category: Category,
    popularity: int = 50,
    regions: tuple[str, ...] = ("*",),
    actions: tuple[Action, ...] = (Action.CHANGE,),
    note: dict[str, str] | None = None,
) -> Service:
    guide = ActionGuide(difficulty="easy", requires=(), steps={"en": ("Do it.",)})
    return Service(
        id=ident,
        category=category,
        regions=regions,
        names={"en": ident.title(), "zh_CN": f"{ident}中文"},
        aliases=(),
        domains=(),
        sms_signatures=(),
        uses=frozenset({Use.SIGN_IN, Use.CODES}),
        priority=50,
        verifies_through_bank=False,
        popularity=popularity,
        difficulty="easy",
        help_url="",
        last_checked=TODAY,
        confidence="official",
        sources=(),
        note=note,
        actions={a: guide for a in actions},
    )


def _number(new_number: str | None = "+8613900000000") -> PhoneNumber:
    return PhoneNumber(e164="+8613812345678", person_id="p", region="CN", new_number=new_number)


def test_sections_follow_the_fixed_order_and_skip_empty_ones() -> None:
    catalog = Catalog(
        [
            _service("game", Category.GAMES),
            _service("chat", Category.MESSAGING),
            _service("bank", Category.BANK),
            _service("pay", Category.PAYMENT),
        ]
    )
    keys = [s.key for s in usual_services(catalog, "CN")]
    assert keys == ["banks", "payment", "social", "games"]
    # Each key appears in the declared order of SECTIONS.
    order = [spec.key for spec in SECTIONS]
    assert keys == sorted(keys, key=order.index)


def test_banks_first_then_payment_in_sections() -> None:
    assert [spec.key for spec in SECTIONS][:2] == ["banks", "payment"]


def test_most_common_first_within_a_section() -> None:
    catalog = Catalog(
        [
            _service("rare", Category.BANK, popularity=10),
            _service("common", Category.BANK, popularity=90),
            _service("middle", Category.BANK, popularity=50),
        ]
    )
    (banks,) = usual_services(catalog, "CN")
    assert [s.id for s in banks.services] == ["common", "middle", "rare"]


def test_region_filter_and_local_before_worldwide_at_equal_popularity() -> None:
    catalog = Catalog(
        [
            _service("us_bank", Category.BANK, 80, regions=("US",)),
            _service("cn_bank", Category.BANK, 60, regions=("CN",)),
            _service("world_bank", Category.BANK, 60, regions=("*",)),
        ]
    )
    (cn,) = usual_services(catalog, "CN")
    assert [s.id for s in cn.services] == ["cn_bank", "world_bank"]
    (us,) = usual_services(catalog, "US")
    assert [s.id for s in us.services] == ["us_bank", "world_bank"]


def test_messaging_and_social_share_a_section() -> None:
    catalog = Catalog(
        [
            _service("social_app", Category.SOCIAL, 30),
            _service("chat_app", Category.MESSAGING, 70),
        ]
    )
    (section,) = usual_services(catalog, "GB")
    assert section.key == "social"
    assert [s.id for s in section.services] == ["chat_app", "social_app"]


def test_look_ups_and_generic_guides_are_not_in_the_list() -> None:
    catalog = Catalog(
        [
            _service("miit_yztc", Category.GOVERNMENT, 99),
            _service("generic_bank", Category.BANK),
            _service("tax", Category.GOVERNMENT, 40),
        ]
    )
    assert "miit_yztc" in NOT_ACCOUNTS
    ids = [s.id for section in usual_services(catalog, "CN") for s in section.services]
    assert ids == ["tax"]


def test_every_service_appears_once() -> None:
    services = [_service(f"s{i}", category, i) for i, category in enumerate(Category)]
    ids = [s.id for section in usual_services(Catalog(services), "CN") for s in section.services]
    assert len(ids) == len(set(ids))


def test_new_account_from_a_catalog_service() -> None:
    service = _service("alipay", Category.PAYMENT, actions=(Action.CHANGE, Action.REMOVE))
    catalog = Catalog([service])
    with_new = new_account(catalog, _number(), service_id="alipay", name="ignored", lang="zh_CN")
    assert with_new.name == "alipay中文"
    assert with_new.service_id == "alipay"
    assert with_new.uses == service.uses
    assert with_new.action is Action.CHANGE
    without = new_account(
        catalog, _number(new_number=None), service_id="alipay", name="", lang="en"
    )
    assert without.action is Action.REMOVE
    assert without.name == "Alipay"


def test_new_account_by_name_keeps_the_given_uses() -> None:
    account = new_account(
        Catalog([]),
        _number(),
        service_id=None,
        name="  Rural Credit Union ",
        lang="en",
        uses=[Use.PAYMENT],
    )
    assert account.service_id is None
    assert account.name == "Rural Credit Union"
    assert account.uses == frozenset({Use.PAYMENT})
    assert account.action is Action.CHANGE


def test_new_account_with_an_unknown_id_falls_back_to_the_name() -> None:
    account = new_account(
        Catalog([]), _number(), service_id="gone", name="Gone App", lang="en", uses=None
    )
    assert account.service_id is None and account.name == "Gone App"
    assert account.uses == frozenset()


def test_renewal_hint_picks_the_sentence_about_recycled_numbers() -> None:
    note = {
        "en": "Do this last. If your number was someone's, search “二次号码焕新” in the app. "
        "Other advice.",
        "zh_CN": "最后办理。如果号码是别人用过的，搜“二次号码焕新”。其他说明。",
    }
    carrier = _service("carrier", Category.TELECOM, note=note)
    assert renewal_hint(carrier, "en") == (
        "If your number was someone's, search “二次号码焕新” in the app."
    )
    assert renewal_hint(carrier, "zh_CN") == "如果号码是别人用过的，搜“二次号码焕新”。"
    plain = replace(carrier, note={"en": "Nothing about it.", "zh_CN": "没有。"})
    assert renewal_hint(plain, "en") is None
    assert renewal_hint(replace(carrier, note=None), "en") is None


@pytest.fixture(scope="module")
def shipped() -> Catalog:
    return load_folder(default_catalog_dir(), use_cache=False)


def test_shipped_catalog_lists_start_with_the_big_names(shipped: Catalog) -> None:
    cn = {s.key: [x.id for x in s.services] for s in usual_services(shipped, "CN")}
    assert cn["banks"][0] == "icbc"
    assert "alipay" in cn["payment"][:2]
    assert "wechat" in cn["social"][:2]
    us = {s.key: [x.id for x in s.services] for s in usual_services(shipped, "US")}
    assert "chase" in us["banks"][:3]
    assert all(shipped.get(i) and shipped.get(i).used_in("US") for v in us.values() for i in v)  # type: ignore[union-attr]


def test_shipped_carriers_have_a_renewal_hint(shipped: Catalog) -> None:
    for ident in ("china_mobile", "china_unicom", "china_telecom"):
        service = shipped.get(ident)
        assert service is not None
        for lang in ("en", "zh_CN"):
            hint = renewal_hint(service, lang)
            assert hint is not None and "二次" in hint
