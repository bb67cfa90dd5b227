"""The compiled catalog cache: every entry file's checked and built result, keyed by the file's
content hash, so a start never parses TOML for a file it has seen before.

Why. The standard library's TOML parser is pure Python (about half a millisecond per entry), and
checking and building an entry costs as much again; ~270 files would take far more than the
30 ms a start may spend on the catalog. The cache holds, per file, its content hash, the
problems :func:`~.validate.validate` found, and the built service as a flat *record* of plain
values (:func:`service_record`), which :func:`service_from_record` turns back into a
:class:`~.model.Service` without any checking or parsing.

Safe. The file is ``MAGIC``, one JSON header line and a :mod:`marshal` body. The header names
the format, the Python that wrote it (marshal's format follows the Python version), the
:func:`checker_fingerprint` of the rules the verdicts were found with, and a CRC-32 of
the body, checked before the body is read: a damaged, truncated or foreign file is never
unmarshalled, and a cache of other rules or another Python is ignored. Either way the files
are parsed again (and the cache rewritten by storage/). Hashing contents instead of comparing
modification times keeps the cache valid after a copy that resets times (a PyInstaller bundle)
and never lets an edited file hide behind a stale cache.

Pure functions on bytes; storage/catalog_files.py reads and writes the file. No Qt.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import marshal
import re
import sys
import types
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from ..model import Action, Category, Use
from . import build as _build_module
from . import model as _model_module
from . import sources as _sources_module
from . import validate as _validate_module
from .build import _build
from .model import ActionGuide, Contact, FallbackGuide, Service, Source
from .validate import parse_toml, validate

CACHE_FORMAT: Final = 2
MAGIC: Final = b"ringoff-catalog-cache\n"
_DIGEST_SIZE: Final = 16
#: marshal version 2 writes no back-references, so the same entries always give the same bytes
#: (a reproducible build) and a reader needs no table of earlier objects.
_MARSHAL_VERSION: Final = 2

#: One file's cache entry: (content digest, problems found, the built service's record or None
#: when it has problems, the file's :data:`Stamp` when it may be trusted or None).
Entry = tuple[bytes, tuple[str, ...], tuple[Any, ...] | None, tuple[int, int] | None]
#: A file's size and modification time (ns), as storage/ lists them.
Stamp = tuple[int, int]

_CATEGORY: Final = {c.value: c for c in Category}
_USE: Final = {u.value: u for u in Use}
_ACTION: Final = {a.value: a for a in Action}


def digest(raw: bytes) -> bytes:
    """A file's content key (BLAKE2b, 16 bytes)."""
    return hashlib.blake2b(raw, digest_size=_DIGEST_SIZE).digest()


# -- records -----------------------------------------------------------------------------------


def _ordinal(day: date | None) -> int | None:
    return day.toordinal() if day is not None else None


def service_record(s: Service) -> tuple[Any, ...]:
    """*s* as a flat tuple of plain values (strings, numbers, tuples, dicts) for marshal: the
    fields a catalog needs at once, then the :data:`~.model.LAZY_FIELDS` packed in one bytes
    value, unpacked only when one of them is first read."""
    body = (
        s.note,
        tuple((src.url, _ordinal(src.read), src.kind) for src in s.sources),
        tuple(
            (
                action.value,
                g.difficulty,
                g.requires,
                g.steps,
                g.verify,
                (g.fallback.requires, g.fallback.steps) if g.fallback else None,
            )
            for action, g in s.actions.items()
        ),
    )
    return (
        s.id,
        s.category.value,
        s.regions,
        s.names,
        s.aliases,
        s.domains,
        s.sms_signatures,
        tuple(sorted(u.value for u in s.uses)),
        s.priority,
        s.verifies_through_bank,
        s.popularity,
        s.difficulty,
        s.help_url,
        _ordinal(s.last_checked),
        s.confidence,
        s.origin,
        s.general,
        s.help_kind,
        tuple(
            (c.kind, c.value, c.region, c.note_en, c.note_zh, c.source, c.read.toordinal())
            for c in s.contacts
        ),
        dict(s.sms_senders),
        s.android_packages,
        marshal.dumps(body, _MARSHAL_VERSION),
    )


