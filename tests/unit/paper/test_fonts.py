"""Why the printed Chinese reads back (and searches) as written: the font Ringoff prints with
must not share glyphs between common characters and their Kangxi radical look-alikes.

Qt's PDF writer builds the text layer's ToUnicode map by going from each glyph back to a
character of the font's cmap. Noto Sans CJK (and Source Han) draw 工 U+5DE5 and ⼯ U+2F2F with
the same glyph, so the way back may land on the radical and pdftotext reads "⼯". A font with no
glyph for the radicals (WenQuanYi Micro Hei) has only one way back.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QRawFont

from ringoff.paper.fonts import paper_cjk_family

PAIRS = [("工", "\u2f2f"), ("行", "\u2f8f"), ("月", "\u2f49"), ("日", "\u2f47"), ("手", "\u2f3f")]


def _glyphs(font: QRawFont, text: str) -> list[int]:
    return list(font.glyphIndexesForString(text))


def test_the_paper_font_keeps_radicals_apart(qapp: object) -> None:
    family = paper_cjk_family()
    if family is None:
        pytest.skip("no Chinese font installed")
    raw = QRawFont.fromFont(QFont(family, 16))
    assert raw.isValid()
    for common, radical in PAIRS:
        glyph = _glyphs(raw, common)
        assert glyph != [0], f"{family} has no glyph for {common}"
        assert _glyphs(raw, radical) != glyph, f"{family} draws {common} and {radical} alike"


def test_noto_is_the_trap(qapp: object) -> None:
    raw = QRawFont.fromFont(QFont("Noto Sans CJK SC", 16))
    if not raw.isValid() or "Noto" not in raw.familyName():
        pytest.skip("Noto Sans CJK is not installed")
    assert _glyphs(raw, "工") == _glyphs(raw, "\u2f2f")  # the shared glyph behind "⼯"
