"""core.catalog.search: names, pinyin and initials, domains, SMS senders and numbers."""

from __future__ import annotations

import pytest

from ringoff.core.catalog import Catalog
from ringoff.core.model import Category

from .conftest import ids


@pytest.mark.parametrize(
    "query",
    [
        "zfb",
        "ZFB",
        "zhifubao",
        "支付宝",
        "Alipay",
        "alipay",
        " ali pay ",
        "Ａｌｉｐａｙ",  # full-width letters
        "alipay.com",
        "www.alipay.com",
        "https://www.alipay.com/x",
        "alipayobjects.com",
        "【支付宝】",
    ],
)
def test_search_finds_alipay_first(catalog: Catalog, query: str) -> None:
    found = catalog.search(query)
    assert found and found[0].id == "alipay"


def test_search_ranks_exact_then_prefix_then_substring(catalog: Catalog) -> None:
    # "wx": exact alias of WeChat only.
    assert ids(catalog.search("wx")) == ["wechat"]
    # "qq": exact for QQ; a prefix of WeChat's qq.com; QQ comes first despite lower popularity.
    assert ids(catalog.search("qq")) == ["qq", "wechat"]
    # "银行": a substring of ICBC's Chinese name and of generic_bank's (generics not searched).
    assert ids(catalog.search("银行")) == ["icbc"]
    # "g": Google's SMS sender "G-" exactly; a prefix of "gsyh" (ICBC); inside "tengxunqq".
    assert ids(catalog.search("g")) == ["google", "icbc", "qq"]
    # "mail": substring of "gmail" only, so it ranks as a substring match.
    assert ids(catalog.search("mail")) == ["google"]


def test_search_ties_broken_by_popularity(catalog: Catalog) -> None:
    # "腾讯科技" is an SMS signature of QQ only, so "腾讯" is a prefix match for QQ alone.
    assert ids(catalog.search("腾讯")) == ["qq"]
    # "i": prefix of "icbc" (80) and of QQ's im.qq.com (90); inside "alipay" (95),
    # "weixin" (99) and "gmail" (85). Prefix matches first, each group by popularity.
    assert ids(catalog.search("i")) == ["qq", "icbc", "wechat", "alipay", "google"]


def test_search_suffix_words_do_not_match_everything(catalog: Catalog) -> None:
    assert catalog.search("com") == []
    assert catalog.search("cn") == []


def test_search_empty_lists_most_popular_and_limit(catalog: Catalog) -> None:
    assert ids(catalog.search("")) == ["wechat", "alipay", "qq", "google", "icbc"]
    assert ids(catalog.search("  ", limit=2)) == ["wechat", "alipay"]
    assert catalog.search("alipay", limit=0) == []
    assert catalog.search("nothing-like-this") == []


def test_search_finds_chinese_names_in_english_ui(catalog: Catalog) -> None:
    assert ids(catalog.search("工行", lang="en")) == ["icbc"]
    assert ids(catalog.search("谷歌", lang="en")) == ["google"]
    assert ids(catalog.search("google account", lang="zh_CN")) == ["google"]


# -- domains and SMS senders ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("alipay.com", "alipay"),
        ("ALIPAY.COM", "alipay"),
        ("www.alipay.com", "alipay"),
        ("https://www.alipay.com/x?y=1", "alipay"),
        ("http://user@m.alipay.com:8443/path", "alipay"),
        ("alipay.com.", "alipay"),
        ("a.b.c.alipayobjects.com", "alipay"),
        ("mybank.icbc.com.cn", "icbc"),
        ("weixin.qq.com", "wechat"),  # longest match beats qq.com
        ("https://weixin.qq.com/cgi", "wechat"),
        ("mail.qq.com", "qq"),  # qq.com: both claim it; QQ is named after it
        ("qq.com", "qq"),
        ("accounts.google.com", "google"),
    ],
)
def test_service_for_domain(catalog: Catalog, host: str, expected: str) -> None:
    found = catalog.service_for_domain(host)
    assert found is not None and found.id == expected


@pytest.mark.parametrize("host", ["", "com", "notalipay.com", "alipay.co", "http://", "::::"])
def test_service_for_domain_no_match(catalog: Catalog, host: str) -> None:
    assert catalog.service_for_domain(host) is None


@pytest.mark.parametrize(
    ("sender", "expected"),
    [
        ("支付宝", "alipay"),
        ("【支付宝】", "alipay"),
        (" 工商银行 ", "icbc"),
        ("wechat", "wechat"),
        ("WECHAT", "wechat"),
        ("g-", "google"),
        ("腾讯科技", "qq"),  # QQ and WeChat fixtures: only QQ claims it
    ],
)
def test_service_for_sms_sender(catalog: Catalog, sender: str, expected: str) -> None:
    found = catalog.service_for_sms_sender(sender)
    assert found is not None and found.id == expected


def test_shared_sms_signature_lists_every_claimant(catalog: Catalog) -> None:
    both = catalog.with_user_services([{"id": "wechat", "sms_signatures": ["微信", "腾讯科技"]}])
    assert ids(both.services_for_sms_sender("【腾讯科技】")) == ["wechat", "qq"]
    found = both.service_for_sms_sender("腾讯科技")
    assert found is not None and found.id == "wechat"  # the more popular
    assert both.services_for_sms_sender("nobody") == []


@pytest.mark.parametrize("sender", ["", "支付", "支付宝客服", "Google LLC"])
def test_service_for_sms_sender_is_exact(catalog: Catalog, sender: str) -> None:
    assert catalog.service_for_sms_sender(sender) is None


def test_by_category_and_region(catalog: Catalog) -> None:
    assert ids(catalog.by_category(Category.SOCIAL)) == ["qq"]
    assert ids(catalog.by_category(Category.BANK)) == ["icbc"]
    assert ids(catalog.by_category(Category.BANK, region="US")) == []
    assert ids(catalog.by_category(Category.MESSAGING, region="US")) == ["wechat"]
    assert ids(catalog.by_category(Category.EMAIL, region="CN")) == ["google"]
