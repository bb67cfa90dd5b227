"""Reading CSV password exports: separators (``sep=`` lines included), blank lines, Keeper's
header-less layout, login rows only, and bad lines turned into plain messages with their line.
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterator, Sequence
from typing import IO, Any

from ..errors import ImportProblem
from .collector import _Collector
from .formats import (
    _LOGIN_KINDS,
    _Columns,
    _columns,
    _looks_like_keeper,
    _secret_columns,
    detect_format,
)
from .model import UNKNOWN_FORMAT, Cancel, ImportCancelled, Progress
from .problems import (
    _msg_bad_line,
    _msg_empty,
    _msg_line_too_long,
    _msg_not_export,
    _msg_unclosed_quote,
)


def _sniff_separator(line: str) -> str:
    counts = {",": 0, ";": 0, "\t": 0}
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] else ","


def _read_csv(
    text_stream: IO[str],
    collector: _Collector,
    cancel: Cancel,
    progress: Progress,
    raw: IO[bytes],
) -> tuple[str, int]:
    skipped_lines = 0
    first = ""
    for first in text_stream:
        if first.strip():
            break
        skipped_lines += 1
    if not first.strip():
        raise _msg_empty()
    stripped = first.strip().lstrip("\ufeff")
    if stripped.lower().startswith("sep=") and len(stripped) == 5:
        sep = stripped[4]
        skipped_lines += 1
        first = next(text_stream, "")
    else:
        sep = _sniff_separator(first)
    if sep not in ",;\t|":
        raise _msg_not_export()

    reader = csv.reader(itertools.chain((first,), text_stream), delimiter=sep, strict=True)
    rows_iter = _rows_with_lines(reader, skipped_lines)
    try:
        header_line, header = next(rows_iter)
    except StopIteration:
        raise _msg_empty() from None
    fmt = detect_format(header)
    first_row: list[tuple[int, list[str]]] = []
    if fmt == UNKNOWN_FORMAT and _looks_like_keeper(header):
        fmt = "keeper"
        cols = _Columns(1, 4, 2)
        first_row = [(header_line, header)]
        header = ["folder", "title", "login", "password", "url", "notes"]
    elif fmt == UNKNOWN_FORMAT:
        raise _msg_not_export()
    else:
        cols = _columns(fmt, header)
    if cols.url < 0 and cols.username < 0:
        raise _msg_not_export()
    secret_cols = _secret_columns(header, cols)
    if fmt == "keeper":
        secret_cols = [3]
    t_i, u_i, n_i, k_i, more = cols.title, cols.url, cols.username, cols.kind, cols.more_users
    add, add_plain = collector.add, collector.add_plain
    is_lastpass = fmt == "lastpass"
    wanted_kinds = _LOGIN_KINDS.get(fmt, ("login", "1", ""))
    one_secret = secret_cols[0] if len(secret_cols) == 1 else -1
    rows = 0
    # Rows wider than this take the short way: every column is there, no kind to check and one
    # secret column (Chrome, Safari, KeePassXC, 1Password…). Others go the whole way below.
    short_way = min(t_i, u_i, n_i, one_secret) >= 0 and k_i < 0 and not is_lastpass and not more
    widest = max(t_i, u_i, n_i, one_secret, 1) if short_way else 1 << 30
    # The reader is walked directly (no generator in between): this loop runs once per row.
    line = reader.line_num + skipped_lines
    try:
        for row in itertools.chain([r for _, r in first_row], reader) if first_row else reader:
            line_no = line + 1
            line = reader.line_num + skipped_lines
            width = len(row)
            if width > widest:
                rows += 1
                if not rows & 4095:
                    if cancel():
                        raise ImportCancelled
                    progress(raw.tell())
                add_plain(line_no, row[t_i].strip(), row[u_i], row[n_i], row[one_secret])
                continue
            if width < 2 and (width == 0 or not row[0].strip()):
                continue
            rows += 1
            if not rows & 4095:
                if cancel():
                    raise ImportCancelled
                progress(raw.tell())
            if 0 <= k_i < width and row[k_i].strip().lower() not in wanted_kinds:
                continue  # a note, card, identity or folder
            title = row[t_i].strip() if 0 <= t_i < width else ""
            url = row[u_i] if 0 <= u_i < width else ""
            if is_lastpass and url.strip() == "http://sn":
                continue  # a LastPass secure note
            username = row[n_i] if 0 <= n_i < width else ""
            if one_secret >= 0:
                secrets: Sequence[str] = (row[one_secret],) if one_secret < width else ()
            else:
                secrets = [row[i] for i in secret_cols if i < width]
            if more:
                add(line_no, title, url, username, secrets, [row[i] for i in more if i < width])
            else:
                add(line_no, title, url, username, secrets)
    except csv.Error as exc:
        raise _csv_problem(exc, line + 1) from None
    return fmt, rows


def _csv_problem(exc: csv.Error, line: int) -> ImportProblem:
    msg = str(exc)
    if "unexpected end of data" in msg or "EOF" in msg:
        return _msg_unclosed_quote(line)
    if "field larger than field limit" in msg:
        return _msg_line_too_long(line)
    return _msg_bad_line(line)


def _rows_with_lines(reader: Any, offset: int) -> Iterator[tuple[int, list[str]]]:
    """Rows with the source line each one starts on; CSV errors become ImportProblem."""
    end = 0
    while True:
        start = end + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            msg = str(exc)
            if "unexpected end of data" in msg or "EOF" in msg:
                raise _msg_unclosed_quote(start + offset) from None
            if "field larger than field limit" in msg:
                raise _msg_line_too_long(start + offset) from None
            raise _msg_bad_line(start + offset) from None
        end = reader.line_num
        yield start + offset, row
