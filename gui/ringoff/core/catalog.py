"""The service catalog: loading, checking and searching the files in resources/catalog/.

Each service is one TOML file (the format is described in docs/catalog.md). :meth:`Catalog.load`
reads them all, checks each with :func:`validate` and keeps the good ones; a bad file never stops
the app, it is skipped and described in :attr:`Catalog.problems` (tests/unit/test_catalog_files.py
turns those problems into CI failures).

Speed. The standard library's TOML parser is pure Python and needs about half a millisecond per
entry, so parsing ~200 files takes well over 100 ms, far above the 30 ms the app may spend. A
compiled cache (one JSON file, ``resources/catalog.compiled.json``, made by
:func:`compile_catalog` / :func:`write_compiled` and never committed) holds every file's parsed
content keyed by the file's content hash. :meth:`Catalog.load` reads each TOML file's bytes,
hashes them, and takes the parsed data from the cache when the hash matches; only new or changed
files are parsed again. Hashing instead of comparing modification times keeps the cache valid
after a copy that resets times (a PyInstaller bundle unpacks every file with a new time) and
never lets an edited file be hidden by a stale cache.

Search has no pinyin library: tools/make_pinyin.py (pypinyin, tools only) generates the full
pinyin and initials of every Han name into resources/catalog/_pinyin_names.tsv, and a compact
character table for names people type (core/pinyin.py); the search compares normalised keys
(NFKC so full-width letters match half-width ones, case-folded, spaces and punctuation
dropped) that are computed once when the catalog is built.

No Qt here (core/ never imports PySide6).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import json
import os
import re
import sys
import tomllib
import types
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date, datetime, timedelta
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any, Final, Literal
from urllib.parse import urlsplit

from .model import Action, Category, Use
from .pinyin import CHARS_FILE, NAMES_FILE, PinyinTable

__all__ = [
    "DIFFICULTIES",
    "LANGUAGES",
    "REQUIREMENTS",
    "ActionGuide",
    "Catalog",
    "FallbackGuide",
    "Service",
    "compile_catalog",
    "compiled_path",
    "default_priority",
    "normalise",
    "to_json_list",
    "validate",
    "validate_text",
    "write_compiled",
]

#: The two languages every shipped entry carries. "en" is the fallback for any other.
LANGUAGES: Final = ("zh_CN", "en")
FALLBACK_LANGUAGE: Final = "en"
DIFFICULTIES: Final = frozenset({"easy", "medium", "hard"})
CONFIDENCES: Final = frozenset({"official", "reported"})
REQUIREMENTS: Final = frozenset(
    {
        "old_sms",
        "new_sms",
        "payment_password",
        "login_password",
        "id_card",
        "face_check",
        "bank_card",
        "in_person",
        "customer_service",
        "email",
        "old_device",
        "security_questions",
    }
)
GENERIC_PREFIX: Final = "generic_"
GENERIC_DIR: Final = "_generic"
CACHE_FORMAT: Final = 1

Origin = Literal["shipped", "user"]
#: Where the catalog as a whole came from: shipped with the app, or an imported update.
CatalogOrigin = Literal["shipped", "update"]
INFO_FILE: Final = "_catalog.json"


@dataclass(frozen=True)
class CatalogInfo:
    """The catalog's date (when it was put together) and where it came from."""

    catalog_date: date | None = None
    origin: CatalogOrigin = "shipped"


_CATEGORIES: Final = frozenset(c.value for c in Category)
_USES: Final = frozenset(u.value for u in Use)
_ACTIONS: Final = frozenset(a.value for a in Action)
_ID_RE: Final = re.compile(r"[a-z0-9_]+")
_REGION_RE: Final = re.compile(r"[A-Z]{2}")
_LABEL_RE: Final = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_DROP_RE: Final = re.compile(r"[\W_]+")

_REQUIRED_KEYS: Final = (
    "id",
    "category",
    "regions",
    "names",
    "uses",
    "popularity",
    "difficulty",
    "help_url",
    "actions",
)
#: Required of a specific (not general) shipped entry: when and from what its steps were checked.
_SPECIFIC_KEYS: Final = ("last_checked", "confidence", "sources")
_OPTIONAL_KEYS: Final = (
    "aliases",
    "domains",
    "sms_signatures",
    "priority",
    "verifies_through_bank",
    "note",
    "general",
    "help_kind",
    "official_domains",
    "contacts",
    "sms_senders",
    "android_packages",
    "last_checked",
    "confidence",
    "sources",
)
_KNOWN_KEYS: Final = frozenset(_REQUIRED_KEYS + _OPTIONAL_KEYS)
_USER_REQUIRED_KEYS: Final = ("id", "category", "names", "actions")
_ACTION_KEYS: Final = frozenset({"difficulty", "requires", "steps", "verify", "fallback"})
_FALLBACK_KEYS: Final = frozenset({"requires", "steps"})

# -- The source rules (docs/catalog.md, "Sources") -------------------------------------------

#: What a source is, best first: the service's own pages; a regulator or government page; the
#: press or published research; and last, a report by users (a forum or Q&A thread).
SOURCE_KINDS: Final = ("official", "regulator", "press", "user_report")
_SOURCE_KEYS: Final = frozenset({"url", "read", "kind"})
HELP_KINDS: Final = frozenset({"help", "website"})
CONTACT_KINDS: Final = frozenset({"phone", "counter", "web"})
_CONTACT_KEYS: Final = frozenset(
    {"kind", "value", "region", "note_en", "note_zh", "source", "read"}
)
_PHONE_RE: Final = re.compile(r"\+?[0-9][0-9 -]{2,18}[0-9]")
#: An entry older than this is shown as possibly out of date.
STALE_AFTER_DAYS: Final = 365

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

#: Which generic guide stands in for an unknown service of each category.
_GENERIC_FOR_CATEGORY: Final = {
    Category.BANK: "generic_bank",
    Category.GOVERNMENT: "generic_government",
    Category.EMAIL: "generic_email",
    Category.TELECOM: "generic_telecom",
}


# --------------------------------------------------------------------------------------------
# The model
# --------------------------------------------------------------------------------------------


def _lang_key(lang: str) -> str:
    """ "zh", "zh-CN", "zh_Hans_CN" -> "zh_CN"; anything else is kept (and falls back to "en")."""
    return "zh_CN" if lang.lower().startswith("zh") else lang


def _pick(texts: Mapping[str, Any], lang: str) -> Any:
    """The value for *lang*, else English, else whichever language there is; None if empty."""
    for key in (_lang_key(lang), lang, FALLBACK_LANGUAGE):
        if key in texts:
            return texts[key]
    for value in texts.values():
        return value
    return None


@dataclass(frozen=True)
class FallbackGuide:
    """The way through when the old number no longer receives texts."""

    requires: tuple[str, ...]
    steps: dict[str, tuple[str, ...]]

    def steps_for(self, lang: str) -> tuple[str, ...]:
        steps: tuple[str, ...] | None = _pick(self.steps, lang)
        return steps or ()


