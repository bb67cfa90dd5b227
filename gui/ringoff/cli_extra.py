"""Subcommands that belong to one feature each; see ``cli.extra_command``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any, TextIO

from . import cli
from .core.i18n import QT_TRANSLATE_NOOP

# --- ringoff import: accounts from a password export ----------------------------------------

_IMPORT_REASONS = {"uses_number": "uses this number", "known_service": "known service"}


def cmd_import(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    """Report (or with --yes add) the sites of a password export that concern a number."""
    import json
    from pathlib import Path

    from .core.checklist import new_account, unreadable_file
    from .core.i18n import QT_TRANSLATE_NOOP
    from .core.importers import REASON_OTHER, choose_for_import, read_export
    from .core.model import Use

    path = Path(args.file).expanduser()
    lang = cli._lang(args)
    vault, _ = cli._open(args, stdin)
    with vault:
        number = cli._find_number(vault, args.number)
        catalog = cli._catalog(vault)
        try:
            data = path.read_bytes()  # read once; the file is never written to
        except OSError as exc:
            raise unreadable_file(path, exc) from exc
        result = read_export(
            data, number_e164=number.e164, region=number.region, matcher=catalog, lang=lang
        )
        del data
        existing = vault.accounts(number.id)
        choices = choose_for_import(
            result,
            existing_service_ids={a.service_id for a in existing if a.service_id},
            existing_names={a.name for a in existing},
        )
        wanted = [c for c in choices if c.item.reason != REASON_OTHER]
        skipped = sum(1 for c in wanted if c.duplicate)
        accounts, added, seen = [], [], set()
        for choice in wanted:
            item = choice.item
            key = item.service_id or item.service_name.casefold()
            if choice.duplicate or key in seen:
                continue
            seen.add(key)
            uses = [Use.SIGN_IN] if item.username_is_number and not item.service_id else None
            account = new_account(
                catalog,
                number,
                service_id=item.service_id,
                name=item.service_name,
                lang=lang,
                uses=uses,
            )
            accounts.append(account)
            added.append(
                {
                    "service": item.service_id,
                    "name": account.name,
                    "reason": _IMPORT_REASONS[item.reason],
                }
            )
        if args.yes and accounts:
            vault.add_accounts(accounts)
    if args.json:
        report = {"format": result.format, "rows": result.rows, "added": added}
        json.dump({**report, "skipped": skipped}, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return cli.EXIT_OK
    tr = cli._tr
    print(
        tr(QT_TRANSLATE_NOOP("Cli", "A password list from {program}, with {rows} entries.")).format(
            program=tr(result.format_label), rows=result.rows
        ),
        file=out,
    )
    if args.yes:
        head = QT_TRANSLATE_NOOP("Cli", "Added {n} accounts:")
    else:
        head = QT_TRANSLATE_NOOP("Cli", "Would add {n} accounts (run again with --yes to add):")
    print(tr(head).format(n=len(added)), file=out)
    reasons = {
        "uses this number": tr(QT_TRANSLATE_NOOP("Cli", "signs in with this number")),
        "known service": tr(QT_TRANSLATE_NOOP("Cli", "a service Ringoff knows")),
    }
    for entry in added:
        print(f"  {entry['name']}  ({reasons[str(entry['reason'])]})", file=out)
    if skipped:
        print(
            tr(QT_TRANSLATE_NOOP("Cli", "{n} were already in the list.")).format(n=skipped),
            file=out,
        )
    print(
        tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "The export file holds your passwords in plain text: delete it when you are "
                "done. Ringoff did not change it.",
            )
        ),
        file=out,
    )
    return cli.EXIT_OK


@cli.extra_command
def _register_import(sub: Any, command: Callable[..., Any]) -> None:
    p = command(
        "import",
        cmd_import,
        "find the accounts of a number in a password export (adds them only with --yes)",
    )
    p.description = (
        "Read a password export (Chrome, Edge, Firefox, Safari, Bitwarden, KeePassXC, "
        "1Password, LastPass or a similar CSV) and list the sites that sign in with the "
        "number and the services Ringoff knows. Nothing is written without --yes. The file "
        "is only read, never changed; no password, note or user name is kept. JSON: "
        '{"format", "rows", "added": [{"service", "name", "reason"}], "skipped"}, where '
        '"added" lists what was added (without --yes: what would be added), "reason" is '
        '"uses this number" or "known service", and "skipped" counts those already in the '
        "list."
    )
    p.add_argument("--number", required=True, help="the phone number (or its id)")
    p.add_argument("file", metavar="FILE", help="the exported .csv or .json file")
    p.add_argument("--yes", action="store_true", help="add them (otherwise only report)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")


# --- ringoff export-ics, remind, agent: dates and reminders ---------------------------------


def cmd_export_ics(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    """Write the key dates of one number or all as a calendar file (owner-only, atomically)."""
    from datetime import UTC, datetime
    from pathlib import Path

    from .core import phone
    from .core.ics import IcsInput, IcsNumber, export_ics
    from .core.model import NumberMode
    from .core.timeline import timeline_for_number
    from .storage.atomic import write_atomic

    target = Path(args.out).expanduser()
    cli._refuse_existing(target, args.force)
    vault, _ = cli._open(args, stdin)
    with vault:
        if args.number:
            chosen = [cli._find_number(vault, args.number)]
        else:
            chosen = [n for n in vault.numbers() if n.mode is NumberMode.OWN]
        names = {p.id: p.name for p in vault.people()}
        today = cli._today()
        numbers = [
            IcsNumber(
                number_id=n.id,
                timeline=timeline_for_number(n, today),
                label=phone.display(n.e164, n.region),
                owner=names.get(n.person_id, ""),
                reminder_days=n.reminder_days,
            )
            for n in chosen
        ]
        data = export_ics(
            IcsInput(vault_id=vault.vault_id, numbers=numbers),
            lang=cli._lang(args),
            include_details=not args.no_details,
            now_utc=datetime.now(UTC),
        )
    write_atomic(target, data)
    print(target, file=out)
    return cli.EXIT_OK


def cmd_remind(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    """One look at the schedule file: the generic sentence once per due reminder, nothing else.

    Never opens the vault. What it printed is marked as shown, as the helper does. With
    ``--notify`` it is also shown as a desktop notification, through the helper's own path.
    """
    from datetime import UTC, datetime

    from .agent import notify_due, take_due
    from .core.reminders import locked_text

    path = cli._vault_path(args)
    now = datetime.now(UTC)
    if args.notify:
        from PySide6.QtCore import QCoreApplication

        from .services.notifier import system_notifier

        app = QCoreApplication.instance() or QCoreApplication(["ringoff"])
        notifier = system_notifier()
        shown = False

        def notify(message: str, tag: str) -> bool:
            nonlocal shown
            shown = notifier is not None and notifier.notify(message, tag=tag)
            return shown

        count, _ = notify_due(path, now, notify)
        count = max(count, len(take_due(path, now)))  # printed below, so shown either way
        if count and not shown:
            print(cli._tr(_NO_NOTIFICATIONS), file=sys.stderr)
        if notifier is not None:
            notifier.close()
        del app
    else:
        count = len(take_due(path, now))
    for _ in range(count):
        print(cli._tr(locked_text()), file=out)
    return cli.EXIT_OK


_NO_NOTIFICATIONS = QT_TRANSLATE_NOOP(
    "Cli",
    "This computer did not show the reminder as a notification (no notification service was "
    "found), so it is only printed here.",
)


def cmd_reminders(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    """Reminders on this computer: on (at login and now), off, or the status."""
    import json
    from datetime import UTC, datetime

    from .services import helper as agent

    path = cli._vault_path(args).resolve()
    tr = cli._tr
    if args.action == "on":
        agent.turn_on(path)
    elif args.action == "off":
        agent.turn_off(path)
    report = agent.status(path, datetime.now(UTC))
    if args.json:
        json.dump(report, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return cli.EXIT_OK
    if report["on"]:
        print(tr(QT_TRANSLATE_NOOP("Cli", "Reminders on this computer are on.")), file=out)
        print(
            tr(QT_TRANSLATE_NOOP("Cli", "Started at login by: {entry}")).format(
                entry=report["login_entry"]
            ),
            file=out,
        )
    else:
        print(
            tr(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Reminders on this computer are off: Ringoff reminds you only while it is "
                    "open. Turn them on with: ringoff reminders on",
                )
            ),
            file=out,
        )
    if report["next"]:
        local = datetime.fromisoformat(str(report["next"]).replace("Z", "+00:00")).astimezone()
        print(
            tr(QT_TRANSLATE_NOOP("Cli", "Next reminder: {when}")).format(
                when=local.strftime("%Y-%m-%d %H:%M")
            ),
            file=out,
        )
    else:
        print(tr(QT_TRANSLATE_NOOP("Cli", "No reminder is planned.")), file=out)
    return cli.EXIT_OK


def cmd_agent(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    """The reminder helper started at login (reads only the schedule file)."""
    from .agent import run_agent

    return run_agent(cli._vault_path(args))


@cli.extra_command
def _register_reminders(sub: Any, command: Callable[..., Any]) -> None:
    p = command(
        "export-ics",
        cmd_export_ics,
        "write the key dates and reminders of the numbers as a calendar (.ics) file",
    )
    p.add_argument("--out", required=True, metavar="FILE", help="the .ics file to write")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.add_argument("--number", metavar="NUMBER", help="only this number (default: all)")
    p.add_argument(
        "--no-details",
        action="store_true",
        help="leave the phone numbers and names out of the file",
    )
    p = command(
        "remind",
        cmd_remind,
        "print a line for each reminder that is due (reads only the schedule file)",
        secrets=False,
    )
    p.add_argument("--notify", action="store_true", help="also show it as a desktop notification")
    p = command(
        "reminders",
        cmd_reminders,
        "reminders on this computer even when Ringoff is closed: on, off or status",
        secrets=False,
    )
    p.add_argument("action", choices=("on", "off", "status"))
    p.add_argument("--json", action="store_true", help="print the status as JSON")
    command(
        "agent",
        cmd_agent,
        "run the reminder helper in the tray (started at login; never asks for the passphrase)",
        secrets=False,
    )


# --- ringoff print: the large-print checklist as a PDF --------------------------------------


def cmd_print(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    """Write the printed checklist of one number as a PDF (owner-only, atomically)."""
    from pathlib import Path

    from .core.errors import UserError
    from .core.i18n import QT_TRANSLATE_NOOP

    target = Path(args.out).expanduser()
    if target.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Cli", "“{path}” is a folder. Give a file name ending in .pdf."
            ).format(path=str(target))
        )
    if not target.parent.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("Cli", "The folder “{folder}” does not exist.").format(
                folder=str(target.parent)
            )
        )
    cli._refuse_existing(target, args.force)
    lang = cli._lang(args)
    vault, _ = cli._open(args, stdin)
    with vault:
        number = cli._find_number(vault, args.number)
        catalog = cli._catalog(vault)
        from .ui.checklist_print import (
            checklist_for,
            checklist_title,
            ensure_gui_application,
            save_checklist_pdf,
            system_paper,
        )

        app = ensure_gui_application()  # fonts need one; kept until the PDF is written
        html = checklist_for(vault, catalog, number.id, lang, cli._today(), bool(args.whole_number))
    paper = args.paper or system_paper()
    save_checklist_pdf(html, lang, target, checklist_title(lang), paper)
    del app
    print(target, file=out)
    return cli.EXIT_OK


@cli.extra_command
def _register_print(sub: Any, command: Callable[..., Any]) -> None:
    p = command("print", cmd_print, "write the large-print checklist of a number as a PDF")
    p.add_argument("--number", required=True, help="the phone number (or its id)")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF file to write")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.add_argument(
        "--whole-number",
        action="store_true",
        help="show the whole phone number on paper (default: the middle digits are hidden)",
    )
    p.add_argument(
        "--paper",
        choices=["a4", "letter"],
        help="paper size (default: the system's: LC_PAPER or LANG on Linux; Letter in the US "
        "and Canada)",
    )