def _day(ordinal: int | None) -> date | None:
    return date.fromordinal(ordinal) if ordinal is not None else None


def _unpack(packed: bytes) -> dict[str, Any]:
    """The :data:`~.model.LAZY_FIELDS` from :func:`service_record`'s packed value."""
    note, sources, actions = marshal.loads(packed)
    return {
        "note": note,
        "sources": tuple(Source(url, _day(read), kind) for url, read, kind in sources),
        "actions": {
            _ACTION[name]: ActionGuide(
                level,
                requires,
                steps,
                verify,
                FallbackGuide(*fallback) if fallback is not None else None,
            )
            for name, level, requires, steps, verify, fallback in actions
        },
    }


def service_from_record(record: tuple[Any, ...]) -> Service:
    """The :class:`Service` :func:`service_record` made *record* from (raises TypeError,
    ValueError or KeyError on a record of another shape).

    Made without :class:`Service`'s ``__init__`` (a frozen dataclass sets each field through
    ``object.__setattr__``, the larger part of a load's time): the same fields go straight into
    the instance's ``__dict__``, the packed ones unpacked on first read."""
    (
        ident,
        category,
        regions,
        names,
        aliases,
        domains,
        signatures,
        uses,
        priority,
        through_bank,
        popularity,
        difficulty,
        help_url,
        checked,
        confidence,
        origin,
        general,
        help_kind,
        contacts,
        senders,
        packages,
        packed,
    ) = record
    if not isinstance(packed, bytes) or not isinstance(names, dict):
        raise TypeError("not a service record")
    service: Service = object.__new__(Service)
    service.__dict__.update(
        id=ident,
        category=_CATEGORY[category],
        regions=regions,
        names=names,
        aliases=aliases,
        domains=domains,
        sms_signatures=signatures,
        uses=frozenset([_USE[u] for u in uses]),
        priority=priority,
        verifies_through_bank=through_bank,
        popularity=popularity,
        difficulty=difficulty,
        help_url=help_url,
        last_checked=_day(checked),
        confidence=confidence,
        origin=origin,
        general=general,
        help_kind=help_kind,
        contacts=tuple(
            Contact(kind, value, region, en, zh, source, date.fromordinal(read))
            for kind, value, region, en, zh, source, read in contacts
        ),
        sms_senders=senders,
        android_packages=packages,
        _lazy=(_unpack, packed),
    )
    return service


# -- the checker's fingerprint -------------------------------------------------------------------

#: The modules whose code and vocabularies decide a cached verdict or record.
_RULE_MODULES: Final = (_model_module, _sources_module, _validate_module, _build_module)


@functools.cache
def checker_fingerprint() -> str:
    """A digest of the rules' code and vocabularies (model, sources, validate, build, and this
    module's records): a cached verdict is trusted only while it matches, so changing the rules
    re-checks every entry.

    Built from the code objects (bytecode, names, constants; not file names or line numbers,
    which differ between a source checkout and a frozen bundle), so it needs no source file.
    Another Python version or ``python -OO`` gives another fingerprint: the cache is then
    ignored (the files are parsed), which is slower but never wrong.
    """
    found = hashlib.blake2b(digest_size=12)

    def feed(value: object) -> None:
        if isinstance(value, types.CodeType):
            found.update(value.co_code)
            found.update(repr(value.co_names).encode())
            for const in value.co_consts:
                feed(const)
        elif isinstance(value, (frozenset, set)):
            found.update(repr(sorted(repr(v) for v in value)).encode())
        elif isinstance(value, re.Pattern):
            found.update(value.pattern.encode())
        else:
            found.update(repr(value).encode())

    for module in (*_RULE_MODULES, sys.modules[__name__]):
        name_of = module.__name__
        for name in sorted(vars(module)):
            if name.startswith("__"):  # __builtins__ differs between processes
                continue
            value = vars(module)[name]
            if isinstance(value, types.FunctionType) and value.__module__ == name_of:
                feed(value.__code__)
            elif isinstance(value, type) and value.__module__ == name_of:
                if dataclasses.is_dataclass(value):  # a field added changes the records
                    feed(tuple(f.name for f in dataclasses.fields(value)))
            elif isinstance(value, (frozenset, re.Pattern)) or (
                isinstance(value, tuple) and all(isinstance(v, str) for v in value)
            ):
                feed(value)  # vocabularies, patterns, lists of field names
            elif isinstance(value, dict) and all(isinstance(k, str) for k in value):
                feed(sorted((k, repr(v)) for k, v in value.items()))
    feed((sorted(c.value for c in Category), sorted(u.value for u in Use)))
    feed(sorted(a.value for a in Action))
    return found.hexdigest()


