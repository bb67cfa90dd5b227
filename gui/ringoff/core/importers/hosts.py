"""Web addresses to sites for the importers: :func:`registrable_host`
(``mail.google.com`` → ``google.com``) and the fast paths the collector uses for the usual
``https://host/…``. Also the sign-in hosts that stand for another service's domain.
"""

from __future__ import annotations

import re

_HOST_CACHE_LIMIT = 200_000
_TWO_LEVEL_SUFFIXES = frozenset({"com", "net", "org", "gov", "edu", "co", "ac", "or", "ne", "go"})
_KEEP_SCHEMES = frozenset({"http", "https", "android", "ftp", "ftps", ""})


_PORT_RE = re.compile(r":\d+$")
_PLAIN_WEB_URL = re.compile(
    r"\s*https?://(?:[^/?#@\s\\]*@)?([A-Za-z0-9][A-Za-z0-9.-]*)(?::\d*)?(?:[/?#]|\s*$)",
    re.IGNORECASE,
)


def _quick_host(url: str) -> str | None:
    """host_of() for the plain lowercase "https://host/…" of nearly every row, with one
    regular expression; None for anything else (then host_of decides)."""
    m = _QUICK_HOST.match(url)
    if m is None:
        return None
    host = m.group(1).strip(".")
    if host.startswith("www.") and host.count(".") >= 2:
        host = host[4:]
    return host or None


_QUICK_HOST = re.compile(r"https?://([a-z0-9][a-z0-9.\-]*)(?=[/?#]|\Z)")


def quick_site(url: str) -> tuple[str, str] | None:
    """``(host_of(url), registrable_host(host))`` for the plain lowercase "https://host/…" of
    nearly every row, in one call and one regular expression; None for anything else (then
    :func:`host_of` decides). The registrable part is :func:`registrable_host` written out for
    hosts of letters, digits, dots and hyphens (tests check that the two agree)."""
    m = _QUICK_HOST.match(url)
    if m is None:
        return None
    host = m.group(1).strip(".")  # never empty: the pattern starts with a letter or digit
    if host.startswith("www.") and host.count(".") >= 2:
        host = host[4:]
    last = host.rfind(".")
    if last < 0:
        return host, host
    second = host.rfind(".", 0, last)
    if second < 0 or (host[last + 1 :].isdigit() and host.replace(".", "").isdigit()):
        return host, host  # one dot, or an IPv4 address
    if len(host) - last == 3 and host[second + 1 : last] in _TWO_LEVEL_SUFFIXES:
        return host, host[host.rfind(".", 0, second) + 1 :]
    return host, host[second + 1 :]


def registrable_host(host: str) -> str:
    """A close guess of the registrable domain: ``mail.google.com`` → ``google.com``,
    ``www.bank.com.cn`` → ``bank.com.cn``. IP addresses and single labels stay as they are."""
    last = host.rfind(".")
    if last < 0 or ":" in host:
        return host
    second = host.rfind(".", 0, last)
    if second < 0:
        return host
    if host[last + 1 :].isdigit() and host.replace(".", "").isdigit():
        return host  # an IPv4 address
    if len(host) - last == 3 and host[second + 1 : last] in _TWO_LEVEL_SUFFIXES:
        third = host.rfind(".", 0, second)
        return host[third + 1 :]
    return host[second + 1 :]


#: Sign-in hosts whose registrable domain the catalog does not list, and the domain of their
#: service: login.microsoftonline.com is the sign-in page of Microsoft's identity platform
#: (https://learn.microsoft.com/en-us/entra/identity-platform/authentication-national-cloud),
#: msauth.net serves its sign-in pages; appleid.apple.com / icloud.com are Apple Account's.
_SIGN_IN_HOSTS: dict[str, str] = {
    "microsoftonline.com": "microsoft.com",
    "msauth.net": "microsoft.com",
    "windows.net": "microsoft.com",
    "icloud.com": "apple.com",
    "googleusercontent.com": "google.com",
}
