"""The source rules of docs/catalog.md ("Sources"): which web pages an entry may cite.

A source is the service's own page, a regulator's, the press's or a users' report; proxies,
mirrors, content farms and look-alike hosts are refused whatever kind they claim. Also the rule
for a bare domain name. Pure functions on text; no disk, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from fnmatch import fnmatchcase
from typing import Final
from urllib.parse import urlsplit

#: What a source is, best first: the service's own pages; a regulator or government page; the
#: press or published research; and last, a report by users (a forum or Q&A thread).
SOURCE_KINDS: Final = ("official", "regulator", "press", "user_report")

#: Hosts never accepted as a source (fnmatch patterns on the lowercase host name): proxies and
#: mirrors that copy other sites (blitzz.co, siteproxy..., *.pages.dev and other free hosting
#: used for clones), and content farms found in the 2026-11 audit of the catalog: pages that
#: rewrite other pages, or list dozens of apps without describing any, written to be found.
REFUSED_HOSTS: Final = (
    # proxies, mirrors and clone hosting
    "blitzz.co",
    "*.blitzz.co",
    "*siteproxy*",
    "*proxy*.*",
    "*.pages.dev",
    "*.workers.dev",
    "*.netlify.app",
    "*.vercel.app",
    "*.glitch.me",
    "*.weblog.to",
    "*.domain.glass",
    "*.blogspot.com",
    "*.blogg.se",
    "indivious.*",
    "xn--*",
    "*.xn--*",
    # content farms (rewritten or machine-made how-to pages, many apps per page)
    "newhouse.yeequu.com",
    "*qilinsupai.com",
    "gzjrdzdh.com",
    "aizrj.com",
    "ziyuanlm.com",
    "letgooo.com",
    "yingnd.com",
    "*hows.tech",
    "qainsta.com",
    "*chatodyssey.com",
    "pupwave.com",
    "*xuexila.com",
    "*51jto.cn",
    "*wendadaohang.com",
    "*51dongshi.com",
    "php.*.com",
    "bbs.beng168.com",
    "*aliyunyh.com",
    "*aliyunyouhui.com",
    "*chaxiaohao.com",
    "*bxiaohao.com",
    "*gzbbqc.com",
    "*2wbiao.com",
    "*6520.com",
    "*hsxycw.com",
    "gudianfeng.com",
    "zhanuu.com",
    "*jiusongjiankang.com",
    "*itcow.cn",
    "*quicklyanswered.com",
    "*justanswers.blog",
    "*umatechnology.org",
    "*wikitechlibrary.com",
    "*seminartopics.net",
    "*namegenerator.biz",
    "*gethuman.com",
    "*devicemag.com",
    "*gadgetmates.com",
    "*spyseller.com",
    "*tinygrab.com",
    "*splaitor.com",
    "*geeks.fyi",
    "*easymanua.ls",
    "*benediktnabben.com",
)

#: Look-alikes: a host naming a well-known brand (or a near spelling of it) that is not on
#: the brand's own domains, such as protnn.me for proton.me.
LOOKALIKE_BRANDS: Final = {
    "proton": ("proton.me", "protonmail.com"),
    "protnn": ("proton.me",),
    "paypal": ("paypal.com", "paypal.me"),
    "apple": ("apple.com",),
    "google": ("google.com",),
    "microsoft": ("microsoft.com", "live.com"),
    "alipay": ("alipay.com",),
    "icbc": ("icbc.com.cn",),
    "whatsapp": ("whatsapp.com",),
    "telegram": ("telegram.org",),
    "wechat": ("wechat.com",),
    "binance": ("binance.com",),
    "coinbase": ("coinbase.com",),
    "cashapp": ("cash.app",),
    "line-en": ("line.me",),
}

#: Hosts known to serve no https; a plain-http source is refused anywhere else. (Empty: every
#: source kept in the catalog has https.)
HTTP_ONLY_HOSTS: Final = frozenset[str]()

#: Hosts accepted as kind "press" (reputable newspapers, trade press, published research).
PRESS_HOSTS: Final = (
    "doi.org",
    "*.princeton.edu",
    "www.thisismoney.co.uk",
    "www.ispreview.co.uk",
    "krebsonsecurity.com",
    "www.which.co.uk",
    "www.businessinsider.com",
    "www.indiatoday.in",
    "transnexus.com",
    "isz.org.cn",
    "*.people.com.cn",
    "*.xinhuanet.com",
    "*.news.cn",
    "*.thepaper.cn",
    "privacyinternational.org",
    "bank.hexun.com",
    "photo.china.com.cn",
    "read.gponline.com",
    "j.eastday.com",
    "www.republicworld.com",
    "pantagraph.com",
    "www.bbc.co.uk",
    "www.theguardian.com",
)
#: Host suffixes accepted as kind "regulator" (governments and regulators).
REGULATOR_SUFFIXES: Final = (".gov", ".gov.cn", ".gov.uk", ".gov.sa", ".gov.au", ".europa.eu")


_LABEL_RE: Final = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")


def domain_problem(domain: str) -> str | None:
    """Why *domain* is not a bare lowercase domain name (None when it is one)."""
    if domain != domain.strip() or not domain:
        return "has spaces or is empty"
    if "://" in domain or "/" in domain or "?" in domain or "#" in domain or "@" in domain:
        return "must be a bare domain (no scheme, path or user)"
    if ":" in domain:
        return "must not carry a port"
    if domain != domain.lower():
        return "must be lowercase"
    if "." not in domain:
        return "needs at least one dot"
    labels = domain.split(".")
    if not all(_LABEL_RE.fullmatch(label) for label in labels):
        return "has an empty or invalid part (letters, digits and '-' only)"
    if labels[-1].isdigit():
        return "looks like an IP address"
    return None


def host_matches(host: str, patterns: Iterable[str]) -> bool:
    """True when *host* matches one of the fnmatch *patterns* (lowercase hosts)."""
    return any(fnmatchcase(host, pattern) for pattern in patterns)


def on_domains(host: str, domains: Iterable[str]) -> bool:
    """True when *host* is one of *domains* or a subdomain of one."""
    return any(host == d or host.endswith("." + d) for d in domains)


def source_problem(url: str, kind: str, domains: Sequence[str]) -> str | None:
    """Why *url* may not be cited as a source of *kind* for a service owning *domains*
    (None when it may): the rules of docs/catalog.md, "Sources"."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").rstrip(".")
    except ValueError:
        return "is not a web address"
    if parts.scheme not in ("http", "https") or "." not in host or any(c.isspace() for c in url):
        return "is not a web address"
    if parts.scheme == "http" and host not in HTTP_ONLY_HOSTS:
        return "must use https (the site has it)"
    if host_matches(host, REFUSED_HOSTS):
        return "is a proxy, a copy of another site or a content farm (see REFUSED_HOSTS)"
    for brand, owned in LOOKALIKE_BRANDS.items():
        if brand in host and not on_domains(host, owned) and not on_domains(host, domains):
            return f"looks like {owned[0]} but is not its site"
    if kind not in SOURCE_KINDS:
        return f"kind must be one of {', '.join(SOURCE_KINDS)}"
    own = on_domains(host, domains)
    if kind == "official" and not own:
        return "is marked official but is not on the service's own domains"
    if own and kind != "official":
        return "is the service's own page: mark it official"
    if kind == "regulator" and not host.endswith(REGULATOR_SUFFIXES):
        return "is marked regulator but is not a government site"
    if kind == "press" and not host_matches(host, PRESS_HOSTS):
        return "is marked press but is not in PRESS_HOSTS"
    return None
