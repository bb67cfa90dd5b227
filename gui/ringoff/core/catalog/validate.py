"""Checking one catalog entry (the parsed TOML of one file, or a user's own entry) against
docs/catalog.md: :func:`validate` lists plain problems and never raises.

The loader keeps only entries without problems; tests/unit/test_catalog_files.py turns the
problems of shipped files into CI failures. Pure functions on dicts and text; no disk, no Qt.
"""

from __future__ import annotations

import contextlib
import re
import tomllib
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any, Final
from urllib.parse import urlsplit

from ..model import Action, Category, Use
from .model import CONFIDENCES, DIFFICULTIES, GENERIC_DIR, GENERIC_PREFIX, LANGUAGES, REQUIREMENTS
from .sources import domain_problem, source_problem

_CATEGORIES: Final = frozenset(c.value for c in Category)
_USES: Final = frozenset(u.value for u in Use)
_ACTIONS: Final = frozenset(a.value for a in Action)
_ID_RE: Final = re.compile(r"[a-z0-9_]+")
_REGION_RE: Final = re.compile(r"[A-Z]{2}")

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

_SOURCE_KEYS: Final = frozenset({"url", "read", "kind"})
HELP_KINDS: Final = frozenset({"help", "website"})
CONTACT_KINDS: Final = frozenset({"phone", "counter", "web"})
_CONTACT_KEYS: Final = frozenset(
    {"kind", "value", "region", "note_en", "note_zh", "source", "read"}
)
_PHONE_RE: Final = re.compile(r"\+?[0-9][0-9 -]{2,18}[0-9]")


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


def parse_toml(raw: bytes, source: str) -> tuple[dict[str, Any] | None, list[str]]:
    try:
        return tomllib.loads(raw.decode("utf-8")), []
    except UnicodeDecodeError:
        return None, [f"{source}: not UTF-8 text"]
    except tomllib.TOMLDecodeError as exc:
        return None, [f"{source}: not valid TOML ({exc})"]


def validate_text(text: str, *, source: str) -> list[str]:
    """Parse TOML *text* and :func:`validate` it; a parse error is reported, never raised."""
    data, problems = parse_toml(text.encode("utf-8", "surrogatepass"), source)
    if data is None:
        return problems
    return validate(data, source=source)
