"""Text from the outside world made safe to keep and to print.

A name can arrive from a password export, an SMS or a pasted line, and it may carry terminal
escape sequences (an OSC 52 sequence writes to the clipboard of the terminal that prints it,
CSI sequences change colours or move the cursor), other control characters, or Unicode
direction overrides that make text read differently from what it is ("Trojan Source",
CVE-2021-42574). :func:`clean_name` removes all of them; the vault applies it to every name it
stores and the command line to every name it prints, so both old and new data are safe.

The sequences follow ECMA-48 (https://ecma-international.org/publications-and-standards/
standards/ecma-48/): CSI is ESC [ (or the 8-bit 0x9B) with parameter bytes 0x30-0x3F,
intermediate bytes 0x20-0x2F and one final byte 0x40-0x7E; OSC, DCS, SOS, PM and APC strings
(ESC ] P X ^ _, or 0x9D 0x90 0x98 0x9E 0x9F) run up to BEL or the string terminator ESC \\ (0x9C).
An unterminated string is removed to the end of the text.
"""

from __future__ import annotations

import re
import unicodedata

_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?"  # CSI: colours, cursor moves
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # strings
    r"|\x1b[\x20-\x2f]*[\x30-\x7e]?"  # the other escapes (ESC c resets the terminal, ...)
)

# Direction embeddings, overrides and isolates, and the invisible direction marks.
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
_LINE_BREAKS = frozenset("\t\n\r\x0b\x0c\x85\u2028\u2029")
# Anything that needs work (quick test: most text has none of it and is returned as it is).
_TEXT_WORK = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029" + "".join(sorted(_BIDI)) + "]")
_NAME_WORK = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029" + "".join(sorted(_BIDI)) + "]")


def _clean(text: str, keep: frozenset[str]) -> str:
    text = _ESCAPES.sub("", text)
    out: list[str] = []
    for ch in text:
        if ch in keep:
            out.append(ch)
        elif ch in _LINE_BREAKS:
            out.append(" ")
        elif ch in _BIDI or unicodedata.category(ch) == "Cc":
            continue
        else:
            out.append(ch)
    return "".join(out)


def clean_name(text: str) -> str:
    """*text* on one line, without escape sequences, control characters or direction overrides."""
    if not _NAME_WORK.search(text):
        return text.strip()  # the common case, fast
    return _clean(text, frozenset()).strip()


def clean_text(text: str) -> str:
    """Like :func:`clean_name`, for notes: keeps line breaks and tabs."""
    if not _TEXT_WORK.search(text):
        return text
    return _clean(text.replace("\r\n", "\n"), frozenset("\n\t"))
