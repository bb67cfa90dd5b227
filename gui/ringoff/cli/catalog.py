"""``catalog``: search the services Ringoff knows, say where the catalog came from, import
a signed update."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, TextIO

from ..core.i18n import QT_TRANSLATE_NOOP
from .common import (
    EXIT_OK,
    add_command,
    catalog_for,
    lang_of,
    tr,
)


def cmd_catalog(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from ..core.catalog import to_json_list

    if args.import_update:
        from ..storage.catalog_store import import_update

        update = import_update(Path(args.import_update))
        print(
            tr(
                QT_TRANSLATE_NOOP(
                    "Cli", "Ringoff now uses the catalog of {date} from the update file."
                ).format(date=update.catalog_date.isoformat())
            ),
            file=out,
        )
        return EXIT_OK
    catalog = catalog_for()
    lang = lang_of(args)
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
        print(tr(text.format(date=when, count=len(catalog))), file=out)
        return EXIT_OK
    services = catalog.search(args.search, lang, limit=10_000) if args.search else list(catalog)
    if args.json:
        json.dump(to_json_list(services), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    for s in services:
        print(f"{s.id:24} {s.name(lang)}  [{s.category.value}]", file=out)
    return EXIT_OK


def add_commands(sub: Any) -> None:
    p = add_command(sub, "catalog", cmd_catalog, "search the service catalog", secrets=False)
    p.add_argument("--search", metavar="TEXT")
    p.add_argument(
        "--import-update", metavar="FILE", help="use a signed catalog update file (checked first)"
    )
    p.add_argument("--info", action="store_true", help="say the catalog's date and where from")
    p.add_argument("--json", action="store_true")
