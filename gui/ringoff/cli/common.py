"""What every command shares: exit codes, reading secrets, opening the vault, the catalog.

Nothing here builds a parser for a command; each command module does its own (``add_commands``).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, NoReturn, TextIO

from ..core.errors import UserError
from ..core.i18n import QT_TRANSLATE_NOOP, Text

EXIT_OK, EXIT_BUG, EXIT_USAGE, EXIT_USER = 0, 1, 2, 3


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"{self.prog}: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def tr(text: Text | str) -> str:
    from ..services.translations import translate

    return translate(text)


class Secrets:
    """Passphrases and recovery keys from stdin lines (``--*-stdin``) or a no-echo prompt."""

    def __init__(self, args: argparse.Namespace, stdin: TextIO) -> None:
        self._from_stdin = bool(getattr(args, "passphrase_stdin", False)) or bool(
            getattr(args, "recovery_key_stdin", False)
        )
        self.use_recovery = bool(getattr(args, "recovery_key_stdin", False))
        self._stdin = stdin
        self._lines: list[str] | None = None

    def _line(self, index: int) -> str:
        if self._lines is None:
            self._lines = self._stdin.read().splitlines()
        if index >= len(self._lines):
            raise UsageError(f"expected at least {index + 1} line(s) on standard input")
        return self._lines[index]

    def get(self, index: int, prompt: Text) -> str:
        if self._from_stdin:
            return self._line(index)
        return getpass.getpass(tr(prompt) + " ")


def vault_path(args: argparse.Namespace) -> Path:
    if getattr(args, "vault", None):
        return Path(args.vault).expanduser()
    from ..storage.paths import Locations

    return Locations.for_user().default_vault


def open_vault(args: argparse.Namespace, stdin: TextIO) -> Any:
    from ..operations.keys import check_recovery_key
    from ..storage import vault as vault_mod

    path = vault_path(args)
    secrets = Secrets(args, stdin)
    if secrets.use_recovery:
        raw = check_recovery_key(secrets.get(0, QT_TRANSLATE_NOOP("Cli", "Recovery key:")), path)
    else:
        raw = vault_mod.unlock_with_passphrase(
            path, secrets.get(0, QT_TRANSLATE_NOOP("Cli", "Passphrase:"))
        )
    vault = vault_mod.open_vault(path, raw, backups_dir=backups_folder(path))
    for note in vault.notes:  # a repair made while opening (an interrupted key change)
        print(tr(note), file=sys.stderr)
    return vault, secrets


def backups_folder(vault: Path) -> Path:
    """Where the backups of *vault* go: the folder chosen in the app's settings, or "backups"
    beside the vault (operations.backups: the window's rule too)."""
    from ..operations.backups import read_chosen_folder, where_backups_go
    from ..storage.paths import Locations

    return where_backups_go(vault, read_chosen_folder(Locations.for_user().settings_file))


def catalog_for(vault: Any = None) -> Any:
    from ..operations.catalog import usable_catalog

    return usable_catalog(vault)


def find_number(vault: Any, text: str) -> Any:
    from ..core import phone

    for region in ("", "CN", "US"):
        e164 = phone.try_parse(text, region)
        if e164:
            found = vault.find_number(e164)
            if found is not None:
                return found
    for number in vault.numbers():
        if number.id == text:
            return number
    raise UserError(
        QT_TRANSLATE_NOOP("Cli", "The number {number} is not in this vault.").format(number=text)
    )


def kdf() -> Any:
    """The key-derivation cost new key files are written with (always the full one)."""
    from ..storage import keys

    return keys.WRITE_KDF


def today() -> date:
    return datetime.now().astimezone().date()


def utc_now() -> datetime:
    return datetime.now(UTC)


def system_locale() -> str:
    """The system's locale name for defaults (LC_ALL / LC_MESSAGES / LANG, else Qt's)."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value
    from PySide6.QtCore import QLocale

    return QLocale.system().name()


def parse_date(text: str) -> date:
    from ..core.regional import parse_date

    return parse_date(text)


def lang_of(args: argparse.Namespace) -> str:
    from ..services.translations import current_language

    return current_language()


def kinds() -> list[Any]:
    from ..core.model import Category

    return list(Category)


def refuse_existing(target: Path, force: bool) -> None:
    """Ringoff never writes over a file it did not make unless told to (``--force``)."""
    if target.exists() and not force:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Cli",
                "There is already a file at “{path}”. Nothing has been changed. Choose another "
                "name, or add --force to replace it.",
            ).format(path=str(target))
        )


def secret_options(p: argparse.ArgumentParser) -> None:
    group = p.add_mutually_exclusive_group()
    group.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the passphrase from the first line of standard input",
    )
    group.add_argument(
        "--recovery-key-stdin",
        action="store_true",
        help="read the recovery key (instead of the passphrase) from standard input",
    )


def add_command(
    sub: Any, name: str, func: Callable[..., int], help_: str, secrets: bool = True
) -> argparse.ArgumentParser:
    """A subcommand taking the common options (--vault, --lang, and the secret options)."""
    p: argparse.ArgumentParser = sub.add_parser(name, help=help_)
    p.add_argument("--vault", metavar="PATH", default=argparse.SUPPRESS)
    p.add_argument("--lang", choices=["en", "zh_CN"], default=argparse.SUPPRESS)
    if secrets:
        secret_options(p)
    p.set_defaults(func=func)
    return p
