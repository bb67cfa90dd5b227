"""The fonts on paper: large type (16 pt body text, users.md), and for Chinese a Simplified
Chinese family whose PDF text layer reads back right (see paper/checklist_layout.py).

The list of Chinese fonts is the screen's too (ui/style.py takes it from here); paper only
moves the families that fail the PDF text check to the end.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

PAPER_BODY_PT = 16
PAPER_TITLE_PT = 26

# Simplified Chinese fonts by platform, best first. The first installed one wins.
CJK_FONTS = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Noto Sans SC",
)

# Paper prefers CJK fonts whose PDF text layer reads back right: Noto Sans CJK / Source Han map
# 工 行 月 日 ... to the same glyphs as the Kangxi radicals, and Qt's ToUnicode map then gives
# the radicals (⼯ ⾏ ⽉ ⽇), so searching the PDF fails; WenQuanYi Micro Hei reads back exactly
# (see paper/checklist_layout.py). The screen order (CJK_FONTS) is kept otherwise.
PAPER_CJK_LAST = ("Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC")


def paper_cjk_family() -> str | None:
    installed = set(QFontDatabase.families())
    order = [f for f in CJK_FONTS if f not in PAPER_CJK_LAST] + list(PAPER_CJK_LAST)
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
