"""Web addresses as Ringoff compares them: the host name of a URL, a bare host or a saved login.

One :func:`host_of` serves the catalog (which service owns a host a person typed) and the
importers (which site a password-manager row belongs to), so both read an address the same way.
Pure text; no disk, no Qt.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

#: Schemes whose address names a site or an app; others (chrome:, moz-extension:, mailto:,
#: file:, about:) name none.
_KEEP_SCHEMES: Final = frozenset({"http", "https", "android", "ftp", "ftps", ""})
_PORT_RE: Final = re.compile(r":\d+$")
_PLAIN_WEB_URL: Final = re.compile(
    r"\s*https?://(?:[^/?#@\s\\]*@)?([A-Za-z0-9][A-Za-z0-9.-]*)(?::\d*)?(?:[/?#]|\s*$)",
    re.IGNORECASE,
)
_BAD_HOST_CHARS: Final = frozenset(' "<>{}|^`')


def host_of(url: str, *, keep_www: bool = False) -> str:
    """The lowercase host of a web address or bare host, without port, user or path ("" when
    there is none).

    - ``https://WWW.Example.com:8443/x`` gives ``example.com``: a leading ``www.`` is dropped
      when a domain remains (``www.gov.uk`` -> ``gov.uk``), unless *keep_www* (for looking a
      host up among domains that are written with it).
    - ``example.org/login`` (no scheme) gives ``example.org``; several addresses in one cell
      (Bitwarden: ``https://jd.com,https://m.jd.com``) give the first one's host.
    - ``android://hash@com.example.app/`` (apps saved by Chrome) gives the package name.
    - Addresses of other kinds (``chrome://``, ``moz-extension://``, ``mailto:``) give "".
    - Full-width text (``ａｌｉｐａｙ．ｃｏｍ``, typed with a Chinese keyboard) is read as its
      half-width form (NFKC).
    """
    fast = _PLAIN_WEB_URL.match(url)
    if fast is not None:  # the usual https://host/... : one regular expression, no loop
        return _without_www(fast.group(1).lower().strip("."), keep_www)
    if not url.isascii():
        url = unicodedata.normalize("NFKC", url)
    u = url.strip()
    if not u:
        return ""
    u = u.split()[0]
    scheme, sep, rest = u.partition("://")
    if not sep:
        scheme, rest = "", u
        if ":" in u.split("/", 1)[0] and not _PORT_RE.search(u.split("/", 1)[0]):
            return ""  # "mailto:x", "about:blank"
    if scheme.lower() not in _KEEP_SCHEMES:
        return ""
    for stop in "/?#\\,;":
        cut = rest.find(stop)
        if cut >= 0:
            rest = rest[:cut]
    rest = rest.rpartition("@")[2]
    if rest.startswith("["):  # IPv6 literal
        return rest.split("]", 1)[0].lstrip("[").lower()
    host = rest.split(":", 1)[0].strip(".").lower()
    if not host or any(c in _BAD_HOST_CHARS for c in host):
        return ""
    return _without_www(host, keep_www)


def _without_www(host: str, keep_www: bool) -> str:
    if not keep_www and host.startswith("www.") and host.count(".") >= 2:
        return host[4:]
    return host
