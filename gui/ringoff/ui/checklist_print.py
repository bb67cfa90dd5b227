"""The printed checklist for one number: large type, for the bank counter and the kitchen table.

:func:`checklist_html` builds the document from plain inputs (no context, no vault), so the
dialog and ``ringoff print`` make the same paper. :func:`checklist_document` turns it into a
laid-out :class:`QTextDocument` with tick boxes and sections kept whole on a page where they fit;
:func:`save_checklist_pdf` writes it atomically with mode 0600.

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
printing.paper_cjk_family therefore puts the Noto/Source Han families last for paper;
Microsoft YaHei and PingFang SC (first on Windows and macOS) could not be checked here.
Ligatures are switched off in printing.paper_font ("off" would come back as "oﬀ").

Sizes. The layout runs on a 72 dpi device (printing.point_units), so 16 pt is 16 pt on paper;
<img> sizes are converted with the screen's logical dpi, which Qt applies to them.

Page breaks. QTextDocument splits a table row or a list freely across pages, so after the
layout each section (from its level-2 heading to the next one) that would straddle a page
boundary but fits on one page gets a "page break before" on its heading, and the layout is
redone. For a section longer than a page, the part from the heading to its last step is kept
together instead (the fallback and the note lines may then go on the next page).
"""

from __future__ import annotations

import html
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QDate,
    QIODevice,
    QLocale,
    QMarginsF,
    QRectF,
    QSizeF,
    QTranslator,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..core import phone
from ..core.catalog import Catalog, Service
from ..core.errors import UserError
from ..core.i18n import QT_TRANSLATE_NOOP, Text
from ..core.model import AccountStatus, Action, Category, PhoneNumber, Replacement
from ..core.plan import (
    GENERAL_REMOVE_STEPS,
    NEEDS_NUMBER_ADVICE,
    Group,
    Plan,
    PlanItem,
    action_text,
    build_plan,
    carrier_gate,
    clerk_sentence,
    item_name,
    progress_words,
    requirements_for,
)
from ..core.regional import paper_for_locale
from ..services.translations import LANGUAGE_NAMES, LANGUAGES, current_language, qm_path, translate
from ..storage.atomic import write_atomic
from .errors import show_problem
from .printing import (
    PAPER_BODY_PT,
    ask_pdf_path,
    ask_printer,
    make_document,
    point_units,
    printed_message,
    saved_message,
)
from .widgets import button, labelled, para, title

if TYPE_CHECKING:
    from ..storage.vault import Vault
    from .context import AppContext

BOX_URL = "ringoff-box:empty"
TICKED_URL = "ringoff-box:ticked"
LINES_URL = "ringoff-box:lines"
NOTES_WIDTH_PT = 470  # fits A4 and Letter with the usual margins
NOTE_GAP_PT = 30  # room to write by hand between the ruled lines
NOTE_LINES = 2
STEP_INDENT_PT = round(PAPER_BODY_PT * 2.6)  # the box and "1." hang left of the text
OBJECT_CHAR = "\ufffc"  # an inline image (a tick box) in a block's text

TITLE = QT_TRANSLATE_NOOP("Checklist", "Checklist: moving accounts off a phone number")
_VISITS_IN_PERSON = QT_TRANSLATE_NOOP("Checklist", "Visits in person")
_FINISHED = QT_TRANSLATE_NOOP("Checklist", "Finished")
_ALREADY_STARTED = QT_TRANSLATE_NOOP("Checklist", "Already started.")
_WHAT_TO_BRING = QT_TRANSLATE_NOOP("Checklist", "What to bring:")
_STEPS = QT_TRANSLATE_NOOP("Checklist", "Steps:")


# --- words in the chosen language ----------------------------------------------------------


def translator_for(lang: str) -> Callable[[Text], str]:
    """Translate Texts into *lang*, which may differ from the language of the screens."""
    if lang == current_language():
        return translate
    if lang == "en":
        return lambda text: text.render()
    path = qm_path(lang)
    qt = QTranslator()
    if path is None or not qt.load(str(path)):
        return lambda text: text.render()

    def tr(text: Text) -> str:
        return text.render(qt.translate(text.context, text.source) or None)

    return tr


