"""The frozen executable's entry point (PyInstaller's script for every executable).

A windowed Windows executable has no standard streams: ``sys.stdout`` and ``sys.stderr`` are
None there. Anything the app prints (a Qt warning handler, the crash report) then goes to the
null device instead of raising, and the console executable ``ringoff-cli.exe`` is the one to use
for commands.
"""

from __future__ import annotations

import os
import sys


def _ensure_streams() -> None:
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    if sys.stdin is None:
        sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115


if __name__ == "__main__":
    _ensure_streams()
    from ringoff.launcher import main

    sys.exit(main())
