"""Paper: documents built as rich text and printed or saved as PDF with Qt's own printing.

No PDF library: QTextDocument lays the text out and QPdfWriter / QPrinter render it. For
Chinese, the document's font is an explicit Simplified Chinese family (style.cjk_family) so the
PDF embeds a CJK font whose text layer extracts correctly (checked with pdftotext in tests).

Large type: body text is 16 pt or more on paper (users.md: the elder reads large print).
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import QT_TRANSLATE_NOOP
from ..services.translations import translate
from ..storage.keys import key_file_path
from ..storage.vault import default_backups_dir
from . import style
from .widgets import button, para, title

PAPER_BODY_PT = 16
PAPER_TITLE_PT = 26


# Paper prefers CJK fonts whose PDF text layer reads back right: Noto Sans CJK / Source Han map
# 工 行 月 日 ... to the same glyphs as the Kangxi radicals, and Qt's ToUnicode map then gives
# the radicals (⼯ ⾏ ⽉ ⽇), so searching the PDF fails; WenQuanYi Micro Hei reads back exactly
# (see ui/checklist_print.py). The screen order (style.CJK_FONTS) is kept otherwise.
PAPER_CJK_LAST = ("Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC")


def paper_cjk_family() -> str | None:
    installed = set(QFontDatabase.families())
    order = [f for f in style.CJK_FONTS if f not in PAPER_CJK_LAST] + list(PAPER_CJK_LAST)
    return next((f for f in order if f in installed), None)


def paper_font(lang: str) -> QFont:
    font = QFont()
    families = []
    if lang == "zh_CN":
        family = paper_cjk_family()
        if family:
            families.append(family)
    families += ["DejaVu Sans", "Arial", "Helvetica"]
    font.setFamilies(families)
    font.setPointSizeF(PAPER_BODY_PT)
    # No "ff"/"fi" ligatures: the PDF text would hold U+FB00... and "Ringoff" would not be found.
    font.setFeature(QFont.Tag("liga"), 0)
    return font


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


def write_pdf(doc: QTextDocument, path: Path, title_text: str = "Ringoff") -> None:
    """Lay *doc* out on A4 with generous margins and write it to *path*."""
    writer = QPdfWriter(str(path))
    writer.setTitle(title_text)
    writer.setCreator("Ringoff")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    # Lay the text out in points on the printable area, then let print() paginate.
    point_units(doc)
    rect = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.print_(writer)


def ask_pdf_path(parent: QWidget, caption: str, file_name: str) -> Path | None:
    """Where to save a PDF (Qt's save dialog), or None when the person cancelled."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        caption,
        str(Path.home() / file_name),
        QCoreApplication.translate("Printing", "PDF files (*.pdf)"),
    )
    return Path(name) if name else None


def ask_printer(parent: QWidget) -> QPagedPaintDevice | None:
    """Qt's print dialog: the chosen printer, or None when the person cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def saved_message(path: Path) -> str:
    """What a person reads after a file was written: its name and the folder it is in."""
    return QCoreApplication.translate(
        "Printing", "Saved as “{name}” in the folder {folder}"
    ).format(name=path.name, folder=str(path.parent))


def printed_message(printer: QPagedPaintDevice) -> str:
    """The honest outcome of a print: Qt's dialog may have printed to a PDF file instead."""
    from PySide6.QtPrintSupport import QPrinter

    if isinstance(printer, QPrinter) and (
        printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName()
    ):
        return saved_message(Path(printer.outputFileName()))
    return QCoreApplication.translate("Printing", "Sent to the printer.")


def h(text: str) -> str:
    return html.escape(text)


# --- the Emergency Kit ---------------------------------------------------------------------

KIT_TITLE = QT_TRANSLATE_NOOP("EmergencyKit", "Ringoff Emergency Kit")


