"""``export-ics``, ``remind``, ``reminders``, ``agent``: dates, the calendar file and the
reminder helper."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from ..core.i18n import QT_TRANSLATE_NOOP
from .common import (
    EXIT_OK,
    add_command,
    find_number,
    lang_of,
    open_vault,
    refuse_existing,
    tr,
    utc_now,
    vault_path,
)


def cmd_export_ics(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    """Write the key dates of one number or all as a calendar file (owner-only, atomically).

    The same file as the window's "Put the dates in your phone's calendar" (operations.calendar).
    """
    from ..operations.calendar import save_calendar

    target = Path(args.out).expanduser()
    refuse_existing(target, args.force)
    vault, _ = open_vault(args, stdin)
    with vault:
        number_id = find_number(vault, args.number).id if args.number else None
        save_calendar(
            vault,
            target,
            number_id=number_id,
            lang=lang_of(args),
            include_details=not args.no_details,
            now_utc=utc_now(),
        )
    print(target, file=out)
    return EXIT_OK


def cmd_remind(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    """One look at the schedule file: the generic sentence once per due reminder, nothing else.

    Never opens the vault. What it printed is marked as shown, as the helper does. With
    ``--notify`` it is also shown as a desktop notification, through the helper's own path.
    """
    from datetime import UTC, datetime

    from ..core.reminders import locked_text
    from ..services.agent import notify_due, take_due

    path = vault_path(args)
    now = datetime.now(UTC)
    if args.notify:
        from PySide6.QtCore import QCoreApplication

        from ..services.notifier import system_notifier

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
            print(tr(_NO_NOTIFICATIONS), file=sys.stderr)
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
        print(tr(locked_text()), file=out)
    return EXIT_OK


_NO_NOTIFICATIONS = QT_TRANSLATE_NOOP(
    "Cli",
    "This computer did not show the reminder as a notification (no notification service was "
    "found), so it is only printed here.",
)


def cmd_reminders(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    """Reminders on this computer: on (at login and now), off, or the status."""
    import json
    from datetime import UTC, datetime

    from ..services import helper as agent

    path = vault_path(args).resolve()
    if args.action == "on":
        agent.turn_on(path)
    elif args.action == "off":
        agent.turn_off(path)
    report = agent.status(path, datetime.now(UTC))
    if args.json:
        json.dump(report, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
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
        from ..core.dates import day_and_time

        local = datetime.fromisoformat(str(report["next"]).replace("Z", "+00:00")).astimezone()
        print(
            tr(QT_TRANSLATE_NOOP("Cli", "Next reminder: {when}")).format(
                when=day_and_time(local, datetime.now().astimezone().date(), lang_of(args))
            ),
            file=out,
        )
    else:
        print(tr(QT_TRANSLATE_NOOP("Cli", "No reminder is planned.")), file=out)
    return EXIT_OK


def cmd_agent(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    """The reminder helper started at login (reads only the schedule file)."""
    from ..services.agent import run_agent

    return run_agent(vault_path(args))


def add_commands(sub: Any) -> None:
    p = add_command(
        sub,
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
    p = add_command(
        sub,
        "remind",
        cmd_remind,
        "print a line for each reminder that is due (reads only the schedule file)",
        secrets=False,
    )
    p.add_argument("--notify", action="store_true", help="also show it as a desktop notification")
    p = add_command(
        sub,
        "reminders",
        cmd_reminders,
        "reminders on this computer even when Ringoff is closed: on, off or status",
        secrets=False,
    )
    p.add_argument("action", choices=("on", "off", "status"))
    p.add_argument("--json", action="store_true", help="print the status as JSON")
    add_command(
        sub,
        "agent",
        cmd_agent,
        "run the reminder helper in the tray (started at login; never asks for the passphrase)",
        secrets=False,
    )
