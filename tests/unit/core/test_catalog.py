"""core.catalog on the small fixture catalog in tests/data/catalog (not the shipped files)."""

from __future__ import annotations

import copy
import shutil
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ringoff.core import catalog as cat
from ringoff.core.catalog import Catalog, to_json_list, validate, validate_text
from ringoff.core.model import Action, Category, Use

FIXTURES = Path(__file__).resolve().parents[2] / "data" / "catalog"


@pytest.fixture
def catalog_dir(tmp_path: Path) -> Path:
    """A private copy of the fixture catalog (tests write caches and broken files into it)."""
    target = tmp_path / "catalog"
    shutil.copytree(FIXTURES, target)
    return target


@pytest.fixture
def catalog(catalog_dir: Path) -> Catalog:
    return Catalog.load(catalog_dir, use_cache=False)


def _alipay_data() -> dict[str, Any]:
    return tomllib.loads((FIXTURES / "alipay.toml").read_text("utf-8"))


def _ids(services: list[cat.Service]) -> list[str]:
    return [s.id for s in services]


# -- loading -------------------------------------------------------------------------------


def test_load_reads_every_fixture_and_keeps_generics_apart(catalog: Catalog) -> None:
    assert catalog.problems == []
    assert sorted(s.id for s in catalog) == ["alipay", "google", "icbc", "qq", "wechat"]
    assert len(catalog) == 5
    assert "generic_bank" not in _ids(list(catalog))
    generic = catalog.get("generic_bank")
    assert generic is not None and generic.is_generic
    assert catalog.generic("bank") is generic
    assert catalog.generic("generic_bank") is generic
    assert catalog.generic(Category.BANK) is generic
    assert catalog.generic("email") is None  # not among the fixtures


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
    dp = cat.default_priority
    assert dp(Category.BANK, [], True) == 10
    assert dp(Category.PAYMENT, [], False) == 20
    assert dp(Category.GOVERNMENT, [], True) == 30
    assert dp(Category.GOVERNMENT, [], False) == 40
    assert dp(Category.FINANCE, [Use.SIGN_IN], False) == 45
    assert dp(Category.TELECOM, [], False) == 45
    assert dp(Category.SHOPPING, [Use.CODES], False) == 50
    assert dp(Category.SHOPPING, [Use.NOTIFICATIONS], False) == 60


def test_bad_file_is_skipped_and_listed(catalog_dir: Path) -> None:
    (catalog_dir / "broken.toml").write_text('id = "broken"\nnames = {', "utf-8")
    data = (catalog_dir / "qq.toml").read_text("utf-8").replace('category = "social"', "")
    (catalog_dir / "qq.toml").write_text(data, "utf-8")
    (catalog_dir / "latin1.toml").write_bytes('id = "caf\xe9"'.encode("latin-1"))
    loaded = Catalog.load(catalog_dir, use_cache=False)
    assert sorted(s.id for s in loaded) == ["alipay", "google", "icbc", "wechat"]
    assert any(p.startswith("broken.toml: not valid TOML") for p in loaded.problems)
    assert "qq.toml: category: missing" in loaded.problems
    assert "latin1.toml: not UTF-8 text" in loaded.problems


def test_missing_directory_gives_an_empty_catalog(tmp_path: Path) -> None:
    loaded = Catalog.load(tmp_path / "nowhere")
    assert len(loaded) == 0
    assert len(loaded.problems) == 1


def test_duplicate_ids_from_services_keep_the_first(catalog: Catalog) -> None:
    alipay = catalog.get("alipay")
    assert alipay is not None
    again = Catalog.from_services([alipay, alipay])
    assert len(again) == 1
    assert again.problems == ["alipay: the id is used twice; the second is skipped"]


# -- the compiled cache ------------------------------------------------------------------


def test_cache_gives_the_same_catalog(catalog_dir: Path, tmp_path: Path) -> None:
    cache = tmp_path / "compiled.json"
    plain = Catalog.load(catalog_dir, use_cache=False)
    cat.write_compiled(catalog_dir, cache)
    cached = Catalog.load(catalog_dir, cache=cache)
    assert list(cached) == list(plain)
    assert cached.generics == plain.generics


