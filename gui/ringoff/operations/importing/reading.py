"""The way in: :func:`read_path` tells what a file or folder is by its content (never only
by its name) and reads it with the right reader of ``core.importers`` (password exports) or
``core.messages`` (message archives).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import IO

from ...core import importers, messages
from ...core.accounts import unreadable_file
from ...core.catalog import Catalog
from ...core.errors import ImportProblem
from ...core.importers import ImportCancelled as _ExportCancelled
from ...core.messages import ImportCancelled
from ...core.model import PhoneNumber
from .archives import _from_archive, _Progress, _read_folder, _read_zip_archive, _sms_db
from .finds import MAX_TEXT_BYTES, Find, Found, FractionProgress, clean_name
from .problems import _too_big_text


def read_path(
    path: Path,
    *,
    number: PhoneNumber,
    catalog: Catalog,
    lang: str = "en",
    cancel: Callable[[], bool] = lambda: False,
    progress: FractionProgress = lambda _: None,
) -> Found:
    """Read *path* (a file or folder) and return what ties services to *number*.

    Raises :class:`ImportProblem` with a plain message for anything unreadable and
    :class:`ImportCancelled` when *cancel* returns true; never returns part of a file.
    """
    path = Path(path).expanduser()
    try:
        if path.is_dir():
            found = _read_folder(path, number, catalog, lang, cancel, progress)
        else:
            found = _read_file(path, number, catalog, lang, cancel, progress)
    except _ExportCancelled:
        raise ImportCancelled from None
    except OSError as exc:
        raise unreadable_file(path, exc) from exc
    progress(1.0)
    return found


def _read_file(
    path: Path,
    number: PhoneNumber,
    catalog: Catalog,
    lang: str,
    cancel: Callable[[], bool],
    report: FractionProgress,
) -> Found:
    size = path.stat().st_size
    prog = _Progress(size, report, cancel)
    with path.open("rb") as stream:
        head = stream.read(65536)
        stream.seek(0)
        if head.startswith(b"SQLite format 3\x00"):
            stream.close()
            if path.name.lower() == "manifest.db":
                return _read_folder(path.parent, number, catalog, lang, cancel, report)
            return _sms_db(path, "iphone_sms_db", number, catalog, lang, prog)
        if head[:4] == b"PK\x03\x04":
            found = _read_zip_archive(stream, number, catalog, lang, prog)
            if found is not None:
                return found
            stream.seek(0)
            return _export(stream, number, catalog, lang, prog)
        if head.startswith(b"From "):
            tally = messages.MailTally(catalog, lang)
            result = messages.read_mbox(stream, tally, cancel=cancel, progress=prog.bytes)
            return _from_archive(result, catalog, plain_text=True)
        body = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        if body.startswith(b"<"):
            if b"<smses" in head:
                tally_s = messages.SenderTally(catalog, number.region, lang)
                result = messages.read_sms_backup(
                    stream, tally_s, cancel=cancel, progress=prog.bytes
                )
                return _from_archive(result, catalog, plain_text=True)
            return _export(stream, number, catalog, lang, prog)
        if _looks_like_mail(head):
            tally = messages.MailTally(catalog, lang)
            messages.read_eml(stream, tally)
            return _from_archive(tally.result("eml"), catalog, plain_text=True)
        if body[:1] in (b"{", b"["):
            return _export(stream, number, catalog, lang, prog)
        first_line = _first_text_line(head)
        if first_line is not None:
            header = next(iter(_csv_rows(first_line)), [])
            if messages.message_columns(header) is not None:
                import io

                text_stream = io.TextIOWrapper(stream, encoding=_encoding(head), newline="")
                try:
                    tally_s = messages.SenderTally(catalog, number.region, lang)
                    result = messages.read_message_table(
                        text_stream, tally_s, cancel=cancel, progress=lambda _: None
                    )
                finally:
                    text_stream.detach()
                return _from_archive(result, catalog, plain_text=True)
            if importers.detect_format(header) != importers.UNKNOWN_FORMAT or _keeperish(header):
                return _export(stream, number, catalog, lang, prog)
            text = _whole_text(stream, head)
            if messages.looks_official_reply(text):
                result = messages.read_official_reply(text, catalog, catalog, lang)
                return _from_archive(result, catalog, plain_text=False)
            tally_s = messages.SenderTally(catalog, number.region, lang)
            result = messages.read_message_text(text, tally_s)
            if result.finds:
                return _from_archive(result, catalog, plain_text=True)
        # Anything else: the password reader gives the most precise message.
        stream.seek(0)
        return _export(stream, number, catalog, lang, prog)


def _keeperish(header: list[str]) -> bool:
    return len(header) >= 6 and bool(header[1].strip())


def _csv_rows(line: str) -> list[list[str]]:
    import csv

    sep = max((",", ";", "\t"), key=line.count)
    try:
        return list(csv.reader([line], delimiter=sep))
    except csv.Error:
        return []


def _encoding(head: bytes) -> str:
    try:
        return importers.sniff_encoding(head)
    except ImportProblem:
        return "utf-8"


def _first_text_line(head: bytes) -> str | None:
    try:
        enc = importers.sniff_encoding(head)
    except ImportProblem:
        return None
    text = head.decode(enc if enc != "utf-16" else "utf-16", errors="ignore")
    for line in text.splitlines():
        if line.strip():
            return line.lstrip("\ufeff")
    return None


def _whole_text(stream: IO[bytes], head: bytes) -> str:
    stream.seek(0)
    data = stream.read(MAX_TEXT_BYTES + 1)
    if len(data) > MAX_TEXT_BYTES:
        raise _too_big_text()
    return data.decode(_encoding(head), errors="replace")


_MAIL_HEADER = re.compile(rb"^(?:[A-Za-z][A-Za-z0-9-]{1,40}):[ \t]?", re.MULTILINE)


def _looks_like_mail(head: bytes) -> bool:
    """An .eml: it begins with header lines and has From: plus Date:, Received: or Message-ID:."""
    first = head.lstrip()[:200]
    if not _MAIL_HEADER.match(first):
        return False
    top = head[:16384].lower()
    return b"\nfrom:" in b"\n" + top and any(
        k in top for k in (b"\ndate:", b"\nreceived:", b"\nmessage-id:", b"\nsubject:")
    )


def _export(
    stream: IO[bytes], number: PhoneNumber, catalog: Catalog, lang: str, prog: _Progress
) -> Found:
    result = importers.read_export_stream(
        stream,
        number_e164=number.e164,
        region=number.region,
        matcher=catalog,
        lang=lang,
        cancel=prog.cancel,
        progress=prog.bytes,
    )
    finds = [
        Find(
            key=("s:" + item.service_id) if item.service_id else "h:" + (item.host or item.title),
            name=clean_name(item.service_name),
            service_id=item.service_id,
            host=item.host,
            messages=None,
            last=None,
            signs_in_with_number=item.username_is_number,
        )
        for item in result.items
    ]
    return Found(result.format, result.format_label, result.rows, finds)
