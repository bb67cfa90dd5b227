"""The look of Ringoff: a small palette-based style instead of a giant stylesheet.

* Fonts: the system font, with an explicit Simplified Chinese font for zh_CN (so Chinese renders
  in Simplified forms, not a Japanese fallback), scaled by the text-size setting. Every widget
  inherits the application font, and sizes in this module are multiples of it, so "large" and
  "larger" really scale every screen.
* Colours: state colours that keep strong contrast in light and dark mode, always shown with
  words beside them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QWidget

BASE_POINT_SIZE = 11.0  # body text at normal size (users.md: at least 11 pt)
SCALES = {"normal": 1.0, "large": 1.3, "larger": 1.6}

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


@dataclass(frozen=True)
class StateColours:
    red: QColor
    amber: QColor
    green: QColor
    grey: QColor
    blue: QColor


def is_dark(palette: QPalette | None = None) -> bool:
    pal = palette or QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def state_colours() -> StateColours:
    if is_dark():
        return StateColours(
            red=QColor("#ff8a80"),
            amber=QColor("#ffd180"),
            green=QColor("#9be7a0"),
            grey=QColor("#c0c0c0"),
            blue=QColor("#90caf9"),
        )
    return StateColours(
        red=QColor("#b3261e"),
        amber=QColor("#8a5300"),
        green=QColor("#1b6e2a"),
        grey=QColor("#555555"),
        blue=QColor("#0b57d0"),
    )


def cjk_family() -> str | None:
    families = set(QFontDatabase.families())
    for name in CJK_FONTS:
        if name in families:
            return name
    return None


def app_font(lang: str, text_size: str) -> QFont:
    font = QFont(QGuiApplication.font())
    if lang == "zh_CN":
        family = cjk_family()
        if family:
            font.setFamilies([family, *font.families()])
    font.setPointSizeF(BASE_POINT_SIZE * SCALES.get(text_size, 1.0))
    return font


class ScaledStyle(QProxyStyle):
    """The platform style, with tick boxes and radio buttons as large as the text.

    Styles size these indicators in fixed pixels, so without this a person who chose larger
    text gets large words beside a tiny box. Cheaper than an application style sheet.
    """

    _SCALED = frozenset(
        {
            QStyle.PixelMetric.PM_IndicatorWidth,
            QStyle.PixelMetric.PM_IndicatorHeight,
            QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
            QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
        }
    )

    def __init__(self) -> None:
        super().__init__()
        self.indicator = 13

    def pixelMetric(self, metric: QStyle.PixelMetric, option=None, widget=None) -> int:  # type: ignore[no-untyped-def]  # noqa: N802
        if metric in self._SCALED:
            return self.indicator
        return super().pixelMetric(metric, option, widget)


def apply(app: QApplication, lang: str, text_size: str) -> None:
    """Set the application font and palette tweaks; call again when a setting changes."""
    app.setFont(app_font(lang, text_size))
    scaled_style = app.style()
    if not isinstance(scaled_style, ScaledStyle):
        scaled_style = ScaledStyle()
        app.setStyle(scaled_style)
    from PySide6.QtGui import QFontMetrics

    scaled_style.indicator = max(13, int(QFontMetrics(app.font()).height() * 0.85))
    palette = app.palette()
    if not is_dark(palette):
        # Stronger contrast than most default light themes: near-black text on white.
        # Active and inactive only: disabled widgets keep the theme's grey, so they look it.
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.WindowText, QColor("#1a1a1a"))
            palette.setColor(group, QPalette.ColorRole.Text, QColor("#111111"))
            palette.setColor(group, QPalette.ColorRole.Base, QColor("#ffffff"))
    app.setPalette(palette)
    from . import fit

    fit.install(app)  # every window and dialog fits the screen at this text size
    from . import focus

    focus.install(app)  # a strong focus ring on every control
    # No application style sheet: it makes every widget polish through QStyleSheetStyle, which
    # cost ~60 ms before the first window here. Sizes come from widgets.py (in em) instead.


def scaled(widget: QWidget | None, factor: float) -> QFont:
    """A font *factor* times the application font (headings: 1.6, titles: 1.25...)."""
    base = QFont(widget.font() if widget is not None else QGuiApplication.font())
    base.setPointSizeF(QGuiApplication.font().pointSizeF() * factor)
    return base


def heading(widget: QWidget, factor: float = 1.6, bold: bool = True) -> None:
    font = scaled(widget, factor)
    font.setBold(bold)
    widget.setFont(font)


def em(widget: QWidget | None = None) -> int:
    """One 'em' in pixels for the current application font (for spacing and icon sizes)."""
    from PySide6.QtGui import QFontMetrics

    font = widget.font() if widget is not None else QGuiApplication.font()
    return QFontMetrics(font).height()


def colour_label(widget: QWidget, colour: QColor, bold: bool = True) -> None:
    """Coloured text. Both roles: inside a Card (background role Base) labels draw with Text."""
    pal = widget.palette()
    pal.setColor(QPalette.ColorRole.WindowText, colour)
    pal.setColor(QPalette.ColorRole.Text, colour)
    widget.setPalette(pal)
    if bold:
        f = widget.font()
        f.setBold(True)
        widget.setFont(f)


def mark_primary(button: QWidget) -> None:
    """The one main action of a screen: bold, and the default button."""
    font = button.font()
    font.setBold(True)
    button.setFont(font)


def hint_colour(widget: QWidget) -> None:
    """Secondary text: the palette's placeholder colour (readable in light and dark mode)."""
    pal = widget.palette()
    pal.setColor(
        QPalette.ColorRole.WindowText,
        QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText),
    )
    widget.setPalette(pal)
