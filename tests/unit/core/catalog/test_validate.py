"""core.catalog.validate and .sources: what an entry must hold, and which pages it may cite."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ringoff.core.catalog import _KNOWN_KEYS, validate, validate_text

from .conftest import FIXTURES, alipay_data, contact_change, source_change


def test_fixture_entry_is_valid() -> None:
    assert validate(alipay_data(), source="alipay.toml") == []


def _broken(change: Any) -> list[str]:
    data = alipay_data()
    change(data)
    return validate(data, source="alipay.toml")


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.pop("sources"), "sources: missing"),
        (lambda d: d.update(sources=[]), "sources: name at least one"),
        (lambda d: d.update(sources=["https://x.org/a"]), "sources[0]: expected { url"),
        (source_change("ftp://x.org/a"), "is not a web address"),
        (source_change("http://help.example.org/a"), "must use https"),
        (source_change("https://proxy-dev.blitzz.co/help.twitter.com/x"), "is a proxy"),
        (source_change("https://siteproxy.837520.xyz/support.apple.com"), "is a proxy"),
        (source_change("https://techwiserco.pages.dev/change-number"), "is a proxy"),
        (source_change("https://newhouse.yeequu.com/a/1.html"), "content farm"),
        (source_change("https://protnn.me/support/recovery"), "looks like proton.me"),
        (source_change("https://proton-me.help/recovery"), "looks like proton.me"),
        (source_change("https://example.org/a", kind="official"), "not on the service's own"),
        (source_change("https://www.alipay.com/help", kind="press"), "mark it official"),
        (source_change("https://example.org/a", kind="regulator"), "not a government site"),
        (source_change("https://example.org/a", kind="press"), "not in PRESS_HOSTS"),
        (source_change("https://example.org/a", kind="rumour"), "kind must be one of"),
        (source_change("https://example.org/a", read="2026-01-15"), "read: expected the date"),
        (source_change("https://example.org/a", read=date(2026, 1, 1)), "not the day the sources"),
        (lambda d: d.update(confidence="official"), "needs a source on the service's own"),
        (lambda d: d.pop("last_checked"), "last_checked: missing"),
        (lambda d: d.update(general=True), "a general guide claims no check"),
        (lambda d: d.update(general="yes"), "general: expected true or false"),
        (lambda d: d.pop("help_kind"), "a home page is not a help page"),
        (lambda d: d.update(help_kind="home"), "help_kind: expected help or website"),
        (lambda d: d.update(help_url="https://alipay.example.org/help"), "help_url: https://"),
        (lambda d: d.update(help_url="http://www.alipay.com/help"), "must use https"),
        (contact_change(value="call us"), "is not a phone number"),
        (contact_change(source="https://example.org/hotline"), "not on the service's own"),
        (contact_change(kind="fax"), "kind: expected phone, counter or web"),
        (contact_change(region="China"), "region: expected an ISO"),
        (contact_change(read="2026-01-01"), "read: expected the date"),
        (contact_change(drop="source"), "missing source"),
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
    data = alipay_data()
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
_keys = st.sampled_from(sorted(_KNOWN_KEYS)) | st.text(max_size=6)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(_keys, _values, max_size=8))
def test_validate_never_raises_on_arbitrary_dicts(data: dict[str, Any]) -> None:
    for user in (False, True):
        problems = validate(data, source="any.toml", user=user)
        assert isinstance(problems, list)
        assert all(isinstance(p, str) for p in problems)
        assert not any("cannot be checked" in p for p in problems)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(_KNOWN_KEYS)), _values, st.sampled_from(["change", "steps"]))
def test_validate_never_raises_on_mutated_entries(key: str, value: Any, where: str) -> None:
    data = copy.deepcopy(alipay_data())
    if where == "steps":
        data["actions"]["change"]["steps"]["en"] = value
    else:
        data[key] = value
    problems = validate(data, source="alipay.toml")
    assert not any("cannot be checked" in p for p in problems)
    if where == "change" and key in alipay_data() and value == alipay_data()[key]:
        assert problems == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_validate_text_never_raises(text: str) -> None:
    problems = validate_text(text, source="t.toml")
    assert isinstance(problems, list)
    assert problems  # no random text is a complete entry
