"""The checklist on paper: its QTextDocument (styles, tick-box images, hanging indents), the
pagination that keeps each section whole, and the PDF bytes.

Tick boxes. U+2610 (☐) is in DejaVu Sans but not in Noto Sans CJK SC (checked with
``fc-list ':charset=2610'``) and may be missing from other Chinese fonts, so a Chinese page
would depend on font fallback. The boxes are therefore a small drawn image (a document
resource), the same in every language; they carry no text, so the PDF text layer holds only
the words.

Chinese text layer (checked with poppler's pdftotext). Qt embeds the font with a ToUnicode
map built from the font's own character map. Noto Sans CJK SC (and Noto Serif CJK SC; Source Han
is the same design) gives 工 行 月 日 the same glyphs as the Kangxi radicals U+2F00..., so the
PDF text reads "中国⼯商银⾏" and a search for 中国工商银行 fails; in that font some digit runs
("40", "2026") also came back empty. WenQuanYi Micro Hei reads back exactly, digits included.
fonts.paper_cjk_family therefore puts the Noto/Source Han families last for paper;
Microsoft YaHei and PingFang SC (first on Windows and macOS) could not be checked here.
Ligatures are switched off in fonts.paper_font ("off" would come back as "oﬀ").

Sizes. The layout runs on a 72 dpi device (document.point_units), so 16 pt is 16 pt on paper;
<img> sizes are converted with the screen's logical dpi, which Qt applies to them.

Page breaks. QTextDocument splits a table row or a list freely across pages, so after the
layout each section (from its level-2 or level-3 heading to the next heading) that would
straddle a page boundary but fits on one page gets a "page break before" on its heading, and
the layout is redone. (Without it for level 3, a long list of visits left the warning under it,
"Do not cancel the number yet: … accounts above still use it", alone on page 2.)
For a section longer than a page, the part from the heading to its last step is kept
together instead (the fallback and the note lines may then go on the next page).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QUrl
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPainter,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from .document import lay_out_on, make_document, page_layout_for, pdf_bytes
from .fonts import PAPER_BODY_PT

BOX_URL = "ringoff-box:empty"
TICKED_URL = "ringoff-box:ticked"
LINES_URL = "ringoff-box:lines"
NOTES_WIDTH_PT = 470  # fits A4 and Letter with the usual margins
NOTE_GAP_PT = 30  # room to write by hand between the ruled lines
NOTE_LINES = 2
STEP_INDENT_PT = round(PAPER_BODY_PT * 2.6)  # the box and "1." hang left of the text
OBJECT_CHAR = "\ufffc"  # an inline image (a tick box) in a block's text


def image_px(points: float) -> int:
    """An <img> size for *points* on paper: Qt scales image sizes by the layout device's dpi
    over the screen's logical dpi (qt_defaultDpi), so undo that here."""
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
    return round(points * dpi / 72)


CHECKLIST_STYLE = f"""
    p.big {{ font-size: {PAPER_BODY_PT + 4}pt; }}
    p.step {{ margin-top: 5pt; margin-bottom: 5pt; }}
    p.tight {{ margin-top: 2pt; margin-bottom: 2pt; line-height: 120%; }}
    p.fallback {{ margin-top: 10pt; }}
    p.notes {{ margin-top: 10pt; margin-bottom: 0pt; }}
    h2 {{ margin-top: 24pt; }}
    h3 {{ font-size: 20pt; font-weight: bold; margin-top: 18pt; margin-bottom: 6pt; }}
    p.clerk {{ font-size: {PAPER_BODY_PT + 2}pt; margin-top: 8pt; margin-bottom: 8pt; }}
"""


def _box_image(ticked: bool) -> QImage:
    side = 96
    image = QImage(side, side, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor("black"))
    pen.setWidthF(side * 0.09)
    painter.setPen(pen)
    inset = side * 0.08
    painter.drawRect(QRectF(inset, inset, side - 2 * inset, side - 2 * inset))
    if ticked:
        pen.setWidthF(side * 0.12)
        painter.setPen(pen)
        painter.drawLine(int(side * 0.25), int(side * 0.52), int(side * 0.43), int(side * 0.72))
        painter.drawLine(int(side * 0.43), int(side * 0.72), int(side * 0.77), int(side * 0.28))
    painter.end()
    return image