def test_cache_is_used_when_hashes_match(catalog_dir: Path, tmp_path: Path) -> None:
    cache = tmp_path / "compiled.json"
    cat.write_compiled(catalog_dir, cache)
    # Doctor the cached data: if load still shows the file's name, the cache was ignored.
    text = cache.read_text("utf-8").replace('"Alipay"', '"Alipay (cached)"')
    cache.write_text(text, "utf-8")
    alipay = Catalog.load(catalog_dir, cache=cache).get("alipay")
    assert alipay is not None and alipay.name("en") == "Alipay (cached)"


def test_changed_file_beats_a_stale_cache(catalog_dir: Path, tmp_path: Path) -> None:
    cache = tmp_path / "compiled.json"
    cat.write_compiled(catalog_dir, cache)
    path = catalog_dir / "alipay.toml"
    path.write_text(path.read_text("utf-8").replace('en = "Alipay"', 'en = "Alipay 2"'), "utf-8")
    alipay = Catalog.load(catalog_dir, cache=cache).get("alipay")
    assert alipay is not None and alipay.name("en") == "Alipay 2"


def test_cache_keeps_the_verdicts(catalog_dir: Path, tmp_path: Path) -> None:
    path = catalog_dir / "qq.toml"
    path.write_text(path.read_text("utf-8").replace('category = "social"', ""), "utf-8")
    cache = tmp_path / "compiled.json"
    cat.write_compiled(catalog_dir, cache)
    plain = Catalog.load(catalog_dir, use_cache=False)
    cached = Catalog.load(catalog_dir, cache=cache)
    assert cached.problems == plain.problems == ["qq.toml: category: missing"]
    assert list(cached) == list(plain)


def test_cached_verdicts_need_the_same_checker(catalog_dir: Path, tmp_path: Path) -> None:
    cache = tmp_path / "compiled.json"
    cat.write_compiled(catalog_dir, cache)
    doctored = cache.read_text("utf-8").replace('"category":"payment"', '"category":"nonsense"')
    cache.write_text(doctored, "utf-8")
    # Same checker: the recorded "valid" is trusted, and building the entry then fails cleanly.
    trusted = Catalog.load(catalog_dir, cache=cache)
    assert trusted.get("alipay") is None
    assert [p.split(" (")[0] for p in trusted.problems] == ["alipay.toml: cannot be used"]
    # Another checker (the rules changed since the cache was made): the cached entry is not
    # used at all; the file is parsed and checked again.
    cache.write_text(doctored.replace(cat.checker_fingerprint(), "0" * 24), "utf-8")
    checked = Catalog.load(catalog_dir, cache=cache)
    assert checked.problems == []
    alipay = checked.get("alipay")
    assert alipay is not None and alipay.category is Category.PAYMENT


def test_checker_fingerprint_follows_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    before = cat.checker_fingerprint()
    cat.checker_fingerprint.cache_clear()
    assert cat.checker_fingerprint() == before  # stable
    monkeypatch.setattr(cat, "REQUIREMENTS", cat.REQUIREMENTS | {"carrier_pigeon"})
    cat.checker_fingerprint.cache_clear()
    try:
        assert cat.checker_fingerprint() != before
    finally:
        monkeypatch.undo()
        cat.checker_fingerprint.cache_clear()
    assert cat.checker_fingerprint() == before


def test_refresh_cache_writes_it_once(catalog_dir: Path) -> None:
    cache = cat.compiled_path(catalog_dir)
    assert cache.name == "catalog.compiled.json"
    assert not cache.exists()
    Catalog.load(catalog_dir, refresh_cache=True)
    assert cache.read_bytes() == cat.compile_catalog(catalog_dir)
    before = cache.stat().st_mtime_ns
    Catalog.load(catalog_dir, refresh_cache=True)
    assert cache.stat().st_mtime_ns == before  # fresh: not rewritten


