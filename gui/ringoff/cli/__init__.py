"""The ``ringoff`` command: the app's launcher and a scriptable command line.

This is a stable contract (tests, the packaged app, the reminder agent and power users rely on
it); docs/cli.md describes it. Exit codes: 0 done; 2 usage error; 3 a problem of the user's
world (one plain line on stderr, in the user's language); 1 a bug.

The package: this module parses and dispatches; ``common`` holds what every command shares
(exit codes, secrets, opening the vault); one module per group of commands (``vaults``,
``numbers``, ``plan``, ``catalog``, ``importing``, ``reminders``) defines its commands and
their options in ``add_commands``. A plain start (no command) never imports those modules:
:func:`launch_arguments` recognises it without building the parser. Only QtCore is imported
here (for translations); the widgets load only when the app starts.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from ..core.errors import UserError
from ..core.i18n import QT_TRANSLATE_NOOP
from .common import EXIT_BUG, EXIT_OK, EXIT_USAGE, EXIT_USER, Parser, UsageError, tr


def _report_bug(exc: BaseException) -> None:
    from ..services.crash import crash_details

    print(
        tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Ringoff ran into an unexpected problem (a bug). Your data was not changed by "
                "it. Details for a bug report:",
            )
        ),
        file=sys.stderr,
    )
    print(crash_details(exc), file=sys.stderr)


class _CleanOutput(io.TextIOBase):
    """Standard output without terminal escapes or control characters (core.text): a name from
    an export or an old vault can never write to the clipboard or recolour the terminal."""

    def __init__(self, stream: TextIO) -> None:
        from ..core.text import clean_text  # not on the way to the first window

        super().__init__()
        self._stream = stream
        self._clean = clean_text

    def write(self, text: str) -> int:
        self._stream.write(self._clean(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def writable(self) -> bool:
        return True


#: The options of a plain start (no command): name -> allowed values, or None for a flag.
#: Keep in step with build_parser(); tests/unit/test_cli.py checks both agree.
LAUNCH_OPTIONS: dict[str, tuple[str, ...] | str | None] = {
    "--vault": "PATH",
    "--demo": None,
    "--smoke": None,
    "--lang": ("en", "zh_CN"),
    "--text-size": ("normal", "large", "larger"),
}


def launch_arguments(args: Sequence[str]) -> argparse.Namespace | None:
    """The launch options when *args* only start the app, else None (the full parser decides).

    Starting the window is the common case and must be quick: building the parser with every
    command (and importing the command modules) costs ~10 ms before the first window.
    Anything unusual (a command, --help, an abbreviation, a repeated option, a bad value)
    returns None, so the full parser gives exactly its usual answer.
    """
    values: dict[str, object] = {
        "vault": None,
        "demo": False,
        "smoke": False,
        "lang": None,
        "text_size": None,
    }
    seen: set[str] = set()
    i = 0
    while i < len(args):
        name, eq, value = args[i].partition("=")
        if name not in LAUNCH_OPTIONS or name in seen:
            return None
        seen.add(name)
        allowed = LAUNCH_OPTIONS[name]
        if allowed is None:
            if eq:
                return None
            values[name[2:]] = True
        else:
            if not eq:
                i += 1
                if i == len(args):
                    return None
                value = args[i]
            if not value or value.startswith("-"):
                return None
            if isinstance(allowed, tuple) and value not in allowed:
                return None
            values[name[2:].replace("-", "_")] = value
        i += 1
    return argparse.Namespace(command=None, **values)


def main(
    argv: Sequence[str] | None = None,
    launch: Callable[[argparse.Namespace], int] | None = None,
) -> int:
    """Run a command. Without one, *launch* opens the window (``ringoff.launcher`` passes it:
    the command line itself never imports the screens); without *launch*, the usage is shown.
    """
    args_list = list(sys.argv[1:] if argv is None else argv)
    plain = launch_arguments(args_list)
    if plain is not None and launch is not None:
        return launch(plain)  # app.run sets the language from the settings itself
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:
        return int(exc.code or 0)
    from ..services.translations import set_language, system_language

    set_language(getattr(args, "lang", None) or _settings_language() or system_language())
    if args.command is None:
        if launch is None:
            parser.print_usage(sys.stderr)
            return EXIT_USAGE
        return launch(args)
    from ..core.text import clean_text
    from ..storage.lockfile import COMMAND, set_holder

    set_holder(COMMAND, str(args.command))  # so a window it blocks says "a command", not a window
    try:
        try:
            return int(args.func(args, _CleanOutput(sys.stdout), sys.stdin))
        except OSError as exc:
            sorted_exc = _world_error(exc)
            if sorted_exc is exc:
                raise
            raise sorted_exc from exc
    except UserError as exc:
        print(clean_text(tr(exc.message)), file=sys.stderr)
        if exc.hint is not None:
            print(clean_text(tr(exc.hint)), file=sys.stderr)
        return EXIT_USER
    except UsageError as exc:
        print(f"ringoff: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        _report_bug(exc)
        return EXIT_BUG


def _world_error(exc: OSError) -> Exception:
    """A full disk, a read-only folder or a file locked by another program, wherever it was
    met (the lock file, a backup, an export): a plain message and exit 3, not a bug report."""
    import errno

    from ..core.errors import VaultBusy
    from ..storage.atomic import os_error_to_user_error

    if exc.errno in (errno.EBUSY, errno.ETXTBSY, errno.EAGAIN) or (
        getattr(exc, "winerror", None) in (32, 33)  # sharing / lock violation on Windows
    ):
        return VaultBusy(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Another program is using “{path}”, so nothing was changed. Close that program "
                "and try again.",
            ).format(path=str(exc.filename or ""))
        )
    place = Path(str(exc.filename)) if exc.filename else Path(".") / "file"
    return os_error_to_user_error(exc, place)


def _settings_language() -> str:
    from ..storage.paths import Locations
    from ..storage.settings import Settings

    try:
        return str(Settings(Locations.for_user().settings_file)["language"])
    except Exception:
        return ""


def build_parser() -> argparse.ArgumentParser:
    """The whole parser: the launch options, then every group's commands."""
    from . import catalog, importing, numbers, plan, reminders, vaults

    parser = Parser(
        prog="ringoff",
        description="Ringoff: untie your accounts from a phone number before it is cancelled. "
        "Without a command, opens the app.",
    )
    parser.add_argument(
        "--vault", metavar="PATH", help="the vault file (default: your data folder)"
    )
    parser.add_argument("--demo", action="store_true", help="open a throwaway vault with samples")
    parser.add_argument(
        "--smoke", action="store_true", help="start, show the first window, exit 0 once painted"
    )
    parser.add_argument("--lang", choices=["en", "zh_CN"], help="language (default: the system's)")
    parser.add_argument(
        "--text-size",
        choices=["normal", "large", "larger"],
        help="start with this text size (and keep it, as in Settings)",
    )
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    for group in (vaults, numbers, plan, catalog, importing, reminders):
        group.add_commands(sub)
    return parser


__all__ = [
    "EXIT_BUG",
    "EXIT_OK",
    "EXIT_USAGE",
    "EXIT_USER",
    "LAUNCH_OPTIONS",
    "build_parser",
    "launch_arguments",
    "main",
]
