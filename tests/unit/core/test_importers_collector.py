"""The collector's short way for the usual CSV row (``add_plain``) gives exactly what the whole
way (``add``) gives, row by row, with the shipped catalog: same sites, services, titles,
counts, first lines and "signs in with the number"."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ringoff.core.importers.collector import _Collector
from ringoff.core.importers.usernames import _NumberTest
from ringoff.storage.catalog_files import load_folder
from ringoff.storage.resources import catalog_dir

CATALOG = load_folder(catalog_dir())
NUMBER = _NumberTest("+8613812345678", "CN")
DOMAINS = sorted(CATALOG.domain_index())


def _names() -> list[str]:
    out: set[str] = set()
    for ref in CATALOG.name_index().values():
        out.add(ref.name("en"))
        out.add(ref.name("zh_CN"))
    return sorted(out)


CATALOG_NAMES = _names()
_WORD = st.from_regex(r"[a-z0-9][a-z0-9-]{0,6}", fullmatch=True)


@st.composite
def _url(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 5))
    if kind == 0:
        return "https://" + draw(st.sampled_from(DOMAINS)) + draw(st.sampled_from(["", "/x"]))
    if kind == 1:
        sub = draw(st.sampled_from(["www.", "m.", "login.", "a.b.", ""]))
        return f"https://{sub}{draw(st.sampled_from(DOMAINS))}/login"
    if kind == 2:
        tld = draw(st.sampled_from(["com", "net", "shop", "co.uk", "com.cn", "cn", "1"]))
        return f"http://{draw(_WORD)}.{draw(_WORD)}.{tld}/p"
    if kind == 3:
        return draw(st.sampled_from(["", "android://h@com.tencent.mm/", "HTTPS://X.COM/", "x.com"]))
    if kind == 4:
        return "https://" + draw(_WORD) + draw(st.sampled_from([".com", ".com.", ".", ":8080/"]))
    return draw(st.text(max_size=30))


@st.composite
def _row(draw: st.DrawFn) -> tuple[str, str, str, str]:
    user = draw(
        st.sampled_from(["13812345678", "+86 138 1234 5678", "", "ab", "bob@example.com", "shop"])
    )
    secret = draw(st.sampled_from(["", "pw", "account", "hunter22", "My"]))
    title = draw(
        st.one_of(
            st.sampled_from(CATALOG_NAMES),
            st.sampled_from(["", "My shop account", "site.com (bob@example.com)", "x" * 70]),
            st.text(max_size=20),
            st.builds(lambda a, b: f"{a} {b}", _WORD, _WORD),
        )
    )
    return title.strip(), draw(_url()), user, secret


def _items(collector: _Collector) -> list[tuple[object, ...]]:
    return [dataclasses.astuple(i) for i in collector.result("chrome", 0).items]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_row(), max_size=40))
def test_short_way_equals_whole_way(
    rows: list[tuple[str, str, str, str]],
) -> None:
    short, whole = _Collector(NUMBER, CATALOG, "en"), _Collector(NUMBER, CATALOG, "en")
    for line, (title, url, user, secret) in enumerate(rows, start=2):
        short.add_plain(line, title, url, user, secret)
        whole.add(line, title, url, user, (secret,))
    assert _items(short) == _items(whole)


@pytest.mark.parametrize(
    ("title", "url"),
    [
        ("My shop account 5", "https://login.shop5.example.com/signin"),
        ("Taobao", "https://unknown-site.example.net/"),
        ("淘宝", "https://unknown-site.example.net/"),
        ("", "https://www.jd.com/"),
        ("Mail (bob@example.com)", "https://mail.163.com/"),
    ],
)
def test_usual_rows_agree(title: str, url: str) -> None:
    short, whole = _Collector(NUMBER, CATALOG, "en"), _Collector(NUMBER, CATALOG, "en")
    short.add_plain(7, title, url, "bob@example.com", "pw-1")
    whole.add(7, title, url, "bob@example.com", ("pw-1",))
    assert _items(short) == _items(whole) != []