# -- the file ------------------------------------------------------------------------------------


def _header(body: bytes | memoryview) -> dict[str, Any]:
    return {
        "format": CACHE_FORMAT,
        "python": sys.implementation.cache_tag,
        "marshal": marshal.version,
        "checker": checker_fingerprint(),
        # CRC-32 finds a damaged or cut copy (what it is for) at a tenth of a hash's cost.
        "body": zlib.crc32(body),
    }


def encode_cache(entries: Mapping[str, Entry]) -> bytes:
    """The cache file's bytes for *entries* (relative file name -> :data:`Entry`)."""
    body = marshal.dumps(dict(entries), _MARSHAL_VERSION)
    header = json.dumps(_header(body), sort_keys=True, separators=(",", ":")).encode("ascii")
    return MAGIC + header + b"\n" + body


@dataclass(frozen=True)
class DecodedCache:
    """What a cache file held: its entries ({} when it cannot be used), and whether it was
    damaged (ours, but its body does not match its checksum or does not unmarshal), which is
    worth saying, unlike a cache of an older format or other rules, which is just replaced."""

    entries: dict[str, Entry]
    damaged: bool = False

    def unchanged(self, stamps: Mapping[str, Stamp]) -> set[str]:
        """The files whose :data:`Stamp` is the one recorded with their entry: their entries
        stand without the file being read (see :func:`stamp_to_record`)."""
        entries = self.entries
        return {
            rel
            for rel, stamp in stamps.items()
            if (entry := entries.get(rel)) is not None
            and entry[3] is not None
            and entry[3] == stamp
        }


def decode_cache(raw: bytes | None) -> DecodedCache:
    """Read a cache file's bytes; never raises, whatever they hold."""
    if not raw or not raw.startswith(MAGIC):
        return DecodedCache({})
    header_end = raw.find(b"\n", len(MAGIC))
    if header_end < 0:
        return DecodedCache({}, damaged=True)
    body = memoryview(raw)[header_end + 1 :]  # no copy
    try:
        header = json.loads(raw[len(MAGIC) : header_end])
    except ValueError:
        return DecodedCache({}, damaged=True)
    if not isinstance(header, dict):
        return DecodedCache({}, damaged=True)
    expected = _header(body)
    if header.get("body") != expected["body"]:
        return DecodedCache({}, damaged=True)
    if any(header.get(k) != expected[k] for k in ("format", "python", "marshal", "checker")):
        return DecodedCache({})  # made by another version or with other rules: not damaged
    try:
        files = marshal.loads(body)
    except (ValueError, EOFError, TypeError):
        return DecodedCache({}, damaged=True)
    if not isinstance(files, dict):
        return DecodedCache({}, damaged=True)
    entries = {
        rel: entry
        for rel, entry in files.items()
        if isinstance(rel, str)
        and isinstance(entry, tuple)
        and len(entry) == 4
        and isinstance(entry[0], bytes)
        and isinstance(entry[1], tuple)
        and (entry[3] is None or isinstance(entry[3], tuple))
    }
    return DecodedCache(entries, damaged=len(entries) != len(files))


# -- compiling ------------------------------------------------------------------------------------

#: A stamp is recorded only for a file last changed this long before it was read, so that a
#: change made within the file system's time resolution (2 s on FAT) of the reading cannot hide
#: behind an equal stamp (git's "racy" rule). Such a file is read and hashed every time instead.
RACY_NS: Final = 3_000_000_000


