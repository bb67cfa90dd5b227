"""Paper: documents built as rich text and printed or saved as PDF with Qt's own printing.

No PDF library: QTextDocument lays the text out and QPdfWriter (or the window's QPrinter)
renders it. For Chinese, the document's font is an explicit Simplified Chinese family
(fonts.paper_font) so the PDF embeds a CJK font whose text layer extracts correctly (checked
with pdftotext in tests). Large type: body text is 16 pt or more on paper (users.md).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QIODevice,
    QLocale,
    QMarginsF,
    QSizeF,
    QTranslator,
)
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from ..core.i18n import Text
from ..core.regional import paper_for_locale
from ..services.translations import current_language, qm_path, translate
from .fonts import PAPER_BODY_PT, PAPER_TITLE_PT, paper_font

# --- the document ---------------------------------------------------------------------------


def make_document(body_html: str, lang: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(paper_font(lang))
    doc.setDefaultStyleSheet(
        f"""
        h1 {{ font-size: {PAPER_TITLE_PT}pt; font-weight: bold; margin-bottom: 8pt; }}
        h2 {{ font-size: 20pt; font-weight: bold; margin-top: 18pt; margin-bottom: 6pt; }}
        p, li {{ font-size: {PAPER_BODY_PT}pt; line-height: 130%; }}
        .key {{ font-family: 'DejaVu Sans Mono', 'Consolas', monospace; font-size: 20pt;
                font-weight: bold; }}
        .box {{ border: 2px solid black; padding: 10pt; }}
        .small {{ font-size: 13pt; }}
        """
    )
    doc.setHtml(body_html)
    return doc


def point_units(doc: QTextDocument) -> None:
    """Make one layout unit one point, so 16 pt text is 16 pt on paper (without a 72 dpi
    device the layout uses the screen's 96 dpi and print() scales everything up by a third)."""
    device = QImage(1, 1, QImage.Format.Format_RGB32)
    device.setDotsPerMeterX(round(72 / 0.0254))
    device.setDotsPerMeterY(round(72 / 0.0254))
    doc.documentLayout().setPaintDevice(device)
    doc._ringoff_device = device  # type: ignore[attr-defined]  # lives as long as the document


def lay_out_on(doc: QTextDocument, page_layout: QPageLayout) -> None:
    """Lay *doc* out in points on the printable area of *page_layout* (print() paginates)."""
    point_units(doc)
    rect = page_layout.paintRect(QPageLayout.Unit.Point)
    doc.setPageSize(QSizeF(rect.width(), rect.height()))


# --- pages and PDF --------------------------------------------------------------------------


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


def pdf_bytes(doc: QTextDocument, page_layout: QPageLayout, title_text: str) -> bytes:
    """*doc*, already laid out on *page_layout*, as the bytes of a PDF (made in memory, so the
    caller writes the file at once and atomically)."""
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


def ensure_gui_application() -> QCoreApplication:
    """The running application, or a new QGuiApplication for the command line: fonts and
    PDF writing need one (never QApplication: paper needs no widgets). Without a display, Qt's
    "offscreen" platform is used."""
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
