"""The look of Ringoff: a small palette-based style instead of a giant stylesheet.

* Fonts: the system font, with an explicit Simplified Chinese font for zh_CN (so Chinese renders
  in Simplified forms, not a Japanese fallback), scaled by the text-size setting. Every widget
  inherits the application font, and sizes in this module are multiples of it, so "large" and
  "larger" really scale every screen.
* Colours: state colours that keep strong contrast in light and dark mode, always shown with
  words beside them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from ..paper.fonts import CJK_FONTS  # one list for screen and paper

BASE_POINT_SIZE = 11.0  # body text at normal size (users.md: at least 11 pt)
SCALES = {"normal": 1.0, "large": 1.3, "larger": 1.6}


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


#: Every text must reach this contrast against what it is drawn on (WCAG 2 AA, body text).
MIN_CONTRAST = 4.5


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def _copy(colour: QColor) -> QColor:
    """A copy of *colour*. Not QColor(colour): choosing among QColor's constructors makes
    PySide6 build the whole Qt namespace (~25 ms), and this runs before the first paint."""
    return QColor.fromRgb(colour.red(), colour.green(), colour.blue(), colour.alpha())


def readable(colour: QColor, *backgrounds: QColor, target: float = MIN_CONTRAST + 0.2) -> QColor:
    """*colour*, darkened (on light backgrounds) or lightened (on dark ones) just enough to
    reach *target* against every background. Keeps the hue, so red stays red."""
    result = _copy(colour)
    dark_bg = sum(luminance(b) for b in backgrounds) / max(len(backgrounds), 1) < 0.18
    for _ in range(60):
        if all(contrast(result, b) >= target for b in backgrounds):
            return result
        result = result.lighter(108) if dark_bg else result.darker(108)
        if dark_bg and result.lightness() >= 250:
            return QColor("#ffffff")
    return QColor("#ffffff") if dark_bg else QColor("#000000")


_state_colours: dict[tuple[int, int], StateColours] = {}


def state_colours() -> StateColours:
    """The state colours, made readable on this palette's window and fields.

    Worked out once per palette (the list of accounts asks for every row it paints; working
    out the contrast each time cost ~14 ms of a number page's first paint). Treat the colours
    as read-only: they are shared.
    """
    pal = QGuiApplication.palette()
    backgrounds = (pal.color(QPalette.ColorRole.Window), pal.color(QPalette.ColorRole.Base))
    key = (backgrounds[0].rgba(), backgrounds[1].rgba())
    known = _state_colours.get(key)
    if known is None:
        known = _state_colours[key] = _make_state_colours(backgrounds)
    return known


def _make_state_colours(backgrounds: tuple[QColor, QColor]) -> StateColours:
    if backgrounds[0].lightness() < 128:  # as is_dark(): the window's colour
        base = StateColours(
            red=QColor("#ff8a80"),
            amber=QColor("#ffd180"),
            green=QColor("#9be7a0"),
            grey=QColor("#c0c0c0"),
            blue=QColor("#90caf9"),
        )
    else:
        base = StateColours(
            red=QColor("#b3261e"),
            amber=QColor("#8a5300"),
            green=QColor("#1b6e2a"),
            grey=QColor("#555555"),
            blue=QColor("#0b57d0"),
        )
    return StateColours(
        *(
            readable(c, *backgrounds)
            for c in (base.red, base.amber, base.green, base.grey, base.blue)
        )
    )


def hint_grey(palette: QPalette | None = None) -> QColor:
    """Secondary text: visibly lighter than body text, still 4.5:1 on windows and fields."""
    pal = palette or QGuiApplication.palette()
    window = pal.color(QPalette.ColorRole.Window)
    base = pal.color(QPalette.ColorRole.Base)
    text = pal.color(QPalette.ColorRole.WindowText)
    mid = QColor.fromRgb(
        (text.red() + window.red()) // 2,
        (text.green() + window.green()) // 2,
        (text.blue() + window.blue()) // 2,
    )
    return readable(mid, window, base)


def readable_palette(system: QPalette) -> QPalette:
    """The system's palette with every text colour at 4.5:1 or more, in light and dark mode.

    Light themes get near-black text on white fields; secondary, placeholder and disabled
    text get a grey that still reads (Fusion's greys are 2:1 to 3.9:1); the selection blue
    is deepened until white text on it (progress bars, selected rows) reads too.
    """
    palette = system  # changed in place: a QPalette(...) copy would build the Qt namespace
    role = QPalette.ColorRole
    groups = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
    dark = is_dark(system)
    for group in groups:
        if not dark:
            # Stronger contrast than most default light themes: near-black text on white.
            palette.setColor(group, role.WindowText, QColor("#1a1a1a"))
            palette.setColor(group, role.Text, QColor("#111111"))
            palette.setColor(group, role.ButtonText, QColor("#111111"))
            palette.setColor(group, role.Base, QColor("#ffffff"))
        window = palette.color(group, role.Window)
        base = palette.color(group, role.Base)
        button = palette.color(group, role.Button)
        for text_role, backs in (
            (role.WindowText, (window, base)),
            (role.Text, (base, window)),
            (role.ButtonText, (button,)),
        ):
            palette.setColor(group, text_role, readable(palette.color(group, text_role), *backs))
        palette.setColor(group, role.PlaceholderText, hint_grey(palette))
        palette.setColor(group, role.Link, readable(palette.color(group, role.Link), window, base))
        palette.setColor(
            group, role.LinkVisited, readable(palette.color(group, role.LinkVisited), window, base)
        )
        highlighted = palette.color(group, role.HighlightedText)
        highlight = palette.color(group, role.Highlight)
        palette.setColor(group, role.Highlight, readable(highlight, highlighted))
        palette.setColor(
            group,
            role.ToolTipText,
            readable(
                palette.color(group, role.ToolTipText), palette.color(group, role.ToolTipBase)
            ),
        )
    # Disabled controls ("already added") look greyed, but their words still read.
    disabled = QPalette.ColorGroup.Disabled
    grey = hint_grey(palette)
    for text_role in (role.WindowText, role.Text, role.ButtonText):
        back = palette.color(disabled, role.Button if text_role == role.ButtonText else role.Base)
        palette.setColor(disabled, text_role, readable(grey, back, palette.color(role.Window)))
    return palette


def cjk_family() -> str | None:
    from PySide6.QtGui import QFontDatabase

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


def apply(
    app: QApplication,
    lang: str,
    text_size: str,
    system: QPalette | None = None,
    *,
    indicators: bool = True,
) -> None:
    """Set the application font and palette; call again when a setting or the system's light
    or dark mode changes (*system* stands in for the system's palette in tests).

    *indicators* False leaves tick boxes and radio buttons at the platform's size until
    :func:`scale_indicators` runs: the unlock screen has none, the first-start screen sizes its
    radio buttons itself (:func:`size_radio_indicator`), and the proxy style costs ~20 ms of
    PySide6 type creation before the first paint (app.py scales them right after it). Once
    scaled, every later call keeps them scaled.
    """
    global _applied
    _applied = (lang, text_size)
    app.setFont(app_font(lang, text_size))
    if indicators or _indicators_scaled:
        scale_indicators(app, system)
    else:
        _tweak_palette(app, system)
    # No application style sheet: it makes every widget polish through QStyleSheetStyle, which
    # cost ~60 ms before the first window here. Sizes come from widgets.py (in em) instead.


_indicators_scaled = False


def indicator_size(font: QFont | None = None) -> int:
    """The side of a tick box or radio button, in pixels, for *font* (the application's)."""
    from PySide6.QtGui import QFontMetrics

    return max(13, int(QFontMetrics(font or QApplication.font()).height() * 0.85))


def size_radio_indicator(radio: QWidget) -> None:
    """This one radio button's circle as large as :func:`scale_indicators` makes every one.

    For the first-start screen, painted before the proxy style is installed (its ~20 ms of
    type creation wait until after the first paint): a style sheet on the widget alone draws
    the platform's own circle at the size given (an application-wide sheet would polish every
    widget through QStyleSheetStyle). Not for tick boxes: a sheet draws those differently.
    """
    side = indicator_size()
    radio.setStyleSheet(f"QRadioButton::indicator {{ width: {side}px; height: {side}px; }}")


def scale_indicators(app: QApplication, system: QPalette | None = None) -> None:
    """Tick boxes and radio buttons as large as the current application font."""
    global _indicators_scaled
    from .scaled_style import ScaledStyle

    scaled_style = app.style()
    if not isinstance(scaled_style, ScaledStyle):
        scaled_style = ScaledStyle()
        app.setStyle(scaled_style)
    scaled_style.indicator = indicator_size(app.font())
    _indicators_scaled = True
    _tweak_palette(app, system)  # after setStyle, which may reset the palette to the style's own


def _tweak_palette(app: QApplication, system: QPalette | None = None) -> None:
    if system is None:
        app.setPalette(QPalette())  # back to the system's own colours, then made readable
        system = app.palette()
    app.setPalette(readable_palette(system))


def install_helpers(app: QApplication) -> None:
    """What every window and dialog gets, installed once the first window is painted (each
    costs start-up time): dialogs that fit the screen, and a strong focus ring."""
    from . import fit, focus

    fit.install(app)
    focus.install(app)
    _follow_system(app)  # its signal brings in the Qt namespace: not before the first paint


_applied: tuple[str, str] = ("en", "normal")


class SchemeWatcher(QObject):
    """``changed()`` after the system switched between light and dark and the palette was
    rebuilt: screens rebuild so their coloured words are made again for the new background."""

    changed = Signal()


scheme = SchemeWatcher()


def _follow_system(app: QApplication) -> None:
    if scheme.property("hooked"):
        return
    scheme.setProperty("hooked", True)
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.connect(lambda *_: system_scheme_changed(app))


def system_scheme_changed(app: QApplication, system: QPalette | None = None) -> None:
    """The system went light or dark while Ringoff runs: new palette, screens rebuilt."""
    lang, size = _applied
    apply(app, lang, size, system)
    scheme.changed.emit()


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


def primary_colours(palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """(face, words) of the one main button of a screen.

    Fusion lightens a dark button face (by up to 15%) and mixes the default button with the
    selection colour, so the face given here is deep enough that the face as drawn still has
    4.5:1 with white words (tests/gui/test_home.py measures the drawn pixels).
    """
    if is_dark(palette):
        face = QColor("#8ab4f8")
        return face, readable(QColor("#101418"), face, target=7.0)
    return QColor("#123f73"), QColor("#ffffff")


def _fills_buttons() -> bool:
    """Whether the style paints a button with the palette's colour (Fusion does). Native
    Windows 11 and macOS styles draw their own default button, already filled with the
    system's accent colour, and would ignore the face but not the white words."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    return surely_fusion() or style_is_fusion(app)


def style_is_fusion(app: QApplication) -> bool:
    """Whether *app*'s style (under the tick-box proxy, once installed) is Fusion, asked."""
    current = app.style()
    base = getattr(current, "baseStyle", None)
    name = (base().name() if callable(base) and base() is not None else "") or current.name()
    return name.lower() == "fusion"


def surely_fusion(platform: str | None = None, environ: Mapping[str, str] | None = None) -> bool:
    """Whether Qt is sure to use Fusion, known without asking the application for its style.

    ``QApplication.style()`` makes PySide6 build the QStyle and QCommonStyle types with all
    their enums (~5.6 ms), before the first screen's main button can be drawn. On Linux and other
    Unix systems, with no style chosen by ``QT_STYLE_OVERRIDE`` and no style plugin beside Qt's
    two built-in styles (as in PySide6's wheels), the answer is known: Qt's generic, GNOME and
    KDE desktop themes all list Fusion before "Windows" (qgenericunixthemes.cpp, StyleNames).
    (The old Windows style would paint the palette's face too.) Anywhere else (Windows, macOS,
    a distribution's Qt with Breeze or Kvantum) the style itself is asked."""
    if (platform or sys.platform) in ("win32", "darwin"):
        return False
    if (os.environ if environ is None else environ).get("QT_STYLE_OVERRIDE"):
        return False
    from PySide6.QtWidgets import QStyleFactory

    available = QStyleFactory.keys()  # a static method returning a list, not a dict
    return {key.lower() for key in available} <= {"windows", "fusion"}


def mark_primary(button: QWidget) -> None:
    """The one main action of a screen: bold words on a filled face that stands out from
    every other button (the focus ring is a different colour again)."""
    font = button.font()
    font.setBold(True)
    button.setFont(font)
    if not _fills_buttons():
        return
    face, words = primary_colours()
    pal = button.palette()
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        pal.setColor(group, role.Button, face)
        pal.setColor(group, role.ButtonText, words)
    button.setPalette(pal)


def hint_colour(widget: QWidget) -> None:
    """Secondary text: a lighter grey that still reads at 4.5:1 (light and dark mode)."""
    pal = widget.palette()
    grey = hint_grey()
    pal.setColor(QPalette.ColorRole.WindowText, grey)
    pal.setColor(QPalette.ColorRole.Text, grey)
    widget.setPalette(pal)
