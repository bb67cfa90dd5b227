"""Help for a recycled number's new holder: pasted senders, grouping, messages, follow-ups."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from ringoff.core.catalog import Catalog
from ringoff.core.model import Category, NumberMode, PhoneNumber
from ringoff.core.received import (
    CARRIER_CLEARING,
    MESSAGE_LANGUAGES,
    Channel,
    MessageKind,
    RequestStatus,
    Template,
    carrier_clearing_for,
    due_followups,
    follow_up_day,
    group_by_sender,
    guess_kind,
    guidance_for,
    kind_of,
    records_from_paste,
    request_message,
    sender_name,
)
from ringoff.storage.catalog_files import load_folder
from ringoff.storage.resources import catalog_dir as default_catalog_dir

from .fake_matcher import FakeMatcher

TODAY = date(2026, 11, 28)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_folder(default_catalog_dir())


# -- pasted texts ---------------------------------------------------------------------------


def test_paste_keeps_senders_and_kinds_but_no_codes() -> None:
    text = (
        "【工商银行】您尾号8812的账户11月20日支出500.00元，余额1,203.00元。\n\n"
        "Your Uber code is 4821. Never share it.\n\n"
        "【工商银行】验证码 771902，请勿告诉他人。\n\n"
        "【美团】周末大促，领取优惠券，回T退订"
    )
    result = records_from_paste(text, FakeMatcher(), "en")
    assert [(s.service_id, s.count, s.kind) for s in result.senders] == [
        ("icbc", 2, MessageKind.CODE),  # a code among its messages wins
        ("uber", 1, MessageKind.CODE),
        ("meituan", 1, MessageKind.MARKETING),
    ]
    assert result.unread == 0
    dumped = repr(result)
    for secret in ("8812", "4821", "771902", "500.00", "余额"):
        assert secret not in dumped


def test_paste_counts_unreadable_messages_and_keeps_unknown_senders() -> None:
    result = records_from_paste("hello, are you there?\n\n【某某物流】您的包裹已到", FakeMatcher())
    assert [(s.sender, s.service_id) for s in result.senders] == [("某某物流", None)]
    assert result.unread == 1


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("【中国工商银行】您的验证码为123456", MessageKind.CODE),
        ("Chase: a payment of $20.00 was made", MessageKind.NOTICE),
        ("【京东】限时优惠，回TD退订", MessageKind.MARKETING),
        ("【顺丰】您的快递已签收", MessageKind.OTHER),
    ],
)
def test_guess_kind(message: str, kind: MessageKind) -> None:
    assert guess_kind(message) is kind


def test_unknown_stored_kind_reads_as_other() -> None:
    assert kind_of("fax") is MessageKind.OTHER
    assert kind_of("call") is MessageKind.CALL


# -- grouping ---------------------------------------------------------------------------------


def _msg(sender: str, service_id: str | None, on: str, kind: str) -> dict[str, Any]:
    return {"sender": sender, "service_id": service_id, "received_on": on, "kind": kind}


def test_group_by_sender_joins_one_service_under_any_name() -> None:
    groups = group_by_sender(
        [
            _msg("工商银行", "icbc", "2026-11-01", "notice"),
            _msg("Acme  Ltd", None, "2026-11-03", "call"),
            _msg("中国工商银行", "icbc", "2026-11-05", "code"),
            _msg("acme ltd", None, "2026-11-02", "marketing"),
        ]
    )
    assert [(g.service_id, g.sender, g.count) for g in groups] == [
        ("icbc", "工商银行", 2),
        (None, "Acme  Ltd", 2),
    ]
    icbc, acme = groups
    assert icbc.kinds == (MessageKind.CODE, MessageKind.NOTICE)
    assert (icbc.first_on, icbc.last_on) == (date(2026, 11, 1), date(2026, 11, 5))
    assert acme.kinds == (MessageKind.CALL, MessageKind.MARKETING)


# -- guidance and messages ----------------------------------------------------------------------


def test_bank_guidance_asks_for_your_id_card(catalog: Catalog) -> None:
    icbc = catalog.get("icbc")
    assert icbc is not None and icbc.category is Category.BANK
    guidance = guidance_for(icbc)
    assert guidance.known and guidance.channel is Channel.PHONE
    assert guidance.help_url == icbc.help_url
    assert "YOUR ID card" in guidance.lines[0].source


def test_unknown_sender_gets_general_guidance(catalog: Catalog) -> None:
    general = guidance_for(None)
    assert not general.known and general.help_url is None
    wechat = catalog.get("wechat")
    assert wechat is not None
    assert guidance_for(wechat).lines[0] != general.lines[0]


@pytest.mark.parametrize("template", list(Template))
@pytest.mark.parametrize("lang", MESSAGE_LANGUAGES)
def test_request_message_fills_sender_and_number(template: Template, lang: str) -> None:
    text = request_message(template, lang, "工商银行", "+86 139 1234 5678")
    assert "工商银行" in text and "+86 139 1234 5678" in text
    assert "{" not in text
    is_chinese = any("\u4e00" <= ch <= "\u9fff" for ch in text.replace("工商银行", ""))
    assert is_chinese is (lang == "zh_CN")


def test_sender_name_uses_the_catalog_name_in_the_message_language(catalog: Catalog) -> None:
    icbc = catalog.get("icbc")
    assert sender_name("95588", icbc, "zh_CN") == "中国工商银行"
    assert sender_name("95588", icbc, "en").startswith("ICBC")
    assert sender_name("Acme", None, "zh_CN") == "Acme"


# -- carriers ---------------------------------------------------------------------------------


def _number(region: str = "CN", carrier: str = "", number_id: str = "n1") -> PhoneNumber:
    return PhoneNumber(
        e164="+8613912345678" if region == "CN" else "+16145550134",
        person_id="p",
        region=region,
        carrier=carrier,
        mode=NumberMode.RECEIVED,
        id=number_id,
    )


def test_carrier_clearing_only_for_chinese_numbers_own_carrier_first() -> None:
    assert carrier_clearing_for(_number("US")) == []
    assert carrier_clearing_for(_number()) == list(CARRIER_CLEARING)
    first = carrier_clearing_for(_number(carrier="中国电信"))
    assert first[0].service_id == "china_telecom" and len(first) == 3


# -- follow-ups -------------------------------------------------------------------------------


class _Source:
    def __init__(self, rows: dict[str, list[dict[str, Any]]]) -> None:
        self.rows = rows

    def numbers(self) -> list[PhoneNumber]:
        return [_number(number_id=key) for key in self.rows]

    def requests(self, number_id: str) -> list[dict[str, Any]]:
        return self.rows[number_id]


def _req(rid: str, follow: str | None, status: str = "waiting") -> dict[str, Any]:
    return {
        "id": rid,
        "sender": "ICBC",
        "service_id": "icbc",
        "channel": "phone",
        "asked_on": "2026-11-01",
        "follow_up_on": follow,
        "status": status,
        "notes": "",
    }


def test_due_followups_are_waiting_and_due_today_or_before() -> None:
    source = _Source(
        {
            "a": [_req("late", "2026-11-20"), _req("future", "2026-11-29"), _req("none", None)],
            "b": [
                _req("today", "2026-11-28"),
                _req("done", "2026-11-01", RequestStatus.DONE.value),
                _req("silent", "2026-11-01", RequestStatus.NO_ANSWER.value),
            ],
        }
    )
    due = due_followups(source, TODAY)
    assert [(r["id"], r["number_id"]) for r in due] == [("late", "a"), ("today", "b")]
    assert [r["id"] for r in due_followups(source, TODAY, ["b"])] == ["today"]
    assert due_followups(source, date(2026, 11, 19)) == []


def test_default_follow_up_is_five_days_later() -> None:
    assert follow_up_day(date(2026, 11, 28)) == date(2026, 12, 3)
