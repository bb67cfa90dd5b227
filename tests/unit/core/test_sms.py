"""Recognising the senders of pasted verification texts."""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ringoff.core.sms import SmsHit, recognise, sender_candidates, split_messages

from .fake_matcher import FakeMatcher


def _one(text: str, lang: str = "en") -> SmsHit:
    hits = recognise(text, FakeMatcher(), lang)
    assert len(hits) == 1, hits
    assert hits[0].count == 1
    return hits[0]


@pytest.mark.parametrize(
    ("text", "sender", "service_id"),
    [
        ("【支付宝】您的验证码是 482913，请勿泄露。", "支付宝", "alipay"),
        ("[京东]验证码：551234，5分钟内有效。", "京东", "jd"),
        ("［淘宝网］验证码 991122，请勿告诉他人。", "淘宝网", "taobao"),
        ("您正在登录美团，验证码 123456。【美团】", "美团", "meituan"),
        ("<#>【微信】验证码 556677", "微信", "wechat"),
        ("Your Google verification code is 884422", "Google", "google"),
        ("G-123456 is your Google verification code.", "Google", "google"),
        ("[Alipay] Your code is 1234.", "Alipay", "alipay"),
        ("Uber: Your code is 1234. Never share this code.", "Uber", "uber"),
        ("Amazon: Your one-time password is 556677", "Amazon", "amazon"),
        ("WhatsApp code 123-456", "WhatsApp", "whatsapp"),
        ("Your PayPal security code is: 338811. Don't share it.", "PayPal", "paypal"),
        ("Telegram code: 12345", "Telegram", None),
        ("<#> 123456 is your TikTok verification code", "TikTok", None),
        ("Use 445566 as your login code for Facebook", "Facebook", None),
        ("Chase Alert: A charge of $45.00 was approved.", "Chase", None),
        ("2024-05-01 10:22 【工商银行】您尾号1234的卡支出 50.00 元。", "工商银行", "icbc"),
        ("From: Uber\nYour code is 9911", "Uber", "uber"),
    ],
)
def test_single_messages(text: str, sender: str, service_id: str | None) -> None:
    hit = _one(text)
    assert (hit.sender, hit.service_id) == (sender, service_id)
    if service_id is None:
        assert hit.service_name == sender  # the user can add it under this name


def test_service_names_follow_the_language() -> None:
    assert _one("【支付宝】验证码 482913", "zh_CN").service_name == "支付宝"
    assert _one("【支付宝】验证码 482913", "en").service_name == "Alipay"
    assert _one("Your Uber code is 4411", "zh_CN").service_name == "优步"


def test_search_is_the_fallback_for_unknown_signatures() -> None:
    matcher = FakeMatcher()
    assert matcher.service_for_sms_sender("WhatsApp") is None  # no signature in the fake
    assert recognise("WhatsApp code 123-456", matcher)[0].service_id == "whatsapp"


BATCH = """【支付宝】您的验证码是 482913，请勿泄露。
【京东】验证码：551234，5分钟内有效。
您正在登录美团，验证码 123456。【美团】
Your Google verification code is 884422
G-123456 is your Google verification code.
[Alipay] Your code is 1234.
Uber: Your code is 1234. Never share this code.
WhatsApp code 123-456
Your verification code is 9988
10:25 【淘宝网】验证码 991122
Chase Alert: A charge of $45.00
at a shop was approved on card ending 1234

Dear customer, your statement is ready.
Thank you for banking with us.

验证码 772211，请勿告诉他人
Your Uber code is 4411. Reply STOP to unsubscribe.
"""


def test_a_pasted_batch() -> None:
    hits = recognise(BATCH, FakeMatcher())
    summary = [(h.sender, h.service_id, h.count) for h in hits]
    assert summary == [
        ("支付宝", "alipay", 2),  # 【支付宝】 and [Alipay] are the same service
        ("京东", "jd", 1),
        ("美团", "meituan", 1),
        ("Google", "google", 2),
        ("Uber", "uber", 2),
        ("WhatsApp", "whatsapp", 1),
        ("淘宝网", "taobao", 1),
        ("Chase", None, 1),
        ("", None, 3),  # no sender: "Your verification code", the statement, 验证码 772211
    ]
    assert sum(h.count for h in hits) == len(split_messages(BATCH))


def test_splitting() -> None:
    assert split_messages("") == []
    assert split_messages("\n\n  \n") == []
    # Blank lines separate; a multi-line message stays whole.
    assert len(split_messages("line one\nline two\n\nline three")) == 2
    # A signature alone on the next line closes the message above.
    messages = split_messages("您的验证码是 112233，请勿泄露\n【美团】\n【京东】验证码 445566")
    assert len(messages) == 2
    assert sender_candidates(messages[0]) == ["美团"]
    # Phone exports start each message with a date or time.
    exported = "2024/5/1 10:00\n验证码 1234\n2024/5/1 10:05\n验证码 5678"
    assert len(split_messages(exported)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Your code is 1234",
        "Your verification code is 998877",
        "验证码 772211，请勿告诉他人",
        "123456",
        "Use code 4455 to continue",
        "【123456】",
    ],
)
def test_no_sender(text: str) -> None:
    assert sender_candidates(text) == []
    assert recognise(text, FakeMatcher()) == [
        SmsHit(sender="", service_id=None, service_name="", count=1)
    ]


def test_hits_hold_no_message_and_no_code() -> None:
    assert {f.name for f in dataclasses.fields(SmsHit)} == {
        "sender",
        "service_id",
        "service_name",
        "count",
    }
    hits = recognise(BATCH, FakeMatcher())
    shown = repr(hits)
    for code in re.findall(r"\d{3,}", BATCH):
        assert code not in shown
    for phrase in ("验证码", "verification", "请勿", "charge", "statement"):
        assert phrase not in shown
    assert not hasattr(hits[0], "__dict__")


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("【】[]: \n\r<#>-0123456789GoglUberYourcodeis验证码微信.")),
        max_size=200,
    )
)
def test_any_text_counts_every_message_and_keeps_no_code(text: str) -> None:
    hits = recognise(text, FakeMatcher())
    assert sum(h.count for h in hits) == len(split_messages(text))
    assert all(h.count > 0 for h in hits)
    assert [h.sender for h in hits].count("") <= 1
    for h in hits:
        assert not re.search(r"\d{3}", h.sender), h
