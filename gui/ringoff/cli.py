"""The ``ringoff`` command: the app's launcher and a scriptable command line.

This is a stable contract (tests, the packaged app, the reminder agent and power users rely on
it); docs/cli.md describes it. Exit codes: 0 done; 2 usage error; 3 a problem of the user's
world (one plain line on stderr, in the user's language); 1 a bug.

Only QtCore is imported here (for translations); the widgets load only when the app starts.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, NoReturn, TextIO

from .core.errors import UserError
from .core.i18n import QT_TRANSLATE_NOOP, Text

EXIT_OK, EXIT_BUG, EXIT_USAGE, EXIT_USER = 0, 1, 2, 3


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"{self.prog}: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _tr(text: Text | str) -> str:
    from .i18n import translate

    return translate(text)


# --- reading secrets ---------------------------------------------------------------------


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
        return getpass.getpass(_tr(prompt) + " ")


# --- opening the vault -------------------------------------------------------------------


def _vault_path(args: argparse.Namespace) -> Path:
    if getattr(args, "vault", None):
        return Path(args.vault).expanduser()
    from .storage.paths import Locations

    return Locations.for_user().default_vault


def _open(args: argparse.Namespace, stdin: TextIO) -> Any:
    from .storage import vault as vault_mod

    path = _vault_path(args)
    secrets = Secrets(args, stdin)
    if secrets.use_recovery:
        raw = vault_mod.unlock_with_recovery_key(
            path, secrets.get(0, QT_TRANSLATE_NOOP("Cli", "Recovery key:"))
        )
    else:
        raw = vault_mod.unlock_with_passphrase(
            path, secrets.get(0, QT_TRANSLATE_NOOP("Cli", "Passphrase:"))
        )
    return vault_mod.open_vault(path, raw), secrets


def _catalog(vault: Any = None) -> Any:
    from .core.catalog import Catalog, default_catalog_dir
    from .storage.paths import catalog_cache_path

    catalog = Catalog.load(default_catalog_dir(), cache=catalog_cache_path(), refresh_cache=True)
    if vault is not None:
        catalog = catalog.with_user_services(vault.user_services())
    return catalog


def _find_number(vault: Any, text: str) -> Any:
    from .core import phone

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


def _kdf() -> Any:
    """The key-derivation cost; ``RINGOFF_TEST_KDF=1`` makes it cheap for the test suite."""
    from .storage import keys

    return keys.TEST_KDF if os.environ.get("RINGOFF_TEST_KDF") == "1" else keys.DEFAULT_KDF


def _today() -> date:
    return datetime.now().astimezone().date()


# --- commands ----------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from .core.passphrase import check
    from .storage.vault import create_vault

    path = _vault_path(args)
    secrets = Secrets(args, stdin)
    passphrase = secrets.get(0, QT_TRANSLATE_NOOP("Cli", "Choose a passphrase:"))
    verdict = check(passphrase)
    if not verdict.acceptable:
        raise UserError(verdict.message)
    if not secrets._from_stdin:
        again = secrets.get(1, QT_TRANSLATE_NOOP("Cli", "Type it again:"))
        if again != passphrase:
            raise UserError(QT_TRANSLATE_NOOP("Cli", "The two passphrases are not the same."))
    path.parent.mkdir(parents=True, exist_ok=True)
    vault, recovery = create_vault(path, passphrase, kdf=_kdf())
    vault.close()
    print(
        _tr(QT_TRANSLATE_NOOP("Cli", "Created the vault {path}.").format(path=str(path))), file=out
    )
    print(
        _tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Your recovery key (write it down and keep it safe; it is shown only once):",
            )
        ),
        file=out,
    )
    print(recovery, file=out)
    return EXIT_OK


def cmd_number_add(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from .core import phone
    from .core.model import NumberStatus, PhoneNumber

    vault, _ = _open(args, stdin)
    with vault:
        region = (args.region or "").upper() or phone.region_of(
            phone.try_parse(args.number, "") or ""
        )
        if not region:
            region = "CN"
        e164 = phone.parse(args.number, region)
        new_number = phone.parse(args.new_number, region) if args.new_number else None
        cancel_on = _parse_date(args.cancel_on) if args.cancel_on else None
        person = vault.find_or_add_person(args.owner or _tr(QT_TRANSLATE_NOOP("Cli", "Me")))
        number = vault.add_number(
            PhoneNumber(
                e164=e164,
                person_id=person.id,
                region=region,
                carrier=args.carrier or "",
                status=NumberStatus.CANCEL_PLANNED if cancel_on else NumberStatus.IN_USE,
                cancel_on=cancel_on,
                new_number=new_number,
            )
        )
        print(number.e164, file=out)
    return EXIT_OK


def _parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Cli", "“{text}” is not a date. Write it as year-month-day, e.g. 2027-03-15."
            ).format(text=text)
        ) from None


def cmd_account_add(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from .core.model import Account
    from .core.plan import default_action

    vault, _ = _open(args, stdin)
    with vault:
        number = _find_number(vault, args.number)
        catalog = _catalog(vault)
        lang = _lang(args)
        if args.name:
            service = None
            name = args.name
        else:
            service = catalog.get(args.service)
            if service is None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "There is no service “{service}” in the catalog. "
                        "Try `ringoff catalog --search`, or use --name.",
                    ).format(service=args.service)
                )
            name = service.name(lang)
        account = Account(
            number_id=number.id,
            name=name,
            service_id=service.id if service else None,
            uses=service.uses if service else frozenset(),
            action=default_action(service, number.new_number is not None),
        )
        vault.add_account(account)
        print(account.id, file=out)
    return EXIT_OK


def cmd_account_set(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from .core.model import AccountStatus

    vault, _ = _open(args, stdin)
    with vault:
        number = _find_number(vault, args.number)
        target = None
        for account in vault.accounts(number.id):
            if args.account in (account.id, account.service_id, account.name):
                target = account
                break
        if target is None:
            raise UserError(
                QT_TRANSLATE_NOOP("Cli", "No account “{account}” is tied to this number.").format(
                    account=args.account
                )
            )
        vault.set_account_status(target.id, AccountStatus(args.status), args.reason or "")
    return EXIT_OK


def _vault_json(vault: Any) -> dict[str, Any]:
    people = {p.id: p.name for p in vault.people()}
    numbers = []
    for n in vault.numbers():
        numbers.append(
            {
                "number": n.e164,
                "owner": people.get(n.person_id, ""),
                "region": n.region,
                "status": n.status.value,
                "mode": n.mode.value,
                "cancel_on": n.cancel_on.isoformat() if n.cancel_on else None,
                "new_number": n.new_number,
                "accounts": [
                    {
                        "id": a.id,
                        "service": a.service_id,
                        "name": a.name,
                        "status": a.status.value,
                        "action": a.action.value,
                    }
                    for a in vault.accounts(n.id)
                ],
            }
        )
    return {"numbers": numbers}


def cmd_list(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from .core import phone

    vault, _ = _open(args, stdin)
    with vault:
        data = _vault_json(vault)
    if args.json:
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    for n in data["numbers"]:
        done = sum(1 for a in n["accounts"] if a["status"] == "done")
        print(
            f"{phone.display(n['number'], n['region'])}  {n['owner']}  "
            f"{done}/{len(n['accounts'])}  {n['cancel_on'] or ''}",
            file=out,
        )
        for a in n["accounts"]:
            print(f"    [{a['status']}] {a['name']}  ({a['id']})", file=out)
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from .core.passphrase import check

    vault, secrets = _open(args, stdin)
    with vault:
        new = secrets.get(1, QT_TRANSLATE_NOOP("Cli", "New passphrase:"))
        verdict = check(new)
        if not verdict.acceptable:
            raise UserError(verdict.message)
        vault.change_passphrase(new, _kdf())
    print(_tr(QT_TRANSLATE_NOOP("Cli", "The passphrase has been changed.")), file=out)
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    vault, _ = _open(args, stdin)
    with vault:
        target = vault.backup_to(Path(args.out).expanduser())
    print(target, file=out)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from .storage import vault as vault_mod

    path = _vault_path(args)
    backup = Path(args.file).expanduser()
    secrets = Secrets(args, stdin)
    if secrets.use_recovery:
        raw = vault_mod.unlock_with_recovery_key(
            backup, secrets.get(0, QT_TRANSLATE_NOOP("Cli", "Recovery key:"))
        )
    else:
        raw = vault_mod.unlock_with_passphrase(
            backup, secrets.get(0, QT_TRANSLATE_NOOP("Cli", "Passphrase:"))
        )
    summary = vault_mod.read_backup_summary(backup, raw)
    safety = vault_mod.restore_backup(path, backup, raw)
    print(
        _tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Restored {numbers} numbers and {accounts} accounts. "
                "The replaced vault was kept as {safety}.",
            ).format(numbers=summary.numbers, accounts=summary.accounts, safety=str(safety))
        ),
        file=out,
    )
    return EXIT_OK


def cmd_check(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    vault, _ = _open(args, stdin)
    with vault:
        problems = vault.integrity_check()
    if problems:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Cli", "The vault has problems: {problems}. Restore a backup to be safe."
            ).format(problems="; ".join(problems[:5]))
        )
    print(_tr(QT_TRANSLATE_NOOP("Cli", "The vault is in good order.")), file=out)
    return EXIT_OK


def cmd_recovery_hex(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    """Print the raw SQLCipher key for a recovery key, to open the vault with other tools."""
    from .storage.keys import parse_recovery_key

    line = stdin.readline() if args.recovery_key_stdin else getpass.getpass("Recovery key: ")
    print(parse_recovery_key(line).hex(), file=out)
    return EXIT_OK


def cmd_catalog(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from .core.catalog import to_json_list

    catalog = _catalog()
    lang = _lang(args)
    services = catalog.search(args.search, lang, limit=10_000) if args.search else list(catalog)
    if args.json:
        json.dump(to_json_list(services), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    for s in services:
        print(f"{s.id:24} {s.name(lang)}  [{s.category.value}]", file=out)
    return EXIT_OK


def cmd_plan(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from .core.plan import GROUP_TITLES, build_plan, date_warning, item_name, plan_to_json, verdict

    vault, _ = _open(args, stdin)
    lang = _lang(args)
    with vault:
        number = _find_number(vault, args.number)
        plan = build_plan(number, vault.accounts(number.id), _catalog(vault), _today())
    if args.json:
        json.dump(plan_to_json(plan, lang, _tr), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    print(_tr(verdict(plan, lang)), file=out)
    warning = date_warning(plan)
    if warning:
        print(_tr(warning), file=out)
    for group, items in plan.groups():
        print(f"\n{_tr(GROUP_TITLES[group])}", file=out)
        for item in items:
            mark = {"done": "x", "cannot": "-", "in_progress": "~"}.get(
                item.account.status.value, " "
            )
            print(f"  [{mark}] {item_name(item, lang)}", file=out)
    return EXIT_OK


# --- launching the app -------------------------------------------------------------------


def _launch(args: argparse.Namespace) -> int:
    from .app import run

    return run(
        vault_path=Path(args.vault).expanduser() if args.vault else None,
        demo=args.demo,
        smoke=args.smoke,
        lang=args.lang,
        text_size=args.text_size,
    )


def _lang(args: argparse.Namespace) -> str:
    from .i18n import current_language

    return current_language()


# --- the parser --------------------------------------------------------------------------


def _secret_options(p: argparse.ArgumentParser) -> None:
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


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
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
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    def command(name: str, func: Callable[..., int], help_: str, secrets: bool = True) -> Any:
        p = sub.add_parser(name, help=help_)
        p.add_argument("--vault", metavar="PATH", default=argparse.SUPPRESS)
        p.add_argument("--lang", choices=["en", "zh_CN"], default=argparse.SUPPRESS)
        if secrets:
            _secret_options(p)
        p.set_defaults(func=func)
        return p

    p = command("init", cmd_init, "create a new vault and print its recovery key")
    number = sub.add_parser("number", help="phone numbers")
    number_sub = number.add_subparsers(dest="number_command", required=True, parser_class=_Parser)
    p = number_sub.add_parser("add", help="add a phone number")
    p.add_argument("--vault", metavar="PATH", default=argparse.SUPPRESS)
    p.add_argument("--lang", choices=["en", "zh_CN"], default=argparse.SUPPRESS)
    _secret_options(p)
    p.add_argument("number")
    p.add_argument("--owner", help="whose number it is (default: Me)")
    p.add_argument("--region", help="the carrier's country, e.g. CN, US")
    p.add_argument("--carrier", help="the phone company")
    p.add_argument("--cancel-on", metavar="YYYY-MM-DD", help="the planned cancellation date")
    p.add_argument("--new-number", metavar="NUMBER", help="the replacement number")
    p.set_defaults(func=cmd_number_add)

    account = sub.add_parser("account", help="accounts tied to a number")
    account_sub = account.add_subparsers(
        dest="account_command", required=True, parser_class=_Parser
    )
    p = account_sub.add_parser("add", help="add an account from the catalog or by name")
    p.add_argument("--vault", metavar="PATH", default=argparse.SUPPRESS)
    p.add_argument("--lang", choices=["en", "zh_CN"], default=argparse.SUPPRESS)
    _secret_options(p)
    p.add_argument("--number", required=True)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("service", nargs="?", help="a catalog service id (see `ringoff catalog`)")
    which.add_argument("--name", help="an account the catalog does not know")
    p.set_defaults(func=cmd_account_add)
    p = account_sub.add_parser("set", help="set an account's status")
    p.add_argument("--vault", metavar="PATH", default=argparse.SUPPRESS)
    p.add_argument("--lang", choices=["en", "zh_CN"], default=argparse.SUPPRESS)
    _secret_options(p)
    p.add_argument("--number", required=True)
    p.add_argument("account", help="the account id, service id or name")
    p.add_argument("--status", required=True, choices=["todo", "in_progress", "done", "cannot"])
    p.add_argument("--reason", help="why it cannot be done")
    p.set_defaults(func=cmd_account_set)

    p = command("list", cmd_list, "list numbers and accounts")
    p.add_argument("--json", action="store_true")
    p = command("passwd", cmd_passwd, "change the passphrase (new one on the second line)")
    p = command("backup", cmd_backup, "write an encrypted backup")
    p.add_argument("--out", required=True, metavar="FILE")
    p = command("restore", cmd_restore, "replace the vault with a backup (after checking it)")
    p.add_argument("file", metavar="FILE")
    p = command("check", cmd_check, "check the vault's integrity")
    p = command("plan", cmd_plan, "the ordered plan for a number, and whether it is safe")
    p.add_argument("--number", required=True)
    p.add_argument("--json", action="store_true")
    p = command("catalog", cmd_catalog, "search the service catalog", secrets=False)
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--json", action="store_true")
    p = command(
        "recovery-key-hex",
        cmd_recovery_hex,
        "print the raw SQLCipher key spelled by a recovery key",
        secrets=False,
    )
    p.add_argument("--recovery-key-stdin", action="store_true")
    _register_extra_commands(sub, command)
    return parser


_EXTRA: list[Callable[[Any, Callable[..., Any]], None]] = []


def extra_command(register: Callable[[Any, Callable[..., Any]], None]) -> None:
    """Let a feature module add its subcommand (keeps this file from growing without end)."""
    _EXTRA.append(register)


def _register_extra_commands(sub: Any, command: Callable[..., Any]) -> None:
    from . import cli_extra  # noqa: F401 - registers print, import, export-ics, remind, agent

    for register in _EXTRA:
        register(sub, command)


# --- main --------------------------------------------------------------------------------


def _report_bug(exc: BaseException) -> None:
    from .crash import crash_details

    print(
        _tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Ringoff ran into an unexpected problem (a bug). Your data was not changed by "
                "it. Details for a bug report:",
            )
        ),
        file=sys.stderr,
    )
    print(crash_details(exc), file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:
        return int(exc.code or 0)
    from .i18n import set_language, system_language

    set_language(getattr(args, "lang", None) or _settings_language() or system_language())
    if args.command is None:
        return _launch(args)
    try:
        return int(args.func(args, sys.stdout, sys.stdin))
    except UserError as exc:
        print(_tr(exc.message), file=sys.stderr)
        if exc.hint is not None:
            print(_tr(exc.hint), file=sys.stderr)
        return EXIT_USER
    except UsageError as exc:
        print(f"ringoff: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        _report_bug(exc)
        return EXIT_BUG


def _settings_language() -> str:
    from .storage.paths import Locations
    from .storage.settings import Settings

    try:
        return str(Settings(Locations.for_user().settings_file)["language"])
    except Exception:
        return ""


def gui_main() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main()


def _utc_now() -> datetime:
    return datetime.now(UTC)


__all__ = ["build_parser", "extra_command", "main", "replace"]