def date_in_words(d: date, lang: str) -> str:
    """ "Monday 7 January 2027" / "2027年1月7日 星期四"."""
    qd = QDate(d.year, d.month, d.day)
    if lang == "zh_CN":
        return QLocale(QLocale.Language.Chinese, QLocale.Country.China).toString(
            qd, "yyyy年M月d日 dddd"
        )
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom).toString(
        qd, "dddd d MMMM yyyy"
    )


def _days_away(d: date, today: date) -> Text:
    days = (d - today).days
    if days == 0:
        return QT_TRANSLATE_NOOP("Checklist", "today")
    if days == 1:
        return QT_TRANSLATE_NOOP("Checklist", "tomorrow")
    if days > 1:
        return QT_TRANSLATE_NOOP("Checklist", "in {days} days").format(days=days)
    if days == -1:
        return QT_TRANSLATE_NOOP("Checklist", "yesterday")
    return QT_TRANSLATE_NOOP("Checklist", "{days} days ago").format(days=-days)


def _number_text(e164: str, region: str, whole: bool) -> str:
    return phone.display(e164, region) if whole else phone.masked(e164, region)


# --- the document ---------------------------------------------------------------------------


def _e(text: str) -> str:
    return html.escape(text)


def _image_px(points: float) -> int:
    """An <img> size for *points* on paper: Qt scales image sizes by the layout device's dpi
    over the screen's logical dpi (qt_defaultDpi), so undo that here."""
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
    return round(points * dpi / 72)


def _box(ticked: bool = False) -> str:
    size = _image_px(PAPER_BODY_PT)
    url = TICKED_URL if ticked else BOX_URL
    return f"<img src='{url}' width='{size}' height='{size}' style='vertical-align: middle'/>"


def _tick_line(
    text: str, ticked: bool = False, number: int | None = None, tight: bool = False
) -> str:
    prefix = f"{number}.&nbsp;" if number is not None else ""
    css = "step tight" if tight else "step"
    return f"<p class='{css}'>{_box(ticked)}&nbsp;&nbsp;{prefix}{_e(text)}</p>"


def _guide_steps(
    item: PlanItem, catalog: Catalog, lang: str, tr: Callable[[Text], str] | None = None
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], Service | None]:
    """(requirement codes, steps, fallback steps, the service the guide came from) for the
    plan's action of *item* (never "change" without a number to change to)."""
    service = item.service
    if service is None:
        kind = item.account.kind
        service = catalog.generic(kind) if kind is not None else None
        service = service or catalog.generic("app")
    if service is None:
        return (), (), (), None
    guide = service.action(item.action)
    if guide is None and item.action is Action.REMOVE:
        words = tr or (lambda t: t.render())
        steps = tuple(words(t) for t in GENERAL_REMOVE_STEPS)
        return ("login_password",), steps, (), service
    if guide is None and item.action is Action.CLOSE:
        stand_in = catalog.generic(service.category) or catalog.generic("app")
        guide = stand_in.action(Action.CLOSE) if stand_in is not None else None
        if guide is not None:
            service = stand_in
    if guide is None and item.target is not None:
        guide = service.action(service.default_action)
    if guide is None:
        return (), (), (), service
    use_fallback = item.account.use_fallback and guide.has_fallback
    steps = guide.steps_for(lang, fallback=use_fallback)
    fallback = () if use_fallback else guide.steps_for(lang, fallback=True)
    return guide.requires_for(use_fallback), steps, fallback, service


def is_visit(item: PlanItem, catalog: Catalog, lang: str) -> bool:
    """Whether *item* is done at a counter: its path needs a visit in person, or it is a bank
    the catalog does not know (added by name as a bank: the counter is the sure way)."""
    requires, _, _, _ = _guide_steps(item, catalog, lang)
    if "in_person" in requires:
        return True
    return item.service is None and item.account.kind in (Category.BANK, Category.FINANCE)


def _is_bank(item: PlanItem) -> bool:
    category = item.service.category if item.service is not None else item.account.kind
    return category in (Category.BANK, Category.FINANCE)


def _visits(plan: Plan, catalog: Catalog, lang: str) -> tuple[list[str], list[str]]:
    """Names of the banks, and of the other places, that need a visit in person."""
    banks: list[str] = []
    others: list[str] = []
    for item in plan.remaining:
        if not is_visit(item, catalog, lang):
            continue
        (banks if _is_bank(item) else others).append(item_name(item, lang))
    return banks, others


