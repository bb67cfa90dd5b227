"""Finding services: normalised search keys (names in both languages, pinyin and initials,
aliases, ids, domains, SMS signatures), and the look-up tables by domain, SMS sender, sender
number, Android package and exact name.

:class:`SearchIndex` is built from the services the first time a catalog is asked something,
not when it is loaded. Pure; no disk, no Qt.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from ..pinyin import PinyinTable
from ..web import host_of
from .model import Service

_DROP_RE: Final = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """The search form of *text*: NFKC (full-width -> half-width), case-folded, and without
    spaces or punctuation, so "Ａｌｉｐａｙ", "ali pay" and "Alipay" all become "alipay"."""
    if text.isascii():  # the same result without NFKC and the regex (importers call this a lot)
        return text.lower().translate(_ASCII_DROP)
    return _DROP_RE.sub("", unicodedata.normalize("NFKC", text).casefold())


_ASCII_DROP: Final = {c: None for c in range(128) if not chr(c).isalnum()}


def _sender_key(sender: str) -> str:
    """An SMS sender or signature as compared: "【支付宝】" and "支付宝 " become "支付宝"."""
    text = unicodedata.normalize("NFKC", sender).strip().strip("【】[]").strip().casefold()
    return re.sub(r"\s+", " ", text)


def _number_key(sender: str) -> str:
    """A sender number or id as compared: "+1 22000" and "22000" stay apart only by country
    code; spaces and dashes are dropped, letters case-folded."""
    return re.sub(r"[\s()-]+", "", unicodedata.normalize("NFKC", sender)).casefold()


@dataclass(frozen=True)
class _Keys:
    """A service's search keys, normalised once."""

    words: tuple[str, ...]  # names in both languages, aliases, id, SMS signatures
    domains: tuple[str, ...]  # whole domains ("alipaycom"): exact and prefix matches
    stems: tuple[str, ...]  # domains without their suffix ("alipay"): substring matches


_SECOND_LEVEL: Final = frozenset({"com", "net", "org", "gov", "edu", "co", "ac", "or", "ne"})


def _domain_stem(domain: str) -> str:
    """A domain without its suffix, normalised: "icbc.com.cn" -> "icbc", "weixin.qq.com" ->
    "weixinqq", so that searching "com" or "cn" does not match every service."""
    labels = domain.split(".")[:-1]
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels = labels[:-1]
    return normalise("".join(labels))


def _names_domain(service: Service, domain: str) -> bool:
    label = domain.split(".", 1)[0]
    return label == service.id or label in (normalise(a) for a in service.aliases)


class SearchIndex:
    """The search keys and look-up tables of a set of services (generic guides excluded),
    computed once. A :class:`~.catalog.Catalog` makes one the first time it is asked to
    search or to find a service by domain, sender, package or name."""

    def __init__(self, services: Iterable[Service], pinyin: PinyinTable) -> None:
        self.keys: dict[str, _Keys] = {}
        self.by_domain: dict[str, Service] = {}
        self.by_sender: dict[str, list[Service]] = {}
        self.by_number: dict[tuple[str, str], list[Service]] = {}
        self.by_package: dict[str, Service] = {}
        self.by_name: dict[str, Service] = {}
        #: In the catalog's order (the order of the files), which breaks the search's last ties.
        self.services = list(services)
        for service in sorted(self.services, key=lambda s: (-s.popularity, s.id)):
            self._add(service, pinyin)

    def _add(self, service: Service, pinyin: PinyinTable) -> None:
        texts = (*service.names.values(), *service.aliases)
        words = {normalise(w) for w in texts}
        if pinyin:
            words.update(pinyin.keys_for_all(texts))
        words.update(normalise(s) for s in service.sms_signatures)
        words.add(normalise(service.id))
        words.discard("")
        self.keys[service.id] = _Keys(
            words=tuple(words),
            domains=tuple(normalise(d) for d in service.domains),
            stems=tuple(_domain_stem(d) for d in service.domains),
        )
        for domain in service.domains:
            owner = self.by_domain.get(domain)
            # Popular first; but a less popular service whose name is the domain's first
            # label ("qq" for qq.com) takes it over from a more popular one that shares it.
            if owner is None or (
                not _names_domain(owner, domain) and _names_domain(service, domain)
            ):
                self.by_domain[domain] = service
        for signature in service.sms_signatures:
            claimants = self.by_sender.setdefault(_sender_key(signature), [])
            if not any(s is service for s in claimants):  # (== would compare every field)
                claimants.append(service)
        for region, senders in service.sms_senders.items():
            for sender in senders:
                owners = self.by_number.setdefault((region, _number_key(sender)), [])
                if not any(s is service for s in owners):
                    owners.append(service)
        for package in service.android_packages:
            self.by_package.setdefault(package.lower(), service)
        for name in (*service.names.values(), service.id):
            self.by_name.setdefault(normalise(name), service)

    # -- look-ups ------------------------------------------------------------------------

    def service_for_domain(self, host_or_url: str) -> Service | None:
        host = host_of(host_or_url, keep_www=True)
        while host:
            found = self.by_domain.get(host)
            if found is not None:
                return found
            _, _, host = host.partition(".")
        return None

    def service_for_host(self, host: str) -> Service | None:
        by_domain = self.by_domain
        while host:
            found = by_domain.get(host)
            if found is not None:
                return found
            dot = host.find(".")
            if dot < 0:
                return None
            host = host[dot + 1 :]
        return None

    def services_for_sms_sender(self, sender: str) -> list[Service]:
        key = _sender_key(sender)
        return list(self.by_sender.get(key, ())) if key else []

    def services_for_sms_number(self, sender: str, region: str) -> list[Service]:
        key = _number_key(sender)
        if not key:
            return []
        found = list(self.by_number.get((region.upper(), key), ()))
        found += [s for s in self.by_number.get(("*", key), ()) if all(s is not f for f in found)]
        return found

    def search(self, text: str, lang: str, limit: int) -> list[Service]:
        """See :meth:`~.catalog.Catalog.search`."""
        if limit <= 0:
            return []
        query = normalise(text)
        if not query:
            every = sorted(self.services, key=lambda s: (-s.popularity, s.name(lang)))
            return every[:limit]
        owner = None
        stripped = text.strip()
        if "." in stripped and not any(ch.isspace() for ch in stripped):
            owner = self.service_for_domain(stripped)
        scored: list[tuple[int, int, str, Service]] = []
        for service in self.services:
            keys = self.keys[service.id]
            rank = 3
            if service is owner:
                rank = 0
            for word in (*keys.words, *keys.domains):
                if word == query:
                    rank = 0
                    break
                if rank > 1 and word.startswith(query):
                    rank = 1
                elif rank > 2 and query in word and word not in keys.domains:
                    rank = 2
            if rank > 2 and any(query in stem for stem in keys.stems):
                rank = 2
            if rank < 3:
                scored.append((rank, -service.popularity, service.name(lang), service))
        scored.sort(key=lambda item: item[:3])
        return [item[3] for item in scored[:limit]]
