"""JSON password exports: Bitwarden, Enpass, Proton Pass and 1Password (export.data of a
.1pux), each told by its content. Only titles, web addresses and user names are read.
"""

from __future__ import annotations

import json
from typing import Any

from .collector import _Collector
from .decoding import _decode
from .model import ImportResult
from .problems import (
    _msg_bad_json,
    _msg_encrypted_bitwarden,
    _msg_encrypted_export,
    _msg_json_unknown,
)


def _json(data: bytes) -> Any:
    return _parse_json(_decode(data))


def _parse_json(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise _msg_bad_json(exc.lineno) from None
    except (ValueError, RecursionError):
        raise _msg_bad_json(1) from None


def _read_json(text: str, collector: _Collector) -> ImportResult:
    doc = _parse_json(text.lstrip())
    if not isinstance(doc, dict):
        raise _msg_json_unknown()
    items = doc.get("items")
    # Enpass 6+: folders[] and items[] of {title, fields[{label, type, value}]}
    # (pass-import pass_import/managers/enpass.py, Enpass6)
    if isinstance(items, list) and any(
        isinstance(i, dict) and isinstance(i.get("fields"), list) and "login" not in i
        for i in items
    ):
        return collector.result("enpass", _read_enpass(items, collector))
    if isinstance(doc.get("vaults"), dict) and "userId" in doc:
        if doc.get("encrypted") is True:
            raise _msg_encrypted_export()
        return collector.result("protonpass", _read_protonpass_json(doc, collector))
    accounts = doc.get("accounts")
    if isinstance(accounts, list) and accounts and "vaults" in _dict(accounts[0]):
        return collector.result("onepassword_1pux", _read_1pux(doc, collector))
    rows = _read_bitwarden_json(doc, collector)
    return collector.result("bitwarden_json", rows)


def _read_bitwarden_json(doc: dict[str, Any], collector: _Collector) -> int:
    if doc.get("encrypted") is True or "encKeyValidation_DO_NOT_EDIT" in doc or "data" in doc:
        raise _msg_encrypted_bitwarden()
    items = doc.get("items")
    if not isinstance(items, list):
        raise _msg_json_unknown()
    rows = 0
    for index, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            continue
        rows += 1
        if item.get("type") != 1:
            continue  # secure note, card, identity
        login = item.get("login")
        if not isinstance(login, dict):
            login = {}
        url = ""
        uris = login.get("uris")
        if isinstance(uris, list):
            for entry in uris:
                if isinstance(entry, dict) and isinstance(entry.get("uri"), str):
                    url = entry["uri"]
                    break
        username = _str(login.get("username"))
        secrets = [_str(login.get("password")), _str(login.get("totp"))]
        collector.add(index, _str(item.get("name")).strip(), url, username, secrets)
    return rows


_ENPASS_USER_TYPES = frozenset({"username", "email", "phone"})


def _read_enpass(items: list[Any], collector: _Collector) -> int:
    rows = 0
    for index, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            continue
        rows += 1
        users: list[str] = []
        url = ""
        secrets: list[str] = []
        for f in _list(item.get("fields")):
            if not isinstance(f, dict):
                continue
            kind = _str(f.get("type")).lower()
            value = _str(f.get("value"))
            if kind in _ENPASS_USER_TYPES:
                users.append(value)
            elif kind == "url" and not url:
                url = value
            elif kind in ("password", "totp"):
                secrets.append(value)
        title = _str(item.get("title")).strip()
        collector.add(index, title, url, users[0] if users else "", secrets, users[1:])
    return rows


def _read_protonpass_json(doc: Any, collector: _Collector) -> int:
    """Proton Pass data.json: vaults{<id>: {name, items[{data{type, metadata{name},
    content{itemEmail, itemUsername, urls[]}}}]}} (bitwarden/clients libs/importer/src/importers/
    protonpass/types/protonpass-json-type.ts)."""
    if not isinstance(doc, dict) or not isinstance(doc.get("vaults"), dict):
        raise _msg_json_unknown()
    if doc.get("encrypted") is True:
        raise _msg_encrypted_export()
    rows = 0
    for vault in doc["vaults"].values():
        for item in _list(_dict(vault).get("items")):
            data = item.get("data") if isinstance(item, dict) else None
            if not isinstance(data, dict):
                continue
            rows += 1
            if data.get("type") != "login":
                continue
            meta = _dict(data.get("metadata"))
            content = _dict(data.get("content"))
            urls = _list(content.get("urls"))
            url = next((u for u in urls if isinstance(u, str)), "")
            collector.add(
                rows,
                _str(meta.get("name")).strip(),
                url,
                _str(content.get("itemUsername")),
                [_str(content.get("password")), _str(content.get("totpUri"))],
                [_str(content.get("itemEmail"))],
            )
    return rows


def _read_1pux(doc: Any, collector: _Collector) -> int:
    """1Password export.data: accounts[].vaults[].items[] with overview{title, url, urls[]} and
    details{loginFields[{designation, value}], sections[{fields[{value{phone|email…}}]}]}
    (bitwarden/clients onepassword-1pux-importer-types.ts; ProtonMail/WebClients
    1password/1p.utils.ts)."""
    if not isinstance(doc, dict) or not isinstance(doc.get("accounts"), list):
        raise _msg_json_unknown()
    rows = 0
    for account in doc["accounts"]:
        for vault in _list(_dict(account).get("vaults")):
            for item in _list(_dict(vault).get("items")):
                if not isinstance(item, dict):
                    continue
                rows += 1
                if item.get("state") == "archived" or item.get("trashed") is True:
                    continue
                overview = _dict(item.get("overview"))
                details = _dict(item.get("details"))
                url = _str(overview.get("url"))
                if not url and isinstance(overview.get("urls"), list):
                    url = next(
                        (_str(u.get("url")) for u in overview["urls"] if isinstance(u, dict)), ""
                    )
                username = ""
                secrets: list[str] = []
                for field in _list(details.get("loginFields")):
                    if not isinstance(field, dict):
                        continue
                    if field.get("designation") == "username" and not username:
                        username = _str(field.get("value"))
                    elif field.get("designation") == "password":
                        secrets.append(_str(field.get("value")))
                others: list[str] = []
                for section in _list(details.get("sections")):
                    for field in (
                        section.get("fields") if isinstance(section, dict) else None
                    ) or ():
                        value = field.get("value") if isinstance(field, dict) else None
                        if isinstance(value, dict):
                            if isinstance(value.get("phone"), str):
                                others.append(value["phone"])
                            email_v = value.get("email")
                            if isinstance(email_v, dict):
                                others.append(_str(email_v.get("email_address")))
                if not url and not username and not others:
                    continue  # a note, card or document
                title = _str(overview.get("title")).strip()
                collector.add(rows, title, url, username, secrets, others)
    return rows


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""
