"""The catalog's data: a service, how to do each action in it, its sources and contacts.

Frozen dataclasses made from checked entry files by :mod:`.build` (or from the compiled cache
by :mod:`.cache`), the vocabularies every entry is checked against, and which general guide
stands in for an unknown service of each kind. No disk, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Final, Literal

from ..model import Action, Category, Use

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

Origin = Literal["shipped", "user"]
#: Where the catalog as a whole came from: shipped with the app, or an imported update.
CatalogOrigin = Literal["shipped", "update"]


@dataclass(frozen=True)
class CatalogInfo:
    """The catalog's date (when it was put together) and where it came from."""

    catalog_date: date | None = None
    origin: CatalogOrigin = "shipped"


#: An entry older than this is shown as possibly out of date.
STALE_AFTER_DAYS: Final = 365

#: Which generic guide stands in for an unknown service of each category.
GENERIC_FOR_CATEGORY: Final = {
    Category.BANK: "generic_bank",
    Category.GOVERNMENT: "generic_government",
    Category.EMAIL: "generic_email",
    Category.TELECOM: "generic_telecom",
}


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

    if not TYPE_CHECKING:  # (hidden from mypy, which would otherwise accept any attribute)

        def __getattr__(self, name: str) -> Any:
            """The fields a compiled cache leaves packed (:data:`LAZY_FIELDS`: the steps and
            texts, most of an entry's size), unpacked the first time one is read."""
            lazy = self.__dict__.get("_lazy")
            if lazy is None or name not in LAZY_FIELDS:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            unpack, packed = lazy
            self.__dict__.update(unpack(packed))
            self.__dict__.pop("_lazy", None)
            return self.__dict__[name]

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


#: The fields of a :class:`Service` that a compiled cache may leave packed until first read.
LAZY_FIELDS: Final = frozenset({"note", "sources", "actions"})


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