def _ruled_lines() -> QImage:
    scale = 4  # pixels per point, so the lines stay sharp on paper
    image = QImage(
        NOTES_WIDTH_PT * scale, NOTE_LINES * NOTE_GAP_PT * scale, QImage.Format.Format_RGB32
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    pen = QPen(QColor("#444444"))
    pen.setWidthF(0.8 * scale)
    painter.setPen(pen)
    for n in range(1, NOTE_LINES + 1):
        y = n * NOTE_GAP_PT * scale - pen.widthF()
        painter.drawLine(0, int(y), image.width(), int(y))
    painter.end()
    return image


def checklist_document(body_html: str, lang: str) -> QTextDocument:
    """The rich text as a document with the paper styles and the tick-box images."""
    doc = make_document("", lang)
    doc.setDefaultStyleSheet(doc.defaultStyleSheet() + CHECKLIST_STYLE)
    for url, image in (
        (BOX_URL, _box_image(False)),
        (TICKED_URL, _box_image(True)),
        (LINES_URL, _ruled_lines()),
    ):
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
    doc.setUndoRedoEnabled(False)  # paper is never edited: no undo history to keep
    doc.setHtml(body_html)
    # A hanging indent for the tick lines (Qt's CSS ignores a negative text-indent): the box
    # and the step number stand out on the left, the wrapped lines align with the text.
    # One edit block, so the layout hears of the thousands of changes once.
    editing = QTextCursor(doc)
    editing.beginEditBlock()
    block = doc.begin()
    while block.isValid():
        if block.text().startswith(OBJECT_CHAR):
            fmt = QTextBlockFormat(block.blockFormat())
            fmt.setLeftMargin(STEP_INDENT_PT)
            fmt.setTextIndent(-STEP_INDENT_PT)
            QTextCursor(block).setBlockFormat(fmt)
        block = block.next()
    editing.endEditBlock()
    return doc


_HEADINGS = (1, 2, 3)


def _is_notes(block: QTextBlock) -> bool:
    """The "Notes:" paragraph with its ruled lines (the only image that does not start a
    block: the tick boxes always do)."""
    text = block.text()
    return OBJECT_CHAR in text and not text.startswith(OBJECT_CHAR)


#: The headings whose parts are kept whole: each account's section (2) and the lists under a
#: level-3 heading (the visits to make, with the warning about the phone company under them;
#: what is finished).
_KEPT_WHOLE = (2, 3)


def _units(doc: QTextDocument) -> list[tuple[QTextBlock, QTextBlock, QTextBlock | None]]:
    """The parts to keep whole: (heading, last block, last tick line) from each level-2 or
    level-3 heading to the next heading; when that is longer than a page, the part down to its
    last tick line is kept whole instead (see paginate)."""
    units = []
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() not in _KEPT_WHOLE:
            block = block.next()
            continue
        last = block
        last_tick = None
        nxt = block.next()
        while nxt.isValid() and nxt.blockFormat().headingLevel() not in _HEADINGS:
            last = nxt
            if nxt.text().startswith(OBJECT_CHAR):
                last_tick = nxt
            nxt = nxt.next()
        units.append((block, last, last_tick))
        block = nxt
    return units


#: Layouts after the first one, at most (each pass finds what the simulation got wrong).
CHECK_PASSES = 6


def paginate(doc: QTextDocument, page_layout: QPageLayout) -> int:
    """Lay *doc* out in points on pages of *page_layout*, keeping each section's heading, what
    to bring and its step list on one page where they fit (see the module docstring).
    Returns the number of page breaks added.

    Speed: the positions of all sections are read from one layout, the page flow is then
    simulated (a break moves everything after it down to the next page top; a forced break
    starts a page whatever came before), and all breaks are set at once. Setting them one at a
    time and laying out again after each took seconds for a few hundred accounts. A check
    pass after the real layout catches what the simulation got wrong (at most a few passes).
    The page size is set once: setting it again lays the whole document out again, even when
    it is the same size."""
    lay_out_on(doc, page_layout)
    page = doc.pageSize().height()
    layout = doc.documentLayout()
    units = _units(doc)
    added = 0
    for _ in range(1 + CHECK_PASSES):
        layout.documentSize()  # one full layout; the positions below are then current
        forced_blocks = set()
        block = doc.begin()
        while block.isValid():
            policy = block.blockFormat().pageBreakPolicy()
            if policy & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
                forced_blocks.add(block.blockNumber())
            block = block.next()
        spans = []
        for first, last, last_tick in units:
            top = layout.blockBoundingRect(first).top()
            bottom = layout.blockBoundingRect(last).bottom()
            if bottom - top >= page * 0.92 and last_tick is not None:
                bottom = layout.blockBoundingRect(last_tick).bottom()
            spans.append((first, top, bottom))
        breaks = []
        cut = []
        shift = 0.0
        previous_number = -1
        for (first, top, bottom), (_, last, _) in zip(spans, units, strict=True):
            number = first.blockNumber()
            if any(previous_number < n <= number for n in forced_blocks):
                shift = 0.0  # a page starts there: what follows keeps its place on the page
            previous_number = number
            if number in forced_blocks:
                # A visit page must stay one page: its ruled note lines go if they spill.
                end = layout.blockBoundingRect(last).bottom()
                if int((end - 1) // page) != int(top // page) and _is_notes(last):
                    cut.append(last)
                continue
            top += shift
            bottom += shift
            if int((bottom - 1) // page) != int(top // page) and bottom - top < page * 0.92:
                next_top = (int(top // page) + 1) * page
                shift += next_top - top
                breaks.append(first)
        if not breaks and not cut:
            break
        # One edit block: the layout hears of all the changes once, not once per break.
        editing = QTextCursor(doc)
        editing.beginEditBlock()
        for first in breaks:
            fmt = QTextBlockFormat(first.blockFormat())
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(first).setBlockFormat(fmt)
        for notes in reversed(cut):
            cursor = QTextCursor(notes)
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.removeSelectedText()
            cursor.deletePreviousChar()  # the now empty paragraph itself
        editing.endEditBlock()
        added += len(breaks)
        if cut:  # blocks are gone: find the units again (the layout itself stays)
            units = _units(doc)
    return added


def checklist_pdf(body_html: str, lang: str, title_text: str, paper: str = "a4") -> bytes:
    """The checklist as PDF bytes on A4 or Letter (the same settings as the Emergency Kit)."""
    doc = checklist_document(body_html, lang)
    page_layout = page_layout_for(paper)
    paginate(doc, page_layout)
    return pdf_bytes(doc, page_layout, title_text)
