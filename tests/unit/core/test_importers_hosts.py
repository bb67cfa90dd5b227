"""Web addresses to hosts and registrable domains, and the collector's fast path for them.

The fast path (:func:`quick_site`, one regular expression for the usual lowercase
``https://host/…``) must give exactly what :func:`host_of` and :func:`registrable_host` give,
or previews would group sites differently depending on how an address is written.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ringoff.core.importers import host_of, registrable_host
from ringoff.core.importers.hosts import quick_site


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://WWW.Example.com:8443/x?y=1", "example.com"),
        ("https://user@mail.163.com/", "mail.163.com"),
        ("example.org/login", "example.org"),
        ("android://aGFzaA==@com.tencent.mm/", "com.tencent.mm"),
        ("https://jd.com,https://m.jd.com", "jd.com"),
        ("ftp://files.example.net", "files.example.net"),
        ("chrome://FirefoxAccounts", ""),
        ("moz-extension://abc/page.html", ""),
        ("mailto:someone@example.com", ""),
        ("", ""),
    ],
)
def test_host_of(url: str, host: str) -> None:
    assert host_of(url) == host


@pytest.mark.parametrize(
    ("host", "site"),
    [
        ("mail.google.com", "google.com"),
        ("mybank.icbc.com.cn", "icbc.com.cn"),
        ("www.bbc.co.uk", "bbc.co.uk"),
        ("example.cn", "example.cn"),
        ("192.168.1.1", "192.168.1.1"),
        ("localhost", "localhost"),
    ],
)
def test_registrable_host(host: str, site: str) -> None:
    assert registrable_host(host) == site


_LABEL = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-.", min_size=0, max_size=12)
_TLD = st.sampled_from(
    ["com", "cn", "uk", "au", "net", "co", "c1", "1", "255", "", "shop", "a1-", "xn--fiqs8s", "-ab"]
)
_SECOND = st.sampled_from(["com", "net", "org", "gov", "edu", "co", "ac", "or", "ne", "go", "ab"])


@st.composite
def _urls(draw: st.DrawFn) -> str:
    scheme = draw(st.sampled_from(["https://", "http://", "HTTPS://", "ftp://", "", " https://"]))
    labels = draw(st.lists(st.one_of(_LABEL, _SECOND, st.just("www")), min_size=0, max_size=4))
    host = ".".join([*labels, draw(_TLD)])
    if draw(st.booleans()):
        host = draw(st.sampled_from(["www.", "WWW.", ".", "user@"])) + host
    tail = draw(st.sampled_from(["", "/", "/login?x=1", "#top", ":8080/", ".", "./x", " ", "\\x"]))
    return scheme + host + tail


_NAME = st.from_regex(r"[a-z0-9][a-z0-9-]{0,8}", fullmatch=True)


@st.composite
def _plain_urls(draw: st.DrawFn) -> str:
    """Addresses of the usual shape, the ones the fastest path takes."""
    labels = draw(st.lists(st.one_of(_NAME, _SECOND, st.just("www")), min_size=1, max_size=4))
    host = ".".join([*labels, draw(_TLD)])
    return draw(st.sampled_from(["https://", "http://"])) + host + draw(st.sampled_from(["", "/x"]))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_urls(), _plain_urls()))
def test_quick_site_agrees_with_host_of_and_registrable_host(url: str) -> None:
    quick = quick_site(url)
    if quick is not None:
        host = host_of(url)
        assert quick == (host, registrable_host(host))


@pytest.mark.parametrize(
    "url",
    [
        "https://login.shop5123.example.com/signin",
        "https://www.bbc.co.uk/",
        "https://mybank.icbc.com.cn/icbc/perbank/",
        "http://192.168.1.1/",
        "https://localhost",
        "https://www.com.cn/",
        "https://a.b.co.uk./x",
        "https://x.c1/",
    ],
)
def test_quick_site_takes_the_usual_addresses(url: str) -> None:
    host = host_of(url)
    assert quick_site(url) == (host, registrable_host(host))


@pytest.mark.parametrize(
    "url", ["HTTPS://Example.com/", "https://user@example.com/", "https://example.com:8080/", ""]
)
def test_quick_site_leaves_the_rest_to_host_of(url: str) -> None:
    assert quick_site(url) is None