@pytest.mark.parametrize("content", [b"", b"{not json", b'{"format": 999, "files": {}}', b"[]"])
def test_damaged_cache_is_ignored(catalog_dir: Path, tmp_path: Path, content: bytes) -> None:
    cache = tmp_path / "compiled.json"
    cache.write_bytes(content)
    loaded = Catalog.load(catalog_dir, cache=cache)
    assert loaded.problems == []
    assert len(loaded) == 5


# -- search --------------------------------------------------------------------------------


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
    assert _ids(catalog.search("wx")) == ["wechat"]
    # "qq": exact for QQ; a prefix of WeChat's qq.com; QQ comes first despite lower popularity.
    assert _ids(catalog.search("qq")) == ["qq", "wechat"]
    # "银行": a substring of ICBC's Chinese name and of generic_bank's (generics not searched).
    assert _ids(catalog.search("银行")) == ["icbc"]
    # "g": Google's SMS sender "G-" exactly; a prefix of "gsyh" (ICBC); inside "tengxunqq".
    assert _ids(catalog.search("g")) == ["google", "icbc", "qq"]
    # "mail": substring of "gmail" only, so it ranks as a substring match.
    assert _ids(catalog.search("mail")) == ["google"]


def test_search_ties_broken_by_popularity(catalog: Catalog) -> None:
    # "腾讯科技" is an SMS signature of QQ only, so "腾讯" is a prefix match for QQ alone.
    assert _ids(catalog.search("腾讯")) == ["qq"]
    # "i": prefix of "icbc" (80) and of QQ's im.qq.com (90); inside "alipay" (95),
    # "weixin" (99) and "gmail" (85). Prefix matches first, each group by popularity.
    assert _ids(catalog.search("i")) == ["qq", "icbc", "wechat", "alipay", "google"]


def test_search_suffix_words_do_not_match_everything(catalog: Catalog) -> None:
    assert catalog.search("com") == []
    assert catalog.search("cn") == []


def test_search_empty_lists_most_popular_and_limit(catalog: Catalog) -> None:
    assert _ids(catalog.search("")) == ["wechat", "alipay", "qq", "google", "icbc"]
    assert _ids(catalog.search("  ", limit=2)) == ["wechat", "alipay"]
    assert catalog.search("alipay", limit=0) == []
    assert catalog.search("nothing-like-this") == []


def test_search_finds_chinese_names_in_english_ui(catalog: Catalog) -> None:
    assert _ids(catalog.search("工行", lang="en")) == ["icbc"]
    assert _ids(catalog.search("谷歌", lang="en")) == ["google"]
    assert _ids(catalog.search("google account", lang="zh_CN")) == ["google"]


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
    assert _ids(both.services_for_sms_sender("【腾讯科技】")) == ["wechat", "qq"]
    found = both.service_for_sms_sender("腾讯科技")
    assert found is not None and found.id == "wechat"  # the more popular
    assert both.services_for_sms_sender("nobody") == []


@pytest.mark.parametrize("sender", ["", "支付", "支付宝客服", "Google LLC"])
def test_service_for_sms_sender_is_exact(catalog: Catalog, sender: str) -> None:
    assert catalog.service_for_sms_sender(sender) is None


def test_by_category_and_region(catalog: Catalog) -> None:
    assert _ids(catalog.by_category(Category.SOCIAL)) == ["qq"]
    assert _ids(catalog.by_category(Category.BANK)) == ["icbc"]
    assert _ids(catalog.by_category(Category.BANK, region="US")) == []
    assert _ids(catalog.by_category(Category.MESSAGING, region="US")) == ["wechat"]
    assert _ids(catalog.by_category(Category.EMAIL, region="CN")) == ["google"]


# -- user entries ----------------------------------------------------------------------------


