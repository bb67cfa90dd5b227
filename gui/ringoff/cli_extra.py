"""Subcommands that belong to one feature each; see ``cli.extra_command``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any, TextIO

from . import cli
from .core.i18n import QT_TRANSLATE_NOOP

# --- ringoff import: accounts from a password export ----------------------------------------


def cmd_import(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    """Report (or with --yes add) the services a file or folder ties to a number."""
    import json
    from pathlib import Path

    from .core.i18n import QT_TRANSLATE_NOOP
    from .operations import importing

    path = Path(args.file).expanduser()
    lang = cli._lang(args)
    vault, _ = cli._open(args, stdin)
    with vault:
        number = cli._find_number(vault, args.number)
        catalog = cli._catalog(vault)
        found = importing.read_path(path, number=number, catalog=catalog, lang=lang)
        existing = vault.accounts(number.id)
        finds = importing.choose(found, existing, catalog)
        # The window's rule too: accounts already listed (under any name) are never added.
        adds = importing.additions([f for f in finds if f.ticked], existing, catalog, number, lang)
        if args.yes and adds:
            vault.add_accounts([account for _, account in adds])
    skipped = sum(1 for f in finds if f.duplicate and f.evidence)
    added = [
        {
            "service": f.service_id,
            "name": f.name,
            "reason": _reason(f),
            "evidence": importing.evidence_json(f),
        }
        for f, _ in adds
    ]
    if args.json:
        report = {
            "kind": found.kind,
            "format": found.kind,
            "rows": found.items,
            "added": added,
            "skipped": skipped,
            "finds": [
                {
                    "service": f.service_id,
                    "name": f.name,
                    "ticked": f.ticked,
                    "already": f.duplicate,
                    "evidence": importing.evidence_json(f),
                }
                for f in finds
            ],
        }
        json.dump(report, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return cli.EXIT_OK
    tr = cli._tr
    if found.is_archive:
        head_line = QT_TRANSLATE_NOOP("Cli", "This is {kind}, with {rows} messages.")
    else:
        head_line = QT_TRANSLATE_NOOP("Cli", "A password list from {kind}, with {rows} entries.")
    print(tr(head_line).format(kind=tr(found.kind_label), rows=found.items), file=out)
    if args.yes:
        head = QT_TRANSLATE_NOOP("Cli", "Added {n} accounts:")
    else:
        head = QT_TRANSLATE_NOOP("Cli", "Would add {n} accounts (run again with --yes to add):")
    print(tr(head).format(n=len(added)), file=out)
    for f, _ in adds:
        print(f"  {f.name}  ({_evidence_words(f, lang)})", file=out)
    others = [f for f in finds if not f.ticked and not f.duplicate and f.service_id]
    if others:
        print(
            tr(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "{n} more services Ringoff knows are in it, with nothing that shows they use "
                    "this number (add them yourself if they do):",
                )
            ).format(n=len(others)),
            file=out,
        )
        print("  " + ", ".join(f.name for f in others[:30]), file=out)
    if skipped:
        print(
            tr(QT_TRANSLATE_NOOP("Cli", "{n} were already in the list.")).format(n=skipped),
            file=out,
        )
    if found.plain_text:
        print(
            tr(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "The file holds private things in plain text: delete it when you are "
                    "done. Ringoff did not change it.",
                )
            ),
            file=out,
        )
    return cli.EXIT_OK


def _reason(find: Any) -> str:
    if find.official:
        return "official check"
    if find.signs_in_with_number:
        return "uses this number"
    if find.messages:
        return "texted this number"
    return "known service"


def _evidence_words(find: Any, lang: str) -> str:
    from .core.i18n import QT_TRANSLATE_NOOP
    from .operations.importing import evidence_text

    text = evidence_text(find, lang)
    return (
        cli._tr(text)
        if text is not None
        else cli._tr(QT_TRANSLATE_NOOP("Cli", "a service Ringoff knows"))
    )


@cli.extra_command
def _register_import(sub: Any, command: Callable[..., Any]) -> None:
    p = command(
        "import",
        cmd_import,
        "find the accounts of a number in any export or archive (adds them only with --yes)",
    )
    p.description = (
        "Read a password export (Chrome, Edge, Firefox, Safari or Apple Passwords .csv/.zip, "
        "Bitwarden, KeePass CSV/XML, KeePassXC, 1Password .csv/.1pux, LastPass, Enpass, "
        "Dashlane .csv/.zip, Proton Pass, NordPass, Keeper), a message archive (SMS Backup & "
        "Restore .xml, a CSV of messages, an iPhone backup folder or sms.db, an mbox file or "
        "folder of mail, .eml files) or the 一证通查 reply, and list the services tied to the "
        "number. Only those with evidence are added, and only with --yes. The file is only "
        'read, never changed; no password, message text or code is kept. JSON: {"kind", '
        '"format" (= kind), "rows", "added": [{"service", "name", "reason", "evidence"}], '
        '"skipped", "finds": [{"service", "name", "ticked", "already", "evidence"}]} where '
        '"evidence" is {"messages": int|null, "last": "YYYY-MM-DD"|null, '
        '"signs_in_with_number": bool} and "reason" is "uses this number", "texted this '
        'number", "official check" or "known service".'
    )
    p.add_argument("--number", required=True, help="the phone number (or its id)")
    p.add_argument("file", metavar="PATH", help="the export or archive (a file or a folder)")
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
        notifier = system_notifier(listen=False)
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
            # Disconnect from the bus and let Qt finish with the connection while the
            # application still exists: a QtDBus connection left to the interpreter's exit
            # crashed Qt's D-Bus thread ("Segmentation fault" after the command's work).
            notifier.close()
            notifier.deleteLater()
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, 0)
        app.processEvents()
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