@dataclass(frozen=True)
class ActionGuide:
    """How to do one action (change / remove / close) in one service."""

    difficulty: str
    requires: tuple[str, ...]
    steps: dict[str, tuple[str, ...]]
    verify: dict[str, str] | None = None
    fallback: FallbackGuide | None = None

    def steps_for(self, lang: str, fallback: bool = False) -> tuple[str, ...]:
        """The steps in *lang* (English if missing); with *fallback*, the fallback path's steps.

        Asking for the fallback of a guide that has none gives ``()``: the caller then says
        that no separate path is known (see :attr:`has_fallback`).
        """
        if fallback:
            return self.fallback.steps_for(lang) if self.fallback else ()
        steps: tuple[str, ...] | None = _pick(self.steps, lang)
        return steps or ()

    def requires_for(self, fallback: bool = False) -> tuple[str, ...]:
        if fallback:
            return self.fallback.requires if self.fallback else ()
        return self.requires

    def verify_for(self, lang: str) -> str | None:
        if not self.verify:
            return None
        text: str | None = _pick(self.verify, lang)
        return text

    @property
    def has_fallback(self) -> bool:
        return self.fallback is not None


@dataclass(frozen=True)
class Source:
    """One page an entry's facts come from: its address, the day it was read for the entry,
    and what kind of page it is (see :data:`SOURCE_KINDS`; "user" for a user's own entry)."""

    url: str
    read: date | None = None
    kind: str = "user_report"

    @property
    def official(self) -> bool:
        return self.kind == "official"


@dataclass(frozen=True)
class Contact:
    """An official contact line (the agreed schema): a hotline, a counter or a web form,
    copied from the service's own page *source*, read on *read*."""

    kind: str  # "phone" | "counter" | "web"
    value: str
    region: str  # ISO country code, or "" for everywhere
    note_en: str
    note_zh: str
    source: str
    read: date

    def note(self, lang: str) -> str:
        return self.note_zh if _lang_key(lang) == "zh_CN" else self.note_en


@dataclass(frozen=True)
class Service:
    """One catalog entry. Dict fields are keyed by language ("zh_CN", "en").

    A *general* entry has no steps confirmed for this service: its steps are the usual path
    in apps of its kind, it claims no check (``last_checked`` is None) and the app shows it
    as a general guide. ``last_checked`` of a specific entry is the day its sources were
    last read for it. ``help_kind`` says whether ``help_url`` is a help page ("help") or only
    the service's website ("website").
    """

    id: str
    category: Category
    regions: tuple[str, ...]
    names: dict[str, str]
    aliases: tuple[str, ...]
    domains: tuple[str, ...]
    sms_signatures: tuple[str, ...]
    uses: frozenset[Use]
    priority: int
    verifies_through_bank: bool
    popularity: int
    difficulty: str
    help_url: str
    last_checked: date | None
    confidence: str
    sources: tuple[Source, ...]
    note: dict[str, str] | None
    actions: dict[Action, ActionGuide]
    origin: Origin = "shipped"
    general: bool = False
    help_kind: str = "help"
    contacts: tuple[Contact, ...] = ()
    #: Sender numbers and short codes of its texts, per ISO region ("CN": ("95588",)); "*" for
    #: everywhere. Written as a table at the end of the file (docs/catalog.md).
    sms_senders: Mapping[str, tuple[str, ...]] = dataclass_field(default_factory=dict)
    #: Android package names of its apps ("com.whatsapp"), as Chrome saves them in
    #: ``android://<hash>@<package>/`` rows of a password export.
    android_packages: tuple[str, ...] = ()

    def __hash__(self) -> int:  # the dict fields are not hashable; the id is what matters
        return hash((self.id, self.origin))

    def name(self, lang: str) -> str:
        """The name in *lang*, falling back to English (user entries may hold one language)."""
        text: str | None = _pick(self.names, lang)
        return text or self.id

    def note_for(self, lang: str) -> str | None:
        if not self.note:
            return None
        text: str | None = _pick(self.note, lang)
        return text

    def action(self, action: Action) -> ActionGuide | None:
        return self.actions.get(action)

    @property
    def default_action(self) -> Action:
        """The first action the entry describes, in the order change, remove, close."""
        for action in Action:
            if action in self.actions:
                return action
        return Action.CHANGE  # unreachable for a valid entry

    @property
    def is_generic(self) -> bool:
        return self.id.startswith(GENERIC_PREFIX)

    @property
    def is_general(self) -> bool:
        """True when the steps are a general guide, not confirmed for this service."""
        return self.general or self.is_generic

    def possibly_out_of_date(self, today: date) -> bool:
        """True when the sources were last read more than a year before *today*."""
        if self.last_checked is None or self.is_general:
            return False
        return today - self.last_checked > timedelta(days=STALE_AFTER_DAYS)

    def contacts_for(self, region: str = "") -> tuple[Contact, ...]:
        """The official contact lines for *region* (and those valid everywhere)."""
        return tuple(c for c in self.contacts if not c.region or not region or c.region == region)

    def used_in(self, region: str) -> bool:
        return "*" in self.regions or region in self.regions


def default_priority(category: Category, uses: Iterable[Use], verifies_through_bank: bool) -> int:
    """The plan priority from the table in docs/catalog.md (lower goes first)."""
    if category is Category.BANK:
        return 10
    if category is Category.PAYMENT:
        return 20
    if verifies_through_bank:
        return 30
    if category is Category.GOVERNMENT:
        return 40
    if category in (Category.FINANCE, Category.TELECOM):
        return 45
    if any(u in (Use.SIGN_IN, Use.CODES) for u in uses):
        return 50
    return 60


# --------------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------------


def _is_str(value: object) -> bool:
    return isinstance(value, str) and value.strip() != ""


def _one_of(value: object, vocabulary: frozenset[str]) -> bool:
    return isinstance(value, str) and value in vocabulary


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_lang_texts(
    value: object, where: str, *, user: bool, problems: list[str]
) -> dict[str, Any] | None:
    """A {language: something} table: both languages (one is enough for a user entry)."""
    if not isinstance(value, dict):
        problems.append(f"{where}: expected a table like {{ zh_CN = ..., en = ... }}")
        return None
    unknown = sorted(str(k) for k in value if k not in LANGUAGES)
    if unknown:
        problems.append(f"{where}: unknown language {', '.join(unknown)} (use zh_CN and en)")
    present = [lang for lang in LANGUAGES if lang in value]
    if user:
        if not present:
            problems.append(f"{where}: needs zh_CN or en")
    else:
        for lang in LANGUAGES:
            if lang not in value:
                problems.append(f"{where}: missing {lang}")
    return {lang: value[lang] for lang in present}


def _check_text_map(value: object, where: str, *, user: bool, problems: list[str]) -> None:
    texts = _check_lang_texts(value, where, user=user, problems=problems)
    for lang, text in (texts or {}).items():
        if not _is_str(text):
            problems.append(f"{where}.{lang}: expected non-empty text")


def _check_steps(value: object, where: str, *, user: bool, problems: list[str]) -> None:
    texts = _check_lang_texts(value, where, user=user, problems=problems)
    if texts is None:
        return
    lengths: dict[str, int] = {}
    for lang, steps in texts.items():
        if not isinstance(steps, list) or not steps:
            problems.append(f"{where}.{lang}: expected a non-empty list of steps")
            continue
        if not all(_is_str(s) for s in steps):
            problems.append(f"{where}.{lang}: every step must be non-empty text")
        lengths[lang] = len(steps)
    # A user's correction may rewrite one language alone, so only shipped entries must agree.
    if not user and len(lengths) == 2 and len(set(lengths.values())) > 1:
        detail = ", ".join(f"{lang} has {n}" for lang, n in lengths.items())
        problems.append(f"{where}: the languages have different numbers of steps ({detail})")


