"""``import``: the accounts of a number found in a password export or a message archive."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from ..core.i18n import QT_TRANSLATE_NOOP
from .common import (
    EXIT_OK,
    add_command,
    catalog_for,
    find_number,
    lang_of,
    open_vault,
    tr,
)


def cmd_import(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    """Report (or with --yes add) the services a file or folder ties to a number."""
    import json

    from ..core.i18n import QT_TRANSLATE_NOOP
    from ..operations import importing

    path = Path(args.file).expanduser()
    lang = lang_of(args)
    vault, _ = open_vault(args, stdin)
    with vault:
        number = find_number(vault, args.number)
        catalog = catalog_for(vault)
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
        return EXIT_OK
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
    return EXIT_OK


def _reason(find: Any) -> str:
    if find.official:
        return "official check"
    if find.signs_in_with_number:
        return "uses this number"
    if find.messages:
        return "texted this number"
    return "known service"


def _evidence_words(find: Any, lang: str) -> str:
    from ..operations.importing import evidence_text

    text = evidence_text(find, lang)
    return tr(text) if text is not None else tr(QT_TRANSLATE_NOOP("Cli", "a service Ringoff knows"))


def add_commands(sub: Any) -> None:
    p = add_command(
        sub,
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
