"""The "Which of these do you use?" list: catalog services in sections, for one region.

Sections follow the order people should think about them in (the same spirit as the plan
order): banks and cards first, then payment apps, shares and loans, messaging and social
networks, shopping, food and delivery, transport and travel, government and tax, the phone
company, health and insurance, email and cloud storage, phone makers' accounts, video and music,
games and work apps. Within a section the more common service comes first
(``Service.popularity``). ("Checklist" in Ringoff means the printed list of a number's accounts,
:mod:`ringoff.paper`; this list is the find page's memory aid. The section titles keep the
translation context "Checklist" they were translated under.)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .catalog import Service
from .i18n import QT_TRANSLATE_NOOP, Text
from .model import Category

__all__ = ["NOT_ACCOUNTS", "SECTIONS", "SectionSpec", "ServiceSection", "usual_services"]


@dataclass(frozen=True)
class SectionSpec:
    key: str
    title: Text
    categories: tuple[Category, ...]


SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec(
        "banks",
        QT_TRANSLATE_NOOP("Checklist", "Banks and cards"),
        (Category.BANK,),
    ),
    SectionSpec("payment", QT_TRANSLATE_NOOP("Checklist", "Payment apps"), (Category.PAYMENT,)),
    SectionSpec(
        "finance",
        QT_TRANSLATE_NOOP("Checklist", "Shares, savings and loans"),
        (Category.FINANCE,),
    ),
    SectionSpec(
        "social",
        QT_TRANSLATE_NOOP("Checklist", "Messaging and social networks"),
        (Category.MESSAGING, Category.SOCIAL),
    ),
    SectionSpec("shopping", QT_TRANSLATE_NOOP("Checklist", "Shopping"), (Category.SHOPPING,)),
    SectionSpec("food", QT_TRANSLATE_NOOP("Checklist", "Food and delivery"), (Category.FOOD,)),
    SectionSpec(
        "travel",
        QT_TRANSLATE_NOOP("Checklist", "Transport and travel"),
        (Category.TRANSPORT, Category.TRAVEL),
    ),
    SectionSpec(
        "government",
        QT_TRANSLATE_NOOP("Checklist", "Government and tax"),
        (Category.GOVERNMENT,),
    ),
    SectionSpec(
        "telecom", QT_TRANSLATE_NOOP("Checklist", "Your phone company"), (Category.TELECOM,)
    ),
    SectionSpec(
        "health", QT_TRANSLATE_NOOP("Checklist", "Health and insurance"), (Category.HEALTH,)
    ),
    SectionSpec(
        "email",
        QT_TRANSLATE_NOOP("Checklist", "Email and cloud storage"),
        (Category.EMAIL, Category.CLOUD),
    ),
    SectionSpec(
        "device",
        QT_TRANSLATE_NOOP("Checklist", "Phone and computer makers' accounts"),
        (Category.DEVICE,),
    ),
    SectionSpec(
        "entertainment",
        QT_TRANSLATE_NOOP("Checklist", "Video, music and reading"),
        (Category.ENTERTAINMENT,),
    ),
    SectionSpec("games", QT_TRANSLATE_NOOP("Checklist", "Games"), (Category.GAMES,)),
    SectionSpec("work", QT_TRANSLATE_NOOP("Checklist", "Work apps"), (Category.WORK,)),
)

#: Catalog entries that are look-ups, not accounts a person has (shown elsewhere on the page).
NOT_ACCOUNTS: frozenset[str] = frozenset({"miit_yztc"})


@dataclass(frozen=True)
class ServiceSection:
    key: str
    title: Text
    services: list[Service]


def usual_services(catalog: Iterable[Service], region: str) -> list[ServiceSection]:
    """The sections for a number of *region*, each with its services, most common first.

    Services of other regions, generic guides and :data:`NOT_ACCOUNTS` are left out; empty
    sections are dropped. A service appears in one section only.
    """
    by_category: dict[Category, list[Service]] = {}
    for service in catalog:
        if service.is_generic or service.id in NOT_ACCOUNTS or not service.used_in(region):
            continue
        by_category.setdefault(service.category, []).append(service)
    sections = []
    for spec in SECTIONS:
        members = [s for c in spec.categories for s in by_category.get(c, [])]
        if not members:
            continue
        # Services of the number's own region before worldwide ones of equal standing.
        members.sort(key=lambda s: (-s.popularity, 0 if region in s.regions else 1, s.id))
        sections.append(ServiceSection(spec.key, spec.title, members))
    return sections
