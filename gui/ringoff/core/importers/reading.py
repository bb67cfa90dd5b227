"""The way in: :func:`read_export_stream` tells a password export's kind from its first
bytes (zip, JSON, XML or a CSV table in some encoding) and hands it to the right reader.
"""

from __future__ import annotations

import io
from typing import IO, Any

from .collector import _Collector
from .decoding import _decode, _Limited, _read_limited, sniff_encoding
from .json_exports import _read_json
from .keepass_xml import _read_keepass_xml
from .model import (
    MAX_EXPORT_BYTES,
    MAX_JSON_BYTES,
    Cancel,
    ImportResult,
    Progress,
    ServiceMatcher,
    _never,
    _nothing,
)
from .problems import _msg_binary, _msg_empty
from .tables import _read_csv
from .usernames import _NumberTest
from .zips import _read_zip


def read_export(
    data: bytes,
    *,
    number_e164: str,
    region: str,
    matcher: ServiceMatcher,
    lang: str = "en",
) -> ImportResult:
    """Read a password export held in memory (see :func:`read_export_stream`)."""
    return read_export_stream(
        io.BytesIO(data), number_e164=number_e164, region=region, matcher=matcher, lang=lang
    )


def read_export_stream(
    stream: IO[bytes],
    *,
    number_e164: str,
    region: str,
    matcher: ServiceMatcher,
    lang: str = "en",
    cancel: Cancel = _never,
    progress: Progress = _nothing,
) -> ImportResult:
    """Read a password export and list the sites in it, matched against *number_e164*.

    *stream* is a seekable binary stream; CSV and XML are read in pieces, never whole. *region*
    is the number's ISO region (how a user name without country code is read); *lang* the
    language of the service names. Raises :class:`ImportProblem` for a file that is not a
    readable export and :class:`ImportCancelled` when *cancel* returns true; never returns part
    of a file.
    """
    head = stream.read(65536)
    stream.seek(0)
    if not head.strip():
        raise _msg_empty()
    number = _NumberTest(number_e164, region)

    def fresh() -> _Collector:
        return _Collector(number, matcher, lang)

    if head[:4] == b"PK\x03\x04":
        return _read_zip(stream, fresh, cancel, progress)
    enc = sniff_encoding(head)
    body = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if body[:1] in (b"{", b"["):
        text = _decode(_read_limited(stream, MAX_JSON_BYTES))
        return _read_json(text, fresh())
    if body[:1] == b"<":
        collector = fresh()
        rows = _read_keepass_xml(stream, collector, cancel, progress)
        return collector.result("keepass_xml", rows)
    attempts = [enc] if enc != "utf-8" else ["utf-8", "gb18030"]
    for attempt in attempts:
        stream.seek(0)
        collector = fresh()
        limited: Any = io.BufferedReader(_Limited(stream, MAX_EXPORT_BYTES))
        text_stream = io.TextIOWrapper(limited, encoding=attempt, newline="")
        try:
            fmt, rows = _read_csv(text_stream, collector, cancel, progress, stream)
        except UnicodeDecodeError:
            continue
        finally:
            text_stream.detach()
        return collector.result(fmt, rows)
    raise _msg_binary()
