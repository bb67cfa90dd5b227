"""How long printing the checklist of a number with many accounts takes.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_print.py [-n 5] [--accounts 250]

A number with N accounts (the catalog's services in turn, a family member's number to change
to), in both languages. Timed, median of n runs each:

- ``ringoff print``'s work: :func:`checklist_html` + :func:`checklist_pdf` (the target is
  <= 1 s for 250 accounts);
- baseline "Qt only": the same document laid out and printed without keeping sections whole
  (what Qt itself costs);
- baseline "one break at a time": the page breaks set one by one with a layout after each,
  as the checklist did before (about 3.9 s on 250 accounts on the development machine).
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _util import add_project_paths, median, ms, print_table, summary, timed

add_project_paths()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QIODevice, QSizeF  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QPageLayout,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from ringoff.core.catalog import Catalog  # noqa: E402
from ringoff.core.model import Account, PhoneNumber, Replacement  # noqa: E402
from ringoff.core.plan import build_plan  # noqa: E402
from ringoff.paper import checklist as cl  # noqa: E402
from ringoff.paper import checklist_layout as cp  # noqa: E402
from ringoff.paper.document import ensure_gui_application, page_layout_for, point_units  # noqa: E402
from ringoff.storage.catalog_files import load_folder  # noqa: E402
from ringoff.storage.resources import catalog_dir  # noqa: E402

TODAY = date(2026, 12, 1)


def the_number() -> PhoneNumber:
    return PhoneNumber(
        e164="+8613812345678",
        person_id="p",
        region="CN",
        new_number="+8613900001111",
        replacement=Replacement.FAMILY,
        replacement_name="王芳",
    )


def body(catalog: Catalog, count: int, lang: str) -> str:
    number = the_number()
    services = [s for s in catalog if not s.is_generic]
    accounts = [
        Account(
            number_id=number.id,
            name=services[i % len(services)].name(lang),
            service_id=services[i % len(services)].id,
        )
        for i in range(count)
    ]
    plan = build_plan(number, accounts, catalog, TODAY)
    return cl.checklist_html(number, "王建国", plan, catalog, lang, TODAY)


def _print(doc: QTextDocument, layout: QPageLayout) -> int:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setPageLayout(layout)
    doc.print_(writer)
    return int(buffer.size())


def qt_only(html: str, lang: str) -> None:
    doc = cp.checklist_document(html, lang)
    layout = page_layout_for("a4")
    point_units(doc)
    rect = layout.paintRect(QPageLayout.Unit.Point)
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    _print(doc, layout)


def one_break_at_a_time(html: str, lang: str) -> None:
    """The earlier pagination: a layout after every page break it set."""
    doc = cp.checklist_document(html, lang)
    layout = page_layout_for("a4")
    point_units(doc)
    rect = layout.paintRect(QPageLayout.Unit.Point)
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    page = doc.pageSize().height()
    doc_layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() != 2:
            block = block.next()
            continue
        last = block
        nxt = block.next()
        while nxt.isValid() and nxt.blockFormat().headingLevel() not in (1, 2, 3):
            last = nxt
            nxt = nxt.next()
        doc_layout.documentSize()
        top = doc_layout.blockBoundingRect(block).top()
        bottom = doc_layout.blockBoundingRect(last).bottom()
        if int((bottom - 1) // page) != int(top // page) and bottom - top < page * 0.92:
            fmt = QTextBlockFormat(block.blockFormat())
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(block).setBlockFormat(fmt)
        block = nxt
    _print(doc, layout)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=5)
    parser.add_argument("--accounts", type=int, default=250)
    args = parser.parse_args()
    app = ensure_gui_application()
    catalog = load_folder(catalog_dir())
    rows = []
    for lang in ("zh_CN", "en"):
        html = body(catalog, args.accounts, lang)

        def ours_once(lang: str = lang) -> None:
            cp.checklist_pdf(body(catalog, args.accounts, lang), lang, "t")

        ours = median([timed(ours_once) for _ in range(args.n)])
        floor = median([timed(lambda h=html, lg=lang: qt_only(h, lg)) for _ in range(args.n)])
        old = median(
            [timed(lambda h=html, lg=lang: one_break_at_a_time(h, lg)) for _ in range(args.n)]
        )
        summary(
            f"print the checklist of {args.accounts} accounts ({lang})",
            ms(ours),
            f"Qt's own layout and print {ms(floor)} → {ours / floor:.2f}×",
            "≤ 1 s",
            ours <= 1.0,
        )
        rows.append((f"{lang}: ringoff print", ms(ours), f"{ours / floor:.2f}x Qt only"))
        rows.append((f"{lang}: Qt only (baseline)", ms(floor), "1.00x"))
        rows.append((f"{lang}: one break at a time (before)", ms(old), f"{old / floor:.2f}x"))
    print(f"Printing the checklist of a number with {args.accounts} accounts (median of {args.n})")
    print_table(["what", "time", "vs. Qt only"], rows)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