def test_user_correction_wins_and_is_marked(catalog: Catalog) -> None:
    fixed = catalog.with_user_services(
        [
            {
                "id": "alipay",
                "names": {"en": "Alipay (mine)"},
                "actions": {"change": {"steps": {"zh_CN": ["新的第一步。", "新的第二步。"]}}},
            }
        ]
    )
    alipay = fixed.get("alipay")
    assert alipay is not None
    assert alipay.origin == "user"
    assert alipay.name("en") == "Alipay (mine)"
    assert alipay.name("zh_CN") == "支付宝"  # kept from the shipped entry
    guide = alipay.actions[Action.CHANGE]
    assert guide.steps_for("zh_CN") == ("新的第一步。", "新的第二步。")
    assert guide.steps_for("en") == ("Open Alipay.", "Tap Me.", "Change the number.")
    assert guide.fallback is not None  # untouched parts stay
    assert alipay.last_checked == date(2026, 1, 15)
    assert alipay.domains == ("alipay.com", "alipayobjects.com")
    assert fixed.search("Alipay (mine)")[0] is alipay
    assert fixed.service_for_domain("alipay.com") is alipay
    # The original catalog is unchanged.
    original = catalog.get("alipay")
    assert original is not None and original.origin == "shipped"
    assert fixed.problems == []


def test_user_new_entry_one_language(catalog: Catalog) -> None:
    fixed = catalog.with_user_services(
        [
            {
                "id": "corner_shop",
                "category": "shopping",
                "names": {"zh_CN": "楼下小店"},
                "aliases": ["louxia"],
                "actions": {"change": {"steps": {"zh_CN": ["去店里说一声。"]}}},
            }
        ],
        today=date(2026, 5, 1),
    )
    shop = fixed.get("corner_shop")
    assert shop is not None
    assert shop.origin == "user"
    assert shop.name("en") == "楼下小店"  # one language only: used for every language
    assert shop.actions[Action.CHANGE].steps_for("en") == ("去店里说一声。",)
    assert shop.last_checked == date(2026, 5, 1)
    assert shop.priority == 60
    assert len(fixed) == 6
    assert _ids(fixed.search("louxia")) == ["corner_shop"]
    row = to_json_list([shop])[0]
    assert row["names"] == {"zh_CN": "楼下小店", "en": "楼下小店"}
    assert row["origin"] == "user"


def test_user_entry_round_trips_through_json(catalog: Catalog) -> None:
    """The vault keeps user entries as JSON: the to_json_list shape is read back as it was."""
    import json

    google = catalog.get("google")
    assert google is not None
    stored = json.loads(json.dumps(to_json_list([google])[0]))
    stored["id"] = "my_google"
    stored["last_checked"] = "2026-06-30"
    mine = catalog.with_user_services([stored]).get("my_google")
    assert mine is not None, catalog.with_user_services([stored]).problems
    assert mine.origin == "user"
    assert mine.last_checked == date(2026, 6, 30)
    assert mine.actions == google.actions
    assert (mine.names, mine.domains, mine.uses) == (google.names, google.domains, google.uses)


def test_bad_user_entries_are_skipped_with_problems(catalog: Catalog) -> None:
    fixed = catalog.with_user_services(
        [
            {"id": "nameless", "category": "shopping", "actions": {}},
            {"id": "alipay", "category": "nonsense"},
            "not a table",  # type: ignore[list-item]
        ]
    )
    assert fixed.get("nameless") is None
    alipay = fixed.get("alipay")
    assert alipay is not None and alipay.origin == "shipped"
    assert any(p.startswith("user:nameless: names: missing") for p in fixed.problems)
    assert any(p.startswith("user:alipay: category") for p in fixed.problems)
    assert any("not a table" in p for p in fixed.problems)


# -- JSON ------------------------------------------------------------------------------------


def test_to_json_list_shape(catalog: Catalog) -> None:
    import json

    alipay = catalog.get("alipay")
    google = catalog.get("google")
    assert alipay is not None and google is not None
    rows = to_json_list([alipay, google])
    json.dumps(rows)  # plain JSON types only
    row = rows[0]
    for key in (
        "id",
        "names",
        "aliases",
        "category",
        "regions",
        "domains",
        "sms_signatures",
        "actions",
        "help_url",
        "sources",
        "last_checked",
        "priority",
        "uses",
        "confidence",
        "origin",
    ):
        assert key in row
    assert row["names"] == {"zh_CN": "支付宝", "en": "Alipay"}
    assert row["last_checked"] == "2026-01-15"
    assert row["uses"] == ["codes", "payment", "sign_in"]
    change = row["actions"]["change"]
    assert change["steps"]["en"] == ["Open Alipay.", "Tap Me.", "Change the number."]
    assert change["requires"] == ["old_sms", "new_sms"]
    assert change["fallback"] == {
        "requires": ["face_check"],
        "steps": {"zh_CN": ["选择原号码不能用。"], "en": ["Say the old number does not work."]},
    }
    assert rows[1]["actions"]["remove"]["fallback"] is None
    assert set(rows[1]["actions"]) == {"change", "remove"}


