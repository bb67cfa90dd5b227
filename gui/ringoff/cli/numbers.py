"""``number add``, ``account add``, ``account set``, ``list``: what is tied to which number."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from ..core.errors import UserError
from ..core.i18n import QT_TRANSLATE_NOOP
from .common import (
    EXIT_OK,
    Parser,
    UsageError,
    add_command,
    catalog_for,
    find_number,
    kinds,
    lang_of,
    open_vault,
    parse_date,
    secret_options,
    system_locale,
    today,
    tr,
)


def cmd_number_add(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from ..core import phone
    from ..core.model import NumberStatus, PhoneNumber, Replacement
    from ..core.regional import default_region, past_date_warning

    # Every check on what was typed comes before the vault is opened (nothing half-written).
    cancel_on = parse_date(args.cancel_on) if args.cancel_on else None
    vault, _ = open_vault(args, stdin)
    with vault:
        region = (args.region or "").upper() or phone.region_of(
            phone.try_parse(args.number, "") or ""
        )
        if not region:
            region = default_region(system_locale(), [n.region for n in vault.numbers()])
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
        person = vault.find_or_add_person(args.owner or tr(QT_TRANSLATE_NOOP("Cli", "Me")))
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
    warning = past_date_warning(cancel_on, today()) if cancel_on else None
    if warning is not None:
        print(tr(warning), file=sys.stderr)
    return EXIT_OK


def cmd_account_add(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from ..core.accounts import new_account
    from ..core.model import Category

    vault, _ = open_vault(args, stdin)
    with vault:
        number = find_number(vault, args.number)
        catalog = catalog_for(vault)
        lang = lang_of(args)
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
    from ..core.model import AccountStatus

    vault, _ = open_vault(args, stdin)
    with vault:
        number = find_number(vault, args.number)
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
    from ..core.text import clean_name  # names never carry terminal escapes out (issue 23)

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
    from ..core import phone

    vault, _ = open_vault(args, stdin)
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


def _with_common(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
    p.add_argument("--vault", metavar="PATH", default=argparse.SUPPRESS)
    p.add_argument("--lang", choices=["en", "zh_CN"], default=argparse.SUPPRESS)
    secret_options(p)
    return p


def add_commands(sub: Any) -> None:
    number = sub.add_parser("number", help="phone numbers")
    number_sub = number.add_subparsers(dest="number_command", required=True, parser_class=Parser)
    p = _with_common(number_sub.add_parser("add", help="add a phone number"))
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
    account_sub = account.add_subparsers(dest="account_command", required=True, parser_class=Parser)
    p = _with_common(
        account_sub.add_parser("add", help="add an account from the catalog or by name")
    )
    p.add_argument("--number", required=True)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("service", nargs="?", help="a catalog service id (see `ringoff catalog`)")
    which.add_argument("--name", help="an account the catalog does not know")
    p.add_argument(
        "--kind",
        choices=[c.value for c in kinds()],
        help="what kind of account --name is (default: other); a bank is planned first",
    )
    p.set_defaults(func=cmd_account_add)
    p = _with_common(account_sub.add_parser("set", help="set an account's status"))
    p.add_argument("--number", required=True)
    p.add_argument("account", help="the account id, service id or name")
    p.add_argument("--status", required=True, choices=["todo", "in_progress", "done", "cannot"])
    p.add_argument("--reason", help="why it cannot be done")
    p.set_defaults(func=cmd_account_set)

    p = add_command(sub, "list", cmd_list, "list numbers and accounts")
    p.add_argument("--json", action="store_true")
