"""The Emergency Kit: one page with the recovery key, where the vault and its backups are, and
what to do when the passphrase is forgotten.

Made as PDF bytes (A4, like every page Ringoff prints) so the caller writes the file at once;
the window's dialog (ui/printing.py) prints or saves it.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtGui import QTextDocument

from ..core.i18n import QT_TRANSLATE_NOOP
from ..services.translations import translate
from .document import a4_layout, lay_out_on, make_document, pdf_bytes


def h(text: str) -> str:
    return html.escape(text)


KIT_TITLE = QT_TRANSLATE_NOOP("EmergencyKit", "Ringoff Emergency Kit")


def emergency_kit_html(
    recovery_key: str, vault_path: Path, key_path: Path, backups_dir: Path
) -> str:
    """The Emergency Kit in the language of the screens: the recovery key, where the vault,
    its key file (*key_path*) and its backups are, and what to do after a forgotten passphrase."""
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
        f"<p>{h(t(key_file))}<br/><span class='small'>{h(str(key_path))}</span></p>",
        f"<p>{h(t(backups))}<br/><span class='small'>{h(str(backups_dir))}</span></p>",
        f"<h2>{h(t(forgot))}</h2>",
        "<ol>",
        *(f"<li>{h(t(step))}</li>" for step in steps),
        "</ol>",
        f"<p class='small'>{h(t(moving))}</p>",
    ]
    return "\n".join(parts)


def kit_document(body_html: str, lang: str) -> QTextDocument:
    """The kit's text as a document in the paper fonts of *lang* (for a printer)."""
    return make_document(body_html, lang)


def kit_pdf(body_html: str, lang: str) -> bytes:
    """The kit as the bytes of a PDF on A4 with generous margins."""
    doc = kit_document(body_html, lang)
    page_layout = a4_layout()
    lay_out_on(doc, page_layout)
    return pdf_bytes(doc, page_layout, translate(KIT_TITLE))