# -- validation ------------------------------------------------------------------------------


def test_fixture_entry_is_valid() -> None:
    assert validate(_alipay_data(), source="alipay.toml") == []


FIXTURE_READ = cat.date(2026, 1, 15)


def _source(url: str, kind: str = "user_report", read: Any = FIXTURE_READ) -> Any:
    return lambda d: d.update(sources=[{"url": url, "read": read, "kind": kind}])


def _contact(drop: str = "", **changes: Any) -> Any:
    line = {
        "kind": "phone",
        "value": "95188",
        "region": "CN",
        "note_en": "Alipay's hotline",
        "note_zh": "支付宝客服电话",
        "source": "https://www.alipay.com/contact",
        "read": cat.date(2026, 12, 1),
    }
    line.update(changes)
    line.pop(drop, None)
    return lambda d: d.update(contacts=[line])


def _broken(change: Any) -> list[str]:
    data = _alipay_data()
    change(data)
    return validate(data, source="alipay.toml")


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.pop("sources"), "sources: missing"),
        (lambda d: d.update(sources=[]), "sources: name at least one"),
        (lambda d: d.update(sources=["https://x.org/a"]), "sources[0]: expected { url"),
        (_source("ftp://x.org/a"), "is not a web address"),
        (_source("http://help.example.org/a"), "must use https"),
        (_source("https://proxy-dev.blitzz.co/help.twitter.com/x"), "is a proxy"),
        (_source("https://siteproxy.837520.xyz/support.apple.com"), "is a proxy"),
        (_source("https://techwiserco.pages.dev/change-number"), "is a proxy"),
        (_source("https://newhouse.yeequu.com/a/1.html"), "content farm"),
        (_source("https://protnn.me/support/recovery"), "looks like proton.me"),
        (_source("https://proton-me.help/recovery"), "looks like proton.me"),
        (_source("https://example.org/a", kind="official"), "not on the service's own"),
        (_source("https://www.alipay.com/help", kind="press"), "mark it official"),
        (_source("https://example.org/a", kind="regulator"), "not a government site"),
        (_source("https://example.org/a", kind="press"), "not in PRESS_HOSTS"),
        (_source("https://example.org/a", kind="rumour"), "kind must be one of"),
        (_source("https://example.org/a", read="2026-01-15"), "read: expected the date"),
        (_source("https://example.org/a", read=cat.date(2026, 1, 1)), "not the day the sources"),
        (lambda d: d.update(confidence="official"), "needs a source on the service's own"),
        (lambda d: d.pop("last_checked"), "last_checked: missing"),
        (lambda d: d.update(general=True), "a general guide claims no check"),
        (lambda d: d.update(general="yes"), "general: expected true or false"),
        (lambda d: d.pop("help_kind"), "a home page is not a help page"),
        (lambda d: d.update(help_kind="home"), "help_kind: expected help or website"),
        (lambda d: d.update(help_url="https://alipay.example.org/help"), "help_url: https://"),
        (lambda d: d.update(help_url="http://www.alipay.com/help"), "must use https"),
        (_contact(value="call us"), "is not a phone number"),
        (_contact(source="https://example.org/hotline"), "not on the service's own"),
        (_contact(kind="fax"), "kind: expected phone, counter or web"),
        (_contact(region="China"), "region: expected an ISO"),
        (_contact(read="2026-01-01"), "read: expected the date"),
        (_contact(drop="source"), "missing source"),
        (lambda d: d["names"].pop("en"), "names: missing en"),
        (lambda d: d["names"].update(fr="Alipay"), "names: unknown language fr"),
        (lambda d: d.update(last_checked="2026-01-15"), "last_checked: expected a date"),
        (lambda d: d.update(id="Alipay"), "id: use lowercase"),
        (lambda d: d.update(id="alipay2"), "id: 'alipay2' differs from the file name"),
        (lambda d: d.update(category="bank2"), "category: unknown 'bank2'"),
        (lambda d: d.update(uses=["sign_in", "spam"]), "uses: unknown 'spam'"),
        (lambda d: d.update(regions=["cn"]), "regions: 'cn' is not an ISO 3166"),
        (lambda d: d.update(regions=[]), "regions: expected a non-empty list"),
        (lambda d: d.update(domains=["Alipay.com"]), "must be lowercase"),
        (lambda d: d.update(domains=["https://alipay.com"]), "must be a bare domain"),
        (lambda d: d.update(domains=["alipay.com/help"]), "must be a bare domain"),
        (lambda d: d.update(domains=["alipay"]), "needs at least one dot"),
        (lambda d: d.update(domains=["alipay..com"]), "invalid part"),
        (lambda d: d.update(domains=["alipay.com:80"]), "must not carry a port"),
        (lambda d: d.update(domains=["10.0.0.1"]), "looks like an IP"),
        (lambda d: d.update(popularity=101), "popularity: expected a whole number"),
        (lambda d: d.update(popularity=True), "popularity: expected a whole number"),
        (lambda d: d.update(priority="high"), "priority: expected a whole number"),
        (lambda d: d.update(difficulty="trivial"), "difficulty: expected easy"),
        (lambda d: d.update(confidence="sure"), "confidence: expected official"),
        (lambda d: d.update(help_url="www.alipay.com"), "help_url: expected an http(s)"),
        (lambda d: d.update(verifies_through_bank="yes"), "verifies_through_bank"),
        (lambda d: d.update(colour="blue"), "unknown field colour"),
        (lambda d: d.update(note={"zh_CN": "只有中文"}), "note: missing en"),
        (lambda d: d.update(actions={}), "actions: describe at least one"),
        (lambda d: d["actions"].update(delete=d["actions"]["change"]), "actions.delete: unknown"),
        (
            lambda d: d["actions"]["change"].update(requires=["old_sms", "telepathy"]),
            "actions.change.requires: unknown requirement 'telepathy'",
        ),
        (
            lambda d: d["actions"]["change"]["steps"]["en"].pop(),
            "actions.change.steps: the languages have different numbers of steps",
        ),
        (
            lambda d: d["actions"]["change"]["steps"].pop("zh_CN"),
            "actions.change.steps: missing zh_CN",
        ),
        (
            lambda d: d["actions"]["change"]["steps"].update(en=[]),
            "actions.change.steps.en: expected a non-empty list",
        ),
        (
            lambda d: d["actions"]["change"]["steps"]["en"].__setitem__(0, "  "),
            "actions.change.steps.en: every step must be non-empty",
        ),
        (
            lambda d: d["actions"]["change"]["fallback"]["steps"]["en"].append("More."),
            "actions.change.fallback.steps: the languages have different numbers",
        ),
        (
            lambda d: d["actions"]["change"]["fallback"].pop("steps"),
            "actions.change.fallback.steps: missing",
        ),
        (
            lambda d: d["actions"]["change"].update(verify={"en": "Look."}),
            "actions.change.verify: missing zh_CN",
        ),
        (lambda d: d["actions"]["change"].pop("difficulty"), "actions.change.difficulty"),
        (lambda d: d["actions"]["change"].update(when="now"), "unknown field when"),
    ],
)
def test_validate_catches(change: Any, expected: str) -> None:
    problems = _broken(change)
    assert any(expected in p for p in problems), problems
    assert all(p.startswith("alipay.toml: ") for p in problems)