def emergency_kit_html(recovery_key: str, vault_path: Path, backups_dir: Path) -> str:
    t = translate
    keep_safe = QT_TRANSLATE_NOOP(
        "EmergencyKit",
        "Keep this page somewhere safe, with your important papers. Whoever has "
        "it can open your Ringoff vault: do not photograph it or send it to anyone.",
    )
    your_key = QT_TRANSLATE_NOOP("EmergencyKit", "Your recovery key")
    where = QT_TRANSLATE_NOOP("EmergencyKit", "Where your vault is")
    vault_file = QT_TRANSLATE_NOOP("EmergencyKit", "Vault file:")
    key_file = QT_TRANSLATE_NOOP("EmergencyKit", "Key file (beside it):")
    backups = QT_TRANSLATE_NOOP("EmergencyKit", "Backups:")
    forgot = QT_TRANSLATE_NOOP("EmergencyKit", "If you forget your passphrase")
    steps = [
        QT_TRANSLATE_NOOP("EmergencyKit", "Open Ringoff."),
        QT_TRANSLATE_NOOP(
            "EmergencyKit", "On the unlock screen, choose “Use my recovery key instead”."
        ),
        QT_TRANSLATE_NOOP(
            "EmergencyKit",
            "Type the recovery key above. Capital or small letters and spaces do not matter.",
        ),
        QT_TRANSLATE_NOOP(
            "EmergencyKit", "Then choose a new passphrase under Settings → Security."
        ),
    ]
    moving = QT_TRANSLATE_NOOP(
        "EmergencyKit",
        "On a new computer: copy the vault file (and its key file, if you have it) "
        "and open it with Ringoff. Without the key file, the recovery key still "
        "opens it.",
    )
    parts = [
        f"<h1>{h(t(KIT_TITLE))}</h1>",
        f"<p>{h(t(keep_safe))}</p>",
        f"<h2>{h(t(your_key))}</h2>",
        "<table class='box' width='100%'><tr><td><p class='key'>"
        f"{h(recovery_key.replace('-', ' '))}</p></td></tr></table>",
        f"<h2>{h(t(where))}</h2>",
        f"<p>{h(t(vault_file))}<br/><span class='small'>{h(str(vault_path))}</span></p>",
        f"<p>{h(t(key_file))}<br/>"
        f"<span class='small'>{h(str(key_file_path(vault_path)))}</span></p>",
        f"<p>{h(t(backups))}<br/><span class='small'>{h(str(backups_dir))}</span></p>",
        f"<h2>{h(t(forgot))}</h2>",
        "<ol>",
        *(f"<li>{h(t(step))}</li>" for step in steps),
        "</ol>",
        f"<p class='small'>{h(t(moving))}</p>",
    ]
    return "\n".join(parts)


class EmergencyKitDialog(QDialog):
    """Offers to save the Emergency Kit as a PDF or print it."""

    def __init__(self, ctx: object, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from .context import AppContext

        assert isinstance(ctx, AppContext)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Emergency Kit"))
        self.setAccessibleName(self.tr("Emergency Kit"))
        vault_path = ctx.session.vault_path
        backups = ctx.settings["backups_dir"] or str(default_backups_dir(vault_path))
        self.html = emergency_kit_html(recovery_key, vault_path, Path(backups))
        lay = QVBoxLayout(self)
        lay.addWidget(title(self.tr("Your Emergency Kit"), 1.3))
        lay.addWidget(
            para(
                self.tr(
                    "One page with your recovery key, where your vault is, and what to do if "
                    "you forget your passphrase. Print it, or save it as a PDF and print it later."
                )
            )
        )
        self.status = QLabel("")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        buttons = QHBoxLayout()
        self.print_button = button(self.tr("Print…"), primary=True)
        self.save_button = button(self.tr("Save as PDF…"))
        close = button(self.tr("Close"))
        for b in (self.print_button, self.save_button, close):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.accept)

    def document(self) -> QTextDocument:
        return make_document(self.html, self.ctx.lang)

    def save_to(self, path: Path) -> None:
        write_pdf(self.document(), path, translate(KIT_TITLE))
        self.status.setText(saved_message(path))

    def save(self) -> None:
        path = ask_pdf_path(self, self.tr("Save the Emergency Kit"), translate(KIT_TITLE) + ".pdf")
        if path is not None:
            self.save_to(path)

    def print_(self) -> None:
        printer = ask_printer(self)
        if printer is not None:
            self.document().print_(printer)
            self.status.setText(printed_message(printer))
