"""Making :class:`~.model.Service` objects from entries :func:`~.validate.validate` accepted,
and back: a service as file-shaped data (to lay a user's correction over it), a user entry as
stored in the vault made file-shaped, and one table laid over another.

Pure functions on dicts; no disk, no Qt.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from ..model import Action, Category, Use
from .model import ActionGuide, Contact, FallbackGuide, Origin, Service, Source, default_priority
from .validate import _is_date


def _packages_of(value: object) -> tuple[str, ...]:
    lists = value.values() if isinstance(value, Mapping) else [value]
    out: list[str] = []
    for packages in lists:
        if isinstance(packages, (list, tuple)):
            out.extend(p for p in packages if isinstance(p, str) and p not in out)
    return tuple(out)


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