def _check_requires(value: object, where: str, problems: list[str]) -> None:
    if not isinstance(value, list):
        problems.append(f"{where}: expected a list")
        return
    for item in value:
        if not isinstance(item, str) or item not in REQUIREMENTS:
            problems.append(f"{where}: unknown requirement {item!r}")
    if len({x for x in value if isinstance(x, str)}) != len(value):
        problems.append(f"{where}: a requirement is listed twice")


def _check_str_list(value: object, where: str, problems: list[str]) -> list[str]:
    if not isinstance(value, list):
        problems.append(f"{where}: expected a list of text")
        return []
    good = [v for v in value if _is_str(v)]
    if len(good) != len(value):
        problems.append(f"{where}: every item must be non-empty text")
    return good


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


def _check_action(name: object, value: object, *, user: bool, problems: list[str]) -> None:
    where = f"actions.{name}"
    if not isinstance(name, str) or name not in _ACTIONS:
        problems.append(f"{where}: unknown action (use change, remove or close)")
    if not isinstance(value, dict):
        problems.append(f"{where}: expected a table")
        return
    unknown = sorted(str(k) for k in value if k not in _ACTION_KEYS)
    if unknown:
        problems.append(f"{where}: unknown field {', '.join(unknown)}")
    if "difficulty" in value and not _one_of(value["difficulty"], DIFFICULTIES):
        problems.append(f"{where}.difficulty: expected easy, medium or hard")
    elif "difficulty" not in value and not user:
        problems.append(f"{where}.difficulty: missing")
    if "requires" in value:
        _check_requires(value["requires"], f"{where}.requires", problems)
    if "steps" in value:
        _check_steps(value["steps"], f"{where}.steps", user=user, problems=problems)
    else:
        problems.append(f"{where}.steps: missing")
    if "verify" in value:
        _check_text_map(value["verify"], f"{where}.verify", user=user, problems=problems)
    if "fallback" in value:
        fallback = value["fallback"]
        if not isinstance(fallback, dict):
            problems.append(f"{where}.fallback: expected a table")
            return
        unknown = sorted(str(k) for k in fallback if k not in _FALLBACK_KEYS)
        if unknown:
            problems.append(f"{where}.fallback: unknown field {', '.join(unknown)}")
        if "requires" in fallback:
            _check_requires(fallback["requires"], f"{where}.fallback.requires", problems)
        if "steps" in fallback:
            _check_steps(fallback["steps"], f"{where}.fallback.steps", user=user, problems=problems)
        else:
            problems.append(f"{where}.fallback.steps: missing")


def _check_url(value: object, where: str, problems: list[str], *, allow_empty: bool) -> None:
    if allow_empty and value == "":
        return
    if not isinstance(value, str) or not re.fullmatch(r"https?://[^\s/]+\.[^\s]*", value):
        problems.append(f"{where}: expected an http(s) address")


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


def _is_date(value: object) -> bool:
    return isinstance(value, date) and not isinstance(value, datetime)


def _check_sources(
    value: object, domains: Sequence[str], *, user: bool, general: bool, problems: list[str]
) -> list[date]:
    """Check the sources list; return the dates they were read."""
    if not isinstance(value, list):
        problems.append("sources: expected a list")
        return []
    if not value and not user and not general:
        problems.append("sources: name at least one")
    reads: list[date] = []
    for n, item in enumerate(value):
        where = f"sources[{n}]"
        if user and isinstance(item, str):
            if not re.fullmatch(r"https?://[^\s/]+\.[^\s]*", item):
                problems.append(f"{where}: expected an http(s) address")
            continue
        if not isinstance(item, dict):
            problems.append(
                f'{where}: expected {{ url = "https://...", read = 2026-12-01, kind = ... }}'
            )
            continue
        unknown = sorted(str(k) for k in item if k not in _SOURCE_KEYS)
        if unknown:
            problems.append(f"{where}: unknown field {', '.join(unknown)}")
        url, kind, read = item.get("url"), item.get("kind"), item.get("read")
        if not isinstance(url, str) or not url.strip():
            problems.append(f"{where}.url: missing")
            continue
        why = source_problem(url, kind if isinstance(kind, str) else "", domains)
        if why:
            problems.append(f"{where}: {url} {why}")
        if isinstance(read, date) and not isinstance(read, datetime):
            reads.append(read)
        elif not user:
            problems.append(f"{where}.read: expected the date it was read, like 2026-12-01")
    return reads


def _check_contacts(value: object, domains: Sequence[str], problems: list[str]) -> None:
    if not isinstance(value, list):
        problems.append("contacts: expected a list of [[contacts]] tables")
        return
    for n, item in enumerate(value):
        where = f"contacts[{n}]"
        if not isinstance(item, dict):
            problems.append(f"{where}: expected a table")
            continue
        unknown = sorted(str(k) for k in item if k not in _CONTACT_KEYS)
        if unknown:
            problems.append(f"{where}: unknown field {', '.join(unknown)}")
        missing = sorted(k for k in _CONTACT_KEYS if k not in item)
        if missing:
            problems.append(f"{where}: missing {', '.join(missing)}")
            continue
        kind, value_ = item["kind"], item["value"]
        if not _one_of(kind, CONTACT_KINDS):
            problems.append(f"{where}.kind: expected phone, counter or web")
        if not _is_str(value_):
            problems.append(f"{where}.value: expected text")
        elif kind == "phone" and not _PHONE_RE.fullmatch(value_):
            problems.append(f"{where}.value: {value_!r} is not a phone number")
        region = item["region"]
        if not (region == "" or (isinstance(region, str) and _REGION_RE.fullmatch(region))):
            problems.append(f'{where}.region: expected an ISO country code or ""')
        for key in ("note_en", "note_zh"):
            if not _is_str(item[key]):
                problems.append(f"{where}.{key}: expected text")
        source = item["source"]
        if not _is_str(source):
            problems.append(f"{where}.source: expected the official page's address")
        else:
            why = source_problem(source, "official", domains)
            if why:
                problems.append(f"{where}.source: {source} {why}")
        if not _is_date(item["read"]):
            problems.append(f"{where}.read: expected the date it was read, like 2026-12-01")


def _bare_home(url: str) -> bool:
    with contextlib.suppress(ValueError):
        parts = urlsplit(url)
        return parts.path in ("", "/") and not parts.query and not parts.fragment
    return False


def validate(data: Mapping[str, Any], *, source: str, user: bool = False) -> list[str]:
    """Check one entry against docs/catalog.md; return plain problems (empty when it is fine).

    *source* names the entry in the messages; when it ends in ``.toml`` the id must equal the
    file name, and files in ``_generic/`` must have ids starting with ``generic_`` (and no other
    file may). With *user* the rules for a user-made entry apply: one language is enough, and
    only id, category, names and actions are required. Never raises, whatever *data* holds.
    """
    problems: list[str] = []
    try:
        _validate(data, source, user, problems)
    except Exception as exc:
        problems.append(f"cannot be checked ({type(exc).__name__}: {exc})")
    return [f"{source}: {p}" for p in problems]


