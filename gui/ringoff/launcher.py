"""The ``ringoff`` program: the window when started plainly, a command otherwise.

The composition root of the two front doors: :mod:`ringoff.cli` runs commands and never imports
the screens, :mod:`ringoff.app` builds the window. Only this module knows both, so a plain
start (``ringoff``, ``ringoff --demo``) reaches the first window without building the command
parser, and a command never loads a widget.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path


def open_window(args: argparse.Namespace) -> int:
    """Start the app with the launch options (``--vault``, ``--demo``, ``--smoke``, …)."""
    from .app import run

    return run(
        vault_path=Path(args.vault).expanduser() if args.vault else None,
        demo=args.demo,
        smoke=args.smoke,
        lang=args.lang,
        text_size=args.text_size,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """The ``ringoff`` console entry point (and ``python -m ringoff``)."""
    from .cli import main as command_line

    return command_line(argv, launch=open_window)


def gui_main() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main()