def stamp_to_record(stamp: Stamp | None, now_ns: int | None) -> Stamp | None:
    """*stamp* when it may be trusted later (the file was old enough at *now_ns*), else None."""
    if stamp is None or now_ns is None or stamp[1] >= now_ns - RACY_NS:
        return None
    return stamp


@dataclass
class Compiled:
    """Services made from entry files through the caches, and what the cache should hold."""

    services: list[Service]
    problems: list[str]
    #: The cache entries for the files given (write them when :func:`stale`).
    entries: dict[str, Entry]
    #: Some file had to be parsed (it was in neither cache).
    parsed: bool = False
    #: Some entry came from the seed cache (the one compiled at build time).
    from_seed: bool = False
    #: Some entry's recorded stamp changed (a file touched, or old enough to be trusted now).
    restamped: bool = False


def fresh_entry(raw: bytes, rel: str) -> tuple[Entry | None, Service | None, list[str]]:
    """Parse, check and build one entry file: its cache entry (None when it is not TOML), the
    service (None when it has problems), and the problems."""
    data, problems = parse_toml(raw, rel)
    if data is None:
        return None, None, problems
    problems = validate(data, source=rel)
    if problems:
        return (digest(raw), tuple(problems), None, None), None, problems
    try:
        service = _build(data, "shipped")
    except (KeyError, TypeError, ValueError, AttributeError) as exc:  # validate() missed it
        problems = [f"{rel}: cannot be used ({type(exc).__name__}: {exc})"]
        return (digest(raw), tuple(problems), None, None), None, problems
    return (digest(raw), (), service_record(service), None), service, []


def compile_entries(
    names: Iterable[str],
    files: Mapping[str, bytes],
    cached: Mapping[str, Entry] | None = None,
    seeded: Mapping[str, Entry] | None = None,
    *,
    stamps: Mapping[str, Stamp] | None = None,
    now_ns: int | None = None,
) -> Compiled:
    """Services from entry files (*names*, in order; their bytes in *files*).

    A file whose bytes are not given stands on its entry in *cached* when its stamp (in
    *stamps*) is the recorded one, and is skipped otherwise (storage/ said it cannot be read).
    A file given is hashed: its result comes from *cached*, then *seeded* (the build-time
    cache), when the content hash matches, and it is parsed and checked otherwise. Entries
    record the files' stamps when they may be trusted (:func:`stamp_to_record`)."""
    cached = cached or {}
    seeded = seeded or {}
    stamps = stamps or {}
    out = Compiled([], [], {})
    for rel in names:
        raw = files.get(rel)
        entry = cached.get(rel)
        if raw is None:
            if entry is None or entry[3] is None or entry[3] != stamps.get(rel):
                continue
        else:
            key = digest(raw)
            if entry is None or entry[0] != key:
                entry = seeded.get(rel)
                if entry is not None and entry[0] == key:
                    out.from_seed = True
                else:
                    entry, service, problems = fresh_entry(raw, rel)
                    out.parsed = True
                    out.problems.extend(problems)
                    if service is not None:
                        out.services.append(service)
                    if entry is not None:
                        stamp = stamp_to_record(stamps.get(rel), now_ns)
                        out.entries[rel] = (*entry[:3], stamp)
                    continue
            stamp = stamp_to_record(stamps.get(rel), now_ns)
            if entry[3] != stamp:
                entry = (*entry[:3], stamp)
                out.restamped = True
        out.entries[rel] = entry
        if entry[1]:
            out.problems.extend(entry[1])
            continue
        try:
            out.services.append(service_from_record(entry[2] or ()))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:  # a doctored cache
            out.problems.append(f"{rel}: cannot be used ({type(exc).__name__}: {exc})")
    return out


def stale(compiled: Compiled, cached: Mapping[str, Entry]) -> bool:
    """Whether the user's cache (*cached*) should be rewritten with ``compiled.entries``: when
    something had to be parsed, when a recorded stamp changed (so the next start reads fewer
    files), or when it exists but no longer matches; not when it is exactly what the files
    give."""
    return (
        compiled.parsed
        or compiled.restamped
        or bool(cached and (compiled.from_seed or set(cached) != set(compiled.entries)))
    )
