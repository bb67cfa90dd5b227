"""The collector that turns export rows into sites, one row at a time, holding nothing secret.

Every reader (CSV, JSON, zip, KeePass XML) hands each row to :meth:`_Collector.add`, which
drops the user name and password after looking at them, finds the catalog service by host or
title and merges rows of the same site. This is the hot path of a big export.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from ..web import host_of
from .hosts import (
    _HOST_CACHE_LIMIT,
    _SIGN_IN_HOSTS,
    _TWO_LEVEL_SUFFIXES,
    quick_site,
    registrable_host,
)
from .model import (
    FORMAT_LABELS,
    MAX_SITES,
    REASON_KNOWN_SERVICE,
    REASON_OTHER,
    REASON_USES_NUMBER,
    FoundItem,
    ImportResult,
    ServiceMatcher,
    ServiceRef,
)
from .problems import _msg_too_many_sites
from .usernames import _NumberTest

#: What the catalog's name normalising removes from an ASCII title (it keeps letters and digits).
_ASCII_PUNCT = bytes(c for c in range(128) if not chr(c).isalnum())


def _clean_title(title: str, secrets: Sequence[str]) -> str:
    """The entry title without the user name or password in it (Safari writes
    "site.com (user@example.com)")."""
    t = title.strip()
    for secret in secrets:
        if len(secret) < 3 or secret not in t:
            s = secret.strip()
            if len(s) < 3 or s not in t:
                continue
        else:
            s = secret.strip()
        t = t.replace(s, "")
    if len(t) != len(title.strip()):
        t = re.sub(r"\(\s*\)|\[\s*\]|（\s*）", "", t)
        t = " ".join(t.split()).strip(" -–—:·|")
    return t[:200]


@dataclass(slots=True)
class _Acc:
    title: str
    host: str
    service_id: str | None
    service_name: str
    line: int
    uses_number: bool
    count: int = 1


class _Collector:
    """Merges rows into items as they come; holds nothing secret."""

    def __init__(self, number: _NumberTest, matcher: ServiceMatcher, lang: str) -> None:
        self.number = number
        self.matcher = matcher
        self.lang = lang
        self.items: dict[str, _Acc] = {}
        self._site_cache: dict[str, tuple[str, ServiceRef | None]] = {}
        self._title_cache: dict[str, ServiceRef | None] = {}
        self._host_cache: dict[str, str] = {}
        self._by_name: Callable[[str], ServiceRef | None] | None = getattr(
            matcher, "service_for_name", None
        )
        self._by_package: Callable[[str], ServiceRef | None] | None = getattr(
            matcher, "service_for_android_package", None
        )
        # A catalog's look-up for bare hosts skips URL parsing (most of the time of a big file).
        self._for_host: Callable[[str], ServiceRef | None] = getattr(
            matcher, "service_for_host", matcher.service_for_domain
        )
        name_index = getattr(matcher, "name_index", None)
        self._names: Mapping[str, ServiceRef] | None = (
            name_index() if name_index is not None and self._by_name is not None else None
        )
        self._ascii_names: dict[bytes, ServiceRef] = {
            k.encode(): v for k, v in (self._names or {}).items() if k.isascii()
        }
        self._ascii_words: dict[str, ServiceRef] = {
            k.decode(): v for k, v in self._ascii_names.items()
        }
        index = getattr(matcher, "domain_index", None)
        # A plain dict: its look-up is quicker than the read-only view the catalog hands out.
        self._domains: dict[str, ServiceRef] | None = dict(index()) if index is not None else None
        # The service of each registrable domain already seen (no catalog domain below it).
        self._web_refs: dict[str, tuple[ServiceRef | None]] = {}
        # add_plain() needs a catalog's domain and name indexes (the tests' matchers may lack them).
        self._plain = self._domains is not None and self._names is not None
        # Registrable domains with catalog domains below them (weixin.qq.com under qq.com),
        # and catalog domains shorter than a registrable domain (gov.uk): only hosts under
        # those need the label-by-label look-up.
        self._deep: set[str] = set()
        self._short: dict[str, ServiceRef] = {}
        for domain, owner in (self._domains or {}).items():
            reg = registrable_host(domain)
            if reg != domain:
                self._deep.add(reg)
            elif domain.count(".") == 1 and domain.split(".")[0] in _TWO_LEVEL_SUFFIXES:
                self._short[domain] = owner

    def host(self, url: str) -> str:
        h = self._host_cache.get(url)
        if h is None:
            h = host_of(url)
            if len(self._host_cache) < _HOST_CACHE_LIMIT:
                self._host_cache[url] = h
        return h

    def site(self, host: str, is_app: bool) -> tuple[str, ServiceRef | None]:
        """The host to show and group by, and the catalog service owning it."""
        key = ("a:" if is_app else "w:") + host
        found = self._site_cache.get(key)
        if found is None:
            if not is_app and self._domains is not None:
                shown = registrable_host(host)
                ref = self._service_of(host, shown) if "." in host else None
                if ref is None:
                    alias = _SIGN_IN_HOSTS.get(shown)
                    ref = self.matcher.service_for_domain(alias) if alias else None
                return shown, ref
            if is_app:
                # An Android app saved by Chrome (android://<hash>@com.whatsapp/): its package
                # name is not a web domain; the catalog's android_packages know it.
                app = self._by_package(host) if self._by_package is not None else None
                found = (host, app)
            else:
                shown = registrable_host(host)
                ref = self._service_of(host, shown) if "." in host else None
                if ref is None:
                    alias = _SIGN_IN_HOSTS.get(shown)
                    ref = self.matcher.service_for_domain(alias) if alias else None
                found = (shown, ref)
            self._site_cache[key] = found
        return found

    def _web_ref(self, site: str) -> ServiceRef | None:
        """The service of a registrable domain with no catalog domain below it: the domain
        itself, a short catalog domain it lies under (gov.uk), or the service a sign-in host
        stands for. Remembered per domain: many rows share one."""
        ref = self._domains.get(site) if self._domains is not None else None
        if ref is None and self._short:
            tail = site.partition(".")[2]
            ref = self._short.get(tail) or self._short.get(tail.partition(".")[2])
        if ref is None and site in _SIGN_IN_HOSTS:
            ref = self.matcher.service_for_domain(_SIGN_IN_HOSTS[site])
        if len(self._web_refs) < _HOST_CACHE_LIMIT:
            self._web_refs[site] = (ref,)
        return ref

    def _service_of(self, host: str, reg: str) -> ServiceRef | None:
        domains = self._domains
        if domains is None or reg in self._deep:
            return self._for_host(host)
        found = domains.get(reg)
        if found is None and self._short:
            tail = reg.partition(".")[2]
            found = self._short.get(tail) or self._short.get(tail.partition(".")[2])
        return found

    def service_for_title(self, title: str) -> ServiceRef | None:
        """A catalog service whose name is exactly *title* (no guessing from part of a name)."""
        if self._by_name is not None:  # a dictionary look-up (search() scans every service)
            return self._by_name(title) if len(title) <= 60 else None
        key = title.casefold()
        if key in self._title_cache:
            return self._title_cache[key]
        found: ServiceRef | None = None
        if 0 < len(key) <= 60:
            for ref in self.matcher.search(title, self.lang, 5):
                names = {ref.name(self.lang).casefold(), ref.name("en").casefold()}
                names.add(ref.name("zh_CN").casefold())
                if key in names or key == ref.id:
                    found = ref
                    break
        self._title_cache[key] = found
        return found

    def add(
        self,
        line: int,
        title: str,
        url: str,
        username: str,
        secrets: Sequence[str],
        more_users: Sequence[str] = (),
    ) -> None:
        # The hot path of a big export, written out inline: a 100,000-row file must preview
        # within 5x a bare csv.reader pass (benchmarks/bench_import.py).
        is_number = username[-1:].isdigit() and self.number(username)  # ""[-1:] is ""
        if more_users:
            if not is_number:
                is_number = any(u and u[-1:].isdigit() and self.number(u) for u in more_users)
            secrets = (*secrets, *more_users)
        host = site = ""
        is_app = False
        if url:
            quick = quick_site(url)
            if quick is not None:
                host, site = quick
            else:
                host = self.host(url)
                is_app = bool(host) and url.lstrip()[:10].lower() == "android://"
        if title:
            clean = title.strip()
            hit = len(username) >= 3 and username.strip() in clean
            if not hit:
                for secret in secrets:
                    if len(secret) >= 3 and secret.strip() in clean:
                        hit = True
                        break
            title = _clean_title(title, (username, *secrets)) if hit else clean[:200]
        if not host and not title:
            return  # nothing to show the user
        ref: ServiceRef | None = None
        if host:
            if self._domains is not None and not is_app:
                if not site:
                    site = registrable_host(host)
                if "." not in host:
                    pass  # a single label ("localhost") is no catalog domain, nor a sign-in host
                elif site in self._deep:
                    ref = self._for_host(host)
                    if ref is None and site in _SIGN_IN_HOSTS:
                        ref = self.matcher.service_for_domain(_SIGN_IN_HOSTS[site])
                else:
                    known = self._web_refs.get(site)
                    ref = known[0] if known is not None else self._web_ref(site)
            else:
                site, ref = self.site(host, is_app)
        if ref is None and title:
            names = self._names
            if names is not None:
                if len(title) <= 60:
                    if title.isascii():
                        # The normalise() of an ASCII title: letters and digits, lower case.
                        # Mostly only spaces go (one replace); else bytes.translate deletes.
                        low = title.lower().replace(" ", "")
                        if low.isalnum():
                            ref = self._ascii_words.get(low)
                        else:
                            ref = self._ascii_names.get(low.encode().translate(None, _ASCII_PUNCT))
                    else:
                        ref = self._by_name(title)  # type: ignore[misc]
            else:
                ref = self.service_for_title(title)
        if ref is not None:
            key = "s:" + ref.id
        elif site:
            key = "h:" + site
        else:
            key = "t:" + title.casefold()
        acc = self.items.get(key)
        if acc is None:
            self._new(key, title or host or "", site, ref, line, is_number)
        else:
            acc.count += 1
            if is_number:
                acc.uses_number = True

    def add_plain(self, line: int, title: str, url: str, username: str, secret: str) -> None:
        """:meth:`add` for the usual CSV row, in fewer steps: a stripped ASCII title of at most
        60 characters without the user name or password in it, the commonest kind of address,
        one secret column and a catalog to match with. Any other row goes through :meth:`add`;
        both give the same result (tests compare them row by row)."""
        quick = quick_site(url) if self._plain else None
        if (
            quick is None
            or not title
            or len(title) > 60
            or not title.isascii()
            or (len(username) >= 3 and username.strip() in title)
            or (len(secret) >= 3 and secret.strip() in title)
        ):
            self.add(line, title, url, username, (secret,))
            return
        site = quick[1]
        if site in self._deep:
            self.add(line, title, url, username, (secret,))
            return
        known = self._web_refs.get(site)
        ref = known[0] if known is not None else self._web_ref(site)
        if ref is None:
            low = title.lower().replace(" ", "")
            if low.isalnum():
                ref = self._ascii_words.get(low)
            else:
                ref = self._ascii_names.get(low.encode().translate(None, _ASCII_PUNCT))
        key = "h:" + site if ref is None else "s:" + ref.id
        is_number = username[-1:].isdigit() and self.number(username)
        acc = self.items.get(key)
        if acc is None:
            self._new(key, title, site, ref, line, is_number)
        else:
            acc.count += 1
            if is_number:
                acc.uses_number = True

    def _new(
        self,
        key: str,
        title: str,
        site: str,
        ref: ServiceRef | None,
        line: int,
        is_number: bool,
    ) -> None:
        if len(self.items) >= MAX_SITES:
            raise _msg_too_many_sites()
        self.items[key] = _Acc(
            title=title,
            host=site,
            service_id=ref.id if ref is not None else None,
            service_name=ref.name(self.lang) if ref is not None else title,
            line=line,
            uses_number=is_number,
        )

    def result(self, fmt: str, rows: int) -> ImportResult:
        items = []
        for acc in self.items.values():
            if acc.uses_number:
                reason = REASON_USES_NUMBER
            elif acc.service_id is not None:
                reason = REASON_KNOWN_SERVICE
            else:
                reason = REASON_OTHER
            items.append(
                FoundItem(
                    title=acc.title,
                    host=acc.host,
                    username_is_number=acc.uses_number,
                    service_id=acc.service_id,
                    service_name=acc.service_name,
                    reason=reason,
                    line=acc.line,
                    count=acc.count,
                )
            )
        return ImportResult(fmt, FORMAT_LABELS[fmt], rows, items)