def _validate(data: Mapping[str, Any], source: str, user: bool, problems: list[str]) -> None:
    if not isinstance(data, Mapping):
        problems.append("expected a table of fields")
        return
    ident_ = data.get("id")
    general = data.get("general", False) is True or (
        isinstance(ident_, str) and ident_.startswith(GENERIC_PREFIX)
    )
    required: tuple[str, ...] = _USER_REQUIRED_KEYS if user else _REQUIRED_KEYS
    if not user and not general:
        required = required + _SPECIFIC_KEYS
    for key in required:
        if key not in data:
            problems.append(f"{key}: missing")
    if "general" in data and not isinstance(data["general"], bool):
        problems.append("general: expected true or false")
    if general and not user:
        for key in ("last_checked", "confidence"):
            if key in data:
                problems.append(
                    f"{key}: a general guide claims no check of this service; remove it"
                )
    unknown = sorted(str(k) for k in data if k not in _KNOWN_KEYS)
    if unknown:
        problems.append(f"unknown field {', '.join(unknown)}")

    ident = data.get("id")
    if "id" in data:
        if not isinstance(ident, str) or not _ID_RE.fullmatch(ident):
            problems.append("id: use lowercase a-z, 0-9 and _ only")
            ident = None
        elif source.endswith(".toml"):
            folder, _, name = source.replace("\\", "/").rpartition("/")
            if name.removesuffix(".toml") != ident:
                problems.append(f"id: {ident!r} differs from the file name {name!r}")
            in_generic = folder.rpartition("/")[2] == GENERIC_DIR
            if in_generic != ident.startswith(GENERIC_PREFIX):
                problems.append(
                    f"id: ids starting with {GENERIC_PREFIX!r} belong in {GENERIC_DIR}/ (only)"
                )

    if "category" in data and not _one_of(data["category"], _CATEGORIES):
        problems.append(f"category: unknown {data['category']!r}")
    if "regions" in data:
        regions = data["regions"]
        if not isinstance(regions, list) or not regions:
            problems.append("regions: expected a non-empty list")
        else:
            for region in regions:
                if region != "*" and not (isinstance(region, str) and _REGION_RE.fullmatch(region)):
                    problems.append(f"regions: {region!r} is not an ISO 3166 code or '*'")
    if "names" in data:
        _check_text_map(data["names"], "names", user=user, problems=problems)
    for key in ("aliases", "sms_signatures"):
        if key in data:
            _check_str_list(data[key], key, problems)
    if "domains" in data:
        for domain in _check_str_list(data["domains"], "domains", problems):
            why = domain_problem(domain)
            if why:
                problems.append(f"domains: {domain!r} {why}")
    if "uses" in data:
        uses = data["uses"]
        if not isinstance(uses, list):
            problems.append("uses: expected a list")
        else:
            if not uses and not user:
                problems.append("uses: name at least one")
            for use in uses:
                if not isinstance(use, str) or use not in _USES:
                    problems.append(f"uses: unknown {use!r}")
    if "priority" in data and not (_is_int(data["priority"]) and 0 <= data["priority"] <= 100):
        problems.append("priority: expected a whole number 0-100")
    if "verifies_through_bank" in data and not isinstance(data["verifies_through_bank"], bool):
        problems.append("verifies_through_bank: expected true or false")
    if "popularity" in data and not (
        _is_int(data["popularity"]) and 0 <= data["popularity"] <= 100
    ):
        problems.append("popularity: expected a whole number 0-100")
    if "difficulty" in data and not _one_of(data["difficulty"], DIFFICULTIES):
        problems.append("difficulty: expected easy, medium or hard")
    domains = (
        [d for d in data.get("domains", ()) if isinstance(d, str)]
        if isinstance(data.get("domains", ()), list)
        else []
    )
    if "official_domains" in data:
        # Sites of the same owner that count as the service's own pages for sources and help
        # (support.apple.com for Apple Account China), without claiming their accounts.
        for domain in _check_str_list(data["official_domains"], "official_domains", problems):
            why = domain_problem(domain)
            if why:
                problems.append(f"official_domains: {domain!r} {why}")
            else:
                domains.append(domain)
    help_kind = data.get("help_kind", "help")
    if "help_kind" in data and not _one_of(help_kind, HELP_KINDS):
        problems.append("help_kind: expected help or website")
    if "help_url" in data:
        help_url = data["help_url"]
        _check_url(help_url, "help_url", problems, allow_empty=user or general)
        if not user and _is_str(help_url):
            why = source_problem(help_url, "official", domains)
            if why:
                problems.append(f"help_url: {help_url} {why}")
            elif help_kind == "help" and _bare_home(help_url):
                problems.append(
                    'help_url: a home page is not a help page; set help_kind = "website" '
                    "or give the help page"
                )
    checked = data.get("last_checked")
    if "last_checked" in data and not _is_date(checked):
        problems.append("last_checked: expected a date like 2026-11-28 (no quotes)")
    if "confidence" in data and not _one_of(data["confidence"], CONFIDENCES):
        problems.append("confidence: expected official or reported")
    if "sources" in data:
        reads = _check_sources(
            data["sources"], domains, user=user, general=general, problems=problems
        )
        if not user and not general and reads and _is_date(checked) and checked != max(reads):
            problems.append(
                f"last_checked: {checked} is not the day the sources were last read ({max(reads)})"
            )
        kinds = (
            {i.get("kind") for i in data["sources"] if isinstance(i, dict)}
            if isinstance(data["sources"], list)
            else set()
        )
        if data.get("confidence") == "official" and "official" not in kinds:
            problems.append('confidence: "official" needs a source on the service\'s own site')
    if "contacts" in data:
        _check_contacts(data["contacts"], domains, problems)
    if "note" in data:
        _check_text_map(data["note"], "note", user=user, problems=problems)
    if "sms_senders" in data:
        _check_senders(data["sms_senders"], problems)
    if "android_packages" in data:
        _check_packages(data["android_packages"], problems)
    if "actions" in data:
        actions = data["actions"]
        if not isinstance(actions, dict) or not actions:
            problems.append("actions: describe at least one of change, remove, close")
        else:
            for name, value in actions.items():
                _check_action(name, value, user=user, problems=problems)


_SENDER_RE: Final = re.compile(r"\+?[0-9]{3,20}|[A-Za-z0-9 &.-]{2,11}")
_PACKAGE_RE: Final = re.compile(r"[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)+")


def _check_senders(value: object, problems: list[str]) -> None:
    """``sms_senders``: a table of region ("CN", "US" or "*") -> list of sender numbers, short
    codes or alphanumeric sender ids."""
    if not isinstance(value, Mapping):
        problems.append('sms_senders: expected a table like { CN = ["95588"] }')
        return
    for region, senders in value.items():
        if region != "*" and not (isinstance(region, str) and _REGION_RE.fullmatch(region)):
            problems.append(f"sms_senders: {region!r} is not an ISO 3166 code or '*'")
        for sender in _check_str_list(senders, f"sms_senders.{region}", problems):
            if not _SENDER_RE.fullmatch(sender):
                problems.append(f"sms_senders.{region}: {sender!r} is not a sender number or id")


def _check_packages(value: object, problems: list[str]) -> None:
    """``android_packages``: a list of package names, or a table of store/region -> list (so it
    can stand at the end of a file, after the action tables)."""
    lists = value.values() if isinstance(value, Mapping) else [value]
    for packages in lists:
        for package in _check_str_list(packages, "android_packages", problems):
            if not _PACKAGE_RE.fullmatch(package):
                problems.append(f"android_packages: {package!r} is not a package name")


def _packages_of(value: object) -> tuple[str, ...]:
    lists = value.values() if isinstance(value, Mapping) else [value]
    out: list[str] = []
    for packages in lists:
        if isinstance(packages, (list, tuple)):
            out.extend(p for p in packages if isinstance(p, str) and p not in out)
    return tuple(out)