PAGE_BREAK = " style='page-break-before: always'"


def checklist_html(
    number: PhoneNumber,
    person_name: str,
    plan: Plan,
    catalog: Catalog,
    lang: str,
    today: date,
    *,
    whole_number: bool = False,
) -> str:
    """The checklist for *number* as rich text, in *lang* (catalog steps and labels alike).

    Page one: whose number, the dates, the number to change to, progress, the list of visits
    and the gate before the phone company. Then one page for each visit to a bank or an office
    (what to bring, the number to change to, a sentence for the clerk, the steps), then the
    steps in the apps on pages of their own, then what is finished."""
    tr = translator_for(lang)
    parts: list[str] = [f"<h1>{_e(tr(TITLE))}</h1>"]

    shown = _number_text(number.e164, number.region, whole_number)
    whose = QT_TRANSLATE_NOOP("Checklist", "{person}: phone number {number}").format(
        person=person_name, number=shown
    )
    parts.append(f"<p class='big'><b>{_e(tr(whose))}</b></p>")
    if number.cancel_on is not None:
        when = QT_TRANSLATE_NOOP("Checklist", "To be cancelled on {date} ({away}).").format(
            date=date_in_words(number.cancel_on, lang), away=tr(_days_away(number.cancel_on, today))
        )
    else:
        when = QT_TRANSLATE_NOOP("Checklist", "No cancellation date has been set yet.")
    parts.append(f"<p>{_e(tr(when))}</p>")
    target = number.target
    if target is not None:
        new_shown = _number_text(target, number.region, whole_number)
        if number.replaced_by is Replacement.FAMILY:
            new = QT_TRANSLATE_NOOP(
                "Checklist", "Change the accounts to {whose}'s number: {number}"
            ).format(whose=number.replacement_name, number=new_shown)
        else:
            new = QT_TRANSLATE_NOOP("Checklist", "The new number: {number}").format(
                number=new_shown
            )
    else:
        new = QT_TRANSLATE_NOOP(
            "Checklist",
            "No number replaces this one: remove it from each account, or close the account "
            "where a number is needed.",
        )
    parts.append(f"<p class='big'><b>{_e(tr(new))}</b></p>")
    parts.append(f"<p><b>{_e(tr(progress_words(plan)))}</b></p>")
    printed = QT_TRANSLATE_NOOP(
        "Checklist", "Printed on {date}. Tick each box when a step is done."
    ).format(date=date_in_words(today, lang))
    parts.append(f"<p class='small'>{_e(tr(printed))}</p>")

    banks, others = _visits(plan, catalog, lang)
    if banks or others:
        parts.append(f"<h3>{_e(tr(_VISITS_IN_PERSON))}</h3>")
        if banks:
            bring = QT_TRANSLATE_NOOP(
                "Checklist", "Bank visits: bring your ID card and these cards:"
            )
            parts.append(f"<p><b>{_e(tr(bring))}</b></p>")
            parts += [_tick_line(name) for name in banks]
        if others:
            other = QT_TRANSLATE_NOOP("Checklist", "Other visits: bring your ID card to:")
            parts.append(f"<p><b>{_e(tr(other))}</b></p>")
            parts += [_tick_line(name) for name in others]
    gate = carrier_gate(plan)
    if gate is not None and any(i.group is Group.CARRIER for i in plan.remaining):
        parts.append(f"<p><b>{_e(tr(gate))}</b></p>")

    remaining = plan.remaining
    if not remaining and plan.items:
        all_done = QT_TRANSLATE_NOOP("Checklist", "Nothing left to do for this number.")
        parts.append(f"<h3>{_e(tr(all_done))}</h3>")
    numbered = list(enumerate(remaining, start=1))
    carrier = [(n, i) for n, i in numbered if i.group is Group.CARRIER]
    numbered = [(n, i) for n, i in numbered if i.group is not Group.CARRIER]
    at_counter = {n for n, i in numbered if is_visit(i, catalog, lang)}
    visits = [(n, i) for n, i in numbered if n in at_counter]
    apps = [(n, i) for n, i in numbered if n not in at_counter]
    for index, item in visits:  # one page each
        parts += _section(index, item, number, catalog, lang, tr, whole_number, visit=True)
    if apps:
        heading = QT_TRANSLATE_NOOP("Checklist", "Steps in the apps")
        parts.append(f"<h1{PAGE_BREAK}>{_e(tr(heading))}</h1>")
        for index, item in apps:
            parts += _section(index, item, number, catalog, lang, tr, whole_number, visit=False)
    for index, item in carrier:  # the phone company last, on its own page, behind the gate
        visit = is_visit(item, catalog, lang)
        section = _section(
            index, item, number, catalog, lang, tr, whole_number, visit=visit, own_page=True
        )
        if gate is not None:
            section.insert(1, f"<p><b>{_e(tr(gate))}</b></p>")
        parts += section

    done = [item_name(i, lang) for i in plan.items if i.account.status is AccountStatus.DONE]
    cannot = [i for i in plan.items if i.account.status is AccountStatus.CANNOT]
    if done or cannot:
        parts.append(f"<h3>{_e(tr(_FINISHED))}</h3>")
    sep = "、" if lang == "zh_CN" else ", "
    if done:
        line = QT_TRANSLATE_NOOP("Checklist", "Already done: {names}.").format(names=sep.join(done))
        parts.append(f"<p>{_e(tr(line))}</p>")
    for item in cannot:
        reason = item.account.reason.strip()
        line = (
            QT_TRANSLATE_NOOP("Checklist", "Could not be done: {name} ({reason}).").format(
                name=item_name(item, lang), reason=reason
            )
            if reason
            else QT_TRANSLATE_NOOP("Checklist", "Could not be done: {name}.").format(
                name=item_name(item, lang)
            )
        )
        parts.append(f"<p>{_e(tr(line))}</p>")
    return "\n".join(parts)


