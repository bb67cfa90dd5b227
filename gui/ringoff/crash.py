"""Details of a bug, safe to copy into a bug report.

They name the Ringoff and Python versions, the platform, the exception's type and where in
Ringoff's code it happened: file, line and function. They never include the exception's
message or any variable's value, which could hold a phone number, a name or a passphrase.
"""

from __future__ import annotations

import platform
import sys
import traceback
from pathlib import Path

from . import __version__


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
