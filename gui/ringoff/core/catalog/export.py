"""The catalog as plain JSON-ready dicts: the shape of ``ringoff catalog --json``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .build import _contact_data
from .model import LANGUAGES, Service, _pick


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
