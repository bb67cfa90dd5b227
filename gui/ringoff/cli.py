"""The ``ringoff`` command: the app's launcher and a scriptable command line.

This is a stable contract (tests, the packaged app, the reminder agent and power users rely on
it); docs/cli.md describes it. Exit codes: 0 done; 2 usage error; 3 a problem of the user's
world (one plain line on stderr, in the user's language); 1 a bug.

Only QtCore is imported here (for translations); the widgets load only when the app starts.
"""

from __future__ import annotations

import argparse
import getpass
import io
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
    vault = vault_mod.open_vault(path, raw, backups_dir=_settings_backups_dir())
    for note in vault.notes:  # a repair made while opening (an interrupted key change)
        print(_tr(note), file=sys.stderr)
    return vault, secrets


def _settings_backups_dir() -> Path | None:
    """The backups folder the person chose in the app's settings, if any."""
    from .storage.paths import Locations
    from .storage.settings import Settings

    try:
        folder = str(Settings(Locations.for_user().settings_file)["backups_dir"] or "")
    except Exception:
        return None
    return Path(folder).expanduser() if folder else None


def _catalog(vault: Any = None) -> Any:
    from .storage.catalog_store import load_catalog

    catalog = load_catalog()  # the shipped catalog, or a newer signed update imported
    if len(catalog) == 0:
        from .core.errors import CATALOG_MISSING, CATALOG_MISSING_HINT, CatalogMissing

        raise CatalogMissing(CATALOG_MISSING, CATALOG_MISSING_HINT)
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
    """The key-derivation cost new key files are written with (always the full one)."""
    from .storage import keys

    return keys.WRITE_KDF


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
    from .storage.atomic import make_private_dirs

    make_private_dirs(path.parent)
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
    from .core.model import NumberStatus, PhoneNumber, Replacement
    from .core.regional import default_region, past_date_warning

    # Every check on what was typed comes before the vault is opened (nothing half-written).
    cancel_on = _parse_date(args.cancel_on) if args.cancel_on else None
    vault, _ = _open(args, stdin)
    with vault:
        region = (args.region or "").upper() or phone.region_of(
            phone.try_parse(args.number, "") or ""
        )
        if not region:
            region = default_region(_system_locale(), [n.region for n in vault.numbers()])
        e164 = phone.parse(args.number, region)
        replacement, new_number, whose = Replacement.NOTHING, None, ""
        if args.new_number:
            replacement, new_number = Replacement.NEW_NUMBER, phone.parse(args.new_number, region)
        elif args.replace_with_family:
            whose, sep, family_number = args.replace_with_family.rpartition(":")
            if not sep or not whose.strip() or not family_number.strip():
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "Write the family member's number as NAME:NUMBER, "
                        "e.g. “Daughter:139 0000 1111”.",
                    )
                )
            replacement = Replacement.FAMILY
            new_number = phone.parse(family_number, region)
        elif args.sign_in_only:
            replacement = Replacement.SIGN_IN_ONLY
        if new_number == e164:
            raise UserError(
                QT_TRANSLATE_NOOP("Cli", "The number that replaces it is the same as the old one.")
            )
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
                replacement=replacement,
                replacement_name=whose.strip(),
            )
        )
        print(number.e164, file=out)
    warning = past_date_warning(cancel_on, _today()) if cancel_on else None
    if warning is not None:
        print(_tr(warning), file=sys.stderr)
    return EXIT_OK