def _section(
    index: int,
    item: PlanItem,
    number: PhoneNumber,
    catalog: Catalog,
    lang: str,
    tr: Callable[[Text], str],
    whole_number: bool,
    *,
    visit: bool,
    own_page: bool = False,
) -> list[str]:
    requires, steps, fallback, _service = _guide_steps(item, catalog, lang, tr)
    brk = PAGE_BREAK if visit or own_page else ""
    out = [f"<h2{brk}>{index}. {_e(item_name(item, lang))}</h2>"]
    if not visit:  # on a visit page the sentence for the clerk says it, with the numbers
        what = action_text(item, lang, number.region, whole_number)
        line = QT_TRANSLATE_NOOP("Checklist", "What to do: {what}").format(what=tr(what))
        out.append(f"<p><b>{_e(tr(line))}</b></p>")
    if item.needs_number:
        advice = NEEDS_NUMBER_ADVICE.format(name=item_name(item, lang))
        out.append(f"<p>{_e(tr(advice))}</p>")
    if visit:
        show = tr(QT_TRANSLATE_NOOP("Checklist", "Show this to the clerk:"))
        sentence = tr(clerk_sentence(item, number, whole_number))
        out.append(f"<p class='clerk'><b>{_e(show)}</b><br/>{_e(sentence)}</p>")
    if item.account.status is AccountStatus.IN_PROGRESS:
        out.append(f"<p>{_e(tr(_ALREADY_STARTED))}</p>")
    if item.account.use_fallback:
        old_gone = QT_TRANSLATE_NOOP(
            "Checklist", "The old number no longer works: these are the steps."
        )
        out.append(f"<p>{_e(tr(old_gone))}</p>")
    words = requirements_for(item, requires, number)
    if words:
        out.append(f"<p><b>{_e(tr(_WHAT_TO_BRING))}</b></p><ul>")
        out += [f"<li>{_e(tr(w))}</li>" for w in words]
        out.append("</ul>")
    if steps:
        out.append(f"<p><b>{_e(tr(_STEPS))}</b></p>")
        checked = item.account.checked_steps
        out += [
            _tick_line(step, ticked=(n - 1) in checked, number=n, tight=visit)
            for n, step in enumerate(steps, start=1)
        ]
    else:
        no_guide = QT_TRANSLATE_NOOP(
            "Checklist", "No step-by-step guide: look in the app's settings for the phone number."
        )
        out.append(f"<p>{_e(tr(no_guide))}</p>")
    if fallback and not visit:  # at the counter the clerk checks the ID card instead
        joiner = "" if lang == "zh_CN" else " "
        label = tr(QT_TRANSLATE_NOOP("Checklist", "If the old number no longer works:"))
        out.append(f"<p class='fallback'><b>{_e(label)}</b> {_e(joiner.join(fallback))}</p>")
    if visit:  # room to write what the clerk said
        notes = tr(QT_TRANSLATE_NOOP("Checklist", "Notes:"))
        out.append(
            f"<p class='notes'>{_e(notes)}<br/><img src='{LINES_URL}' "
            f"width='{_image_px(NOTES_WIDTH_PT)}' "
            f"height='{_image_px(NOTE_LINES * NOTE_GAP_PT)}'/></p>"
        )
    return out


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


