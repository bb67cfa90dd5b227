"""core.web.host_of: one reading of a web address for the catalog and the importers alike."""

from __future__ import annotations

import pytest

from ringoff.core import catalog
from ringoff.core.web import host_of


@pytest.mark.parametrize(
    ("url", "host"),
    [
        # what the importers need (password-manager rows)
        ("https://WWW.Example.com:8443/x?y=1", "example.com"),
        ("https://user@mail.163.com/", "mail.163.com"),
        ("example.org/login", "example.org"),
        ("android://aGFzaA==@com.tencent.mm/", "com.tencent.mm"),
        ("https://jd.com,https://m.jd.com", "jd.com"),
        ("https://a.example.com https://b.example.com", "a.example.com"),
        ("ftp://files.example.net", "files.example.net"),
        ("http://[2001:db8::1]:8080/", "2001:db8::1"),
        ("chrome://FirefoxAccounts", ""),
        ("moz-extension://abc/page.html", ""),
        ("mailto:someone@example.com", ""),
        ("about:blank", ""),
        ("", ""),
        ("   ", ""),
        ("https://exa mple.com/", "exa"),  # the first of two words
        ('https://"quoted".com/', ""),
        # what the catalog needs (what a person types in the search field)
        ("ALIPAY.COM", "alipay.com"),
        ("alipay.com.", "alipay.com"),
        ("http://user@m.alipay.com:8443/path", "m.alipay.com"),
        ("ａｌｉｐａｙ．ｃｏｍ", "alipay.com"),  # full-width, from a Chinese keyboard
        ("https://ｗｗｗ.alipay.com/x", "alipay.com"),
        ("http://", ""),
        ("::::", ""),
        ("localhost:8080", "localhost"),
        # "www." goes only when a domain remains
        ("www.com", "www.com"),
        ("www.gov.uk", "gov.uk"),
    ],
)
def test_host_of(url: str, host: str) -> None:
    assert host_of(url) == host


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("www.gov.uk", "www.gov.uk"),  # a catalog domain written with www.
        ("https://WWW.Example.com/", "www.example.com"),
        ("example.com", "example.com"),
    ],
)
def test_host_of_can_keep_www(url: str, host: str) -> None:
    assert host_of(url, keep_www=True) == host


def test_the_catalog_exposes_the_same_function() -> None:
    assert catalog.host_of is host_of
