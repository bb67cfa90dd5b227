"""Reading password-manager exports to find the accounts tied to a phone number.

A person exports their passwords (Chrome, Firefox, Safari, Bitwarden, KeePassXC, 1Password,
LastPass or any table with a web address and a user name column) and Ringoff lists the sites in
it: the ones whose user name is the phone number, the ones the catalog knows, and the rest.

Privacy rule: a row's password, notes, one-time-password secret, custom fields and the user name
itself live only while that row is parsed. The user name is compared with the number and then
dropped; nothing of them reaches :class:`ImportResult` or :class:`FoundItem`.

The package is pure Python (no Qt). The catalog is reached through :class:`ServiceMatcher`, a
small protocol that ``core.catalog`` satisfies. Its rooms: ``model`` (results, limits),
``reading`` (the way in), ``tables`` (CSV), ``formats`` (which program made a CSV),
``json_exports``, ``zips``, ``keepass_xml``, ``decoding``, ``hosts``, ``usernames``,
``collector`` (rows to sites) and ``problems`` (the messages).
"""

from __future__ import annotations

from ..web import host_of
from .decoding import sniff_encoding
from .formats import detect_format
from .hosts import registrable_host
from .model import (
    FORMAT_LABELS,
    MAX_EXPORT_BYTES,
    MAX_JSON_BYTES,
    MAX_SITES,
    REASON_KNOWN_SERVICE,
    REASON_OTHER,
    REASON_USES_NUMBER,
    UNKNOWN_FORMAT,
    Cancel,
    FoundItem,
    ImportCancelled,
    ImportChoice,
    ImportResult,
    Progress,
    ServiceMatcher,
    ServiceRef,
    choose_for_import,
)
from .reading import read_export, read_export_stream
from .usernames import username_is_number
from .zips import zip_member_bytes

#: The old private name (operations.importing used it before the package had a public one).
_sniff_encoding = sniff_encoding

__all__ = [
    "FORMAT_LABELS",
    "MAX_EXPORT_BYTES",
    "MAX_JSON_BYTES",
    "MAX_SITES",
    "REASON_KNOWN_SERVICE",
    "REASON_OTHER",
    "REASON_USES_NUMBER",
    "UNKNOWN_FORMAT",
    "Cancel",
    "FoundItem",
    "ImportCancelled",
    "ImportChoice",
    "ImportResult",
    "Progress",
    "ServiceMatcher",
    "ServiceRef",
    "choose_for_import",
    "detect_format",
    "host_of",
    "read_export",
    "read_export_stream",
    "registrable_host",
    "sniff_encoding",
    "username_is_number",
    "zip_member_bytes",
]
