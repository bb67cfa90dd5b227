"""The part of the screen Ringoff's windows may use (light: needed before the first paint).

Tests and tools/screenshots.py set :data:`SCREEN_OVERRIDE` to play a 1366×768 laptop (the
offscreen platform has one 800×600 screen).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SCREEN_OVERRIDE: QRect | None = None

#: Room for a title bar before a window has a frame (its real size is used once shown).
TITLE_BAR_GUESS = 36


def available(widget: QWidget | None = None) -> QRect:
    """The part of the widget's screen a window may use (minus task bar and menu bar)."""
    if SCREEN_OVERRIDE is not None:
        return QRect(SCREEN_OVERRIDE)
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 700)


def title_bar(widget: QWidget) -> int:
    """The height a window's frame adds, or a guess while it has none yet."""
    if widget.isVisible():
        extra = widget.frameGeometry().height() - widget.geometry().height()
        if extra > 0:
            return extra
    return 0 if SCREEN_OVERRIDE is not None else TITLE_BAR_GUESS


def fitting_size(window: QWidget, width: int, height: int) -> QSize:
    """*width* × *height*, made smaller where the screen is (the frame's title bar counted)."""
    area = available(window)
    return QSize(min(width, area.width()), min(height, area.height() - title_bar(window)))
