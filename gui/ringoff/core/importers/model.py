"""The results of reading a password export, and the catalog as the importers see it.

:class:`FoundItem` is one site of an export (it holds no secret), :class:`ImportResult` a whole
file, :class:`ImportChoice` one line of the preview. :class:`ServiceMatcher` is the small
protocol ``core.catalog`` satisfies; the limits and the Cancel and progress callbacks live here
too.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Protocol

from ..i18n import QT_TRANSLATE_NOOP, Text


class ServiceRef(Protocol):
    """A catalog service: its stable id and its name in a language."""

    @property
    def id(self) -> str: ...

    def name(self, lang: str) -> str: ...


class ServiceMatcher(Protocol):
    """What the importer needs from the catalog."""

    def service_for_domain(self, host_or_url: str) -> ServiceRef | None:
        """The service owning this domain (exact domain or a subdomain of it)."""
        ...

    def service_for_sms_sender(self, sender: str) -> ServiceRef | None:
        """The service whose SMS signature is *sender* (the text in 【】 or the named sender)."""
        ...

    def search(self, text: str, lang: str = "en", limit: int = 50) -> Sequence[ServiceRef]:
        """Services whose names or aliases match *text*, best first."""
        ...


# --------------------------------------------------------------------------------------------
# Results

REASON_USES_NUMBER = "uses_number"
REASON_KNOWN_SERVICE = "known_service"
REASON_OTHER = "other"


@dataclass(frozen=True, slots=True)
class FoundItem:
    """One site or service found in an export (several rows of the same one are merged).

    Holds no secret: no password, note, TOTP, custom field and no user name, only whether a user
    name was the phone number.
    """

    title: str  # the entry's title (user name removed), or the host when there is none
    host: str  # lowercase registrable-ish host of the web address, "" if none
    username_is_number: bool  # at least one merged row signs in with the phone number
    service_id: str | None  # the catalog service, if recognised
    service_name: str  # the catalog name in the requested language, else the title or host
    reason: str  # REASON_USES_NUMBER | REASON_KNOWN_SERVICE | REASON_OTHER
    line: int  # source line of the first merged row (item number for JSON exports)
    count: int = 1  # how many rows were merged into this item


@dataclass(frozen=True, slots=True)
class ImportResult:
    format: str  # format id, see FORMAT_LABELS
    format_label: Text  # the format's name, to show ("Chrome, Edge or Brave")
    rows: int  # data rows read (header excluded, blank lines skipped)
    items: list[FoundItem]


@dataclass(frozen=True, slots=True)
class ImportChoice:
    """One line of the import preview."""

    item: FoundItem
    ticked: bool  # ticked by default
    duplicate: bool  # the vault already has an account for it (then unticked)


#: Every format id and its label. ``generic`` means the header was not recognised but still has
#: a web address and a user name column.
FORMAT_LABELS: dict[str, Text] = {
    "chrome": QT_TRANSLATE_NOOP("Import", "Chrome, Edge or Brave"),
    "firefox": QT_TRANSLATE_NOOP("Import", "Firefox"),
    "safari": QT_TRANSLATE_NOOP("Import", "Safari or Apple Passwords"),
    "bitwarden_csv": QT_TRANSLATE_NOOP("Import", "Bitwarden (.csv)"),
    "bitwarden_json": QT_TRANSLATE_NOOP("Import", "Bitwarden (.json)"),
    "keepassxc": QT_TRANSLATE_NOOP("Import", "KeePassXC"),
    "onepassword": QT_TRANSLATE_NOOP("Import", "1Password"),
    "lastpass": QT_TRANSLATE_NOOP("Import", "LastPass"),
    "keepass_csv": QT_TRANSLATE_NOOP("Import", "KeePass (CSV, 1.x layout)"),
    "keepass_xml": QT_TRANSLATE_NOOP("Import", "KeePass (XML)"),
    "enpass": QT_TRANSLATE_NOOP("Import", "Enpass (.json)"),
    "dashlane": QT_TRANSLATE_NOOP("Import", "Dashlane"),
    "protonpass": QT_TRANSLATE_NOOP("Import", "Proton Pass"),
    "nordpass": QT_TRANSLATE_NOOP("Import", "NordPass"),
    "keeper": QT_TRANSLATE_NOOP("Import", "Keeper"),
    "onepassword_1pux": QT_TRANSLATE_NOOP("Import", "1Password (.1pux)"),
    "generic": QT_TRANSLATE_NOOP(
        "Import", "A table of web addresses and user names (the program that made it is unknown)"
    ),
}

UNKNOWN_FORMAT = "unknown"


#: Largest export read (CSV and XML are streamed, so memory does not follow the size; this bounds
#: the time). JSON exports are parsed whole and have a smaller limit.
MAX_EXPORT_BYTES = 512 * 1024 * 1024
MAX_JSON_BYTES = 64 * 1024 * 1024
#: Different sites kept at most (memory grows with them, not with rows).
MAX_SITES = 200_000


Cancel = Callable[[], bool]
Progress = Callable[[int], None]


class ImportCancelled(Exception):
    """The person pressed Cancel."""


def _never() -> bool:
    return False


def _nothing(_: int) -> None:
    return None


_REASON_ORDER = {REASON_USES_NUMBER: 0, REASON_KNOWN_SERVICE: 1, REASON_OTHER: 2}


def choose_for_import(
    result: ImportResult,
    *,
    existing_service_ids: Collection[str],
    existing_names: Collection[str],
) -> list[ImportChoice]:
    """The preview lines, most relevant first.

    Sites that sign in with the number and known services are ticked; the rest are listed
    unticked. Accounts the vault already has (same catalog service, or an account of the same
    name, title or host) are marked ``duplicate`` and unticked.
    """
    names = {n.strip().casefold() for n in existing_names}
    choices = []
    for item in sorted(result.items, key=lambda i: (_REASON_ORDER[i.reason], i.line)):
        duplicate = (
            item.service_id is not None and item.service_id in existing_service_ids
        ) or bool({item.service_name.casefold(), item.title.casefold(), item.host} & names)
        ticked = item.reason in (REASON_USES_NUMBER, REASON_KNOWN_SERVICE) and not duplicate
        choices.append(ImportChoice(item=item, ticked=ticked, duplicate=duplicate))
    return choices