def page_layout_for(paper: str = "a4") -> QPageLayout:
    """Portrait A4 or US Letter with 18 mm margins."""
    size = QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4
    return QPageLayout(
        QPageSize(size),
        QPageLayout.Orientation.Portrait,
        QMarginsF(18, 18, 18, 18),
        QPageLayout.Unit.Millimeter,
    )


def a4_layout() -> QPageLayout:
    return page_layout_for("a4")


def system_paper() -> str:
    """The paper the system uses: LC_ALL, else LC_PAPER, else LANG on Linux and other Unix; the
    system locale's measurement system elsewhere (US customary units mean Letter)."""
    if sys.platform not in ("win32", "darwin"):
        for var in ("LC_ALL", "LC_PAPER", "LANG"):
            value = os.environ.get(var, "")
            if value and value not in ("C", "POSIX") and not value.startswith("C."):
                return paper_for_locale(value)
    system = QLocale.system()
    if system.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return "letter"
    return paper_for_locale(system.name())


_HEADINGS = (1, 2, 3)


def _is_notes(block: object) -> bool:
    """The "Notes:" paragraph with its ruled lines (the only image that does not start a
    block: the tick boxes always do)."""
    text = block.text()  # type: ignore[attr-defined]
    return OBJECT_CHAR in text and not text.startswith(OBJECT_CHAR)


def paginate(doc: QTextDocument, page_layout: QPageLayout) -> int:
    """Lay *doc* out in points on pages of *page_layout*, keeping each section's heading, what
    to bring and its step list on one page where they fit (see the module docstring).
    Returns the number of page breaks added.

    Speed: the positions of all sections are read from one layout, the page flow is then
    simulated (a break moves everything after it down to the next page top; a forced break
    starts a page whatever came before), and all breaks are set at once. Setting them one at a
    time and laying out again after each took seconds for a few hundred accounts. A check
    pass after the real layout catches what the simulation got wrong (at most a few passes)."""
    point_units(doc)
    rect = page_layout.paintRect(QPageLayout.Unit.Point)
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    page = doc.pageSize().height()
    layout = doc.documentLayout()
    # The units to keep whole: from a level-2 heading to the next heading; when that is longer
    # than a page, from the heading down to its last tick line.
    units = []
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() != 2:
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
    added = 0
    for _ in range(4):
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
        if cut:  # the blocks changed: find the units again
            return added + paginate(doc, page_layout)
    return added


def checklist_pdf(body_html: str, lang: str, title_text: str, paper: str = "a4") -> bytes:
    """The checklist as PDF bytes on A4 or Letter (the same settings as printing.write_pdf)."""
    doc = checklist_document(body_html, lang)
    page_layout = page_layout_for(paper)
    paginate(doc, page_layout)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title_text)
    writer.setCreator("Ringoff")
    writer.setResolution(300)
    writer.setPageLayout(page_layout)
    doc.print_(writer)  # print_ ends its painter, which finishes the PDF
    buffer.close()
    return bytes(buffer.data().data())


def save_checklist_pdf(
    body_html: str, lang: str, path: Path, title_text: str, paper: str = "a4"
) -> None:
    """Write the checklist to *path*: made in memory, then written atomically with mode 0600
    (a temporary file in the same folder renamed over *path*; storage.atomic.write_atomic)."""
    write_atomic(path, checklist_pdf(body_html, lang, title_text, paper))


def ensure_gui_application() -> QCoreApplication:
    """The running application, or a new QGuiApplication for the command line: fonts and
    PDF writing need one. Without a display, Qt's "offscreen" platform is used."""
    app = QCoreApplication.instance()
    if app is not None:
        return app
    has_display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if not has_display and sys.platform not in ("win32", "darwin"):
        if not os.environ.get("QT_QPA_PLATFORM"):  # unset, or set to nothing
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
    made = QGuiApplication(["ringoff"])
    from ..services.translations import install_on_application

    install_on_application()
    return made


