"""The catalog as the app uses it: the services, the generic guides apart, the user's own
entries and corrections laid on top, and the questions asked of it (by id, by category, search,
which service owns a domain or an SMS sender).

:func:`build_catalog` makes one from entry files' bytes and the compiled caches' bytes, and
says which cache to write; storage/catalog_files.py does the reading and writing. The search
index is built on the first question, not at load. Pure; no disk, no Qt.
"""

from __future__ import annotations

import gc
import json
import types
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from ..model import Category
from ..pinyin import CHARS_FILE, NAMES_FILE, PinyinTable
from .build import _build, _from_vault, _merge, _service_data
from .cache import DecodedCache, Stamp, compile_entries, decode_cache, encode_cache, stale
from .model import (
    GENERIC_FOR_CATEGORY,
    GENERIC_PREFIX,
    CatalogInfo,
    CatalogOrigin,
    Service,
)
from .search import SearchIndex, normalise
from .validate import validate

#: The file in the catalog folder that holds the catalog's date.
INFO_FILE: Final = "_catalog.json"


class Catalog:
    """The services known to Ringoff, plus the user's own and corrected ones.

    Generic guides (ids ``generic_*``) are kept apart: :meth:`get` and :meth:`generic` find
    them, but iterating, counting, searching and :meth:`by_category` cover real services only.
    """

    def __init__(
        self,
        services: Iterable[Service] = (),
        problems: Iterable[str] = (),
        pinyin: PinyinTable | None = None,
        info: CatalogInfo | None = None,
    ) -> None:
        self.problems: list[str] = list(problems)
        self.info = info if info is not None else CatalogInfo()
        #: The generated pinyin tables (tools/make_pinyin.py): every Han name is found by its
        #: full pinyin and initials, and so are the names people give their own accounts.
        self.pinyin = pinyin if pinyin is not None else PinyinTable()
        self._services: dict[str, Service] = {}
        self._generics: dict[str, Service] = {}
        self._index: SearchIndex | None = None
        for service in services:
            target = self._generics if service.is_generic else self._services
            if service.id in target:
                self.problems.append(f"{service.id}: the id is used twice; the second is skipped")
                continue
            target[service.id] = service

    # -- building ------------------------------------------------------------------------

    @classmethod
    def from_services(cls, services: Iterable[Service], problems: Iterable[str] = ()) -> Catalog:
        return cls(services, problems)

    @classmethod
    def from_files(
        cls,
        files: Mapping[str, bytes],
        *,
        date_: date | None = None,
        origin: CatalogOrigin = "update",
    ) -> Catalog:
        """A catalog from files held in memory (a verified update): entry files named like
        ``alipay.toml`` and ``_generic/generic_bank.toml``, and the pinyin tables; every entry
        parsed (see :func:`build_catalog` for the cached way)."""
        return build_catalog(files, info=CatalogInfo(date_, origin)).catalog

    def with_user_services(
        self, entries: Iterable[Mapping[str, Any]], *, today: date | None = None
    ) -> Catalog:
        """A new catalog where the user's entries (from the vault) win over shipped ones.

        An entry whose id is a shipped one is a correction: it may hold only the fields it
        changes, laid over the shipped entry (tables merge key by key, so correcting the
        zh_CN steps keeps the English ones; lists are replaced). Any other id is a new
        user-made entry: it needs id, category, names (one language is enough) and actions.
        The results are marked ``origin="user"``. A user entry without ``last_checked`` keeps
        the shipped date, or gets *today* (the real date if not given) when it is new.
        Entries that do not pass :func:`validate` are skipped and added to :attr:`problems`.
        Entries stored as JSON are understood: ``last_checked`` may be an ISO date string, and
        the :func:`to_json_list` shape is accepted (``origin`` and null values are ignored).
        """
        services = {**self._services, **self._generics}
        problems = list(self.problems)
        for entry in entries:
            if not isinstance(entry, Mapping):
                problems.append("user: an entry is not a table of fields; skipped")
                continue
            entry = _from_vault(entry)
            ident = entry.get("id")
            source = f"user:{ident}"
            shipped = services.get(ident) if isinstance(ident, str) else None
            data: Mapping[str, Any] = entry
            if shipped is not None:
                data = _merge(_service_data(shipped), entry)
            found = validate(data, source=source, user=True)
            if found:
                problems.extend(found)
                continue
            services[data["id"]] = _build(data, "user", today)
        return Catalog(services.values(), problems, self.pinyin, self.info)

    @property
    def index(self) -> SearchIndex:
        """The search keys and look-up tables, made the first time they are needed."""
        if self._index is None:
            self._index = SearchIndex(self._services.values(), self.pinyin)
        return self._index

    # -- reading -------------------------------------------------------------------------

    def pinyin_keys(self, text: str) -> tuple[str, ...]:
        """The full pinyin and initials of any text, such as a name a person gave an account
        ("张三的工行" -> "zhangsandegonghang", "zsdgh"); () when it has no Han characters."""
        return self.pinyin.keys(text)

    def get(self, service_id: str) -> Service | None:
        return self._services.get(service_id) or self._generics.get(service_id)

    def __iter__(self) -> Iterator[Service]:
        return iter(self._services.values())

    def __len__(self) -> int:
        return len(self._services)

    def __contains__(self, service_id: object) -> bool:
        return service_id in self._services or service_id in self._generics

    @property
    def generics(self) -> list[Service]:
        return list(self._generics.values())

    def generic(self, kind: str | Category) -> Service | None:
        """A generic guide: *kind* is "bank", "app", "card", ... (or "generic_bank"), or a
        category, which maps to the closest guide ("app" for most). None if it is missing."""
        if isinstance(kind, Category):
            ident = GENERIC_FOR_CATEGORY.get(kind, "generic_app")
        else:
            ident = kind if kind.startswith(GENERIC_PREFIX) else GENERIC_PREFIX + kind
        return self._generics.get(ident)

    def by_category(self, category: Category, region: str | None = None) -> list[Service]:
        """The services of *category* (used in *region*, if given), most popular first."""
        found = [
            s
            for s in self._services.values()
            if s.category is category and (region is None or s.used_in(region))
        ]
        found.sort(key=lambda s: (-s.popularity, s.id))
        return found

    def service_for_domain(self, host_or_url: str) -> Service | None:
        """The service owning a host, or URL, or any parent domain of it (longest wins)."""
        return self.index.service_for_domain(host_or_url)

    def name_index(self) -> Mapping[str, Service]:
        """:meth:`service_for_name`'s table: ``normalise(name)`` -> service (read-only)."""
        return types.MappingProxyType(self.index.by_name)

    def domain_index(self) -> Mapping[str, Service]:
        """Every catalog domain and the service owning it (read-only), so an importer can make
        its own quick index for a big file."""
        return types.MappingProxyType(self.index.by_domain)

    def service_for_host(self, host: str) -> Service | None:
        """:meth:`service_for_domain` for a host that is already bare and lowercase (as the
        importers give it): no URL parsing, one dictionary look-up per label."""
        return self.index.service_for_host(host)

    def service_for_sms_sender(self, sender: str) -> Service | None:
        """The service whose SMS signature is *sender* (case-insensitive, 【】 optional); the
        most popular one when several share it (see :meth:`services_for_sms_sender`)."""
        found = self.services_for_sms_sender(sender)
        return found[0] if found else None

    def services_for_sms_sender(self, sender: str) -> list[Service]:
        """Every service using the SMS signature *sender*, most popular first (a company's
        signature, such as 腾讯科技, often stands for several of its apps)."""
        return self.index.services_for_sms_sender(sender)

    def services_for_sms_number(self, sender: str, region: str) -> list[Service]:
        """The services texting from the number or short code *sender* in *region* (most
        popular first); senders listed for "*" count everywhere."""
        return self.index.services_for_sms_number(sender, region)

    def service_for_android_package(self, package: str) -> Service | None:
        """The service whose Android app is *package* ("com.whatsapp")."""
        return self.index.by_package.get(package.strip().lower())

    def service_for_name(self, name: str) -> Service | None:
        """The service whose name (either language) or id is exactly *name* once normalised;
        a dictionary look-up, so an importer can ask for every row of a big file."""
        key = normalise(name)
        return self.index.by_name.get(key) if key else None

    def search(self, text: str, lang: str = "en", limit: int = 50) -> list[Service]:
        """Services matching *text*, best first.

        Exact matches of a name (either language), alias, id, SMS signature or domain come
        first, then prefix matches, then substring matches; a host or URL also matches the
        service owning it (or a parent domain) as an exact match. Within a rank, more popular
        first, then by name in *lang*. An empty query lists the most popular services.
        """
        return self.index.search(text, lang, limit)


