"""core.catalog.model: the services' fields, priorities, dates, contacts and general guides."""

from __future__ import annotations

from datetime import date

import pytest

from ringoff.core.catalog import Catalog, _build, default_priority, to_json_list, validate
from ringoff.core.model import Action, Category, Use

from .conftest import alipay_data, contact_change


def test_service_fields(catalog: Catalog) -> None:
    alipay = catalog.get("alipay")
    assert alipay is not None
    assert alipay.category is Category.PAYMENT
    assert alipay.uses == frozenset({Use.SIGN_IN, Use.CODES, Use.PAYMENT})
    assert alipay.last_checked == date(2026, 1, 15)
    assert alipay.origin == "shipped"
    assert alipay.name("zh_CN") == "支付宝"
    assert alipay.name("zh") == "支付宝"
    assert alipay.name("en") == "Alipay"
    assert alipay.name("fr") == "Alipay"  # unknown languages fall back to English
    guide = alipay.actions[Action.CHANGE]
    assert guide.requires == ("old_sms", "new_sms")
    assert guide.steps_for("en") == ("Open Alipay.", "Tap Me.", "Change the number.")
    assert guide.steps_for("zh_CN", fallback=True) == ("选择原号码不能用。",)
    assert guide.requires_for(fallback=True) == ("face_check",)
    assert alipay.default_action is Action.CHANGE
    wechat = catalog.get("wechat")
    assert wechat is not None
    assert wechat.actions[Action.CHANGE].steps_for("en", fallback=True) == ()
    assert wechat.actions[Action.CHANGE].verify_for("zh_CN") == "看看设置里的号码。"
    assert wechat.note_for("en") == "A note for the tests."


@pytest.mark.parametrize(
    ("service_id", "priority"),
    [("icbc", 5), ("alipay", 20), ("wechat", 50), ("google", 50), ("generic_bank", 10)],
)
def test_priority_explicit_or_from_category(
    catalog: Catalog, service_id: str, priority: int
) -> None:
    service = catalog.get(service_id)
    assert service is not None
    assert service.priority == priority


def test_default_priority_table() -> None:
    dp = default_priority
    assert dp(Category.BANK, [], True) == 10
    assert dp(Category.PAYMENT, [], False) == 20
    assert dp(Category.GOVERNMENT, [], True) == 30
    assert dp(Category.GOVERNMENT, [], False) == 40
    assert dp(Category.FINANCE, [Use.SIGN_IN], False) == 45
    assert dp(Category.TELECOM, [], False) == 45
    assert dp(Category.SHOPPING, [Use.CODES], False) == 50
    assert dp(Category.SHOPPING, [Use.NOTIFICATIONS], False) == 60


def test_a_general_entry_claims_no_check_and_says_so() -> None:
    data = alipay_data()
    del data["last_checked"], data["confidence"]
    data.update(general=True, sources=[])
    assert validate(data, source="alipay.toml") == []
    service = _build(data, "shipped")
    assert service.is_general and service.last_checked is None
    assert not service.possibly_out_of_date(date(2030, 1, 1))
    assert to_json_list([service])[0]["last_checked"] is None
    assert to_json_list([service])[0]["general"] is True


def test_specific_entry_is_possibly_out_of_date_after_a_year(catalog: Catalog) -> None:
    alipay = catalog.get("alipay")
    assert alipay is not None and not alipay.is_general
    assert alipay.last_checked == date(2026, 1, 15)
    assert alipay.sources[0].read == date(2026, 1, 15)
    assert not alipay.possibly_out_of_date(date(2027, 1, 15))
    assert alipay.possibly_out_of_date(date(2027, 1, 16))


def test_contacts_are_checked_built_and_filtered_by_region() -> None:
    data = alipay_data()
    contact_change()(data)
    data["contacts"].append({**data["contacts"][0], "value": "+86 571 95188", "region": ""})
    assert validate(data, source="alipay.toml") == []
    service = _build(data, "shipped")
    assert [c.value for c in service.contacts_for("CN")] == ["95188", "+86 571 95188"]
    assert [c.value for c in service.contacts_for("US")] == ["+86 571 95188"]
    assert service.contacts[0].note("zh_CN") == "支付宝客服电话"
    row = to_json_list([service])[0]
    assert row["contacts"][0]["read"] == "2026-12-01"
    again = Catalog([]).with_user_services([{**row, "id": "alipay_copy"}])
    copy_ = again.get("alipay_copy")
    assert copy_ is not None and copy_.contacts == service.contacts
    assert copy_.sources == service.sources


def test_official_domains_count_as_the_services_own_site() -> None:
    data = alipay_data()
    data["sources"] = [
        {"url": "https://help.antgroup.com/x", "read": date(2026, 1, 15), "kind": "official"}
    ]
    assert any("not on the service's own" in p for p in validate(data, source="alipay.toml"))
    data["official_domains"] = ["antgroup.com"]
    assert validate(data, source="alipay.toml") == []
