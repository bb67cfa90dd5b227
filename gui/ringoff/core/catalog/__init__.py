"""The service catalog: what each service is, how to change or remove a number in it, and
finding it by name, pinyin, domain or SMS sender. Each service is one TOML file in
resources/catalog/ (docs/catalog.md); storage/catalog_files.py reads them.

The rooms: :mod:`.model` (the dataclasses and vocabularies), :mod:`.sources` (which pages may
be cited), :mod:`.validate` (checking an entry), :mod:`.build` (entry data to services and
back), :mod:`.cache` (the compiled cache's format), :mod:`.search` (keys and look-up tables),
:mod:`.catalog` (the :class:`Catalog` itself) and :mod:`.export` (``ringoff catalog --json``).
Every name callers use is importable from here. No disk, no Qt.
"""

from __future__ import annotations

from ..web import host_of
from .build import _build
from .cache import CACHE_FORMAT, checker_fingerprint
from .catalog import INFO_FILE, Built, Catalog, build_catalog, compile_cache, info_from_json
from .export import to_json_list
from .model import (
    CONFIDENCES,
    DIFFICULTIES,
    FALLBACK_LANGUAGE,
    GENERIC_DIR,
    GENERIC_PREFIX,
    LANGUAGES,
    REQUIREMENTS,
    STALE_AFTER_DAYS,
    ActionGuide,
    CatalogInfo,
    CatalogOrigin,
    Contact,
    FallbackGuide,
    Origin,
    Service,
    Source,
    default_priority,
)
from .search import normalise
from .sources import (
    HTTP_ONLY_HOSTS,
    LOOKALIKE_BRANDS,
    PRESS_HOSTS,
    REFUSED_HOSTS,
    REGULATOR_SUFFIXES,
    SOURCE_KINDS,
    domain_problem,
    host_matches,
    on_domains,
    source_problem,
)
from .validate import _KNOWN_KEYS, CONTACT_KINDS, HELP_KINDS, validate, validate_text

__all__ = [
    "CACHE_FORMAT",
    "CONFIDENCES",
    "CONTACT_KINDS",
    "DIFFICULTIES",
    "FALLBACK_LANGUAGE",
    "GENERIC_DIR",
    "GENERIC_PREFIX",
    "HELP_KINDS",
    "HTTP_ONLY_HOSTS",
    "INFO_FILE",
    "LANGUAGES",
    "LOOKALIKE_BRANDS",
    "PRESS_HOSTS",
    "REFUSED_HOSTS",
    "REGULATOR_SUFFIXES",
    "REQUIREMENTS",
    "SOURCE_KINDS",
    "STALE_AFTER_DAYS",
    "_KNOWN_KEYS",
    "ActionGuide",
    "Built",
    "Catalog",
    "CatalogInfo",
    "CatalogOrigin",
    "Contact",
    "FallbackGuide",
    "Origin",
    "Service",
    "Source",
    "_build",
    "build_catalog",
    "checker_fingerprint",
    "compile_cache",
    "default_priority",
    "domain_problem",
    "host_matches",
    "host_of",
    "info_from_json",
    "normalise",
    "on_domains",
    "source_problem",
    "to_json_list",
    "validate",
    "validate_text",
]