# --- building it from the vault -------------------------------------------------------------


def checklist_for(
    vault: Vault, catalog: Catalog, number_id: str, lang: str, today: date, whole_number: bool
) -> str:
    """:func:`checklist_html` for a number of an open vault (used by the dialog and the CLI)."""
    number = vault.number(number_id)
    people = {p.id: p.name for p in vault.people()}
    plan = build_plan(number, vault.accounts(number.id), catalog, today)
    return checklist_html(
        number,
        people.get(number.person_id, ""),
        plan,
        catalog,
        lang,
        today,
        whole_number=whole_number,
    )


def checklist_title(lang: str) -> str:
    return translator_for(lang)(TITLE)


# --- the dialog -----------------------------------------------------------------------------


class ChecklistDialog(QDialog):
    """Choose the language and whether the whole number shows, then print or save a PDF."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, number_id: str) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.number_id = number_id
        self.setWindowTitle(self.tr("Print the checklist"))
        self.setAccessibleName(self.tr("Print the checklist"))
        lay = QVBoxLayout(self)
        lay.addWidget(title(self.tr("Print the checklist"), 1.3))
        lay.addWidget(
            para(
                self.tr(
                    "A large-print list of what is left to do for this number: what to bring, "
                    "each step with a box to tick, and room for notes. Take it to the bank."
                )
            )
        )
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.lang)))
        lay.addWidget(labelled(self.tr("&Language on paper:"), self.language))
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter (US and Canada)"), "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(system_paper())))
        self.paper.setAccessibleName(self.tr("Paper size"))
        lay.addWidget(labelled(self.tr("&Paper size:"), self.paper))
        self.whole = QCheckBox(self.tr("Show the &whole number on paper"))
        self.whole.setAccessibleName(self.tr("Show the whole number on paper"))
        lay.addWidget(self.whole)
        lay.addWidget(
            para(
                self.tr("Without it, the middle digits are hidden, like 138 **** 5678."),
                hint=True,
            )
        )
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("What happened"))
        lay.addWidget(self.status)
        buttons = QHBoxLayout()
        self.print_button = button(self.tr("Print…"), primary=True)
        self.save_button = button(self.tr("Save as PDF…"))
        self.close_button = button(self.tr("Close"))
        for b in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.accept)
        self.setTabOrder(self.language, self.paper)
        self.setTabOrder(self.paper, self.whole)
        self.setTabOrder(self.whole, self.print_button)
        self.setTabOrder(self.print_button, self.save_button)
        self.setTabOrder(self.save_button, self.close_button)

    def initial_focus(self) -> QWidget:
        return self.print_button

    @property
    def lang(self) -> str:
        return str(self.language.currentData())

    def html(self) -> str:
        lang = self.lang
        ctx = self.ctx
        return checklist_for(
            ctx.session.vault,
            ctx.catalog,
            self.number_id,
            lang,
            ctx.today(),
            self.whole.isChecked(),
        )

    def save_to(self, path: Path) -> None:
        """Write the PDF to *path* (the seam tests use instead of the file dialog)."""
        try:
            paper = str(self.paper.currentData())
            save_checklist_pdf(self.html(), self.lang, path, checklist_title(self.lang), paper)
        except OSError as exc:
            show_problem(
                self,
                UserError(
                    QT_TRANSLATE_NOOP(
                        "Checklist", "The checklist could not be saved to {path}: {reason}"
                    ).format(path=str(path), reason=exc.strerror or str(exc))
                ),
            )
            return
        self.status.setText(saved_message(path))

    def save(self) -> None:
        path = ask_pdf_path(
            self, self.tr("Save the checklist"), self.tr("Ringoff checklist") + ".pdf"
        )
        if path is not None:
            self.save_to(path)

    def print_(self) -> None:
        printer = ask_printer(self)
        if printer is not None:
            self.print_to(printer)

    def print_to(self, printer: QPagedPaintDevice) -> None:
        doc = checklist_document(self.html(), self.lang)
        paginate(doc, printer.pageLayout())
        doc.print_(printer)
        self.status.setText(printed_message(printer))