def test_validate_generic_id_rules() -> None:
    data = _alipay_data()
    assert any("belong in _generic/" in p for p in validate(data, source="_generic/alipay.toml"))
    data["id"] = "generic_x"
    data["help_url"] = ""
    assert any("claims no check" in p for p in validate(data, source="_generic/generic_x.toml"))
    del data["last_checked"], data["confidence"]
    assert validate(data, source="_generic/generic_x.toml") == []
    assert any("belong in _generic/" in p for p in validate(data, source="generic_x.toml"))


def test_validate_user_mode_is_lenient_but_not_blind() -> None:
    entry = {"id": "x1", "category": "other", "names": {"en": "X"}}
    entry["actions"] = {"close": {"steps": {"en": ["Close it."]}}}
    assert validate(entry, source="user:x1", user=True) == []
    assert validate(entry, source="user:x1") != []  # not enough for a shipped file
    entry["names"] = {}
    assert validate(entry, source="user:x1", user=True) == ["user:x1: names: needs zh_CN or en"]


def test_validate_text_reports_toml_errors() -> None:
    assert validate_text("id = ", source="x.toml")[0].startswith("x.toml: not valid TOML")
    text = (FIXTURES / "alipay.toml").read_text("utf-8")
    assert validate_text(text, source="alipay.toml") == []


