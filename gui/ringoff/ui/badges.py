"""Beside every service: a coloured initial and its kind's symbol (never a brand logo).

users.md: "No brand logos (trademarks): category icons and a coloured initial for each
service". The colour says the kind (banks blue, payment green, government red...), the white
initial is at least 4.5:1 on it, and a small symbol in the corner repeats the kind for people
who do not tell colours apart. Icons are drawn once per (initial, kind, size) and cached.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPixmap

#: kind -> (badge colour, symbol). Symbols are in the fonts every system ships (BMP only).
KINDS: dict[str, tuple[str, str]] = {
    "bank": ("#1f5fa8", "⌂"),
    "payment": ("#1b6e2a", "¥"),
    "finance": ("#2e6b30", "%"),
    "government": ("#8b1a1a", "⚖"),
    "social": ("#6f3597", "☺"),
    "messaging": ("#00695c", "✆"),
    "email": ("#8a4b00", "@"),
    "shopping": ("#a0305f", "✦"),
    "travel": ("#005f86", "✈"),
    "transport": ("#3d5a80", "⇆"),
    "food": ("#8a5300", "☕"),
    "entertainment": ("#6a1b9a", "♫"),
    "games": ("#4a4a9a", "♞"),
    "cloud": ("#2f6690", "☁"),
    "telecom": ("#5d4037", "☎"),
    "device": ("#455a64", "⚙"),
    "health": ("#b3261e", "✚"),
    "education": ("#1559a8", "✎"),
    "work": ("#4e5d6c", "⚒"),
    "other": ("#555555", "•"),
}


def kind_colour(kind: str) -> QColor:
    return QColor(KINDS.get(kind, KINDS["other"])[0])


#: Openings shared by many Chinese names: the badge shows the character after them instead
#: (中国工商银行 -> 工, 中国建设银行 -> 建), as people shorten them (工行, 建行).
_COMMON_OPENINGS = ("中国", "中华")


def initial(name: str) -> str:
    """The first letter or character of a name, as people would write it on a badge."""
    name = name.strip()
    for opening in _COMMON_OPENINGS:
        if name.startswith(opening) and len(name) > len(opening) + 1:
            name = name[len(opening) :]
            break
    for char in name:
        if char.isalnum():
            return char.upper()
    return "?"


@lru_cache(maxsize=512)
def _pixmap(letter: str, kind: str, size: int, ratio: float) -> QPixmap:
    colour, symbol = KINDS.get(kind, KINDS["other"])
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    body = QRectF(0, 0, size * 0.86, size * 0.86)
    painter.drawRoundedRect(body, size * 0.2, size * 0.2)
    font = QFont(QGuiApplication.font())
    font.setBold(True)
    font.setPixelSize(max(6, int(size * 0.5)))
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(body, int(Qt.AlignmentFlag.AlignCenter), letter)
    # The kind's symbol in a white disc at the corner.
    disc = QRectF(size * 0.5, size * 0.5, size * 0.5, size * 0.5)
    painter.setPen(QColor(colour))
    painter.setBrush(QColor("#ffffff"))
    painter.drawEllipse(disc.adjusted(0.5, 0.5, -0.5, -0.5))
    font.setBold(False)
    font.setPixelSize(max(5, int(size * 0.34)))
    painter.setFont(font)
    painter.drawText(disc, int(Qt.AlignmentFlag.AlignCenter), symbol)
    painter.end()
    return pixmap


def service_icon(name: str, kind: str, size: int | None = None) -> QIcon:
    """The badge for a service called *name* of category *kind* ("bank", "payment"...)."""
    from PySide6.QtGui import QFontMetrics

    px = size or int(QFontMetrics(QGuiApplication.font()).height() * 1.5)
    app = QGuiApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
    return QIcon(_pixmap(initial(name), kind, px, ratio))


def service_icon_size() -> QSize:
    from PySide6.QtGui import QFontMetrics

    px = int(QFontMetrics(QGuiApplication.font()).height() * 1.5)
    return QSize(px, px)