def _parse_toml(raw: bytes, source: str) -> tuple[dict[str, Any] | None, list[str]]:
    try:
        return tomllib.loads(raw.decode("utf-8")), []
    except UnicodeDecodeError:
        return None, [f"{source}: not UTF-8 text"]
    except tomllib.TOMLDecodeError as exc:
        return None, [f"{source}: not valid TOML ({exc})"]


def validate_text(text: str, *, source: str) -> list[str]:
    """Parse TOML *text* and :func:`validate` it; a parse error is reported, never raised."""
    data, problems = _parse_toml(text.encode("utf-8", "surrogatepass"), source)
    if data is None:
        return problems
    return validate(data, source=source)


# --------------------------------------------------------------------------------------------
# Building services from checked data
# --------------------------------------------------------------------------------------------


def _tuple_map(texts: Mapping[str, Sequence[str]]) -> dict[str, tuple[str, ...]]:
    return {lang: tuple(steps) for lang, steps in texts.items()}


def _build_action(data: Mapping[str, Any], default_difficulty: str) -> ActionGuide:
    fallback = data.get("fallback")
    return ActionGuide(
        difficulty=data.get("difficulty", default_difficulty),
        requires=tuple(data.get("requires", ())),
        steps=_tuple_map(data["steps"]),
        verify=dict(data["verify"]) if data.get("verify") else None,
        fallback=FallbackGuide(
            requires=tuple(fallback.get("requires", ())), steps=_tuple_map(fallback["steps"])
        )
        if fallback
        else None,
    )


def _build(data: Mapping[str, Any], origin: Origin, today: date | None = None) -> Service:
    """A :class:`Service` from data that :func:`validate` accepted."""
    category = Category(data["category"])
    uses = frozenset(Use(u) for u in data.get("uses", ()))
    through_bank = bool(data.get("verifies_through_bank", False))
    priority = data.get("priority")
    difficulty = data.get("difficulty", "medium")
    general = bool(data.get("general", False))
    last_checked: date | None = data.get("last_checked")
    if last_checked is None and origin == "user" and not general:
        last_checked = today or date.today()
    return Service(
        id=data["id"],
        category=category,
        regions=tuple(data.get("regions", ("*",))),
        names=dict(data["names"]),
        aliases=tuple(data.get("aliases", ())),
        domains=tuple(data.get("domains", ())),
        sms_signatures=tuple(data.get("sms_signatures", ())),
        uses=uses,
        priority=priority
        if priority is not None
        else default_priority(category, uses, through_bank),
        verifies_through_bank=through_bank,
        popularity=data.get("popularity", 0),
        difficulty=difficulty,
        help_url=data.get("help_url", ""),
        last_checked=last_checked,
        confidence=data.get("confidence", "reported"),
        sources=tuple(_build_source(item) for item in data.get("sources", ())),
        note=dict(data["note"]) if data.get("note") else None,
        actions={
            Action(name): _build_action(value, difficulty)
            for name, value in data["actions"].items()
        },
        origin=origin,
        sms_senders={r: tuple(v) for r, v in data.get("sms_senders", {}).items()},
        android_packages=_packages_of(data.get("android_packages", ())),
        general=general,
        help_kind=data.get("help_kind", "help"),
        contacts=tuple(
            Contact(
                kind=c["kind"],
                value=c["value"],
                region=c["region"],
                note_en=c["note_en"],
                note_zh=c["note_zh"],
                source=c["source"],
                read=c["read"],
            )
            for c in data.get("contacts", ())
        ),
    )


def _build_source(item: str | Mapping[str, Any]) -> Source:
    if isinstance(item, str):  # a user's own entry may cite plain addresses
        return Source(item, None, "user_report")
    read = item.get("read")
    return Source(
        str(item["url"]), read if _is_date(read) else None, item.get("kind", "user_report")
    )


