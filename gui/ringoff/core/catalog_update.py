"""Signed catalog updates: a newer catalog without the network.

An update is one file a person imports (downloaded by a browser from the project's site, or
handed over on a USB stick). It holds the whole catalog folder, never a part of one, so a
catalog is either the shipped one or one whole update, never a mix. The file is JSON::

    {"format": "ringoff-catalog-update", "version": 1,
     "payload": "<base64 of the payload JSON>", "signature": "<base64 Ed25519 signature>"}

and the payload JSON is ``{"catalog_date": "2026-12-01", "files": {"alipay.toml": "...",
"_generic/generic_bank.toml": "...", "_pinyin_names.tsv": "...", ...}}``. The signature is
checked with the public key shipped in the app (:data:`PUBLIC_KEYS`) before anything in the
payload is read; then every entry is checked with :func:`catalog.validate`. Anything wrong
refuses the whole file with a plain message (:class:`UpdateRefused`).

tools/make_catalog_update.py builds and signs one with a private key file kept off the
repository. Qt-free and disk-free: callers pass bytes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from .catalog import Built, Catalog, CatalogInfo, build_catalog, validate_text
from .errors import UserError
from .i18n import QT_TRANSLATE_NOOP

FORMAT: Final = "ringoff-catalog-update"
VERSION: Final = 1
MAX_SIZE: Final = 8 * 1024 * 1024  # a whole catalog is well under 1 MB
# The project's catalog-signing public keys (raw Ed25519, base64). The private key is kept by
# the maintainers, never in the repository. More than one lets a new key take over.
PUBLIC_KEYS: Final = ("QpH7rh5ahaKeaelZ1hSfLHQivR0aSCGCR7tAJPU5ECk=",)

_FILE_RE: Final = re.compile(
    r"(?:_generic/)?[a-z0-9_]+\.toml|_pinyin_names\.tsv|_pinyin_chars\.tsv"
)


class UpdateRefused(UserError):
    kind = "catalog_update_refused"


@dataclass(frozen=True)
class CatalogUpdate:
    """A verified update: its date, its files (name -> bytes) and the digest of the file."""

    catalog_date: date
    files: dict[str, bytes]
    digest: str

    def catalog(self) -> Catalog:
        """The update's services as a :class:`Catalog` (origin "update"), every entry parsed."""
        return self.built(None).catalog

    def built(self, cache: bytes | None) -> Built:
        """The update's catalog made through the compiled *cache* (its bytes), and the cache to
        write when that one was missing or stale (see :func:`catalog.build_catalog`)."""
        files = dict(sorted(self.files.items()))
        return build_catalog(files, info=CatalogInfo(self.catalog_date, "update"), cache=cache)


def _refuse(message: Any) -> UpdateRefused:
    return UpdateRefused(
        message,
        QT_TRANSLATE_NOOP(
            "CatalogUpdate",
            "Ringoff goes on with the list of services it has. Get the update file again "
            "from the Ringoff website, or ask the person who gave it to you.",
        ),
    )


def _keys(public_keys: Sequence[str | bytes] | None) -> list[Any]:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    keys = []
    for key in PUBLIC_KEYS if public_keys is None else public_keys:
        raw = base64.b64decode(key) if isinstance(key, str) else key
        keys.append(Ed25519PublicKey.from_public_bytes(raw))
    return keys


def sign_update(files: Mapping[str, bytes], catalog_date: date, private_key: Any) -> bytes:
    """The update file for *files* signed with *private_key* (an Ed25519PrivateKey)."""
    payload = json.dumps(
        {
            "catalog_date": catalog_date.isoformat(),
            "files": {name: files[name].decode("utf-8") for name in sorted(files)},
        },
        ensure_ascii=False,
        sort_keys=True,
    ).encode("utf-8")
    signature = private_key.sign(payload)
    envelope = {
        "format": FORMAT,
        "version": VERSION,
        "payload": base64.b64encode(payload).decode("ascii"),
        "signature": base64.b64encode(signature).decode("ascii"),
    }
    return json.dumps(envelope, indent=1).encode("utf-8")


def read_update(
    raw: bytes,
    public_keys: Sequence[str | bytes] | None = None,
    *,
    check_entries: bool = True,
) -> CatalogUpdate:
    """Verify and unpack an update file; raise :class:`UpdateRefused` when anything is wrong.

    The signature is checked before the payload is parsed; then every file name and (with
    *check_entries*, as on import) every entry. Nothing is returned unless the whole update is
    good. Reading an update already imported skips the entry check: the catalog checks each
    entry again as it builds it (through its cache).
    """
    from cryptography.exceptions import InvalidSignature

    not_ours = QT_TRANSLATE_NOOP(
        "CatalogUpdate", "This file is not a Ringoff catalog update, or it is damaged."
    )
    if len(raw) > MAX_SIZE:
        raise _refuse(not_ours)
    try:
        envelope = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _refuse(not_ours) from None
    if not isinstance(envelope, dict) or envelope.get("format") != FORMAT:
        raise _refuse(not_ours)
    if envelope.get("version") != VERSION:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "CatalogUpdate",
                "This catalog update is for another version of Ringoff. Update Ringoff "
                "itself first.",
            )
        )
    try:
        payload = base64.b64decode(str(envelope.get("payload", "")), validate=True)
        signature = base64.b64decode(str(envelope.get("signature", "")), validate=True)
    except (binascii.Error, ValueError):
        raise _refuse(not_ours) from None
    for key in _keys(public_keys):
        try:
            key.verify(signature, payload)
            break
        except InvalidSignature:
            continue
    else:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "CatalogUpdate",
                "This catalog update is not signed by the Ringoff project, or it was changed "
                "after signing, so Ringoff will not use it.",
            )
        )
    return _unpack(payload, hashlib.sha256(raw).hexdigest(), check_entries)


def _unpack(payload: bytes, digest: str, check_entries: bool) -> CatalogUpdate:
    bad = QT_TRANSLATE_NOOP(
        "CatalogUpdate",
        "This catalog update is signed but its contents are not in order, so Ringoff will "
        "not use it.",
    )
    try:
        data = json.loads(payload.decode("utf-8"))
        catalog_date = date.fromisoformat(data["catalog_date"])
        files_in = data["files"]
    except (UnicodeDecodeError, ValueError, KeyError, TypeError):
        raise _refuse(bad) from None
    if not isinstance(files_in, dict) or not any(
        isinstance(n, str) and n.endswith(".toml") and "/" not in n for n in files_in
    ):
        raise _refuse(bad)
    files: dict[str, bytes] = {}
    for name, text in files_in.items():
        if not isinstance(name, str) or not _FILE_RE.fullmatch(name) or not isinstance(text, str):
            raise _refuse(bad)
        files[name] = text.encode("utf-8")
        if check_entries and name.endswith(".toml") and validate_text(text, source=name):
            raise _refuse(bad)
    return CatalogUpdate(catalog_date, files, digest)
