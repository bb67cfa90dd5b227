"""Bytes to text for password exports: encodings (UTF-8 with or without BOM, UTF-16,
GB18030), binary files refused, and a size limit on every read.
"""

from __future__ import annotations

import codecs
import io
import re
from typing import IO, Any

from .problems import _msg_binary, _msg_empty, _msg_too_big, _msg_zip_unknown


def _decode(data: bytes) -> str:
    """Bytes to text: UTF-8 (BOM or not), UTF-16 with a BOM, else GB18030 (a superset of GBK)."""
    if not data.strip():
        raise _msg_empty()
    if data[:4] == b"PK\x03\x04":
        raise _msg_zip_unknown()
    text: str | None = None
    if data[:3] == b"\xef\xbb\xbf":
        text = _try_decode(data[3:], "utf-8")
    elif data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = _try_decode(data, "utf-16")
    else:
        text = _try_decode(data, "utf-8")
        if text is None:
            text = _try_decode(data, "gb18030")
    if text is None or _looks_binary(text):
        raise _msg_binary()
    if not text.strip():
        raise _msg_empty()
    return text


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _looks_binary(text: str) -> bool:
    """Text with a NUL or many control characters is a binary file decoded by chance."""
    if "\x00" in text:
        return True
    sample = text[:4096]
    return len(_CONTROL.findall(sample)) * 20 > len(sample)


class _Limited(io.RawIOBase):
    """A read-only view of a binary stream that refuses to go past *limit* bytes."""

    def __init__(self, inner: IO[bytes], limit: int) -> None:
        self.inner = inner
        self.limit = limit
        self.done = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.inner.read(len(buffer))
        self.done += len(data)
        if self.done > self.limit:
            raise _msg_too_big(self.limit)
        buffer[: len(data)] = data
        return len(data)


def _read_limited(stream: IO[bytes], limit: int) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise _msg_too_big(limit)
    return data


def sniff_encoding(head: bytes) -> str:
    """The encoding of a text export from its first bytes (BOM, else UTF-8 then GB18030)."""
    if head[:3] == b"\xef\xbb\xbf":
        return "utf-8-sig"
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        text = decoder.decode(head, final=False)
    except UnicodeDecodeError:
        try:
            text = head.decode("gb18030", errors="strict")
        except UnicodeDecodeError:
            text = head[:-4].decode("gb18030", errors="replace")
        if _looks_binary(text):
            raise _msg_binary() from None
        return "gb18030"
    if _looks_binary(text):
        raise _msg_binary()
    return "utf-8"