def _system_locale() -> str:
    """The system's locale name for defaults (LC_ALL / LC_MESSAGES / LANG, else Qt's)."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value
    from PySide6.QtCore import QLocale

    return QLocale.system().name()


def _parse_date(text: str) -> date:
    from .core.regional import parse_date

    return parse_date(text)


def cmd_account_add(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from .core.checklist import new_account
    from .core.model import Category

    vault, _ = _open(args, stdin)
    with vault:
        number = _find_number(vault, args.number)
        catalog = _catalog(vault)
        lang = _lang(args)
        if args.name:
            account = new_account(
                catalog,
                number,
                service_id=None,
                name=args.name,
                lang=lang,
                kind=Category(args.kind) if args.kind else None,
            )
        else:
            if args.kind:
                raise UsageError("--kind goes with --name (a catalog service has its own kind)")
            service = catalog.get(args.service)
            if service is None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "There is no service “{service}” in the catalog. "
                        "Try `ringoff catalog --search`, or use --name.",
                    ).format(service=args.service)
                )
            account = new_account(catalog, number, service_id=service.id, name="", lang=lang)
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
    from .core.text import clean_name  # names never carry terminal escapes out (issue 23)

    people = {p.id: clean_name(p.name) for p in vault.people()}
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
                "replacement": n.replaced_by.value,
                "replacement_name": n.replacement_name or None,
                "target": n.target,
                "accounts": [
                    {
                        "id": a.id,
                        "service": a.service_id,
                        "name": clean_name(a.name),
                        "status": a.status.value,
                        "action": a.action.value,
                        "kind": a.kind.value if a.kind else None,
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


def cmd_new_recovery_key(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    """A new recovery key in force (database and backups re-encrypted); printed once."""
    from .storage import keychange
    from .storage import vault as vault_mod

    path = _vault_path(args)
    secrets = Secrets(args, stdin)
    if secrets.use_recovery:
        raise UsageError("new-recovery-key needs the passphrase (--passphrase-stdin)")
    passphrase = secrets.get(0, QT_TRANSLATE_NOOP("Cli", "Passphrase:"))
    raw = vault_mod.unlock_with_passphrase(path, passphrase)
    vault = vault_mod.open_vault(path, raw, backups_dir=_settings_backups_dir())
    with vault:
        for note in vault.notes:
            print(_tr(note), file=sys.stderr)
        prepared = keychange.prepare_new_key(path, passphrase)
        vault.begin_new_recovery_key(prepared)
        recovery = vault.commit_new_recovery_key(prepared.new_key)
    print(
        _tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "A new recovery key is in force; the old one no longer opens your information "
                "or its backups. Your passphrase is unchanged. Write the new key down and keep "
                "it safe (it is shown only once):",
            )
        ),
        file=out,
    )
    print(recovery, file=out)
    return EXIT_OK


def _refuse_existing(target: Path, force: bool) -> None:
    """Ringoff never writes over a file it did not make unless told to (``--force``)."""
    if target.exists() and not force:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Cli",
                "There is already a file at “{path}”. Nothing has been changed. Choose another "
                "name, or add --force to replace it.",
            ).format(path=str(target))
        )


def cmd_backup(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    target = Path(args.out).expanduser()
    vault, _ = _open(args, stdin)
    with vault:
        if target.is_dir():
            # A folder: Ringoff names the backup and puts its key file beside it there.
            made = vault.backup_to(target / vault._backup_name("manual"))
        else:
            _refuse_existing(target, args.force)
            made = vault.backup_to(target, with_key_file=False, overwrite=args.force)
    print(made, file=out)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from .storage import keys
    from .storage import vault as vault_mod

    path = _vault_path(args)
    backup = Path(args.file).expanduser()
    secrets = Secrets(args, stdin)
    key_source = backup if keys.key_file_path(backup).exists() else path
    if secrets.use_recovery:
        raw = vault_mod.unlock_with_recovery_key(
            backup, secrets.get(0, QT_TRANSLATE_NOOP("Cli", "Recovery key:"))
        )
    else:
        # A backup made with `backup --out FILE` has no key file: the vault's own opens it.
        raw = vault_mod.unlock_with_passphrase(
            key_source, secrets.get(0, QT_TRANSLATE_NOOP("Cli", "Passphrase:"))
        )
    contents = vault_mod.read_backup_contents(backup, raw)
    summary = contents.summary
    print(
        _tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "The backup holds {people} people, {numbers} numbers and {accounts} accounts; "
                "its last change was on {when}.",
            ).format(
                people=summary.people,
                numbers=summary.numbers,
                accounts=summary.accounts,
                when=summary.last_change.astimezone().strftime("%Y-%m-%d %H:%M")
                if summary.last_change
                else "-",
            )
        ),
        file=out,
    )
    try:
        result = vault_mod.restore_backup(
            path, backup, raw, other_vault_ok=args.force, backups_dir=_settings_backups_dir()
        )
    except vault_mod.OtherVault as exc:
        raise UserError(
            exc.message,
            QT_TRANSLATE_NOOP("Cli", "To replace your vault with it anyway, add --force."),
        ) from None
    if result.safety is not None:
        kept = QT_TRANSLATE_NOOP("Cli", "The replaced vault was kept as {safety}.").format(
            safety=str(result.safety)
        )
    else:
        kept = QT_TRANSLATE_NOOP("Cli", "There was no vault here to keep, so none was kept.")
    print(
        _tr(
            QT_TRANSLATE_NOOP("Cli", "Restored {numbers} numbers and {accounts} accounts.").format(
                numbers=summary.numbers, accounts=summary.accounts
            )
        ),
        file=out,
    )
    print(_tr(kept), file=out)
    if result.key_file_replaced:
        print(
            _tr(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "It opens with the passphrase or recovery key you just used for the backup.",
                )
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

    if args.import_update:
        from .storage.catalog_store import import_update

        update = import_update(Path(args.import_update))
        print(
            _tr(
                QT_TRANSLATE_NOOP(
                    "Cli", "Ringoff now uses the catalog of {date} from the update file."
                ).format(date=update.catalog_date.isoformat())
            ),
            file=out,
        )
        return EXIT_OK
    catalog = _catalog()
    lang = _lang(args)
    if args.info:
        info = catalog.info
        when = info.catalog_date.isoformat() if info.catalog_date else "?"
        text = (
            QT_TRANSLATE_NOOP(
                "Cli", "Catalog of {date}, from an update you imported ({count} services)."
            )
            if info.origin == "update"
            else QT_TRANSLATE_NOOP(
                "Cli", "Catalog of {date}, shipped with Ringoff ({count} services)."
            )
        )
        print(_tr(text.format(date=when, count=len(catalog))), file=out)
        return EXIT_OK
    services = catalog.search(args.search, lang, limit=10_000) if args.search else list(catalog)
    if args.json:
        json.dump(to_json_list(services), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    for s in services:
        print(f"{s.id:24} {s.name(lang)}  [{s.category.value}]", file=out)
    return EXIT_OK


def cmd_plan(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from .core.plan import (
        GROUP_TITLES,
        Group,
        action_text,
        build_plan,
        carrier_gate,
        date_warning,
        item_name,
        plan_to_json,
        verdict,
    )
    from .core.text import clean_name

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
        if group is Group.CARRIER:
            gate = carrier_gate(plan)
            if gate is not None:
                print(f"  {_tr(gate)}", file=out)
        for item in items:
            mark = {"done": "x", "cannot": "-", "in_progress": "~"}.get(
                item.account.status.value, " "
            )
            print(
                f"  [{mark}] {clean_name(item_name(item, lang))}  "
                f"({_tr(action_text(item, lang, number.region))})",
                file=out,
            )
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


def _kinds() -> list[Any]:
    from .core.model import Category

    return list(Category)


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
    replaced = p.add_mutually_exclusive_group()
    replaced.add_argument(
        "--new-number", metavar="NUMBER", help="your new number: accounts change to it"
    )
    replaced.add_argument(
        "--replace-with-family",
        metavar="NAME:NUMBER",
        help="a family member's number takes its place, e.g. 'Daughter:13900001111'",
    )
    replaced.add_argument(
        "--sign-in-only",
        action="store_true",
        help="no number replaces it: accounts keep an email or app sign-in only",
    )
    replaced.add_argument(
        "--no-replacement",
        action="store_true",
        help="nothing replaces it: remove it from each account, or close (the default)",
    )
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
    p.add_argument(
        "--kind",
        choices=[c.value for c in _kinds()],
        help="what kind of account --name is (default: other); a bank is planned first",
    )
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
    p = command(
        "new-recovery-key",
        cmd_new_recovery_key,
        "put a new recovery key in force (re-encrypts the vault and its backups) and print it",
    )
    p = command("backup", cmd_backup, "write an encrypted backup (to a FILE or into a FOLDER)")
    p.add_argument("--out", required=True, metavar="FILE|FOLDER")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p = command("restore", cmd_restore, "replace the vault with a backup (after checking it)")
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--force", action="store_true", help="restore even a backup of a different vault"
    )
    p = command("check", cmd_check, "check the vault's integrity")
    p = command("plan", cmd_plan, "the ordered plan for a number, and whether it is safe")
    p.add_argument("--number", required=True)
    p.add_argument("--json", action="store_true")
    p = command("catalog", cmd_catalog, "search the service catalog", secrets=False)
    p.add_argument("--search", metavar="TEXT")
    p.add_argument(
        "--import-update", metavar="FILE", help="use a signed catalog update file (checked first)"
    )
    p.add_argument("--info", action="store_true", help="say the catalog's date and where from")
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


class _CleanOutput(io.TextIOBase):
    """Standard output without terminal escapes or control characters (core.text): a name from
    an export or an old vault can never write to the clipboard or recolour the terminal."""

    def __init__(self, stream: TextIO) -> None:
        from .core.text import clean_text  # not on the way to the first window

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
    command (and importing cli_extra) costs ~10 ms before the first window. Anything unusual
    (a command, --help, an abbreviation, a repeated option, a bad value) returns None, so the
    full parser gives exactly its usual answer.
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


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    launch = launch_arguments(args_list)
    if launch is not None:
        return _launch(launch)  # app.run sets the language from the settings itself
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:
        return int(exc.code or 0)
    from .i18n import set_language, system_language

    set_language(getattr(args, "lang", None) or _settings_language() or system_language())
    if args.command is None:
        return _launch(args)
    from .core.text import clean_text
    from .storage.lockfile import COMMAND, set_holder

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
        print(clean_text(_tr(exc.message)), file=sys.stderr)
        if exc.hint is not None:
            print(clean_text(_tr(exc.hint)), file=sys.stderr)
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

    from .core.errors import VaultBusy
    from .storage.atomic import os_error_to_user_error

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
