"""``plan`` (the ordered plan and its verdict) and ``print`` (the large-print checklist)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, TextIO

from ..core.errors import UserError
from ..core.i18n import QT_TRANSLATE_NOOP
from .common import (
    EXIT_OK,
    add_command,
    catalog_for,
    find_number,
    lang_of,
    open_vault,
    refuse_existing,
    today,
    tr,
)


def cmd_plan(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from ..core.plan import (
        GROUP_TITLES,
        Group,
        action_text,
        carrier_gate,
        date_warning,
        item_name,
        plan_to_json,
        verdict,
    )
    from ..core.text import clean_name
    from ..operations.plan import plan_of

    vault, _ = open_vault(args, stdin)
    lang = lang_of(args)
    with vault:
        number = find_number(vault, args.number)
        plan = plan_of(vault, catalog_for(vault), number.id, today())
    if args.json:
        json.dump(plan_to_json(plan, lang, tr), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    print(tr(verdict(plan, lang)), file=out)
    warning = date_warning(plan)
    if warning:
        print(tr(warning), file=out)
    for group, items in plan.groups():
        print(f"\n{tr(GROUP_TITLES[group])}", file=out)
        if group is Group.CARRIER:
            gate = carrier_gate(plan)
            if gate is not None:
                print(f"  {tr(gate)}", file=out)
        for item in items:
            mark = {"done": "x", "cannot": "-", "in_progress": "~"}.get(
                item.account.status.value, " "
            )
            print(
                f"  [{mark}] {clean_name(item_name(item, lang))}  "
                f"({tr(action_text(item, lang, number.region))})",
                file=out,
            )
    return EXIT_OK


def cmd_print(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    """Write the printed checklist of one number as a PDF (owner-only, atomically). Through
    paper/ with a QGuiApplication only: the command line never loads the widgets."""

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
    refuse_existing(target, args.force)
    lang = lang_of(args)
    vault, _ = open_vault(args, stdin)
    with vault:
        number = find_number(vault, args.number)
        catalog = catalog_for(vault)
        from ..operations.files import save_document
        from ..operations.plan import plan_of_number
        from ..paper.checklist import checklist_for, checklist_title
        from ..paper.checklist_layout import checklist_pdf
        from ..paper.document import ensure_gui_application, system_paper

        app = ensure_gui_application()  # fonts need one; kept until the PDF is written
        numbered = plan_of_number(vault, catalog, number.id, today())
        html = checklist_for(numbered, catalog, lang, today(), bool(args.whole_number))
    paper = args.paper or system_paper()
    save_document(target, checklist_pdf(html, lang, checklist_title(lang), paper))
    del app
    print(target, file=out)
    return EXIT_OK


def add_commands(sub: Any) -> None:
    p = add_command(sub, "plan", cmd_plan, "the ordered plan for a number, and whether it is safe")
    p.add_argument("--number", required=True)
    p.add_argument("--json", action="store_true")
    p = add_command(sub, "print", cmd_print, "write the large-print checklist of a number as a PDF")
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