def _merge(base: Mapping[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """*over* laid on *base*: tables merge key by key (so one language can be corrected alone);
    lists and plain values are replaced."""
    merged = dict(base)
    for key, value in over.items():
        old = merged.get(key)
        if isinstance(old, Mapping) and isinstance(value, Mapping):
            merged[key] = _merge(old, value)
        else:
            merged[key] = value
    return merged


def _from_vault(entry: Mapping[str, Any]) -> dict[str, Any]:
    """A user entry as stored in the vault (JSON) made file-shaped: nulls and ``origin``
    dropped, an ISO ``last_checked`` turned into a date."""

    def clean(table: Mapping[str, Any]) -> dict[str, Any]:
        return {
            k: clean(v) if isinstance(v, Mapping) else v for k, v in table.items() if v is not None
        }

    data = clean(entry)
    data.pop("origin", None)
    checked = data.get("last_checked")
    if isinstance(checked, str):
        with contextlib.suppress(ValueError):
            data["last_checked"] = date.fromisoformat(checked)
    for key, field in (("sources", "read"), ("contacts", "read")):
        items = data.get(key)
        if isinstance(items, list):
            data[key] = [
                _iso_to_date(clean(i), field) if isinstance(i, Mapping) else i for i in items
            ]
    return data


def _iso_to_date(table: dict[str, Any], field: str) -> dict[str, Any]:
    value = table.get(field)
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            table[field] = date.fromisoformat(value)
    return table


def _source_data(source: Source) -> dict[str, Any]:
    out: dict[str, Any] = {"url": source.url, "kind": source.kind}
    if source.read is not None:
        out["read"] = source.read
    return out


def _contact_data(contact: Contact) -> dict[str, Any]:
    return {
        "kind": contact.kind,
        "value": contact.value,
        "region": contact.region,
        "note_en": contact.note_en,
        "note_zh": contact.note_zh,
        "source": contact.source,
        "read": contact.read,
    }


def _service_data(service: Service) -> dict[str, Any]:
    """A service back as file-shaped data (for merging a user correction over it)."""
    data: dict[str, Any] = {
        "id": service.id,
        "category": service.category.value,
        "regions": list(service.regions),
        "names": dict(service.names),
        "aliases": list(service.aliases),
        "domains": list(service.domains),
        "sms_signatures": list(service.sms_signatures),
        "uses": sorted(u.value for u in service.uses),
        "verifies_through_bank": service.verifies_through_bank,
        "popularity": service.popularity,
        "difficulty": service.difficulty,
        "help_url": service.help_url,
        "confidence": service.confidence,
        "sources": [_source_data(s) for s in service.sources],
        "actions": {},
    }
    if service.last_checked is not None:
        data["last_checked"] = service.last_checked
    if service.general:
        data["general"] = True
    if service.help_kind != "help":
        data["help_kind"] = service.help_kind
    if service.contacts:
        data["contacts"] = [_contact_data(c) for c in service.contacts]
    if service.priority != default_priority(
        service.category, service.uses, service.verifies_through_bank
    ):
        data["priority"] = service.priority
    if service.note:
        data["note"] = dict(service.note)
    if service.sms_senders:
        data["sms_senders"] = {r: list(v) for r, v in service.sms_senders.items()}
    if service.android_packages:
        data["android_packages"] = list(service.android_packages)
    for action, guide in service.actions.items():
        entry: dict[str, Any] = {
            "difficulty": guide.difficulty,
            "requires": list(guide.requires),
            "steps": {lang: list(s) for lang, s in guide.steps.items()},
        }
        if guide.verify:
            entry["verify"] = dict(guide.verify)
        if guide.fallback:
            entry["fallback"] = {
                "requires": list(guide.fallback.requires),
                "steps": {lang: list(s) for lang, s in guide.fallback.steps.items()},
            }
        data["actions"][action.value] = entry
    return data


# --------------------------------------------------------------------------------------------
# Normalised keys, domains, SMS senders
# --------------------------------------------------------------------------------------------


def normalise(text: str) -> str:
    """The search form of *text*: NFKC (full-width -> half-width), case-folded, and without
    spaces or punctuation, so "Ａｌｉｐａｙ", "ali pay" and "Alipay" all become "alipay"."""
    if text.isascii():  # the same result without NFKC and the regex (importers call this a lot)
        return text.lower().translate(_ASCII_DROP)
    return _DROP_RE.sub("", unicodedata.normalize("NFKC", text).casefold())


_ASCII_DROP: Final = {c: None for c in range(128) if not chr(c).isalnum()}


def host_of(host_or_url: str) -> str:
    """The lowercase host name in a URL or bare host ("" when there is none)."""
    text = unicodedata.normalize("NFKC", host_or_url).strip().lower()
    if not text:
        return ""
    if "://" not in text:
        text = "//" + text
    try:
        host = urlsplit(text).hostname or ""
    except ValueError:
        return ""
    return host.strip(".")


def _sender_key(sender: str) -> str:
    """An SMS sender or signature as compared: "【支付宝】" and "支付宝 " become "支付宝"."""
    text = unicodedata.normalize("NFKC", sender).strip().strip("【】[]").strip().casefold()
    return re.sub(r"\s+", " ", text)


def _number_key(sender: str) -> str:
    """A sender number or id as compared: "+1 22000" and "22000" stay apart only by country
    code; spaces and dashes are dropped, letters case-folded."""
    return re.sub(r"[\s()-]+", "", unicodedata.normalize("NFKC", sender)).casefold()


# --------------------------------------------------------------------------------------------
# The catalog
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Keys:
    """A service's search keys, normalised once."""

    words: tuple[str, ...]  # names in both languages, aliases, id, SMS signatures
    domains: tuple[str, ...]  # whole domains ("alipaycom"): exact and prefix matches
    stems: tuple[str, ...]  # domains without their suffix ("alipay"): substring matches


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
        for service in services:
            target = self._generics if service.is_generic else self._services
            if service.id in target:
                self.problems.append(f"{service.id}: the id is used twice; the second is skipped")
                continue
            target[service.id] = service
        self._index()

    # -- building ------------------------------------------------------------------------

    @classmethod
    def from_services(cls, services: Iterable[Service], problems: Iterable[str] = ()) -> Catalog:
        return cls(services, problems)

    @classmethod
    def load(
        cls,
        directory: Path,
        *,
        cache: Path | None = None,
        use_cache: bool = True,
        refresh_cache: bool = False,
        seed: Path | None = None,
        on_cache_error: Callable[[OSError], None] | None = None,
    ) -> Catalog:
        """Read ``directory/*.toml`` and ``directory/_generic/*.toml``.

        The compiled cache (default :func:`compiled_path`) supplies the parsed data of every
        file whose content hash it knows; other files are parsed. With *refresh_cache* a stale
        or missing cache is rewritten, its folder created first; a failed write goes to
        *on_cache_error* (the catalog still loads). *seed*, a second cache (the one compiled
        when the package was built), supplies entries the first one lacks: when it holds every
        file, nothing needs writing. Bad files are skipped and described in :attr:`problems`; a
        missing directory gives an empty catalog with one problem.
        """
        # Loading makes many small objects at once; the cyclic garbage collector finds no
        # garbage among them, so it is paused meanwhile (about 10% of the time).
        collecting = gc.isenabled()
        gc.disable()
        try:
            return cls._load(directory, cache, use_cache, refresh_cache, seed, on_cache_error)
        finally:
            if collecting:
                gc.enable()

    @classmethod
    def _load(
        cls,
        directory: Path,
        cache: Path | None,
        use_cache: bool,
        refresh_cache: bool,
        seed: Path | None = None,
        on_cache_error: Callable[[OSError], None] | None = None,
    ) -> Catalog:
        cache_file = cache if cache is not None else compiled_path(directory)
        cached = _read_cache(cache_file) if use_cache else {}
        seeded = _read_cache(seed) if use_cache and seed is not None else {}
        problems: list[str] = []
        files = _catalog_files(directory)
        if files is None:
            return cls((), [f"{directory}: the catalog folder is missing"])
        raws: list[tuple[str, bytes]] = []
        for rel, path in files:
            try:
                raws.append((rel, path.read_bytes()))
            except OSError as exc:
                problems.append(f"{rel}: cannot be read ({exc.strerror or exc})")
        services, fresh, parsed, from_seed = cls._services_from(raws, cached, problems, seeded)
        # Written when something had to be parsed, or when the user's cache exists but no
        # longer matches; not when the build-time cache held everything.
        if refresh_cache and (parsed or (cached and (from_seed or set(cached) != set(fresh)))):
            try:
                _write_atomic(cache_file, _encode_cache(fresh))
            except OSError as exc:
                if on_cache_error is not None:
                    on_cache_error(exc)
        return cls(services, problems, read_pinyin(directory), read_info(directory))

    @classmethod
    def from_files(
        cls,
        files: Mapping[str, bytes],
        *,
        date_: date | None = None,
        origin: CatalogOrigin = "update",
        cache: Path | None = None,
    ) -> Catalog:
        """A catalog from files held in memory (a verified update): entry files named like
        ``alipay.toml`` and ``_generic/generic_bank.toml``, and the pinyin tables. With
        *cache*, parsed entries are kept there as for :meth:`load` (rewritten when stale)."""
        raws = sorted((rel, raw) for rel, raw in files.items() if rel.endswith(".toml"))
        problems: list[str] = []
        cached = _read_cache(cache) if cache is not None else {}
        services, fresh, stale, _ = cls._services_from(raws, cached, problems)
        if cache is not None and (stale or set(cached) != set(fresh)):
            with contextlib.suppress(OSError):
                cache.parent.mkdir(parents=True, exist_ok=True)
                _write_atomic(cache, _encode_cache(fresh))

        def text(name: str) -> str:
            return files.get(name, b"").decode("utf-8", "replace")

        pinyin = PinyinTable.parse(text(NAMES_FILE), text(CHARS_FILE))
        return cls(services, problems, pinyin, CatalogInfo(date_, origin))

    @staticmethod
    def _services_from(
        raws: Iterable[tuple[str, bytes]],
        cached: Mapping[str, dict[str, Any]],
        problems: list[str],
        seeded: Mapping[str, dict[str, Any]] | None = None,
    ) -> tuple[list[Service], dict[str, dict[str, Any]], bool, bool]:
        """Services from entry files' bytes, taking parsed data from *cached* (and then
        *seeded*, the build-time cache) by content hash. Also returns the cache entries to keep,
        whether anything had to be parsed, and whether any entry came from *seeded*."""
        seeded = seeded or {}
        services: list[Service] = []
        fresh: dict[str, dict[str, Any]] = {}
        parsed = from_seed = False
        for rel, raw in raws:
            hit = cached.get(rel)
            entry = _cache_entry(raw, rel, hit)
            if entry is not hit and rel in seeded:
                seeded_entry = _cache_entry(raw, rel, seeded[rel])
                if seeded_entry is seeded[rel]:
                    entry, from_seed = seeded_entry, True
            if entry is None:  # not TOML: nothing to cache
                parsed = True
                problems.extend(_parse_toml(raw, rel)[1])
                continue
            parsed = parsed or (entry is not hit and entry is not seeded.get(rel))
            fresh[rel] = entry
            if entry["problems"]:
                problems.extend(entry["problems"])
                continue
            try:
                services.append(_build(entry["data"], "shipped"))
            except (KeyError, TypeError, ValueError, AttributeError) as exc:  # a doctored cache
                problems.append(f"{rel}: cannot be used ({type(exc).__name__}: {exc})")
        return services, fresh, parsed, from_seed

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

    def _index(self) -> None:
        self._keys: dict[str, _Keys] = {}
        self._by_domain: dict[str, Service] = {}
        self._by_sender: dict[str, list[Service]] = {}
        self._by_number: dict[tuple[str, str], list[Service]] = {}
        self._by_package: dict[str, Service] = {}
        self._by_name: dict[str, Service] = {}
        ranked = sorted(self._services.values(), key=lambda s: (-s.popularity, s.id))
        pinyin = self.pinyin
        for service in ranked:
            texts = (*service.names.values(), *service.aliases)
            words = {normalise(w) for w in texts}
            if pinyin:
                words.update(pinyin.keys_for_all(texts))
            words.update(normalise(s) for s in service.sms_signatures)
            words.add(normalise(service.id))
            words.discard("")
            self._keys[service.id] = _Keys(
                words=tuple(words),
                domains=tuple(normalise(d) for d in service.domains),
                stems=tuple(_domain_stem(d) for d in service.domains),
            )
            for domain in service.domains:
                owner = self._by_domain.get(domain)
                # Popular first; but a less popular service whose name is the domain's first
                # label ("qq" for qq.com) takes it over from a more popular one that shares it.
                if owner is None or (
                    not _names_domain(owner, domain) and _names_domain(service, domain)
                ):
                    self._by_domain[domain] = service
            for signature in service.sms_signatures:
                claimants = self._by_sender.setdefault(_sender_key(signature), [])
                if service not in claimants:
                    claimants.append(service)
            for region, senders in service.sms_senders.items():
                for sender in senders:
                    owners = self._by_number.setdefault((region, _number_key(sender)), [])
                    if service not in owners:
                        owners.append(service)
            for package in service.android_packages:
                self._by_package.setdefault(package.lower(), service)
            for name in (*service.names.values(), service.id):
                self._by_name.setdefault(normalise(name), service)

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
            ident = _GENERIC_FOR_CATEGORY.get(kind, "generic_app")
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
        host = host_of(host_or_url)
        while host:
            found = self._by_domain.get(host)
            if found is not None:
                return found
            _, _, host = host.partition(".")
        return None

    def name_index(self) -> Mapping[str, Service]:
        """:meth:`service_for_name`'s table: ``normalise(name)`` -> service (read-only)."""
        return types.MappingProxyType(self._by_name)

    def domain_index(self) -> Mapping[str, Service]:
        """Every catalog domain and the service owning it (read-only), so an importer can make
        its own quick index for a big file."""
        return types.MappingProxyType(self._by_domain)

    def service_for_host(self, host: str) -> Service | None:
        """:meth:`service_for_domain` for a host that is already bare and lowercase (as the
        importers give it): no URL parsing, one dictionary look-up per label."""
        by_domain = self._by_domain
        while host:
            found = by_domain.get(host)
            if found is not None:
                return found
            dot = host.find(".")
            if dot < 0:
                return None
            host = host[dot + 1 :]
        return None

    def service_for_sms_sender(self, sender: str) -> Service | None:
        """The service whose SMS signature is *sender* (case-insensitive, 【】 optional); the
        most popular one when several share it (see :meth:`services_for_sms_sender`)."""
        found = self.services_for_sms_sender(sender)
        return found[0] if found else None

    def services_for_sms_sender(self, sender: str) -> list[Service]:
        """Every service using the SMS signature *sender*, most popular first (a company's
        signature, such as 腾讯科技, often stands for several of its apps)."""
        key = _sender_key(sender)
        return list(self._by_sender.get(key, ())) if key else []

    def services_for_sms_number(self, sender: str, region: str) -> list[Service]:
        """The services texting from the number or short code *sender* in *region* (most
        popular first); senders listed for "*" count everywhere."""
        key = _number_key(sender)
        if not key:
            return []
        found = list(self._by_number.get((region.upper(), key), ()))
        found += [s for s in self._by_number.get(("*", key), ()) if s not in found]
        return found

    def service_for_android_package(self, package: str) -> Service | None:
        """The service whose Android app is *package* ("com.whatsapp")."""
        return self._by_package.get(package.strip().lower())

    def service_for_name(self, name: str) -> Service | None:
        """The service whose name (either language) or id is exactly *name* once normalised;
        a dictionary look-up, so an importer can ask for every row of a big file."""
        key = normalise(name)
        return self._by_name.get(key) if key else None

    def search(self, text: str, lang: str = "en", limit: int = 50) -> list[Service]:
        """Services matching *text*, best first.

        Exact matches of a name (either language), alias, id, SMS signature or domain come
        first, then prefix matches, then substring matches; a host or URL also matches the
        service owning it (or a parent domain) as an exact match. Within a rank, more popular
        first, then by name in *lang*. An empty query lists the most popular services.
        """
        if limit <= 0:
            return []
        query = normalise(text)
        if not query:
            every = sorted(self._services.values(), key=lambda s: (-s.popularity, s.name(lang)))
            return every[:limit]
        owner = None
        stripped = text.strip()
        if "." in stripped and not any(ch.isspace() for ch in stripped):
            owner = self.service_for_domain(stripped)
        scored: list[tuple[int, int, str, Service]] = []
        for service in self._services.values():
            keys = self._keys[service.id]
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


# --------------------------------------------------------------------------------------------
# JSON for `ringoff catalog --json`
# --------------------------------------------------------------------------------------------


def _both(texts: Mapping[str, Any]) -> dict[str, Any]:
    return {lang: _pick(texts, lang) for lang in LANGUAGES}


def to_json_list(services: Iterable[Service]) -> list[dict[str, Any]]:
    """Services as plain JSON-ready dicts (the shape of ``ringoff catalog --json``).

    Language tables always have both "zh_CN" and "en" (a one-language user entry repeats its
    language); ``last_checked`` is an ISO date; a missing fallback or note is ``null``.
    """
    out: list[dict[str, Any]] = []
    for service in services:
        actions: dict[str, Any] = {}
        for action, guide in service.actions.items():
            actions[action.value] = {
                "difficulty": guide.difficulty,
                "requires": list(guide.requires),
                "steps": {lang: list(guide.steps_for(lang)) for lang in LANGUAGES},
                "verify": _both(guide.verify) if guide.verify else None,
                "fallback": {
                    "requires": list(guide.fallback.requires),
                    "steps": {lang: list(guide.fallback.steps_for(lang)) for lang in LANGUAGES},
                }
                if guide.fallback
                else None,
            }
        out.append(
            {
                "id": service.id,
                "names": {lang: service.name(lang) for lang in LANGUAGES},
                "aliases": list(service.aliases),
                "category": service.category.value,
                "regions": list(service.regions),
                "domains": list(service.domains),
                "sms_signatures": list(service.sms_signatures),
                "sms_senders": {r: list(v) for r, v in service.sms_senders.items()},
                "android_packages": list(service.android_packages),
                "uses": sorted(u.value for u in service.uses),
                "priority": service.priority,
                "verifies_through_bank": service.verifies_through_bank,
                "popularity": service.popularity,
                "difficulty": service.difficulty,
                "actions": actions,
                "help_url": service.help_url,
                "help_kind": service.help_kind,
                "sources": [
                    {
                        "url": src.url,
                        "read": src.read.isoformat() if src.read else None,
                        "kind": src.kind,
                    }
                    for src in service.sources
                ],
                "last_checked": service.last_checked.isoformat() if service.last_checked else None,
                "general": service.is_general,
                "confidence": service.confidence,
                "contacts": [
                    {**_contact_data(c), "read": c.read.isoformat()} for c in service.contacts
                ],
                "note": _both(service.note) if service.note else None,
                "origin": service.origin,
            }
        )
    return out


# --------------------------------------------------------------------------------------------
# Files, the compiled cache
# --------------------------------------------------------------------------------------------


def compiled_path(directory: Path) -> Path:
    """The compiled cache beside the catalog folder: resources/catalog.compiled.json."""
    return directory.parent / f"{directory.name}.compiled.json"


def read_info(directory: Path) -> CatalogInfo:
    """The shipped catalog's date from ``_catalog.json`` (no date when it is missing)."""
    try:
        data = json.loads((directory / INFO_FILE).read_text("utf-8"))
        return CatalogInfo(date.fromisoformat(data["catalog_date"]), "shipped")
    except (OSError, ValueError, KeyError, TypeError):
        return CatalogInfo(None, "shipped")


def read_pinyin(directory: Path) -> PinyinTable:
    """The pinyin tables in the catalog folder (empty when they are missing or unreadable)."""
    texts: list[str] = []
    for name in (NAMES_FILE, CHARS_FILE):
        try:
            texts.append((directory / name).read_text("utf-8"))
        except (OSError, UnicodeDecodeError):
            texts.append("")
    return PinyinTable.parse(*texts)


def _catalog_files(directory: Path) -> list[tuple[str, Path]] | None:
    """(relative name, path) of every entry file, sorted; None if *directory* is missing."""
    found: list[tuple[str, Path]] = []
    try:
        with os.scandir(directory) as it:
            entries = sorted(it, key=lambda e: e.name)
    except (FileNotFoundError, NotADirectoryError):
        return None
    for entry in entries:
        if entry.name.endswith(".toml") and not entry.name.startswith("."):
            found.append((entry.name, Path(entry.path)))
    generic_dir = directory / GENERIC_DIR
    if generic_dir.is_dir():
        for path in sorted(generic_dir.glob("*.toml")):
            found.append((f"{GENERIC_DIR}/{path.name}", path))
    return found


def _cache_entry(raw: bytes, rel: str, hit: dict[str, Any] | None) -> dict[str, Any] | None:
    """The cache entry for a file's bytes: *hit* itself when its hash and checker match (so
    neither parsing nor checking is repeated), else freshly parsed and checked; None when the
    file is not TOML."""
    digest = _digest(raw)
    if (
        hit is not None
        and hit.get("hash") == digest
        and hit.get("checker") == checker_fingerprint()
        and isinstance(hit.get("problems"), list)
    ):
        return hit
    data, _ = _parse_toml(raw, rel)
    if data is None:
        return None
    return {
        "hash": digest,
        "checker": checker_fingerprint(),
        "problems": validate(data, source=rel),
        "data": data,
    }


@functools.cache
def checker_fingerprint() -> str:
    """A digest of this module's code and vocabularies: a cached verdict of :func:`validate`
    is trusted only while it matches, so changing the rules re-checks every entry.

    Built from the code objects (bytecode, names, constants; not file names or line numbers,
    which differ between a source checkout and a frozen bundle), so it needs no source file.
    Another Python version or ``python -OO`` gives another fingerprint: the cache is then
    ignored (the files are parsed), which is slower but never wrong.
    """
    digest = hashlib.blake2b(digest_size=12)

    def feed(value: object) -> None:
        if isinstance(value, types.CodeType):
            digest.update(value.co_code)
            digest.update(repr(value.co_names).encode())
            for const in value.co_consts:
                feed(const)
        elif isinstance(value, (frozenset, set)):
            digest.update(repr(sorted(repr(v) for v in value)).encode())
        elif isinstance(value, re.Pattern):
            digest.update(value.pattern.encode())
        else:
            digest.update(repr(value).encode())

    module = sys.modules[__name__]
    for name in sorted(vars(module)):
        value = vars(module)[name]
        if isinstance(value, types.FunctionType) and value.__module__ == __name__:
            feed(value.__code__)
        elif isinstance(value, (frozenset, re.Pattern)) or (
            isinstance(value, tuple) and all(isinstance(v, str) for v in value)
        ):
            feed(value)  # vocabularies, patterns, lists of field names
    feed((sorted(c.value for c in Category), sorted(u.value for u in Use)))
    feed(sorted(a.value for a in Action))
    return digest.hexdigest()


def _digest(raw: bytes) -> str:
    return hashlib.blake2b(raw, digest_size=16).hexdigest()


def _to_json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, dict):
        return {k: _to_json_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_to_json_value(v) for v in value]
    return value


def _from_json_hook(obj: dict[str, Any]) -> Any:
    if len(obj) == 1:
        if "$date" in obj:
            return date.fromisoformat(obj["$date"])
        if "$datetime" in obj:
            return datetime.fromisoformat(obj["$datetime"])
    return obj


def _encode_cache(entries: Mapping[str, Mapping[str, Any]]) -> bytes:
    payload = {"format": CACHE_FORMAT, "files": _to_json_value(dict(entries))}
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _read_cache(path: Path) -> dict[str, dict[str, Any]]:
    """The cache's files table, or {} when it is missing, damaged or of another format."""
    try:
        payload = json.loads(path.read_bytes(), object_hook=_from_json_hook)
    except (OSError, ValueError, TypeError):
        return {}
    if not isinstance(payload, dict) or payload.get("format") != CACHE_FORMAT:
        return {}
    files = payload.get("files")
    if not isinstance(files, dict):
        return {}
    return {
        k: v
        for k, v in files.items()
        if isinstance(v, dict) and isinstance(v.get("data"), dict) and "hash" in v
    }


def compile_catalog(directory: Path) -> bytes:
    """The compiled cache for *directory*: for every TOML entry file, its content hash, its
    parsed data and the problems :func:`validate` found (with the :func:`checker_fingerprint`
    they were found with)."""
    entries: dict[str, dict[str, Any]] = {}
    for rel, path in _catalog_files(directory) or []:
        entry = _cache_entry(path.read_bytes(), rel, None)
        if entry is not None:
            entries[rel] = entry
    return _encode_cache(entries)


def write_compiled(directory: Path, target: Path | None = None) -> Path:
    """Write :func:`compile_catalog` of *directory* to *target* (default
    :func:`compiled_path`) atomically, and return the path written."""
    out = target if target is not None else compiled_path(directory)
    _write_atomic(out, compile_catalog(directory))
    return out


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def _main(argv: Sequence[str]) -> int:
    """``python -m ringoff.core.catalog [compile|check] DIR`` for packaging and authors."""
    if len(argv) != 2:
        print("usage: python -m ringoff.core.catalog [compile|check] DIR", file=sys.stderr)
        return 2
    command, directory = argv[0], Path(argv[1])
    if command == "compile":
        print(write_compiled(directory))
        return 0
    if command == "check":
        catalog = Catalog.load(directory, use_cache=False)
        for problem in catalog.problems:
            print(problem)
        print(f"{len(catalog)} services, {len(catalog.generics)} generic guides")
        return 1 if catalog.problems else 0
    print("usage: python -m ringoff.core.catalog [compile|check] DIR", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