# -- from files' bytes -------------------------------------------------------------------------


@dataclass(frozen=True)
class Built:
    """A catalog made by :func:`build_catalog`, and the cache to write: the bytes for the
    user's cache when it is missing or stale, else None (nothing to write)."""

    catalog: Catalog
    cache: bytes | None
    #: The user's cache was ours but damaged (worth saying once; it is rewritten).
    cache_damaged: bool = False


def build_catalog(
    files: Mapping[str, bytes],
    *,
    info: CatalogInfo,
    cache: bytes | DecodedCache | None = None,
    seed: bytes | None = None,
    problems: Iterable[str] = (),
    names: Sequence[str] | None = None,
    stamps: Mapping[str, Stamp] | None = None,
    now_ns: int | None = None,
) -> Built:
    """A catalog from a catalog folder's files (relative name -> bytes): the entries
    (``*.toml``, ``_generic/*.toml``) and the pinyin tables.

    *cache* (the user's compiled cache, as bytes or already decoded) and *seed* (the one
    compiled when the package was built) supply every entry whose content hash they know; other
    entries are parsed and checked. *names* gives the entries' order (default: the ``.toml``
    files of *files*, in order); with *stamps* (each file's size and time, listed at *now_ns*)
    an entry whose file is not in *files* stands on the user's cache when its stamp is the one
    recorded (see :meth:`DecodedCache.unchanged`). *problems* (files that could not be read)
    come first in :attr:`Catalog.problems`.
    """
    # Loading makes many small objects at once; the cyclic garbage collector finds no
    # garbage among them, so it is paused meanwhile.
    collecting = gc.isenabled()
    gc.disable()
    try:
        cached = cache if isinstance(cache, DecodedCache) else decode_cache(cache)
        seeded = decode_cache(seed).entries if seed is not None else {}
        order = names if names is not None else [rel for rel in files if rel.endswith(".toml")]
        compiled = compile_entries(
            order, files, cached.entries, seeded, stamps=stamps, now_ns=now_ns
        )
        catalog = Catalog(
            compiled.services,
            [*problems, *compiled.problems],
            pinyin_from_files(files),
            info,
        )
    finally:
        if collecting:
            gc.enable()
    fresh = stale(compiled, cached.entries)
    return Built(catalog, encode_cache(compiled.entries) if fresh else None, cached.damaged)


def compile_cache(files: Mapping[str, bytes]) -> bytes:
    """The compiled cache for a catalog folder's files (see :func:`build_catalog`): for every
    TOML entry file, its content hash, the problems found and the built service."""
    names = [rel for rel in files if rel.endswith(".toml")]
    return encode_cache(compile_entries(names, files).entries)


def pinyin_from_files(files: Mapping[str, bytes]) -> PinyinTable:
    """The pinyin tables among a catalog folder's files (empty when missing or not UTF-8)."""

    def text(name: str) -> str:
        try:
            return files.get(name, b"").decode("utf-8")
        except UnicodeDecodeError:
            return ""

    return PinyinTable.parse(text(NAMES_FILE), text(CHARS_FILE))


def info_from_json(raw: bytes | None) -> CatalogInfo:
    """The shipped catalog's date from ``_catalog.json``'s bytes (no date when missing or
    unreadable)."""
    try:
        data = json.loads(raw or b"")
        return CatalogInfo(date.fromisoformat(data["catalog_date"]), "shipped")
    except (ValueError, KeyError, TypeError):
        return CatalogInfo(None, "shipped")
