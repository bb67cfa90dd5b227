"""Zip exports (Dashlane, Proton Pass, Safari, 1Password .1pux): the member that holds the
export is found and read through a size limit, whatever its header claims, so a zip bomb
stops at the limit.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from typing import IO

from ..errors import ImportProblem
from .collector import _Collector
from .decoding import sniff_encoding
from .json_exports import _json, _read_1pux, _read_protonpass_json
from .model import MAX_EXPORT_BYTES, MAX_JSON_BYTES, Cancel, ImportResult, Progress
from .problems import _msg_encrypted_export, _msg_zip_bad, _msg_zip_unknown
from .tables import _read_csv

_ZIP_MAX_MEMBERS = 10_000


def _zip_names(stream: IO[bytes]) -> tuple[zipfile.ZipFile, dict[str, zipfile.ZipInfo]]:
    try:
        zf = zipfile.ZipFile(stream)
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise _msg_zip_bad() from None
    if len(infos) > _ZIP_MAX_MEMBERS:
        raise _msg_zip_bad()
    return zf, {i.filename.replace("\\", "/"): i for i in infos if not i.is_dir()}


def zip_member_bytes(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """A member's bytes, refusing members that unpack to more than *limit* (or claim to)."""
    if info.file_size > limit:
        raise _msg_zip_bad()
    if info.flag_bits & 0x1:
        raise _msg_encrypted_export()
    try:
        with zf.open(info) as member:
            data = member.read(limit + 1)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError, NotImplementedError):
        raise _msg_zip_bad() from None
    if len(data) > limit:
        raise _msg_zip_bad()
    return data


def _read_zip(
    stream: IO[bytes], fresh: Callable[[], _Collector], cancel: Cancel, progress: Progress
) -> ImportResult:
    zf, members = _zip_names(stream)
    with zf:
        lower = {name.lower(): info for name, info in members.items()}
        # 1Password 1PUX: export.data (JSON) with accounts[].vaults[].items[]
        # (bitwarden/clients libs/importer/.../onepassword-1pux-importer-types.ts)
        if "export.data" in lower:
            doc = _json(zip_member_bytes(zf, lower["export.data"], MAX_JSON_BYTES))
            collector = fresh()
            return collector.result("onepassword_1pux", _read_1pux(doc, collector))
        # Proton Pass: "Proton Pass/data.json" (or data.pgp when encrypted)
        # (ProtonMail/WebClients packages/pass/lib/import/providers/protonpass/
        # protonpass.zip.reader.ts)
        for name, info in lower.items():
            if name.endswith("data.pgp") and "proton" in name:
                raise _msg_encrypted_export()
            if name.endswith("data.json") and "proton" in name:
                doc = _json(zip_member_bytes(zf, info, MAX_JSON_BYTES))
                collector = fresh()
                return collector.result("protonpass", _read_protonpass_json(doc, collector))
        # Dashlane: credentials.csv beside securenotes.csv, payments.csv, ids.csv …
        # (ProtonMail/WebClients packages/pass/lib/import/providers/dashlane/dashlane.zip.reader.ts)
        # Safari "Export Browsing Data": Passwords.csv (localised name) beside Bookmarks.html,
        # History.json … (developer.apple.com "Importing data exported from Safari").
        csvs = [info for name, info in lower.items() if name.endswith(".csv")]
        csvs.sort(key=lambda i: i.filename.lower().rsplit("/", 1)[-1] != "credentials.csv")
        for info in csvs:
            data = zip_member_bytes(zf, info, MAX_EXPORT_BYTES // 4)
            collector = fresh()
            enc = sniff_encoding(data[:65536])
            text_stream = io.TextIOWrapper(io.BytesIO(data), encoding=enc, newline="")
            try:
                fmt, rows = _read_csv(text_stream, collector, cancel, progress, io.BytesIO())
            except ImportProblem:
                continue
            except UnicodeDecodeError:
                continue
            if fmt in ("dashlane", "safari", "chrome", "onepassword"):
                if fmt == "chrome":
                    fmt = "safari"  # Safari's zip; its older CSV had Chrome's columns
                return collector.result(fmt, rows)
    raise _msg_zip_unknown()