_json_leaf = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8)
_values = st.recursive(
    _json_leaf | st.dates(),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=8) | st.sampled_from(["en", "zh_CN", "steps"]), inner)
    ),
    max_leaves=8,
)
_keys = st.sampled_from(sorted(cat._KNOWN_KEYS)) | st.text(max_size=6)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(_keys, _values, max_size=8))
def test_validate_never_raises_on_arbitrary_dicts(data: dict[str, Any]) -> None:
    for user in (False, True):
        problems = validate(data, source="any.toml", user=user)
        assert isinstance(problems, list)
        assert all(isinstance(p, str) for p in problems)
        assert not any("cannot be checked" in p for p in problems)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(cat._KNOWN_KEYS)), _values, st.sampled_from(["change", "steps"]))
def test_validate_never_raises_on_mutated_entries(key: str, value: Any, where: str) -> None:
    data = copy.deepcopy(_alipay_data())
    if where == "steps":
        data["actions"]["change"]["steps"]["en"] = value
    else:
        data[key] = value
    problems = validate(data, source="alipay.toml")
    assert not any("cannot be checked" in p for p in problems)
    if where == "change" and key in _alipay_data() and value == _alipay_data()[key]:
        assert problems == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_validate_text_never_raises(text: str) -> None:
    problems = validate_text(text, source="t.toml")
    assert isinstance(problems, list)
    assert problems  # no random text is a complete entry


# -- the trust rules: general guides, dates, contacts ---------------------------------------


def test_a_general_entry_claims_no_check_and_says_so() -> None:
    data = _alipay_data()
    del data["last_checked"], data["confidence"]
    data.update(general=True, sources=[])
    assert validate(data, source="alipay.toml") == []
    service = cat._build(data, "shipped")
    assert service.is_general and service.last_checked is None
    assert not service.possibly_out_of_date(cat.date(2030, 1, 1))
    assert to_json_list([service])[0]["last_checked"] is None
    assert to_json_list([service])[0]["general"] is True


def test_specific_entry_is_possibly_out_of_date_after_a_year(catalog: Catalog) -> None:
    alipay = catalog.get("alipay")
    assert alipay is not None and not alipay.is_general
    assert alipay.last_checked == cat.date(2026, 1, 15)
    assert alipay.sources[0].read == cat.date(2026, 1, 15)
    assert not alipay.possibly_out_of_date(cat.date(2027, 1, 15))
    assert alipay.possibly_out_of_date(cat.date(2027, 1, 16))


def test_contacts_are_checked_built_and_filtered_by_region() -> None:
    data = _alipay_data()
    _contact()(data)
    data["contacts"].append({**data["contacts"][0], "value": "+86 571 95188", "region": ""})
    assert validate(data, source="alipay.toml") == []
    service = cat._build(data, "shipped")
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
    data = _alipay_data()
    data["sources"] = [
        {"url": "https://help.antgroup.com/x", "read": cat.date(2026, 1, 15), "kind": "official"}
    ]
    assert any("not on the service's own" in p for p in validate(data, source="alipay.toml"))
    data["official_domains"] = ["antgroup.com"]
    assert validate(data, source="alipay.toml") == []
