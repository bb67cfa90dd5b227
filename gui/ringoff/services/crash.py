"""Details of a bug, safe to copy into a bug report.

They name the Ringoff and Python versions, the platform, the exception's type and where in
Ringoff's code it happened: file, line and function. They never include the exception's
message or any variable's value, which could hold a phone number, a name or a passphrase.
"""

from __future__ import annotations

import platform
import re
import sys
import traceback
from pathlib import Path

from .. import __version__


def crash_details(exc: BaseException) -> str:
    lines = [
        f"Ringoff {__version__}",
        f"Python {platform.python_version()} on {platform.system()} {platform.release()}"
        f" ({platform.machine()})",
        f"Frozen: {bool(getattr(sys, 'frozen', False))}",
        "",
    ]
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(chain) < 5:
        chain.append(current)
        current = current.__cause__ or current.__context__
    for item in reversed(chain):
        lines.append(f"{type(item).__module__}.{type(item).__qualname__}")
        for frame in traceback.extract_tb(item.__traceback__):
            where = Path(frame.filename)
            parts = where.parts
            shown = "/".join(parts[parts.index("ringoff") :]) if "ringoff" in parts else where.name
            lines.append(f"  {shown}:{frame.lineno} in {frame.name}")
    return "\n".join(lines)


_FAULT_FRAME = re.compile(r'^\s*File "(?P<file>[^"]+)", line (?P<line>\d+) in (?P<func>[\w<>.]+)')


def fault_log_details(text: str) -> str:
    """The part of a :mod:`faulthandler` log that is safe to copy into a bug report.

    Kept: the "Fatal Python error" line (Python's own words) and each frame as a path from the
    ``ringoff`` package (or a bare file name), its line and its function — the same shape as
    :func:`crash_details`. Everything else (full paths that name the user's folders, thread
    ids) is dropped.
    """
    lines = [
        f"Ringoff {__version__}",
        f"Python {platform.python_version()} on {platform.system()} {platform.release()}",
        "",
    ]
    for raw in text.splitlines():
        if raw.startswith("Fatal Python error:") or raw.startswith("Windows fatal exception:"):
            lines.append(raw.strip()[:200])
            continue
        match = _FAULT_FRAME.match(raw)
        if match is None:
            continue
        parts = Path(match["file"]).parts
        shown = "/".join(parts[parts.index("ringoff") :]) if "ringoff" in parts else parts[-1]
        lines.append(f"  {shown}:{match['line']} in {match['func']}")
    return "\n".join(lines)
