"""Every window fits the screen it is on, at every text size.

One application-wide event filter instead of code in every dialog: when a window is shown, or
grows while shown, it is clamped to the screen's available geometry (the screen minus task bar
and menu bar) and moved back onto it. A dialog whose content is taller or wider than the screen
gets its content wrapped in a scroll area, so its buttons stay reachable; a dialog is never
narrower than a comfortable reading width (so wrapped sentences are not squeezed into a column
of single words).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QMainWindow,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .screen import available, title_bar

_WRAPPED = "fit_wrapped"


def _frame_extra(window: QWidget) -> QSize:
    frame, inner = window.frameGeometry(), window.geometry()
    extra = QSize(frame.width() - inner.width(), frame.height() - inner.height())
    if window.isVisible() and (extra.width() or extra.height()):
        return extra
    return QSize(0, title_bar(window))


def inner_limit(window: QWidget) -> QSize:
    """The largest client size that keeps the window with its frame on the screen."""
    area, extra = available(window), _frame_extra(window)
    return QSize(max(area.width() - extra.width(), 200), max(area.height() - extra.height(), 200))


def clamped_size(window: QWidget, wanted: QSize) -> QSize:
    limit = inner_limit(window)
    return QSize(min(wanted.width(), limit.width()), min(wanted.height(), limit.height()))


def _wrap_in_scroll(dialog: QDialog) -> bool:
    """Move the dialog's content into a scroll area (once); False when it has no layout."""
    layout = dialog.layout()
    if layout is None or dialog.property(_WRAPPED):
        return False
    dialog.setProperty(_WRAPPED, True)
    inner = QWidget()
    inner.setObjectName("fit_content")
    inner.setLayout(layout)  # Qt takes the layout (and its widgets) off the dialog
    scroll = QScrollArea()
    scroll.setObjectName("fit_scroll")
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    scroll.setWidget(inner)
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return True


def scroll_if_too_tall(dialog: QDialog) -> bool:
    """Wrap *dialog*'s content in a scroll area when it needs more height than the screen has,
    wrapped text included (a part shown after the dialog opened); True if it now scrolls.

    The fitter compares the minimum size, which leaves out how tall wrapped text gets at the
    dialog's width; a dialog that is already as tall as the screen hears no growth either.
    """
    layout = dialog.layout()
    if layout is None or dialog.property(_WRAPPED):
        return bool(dialog.property(_WRAPPED))
    limit = inner_limit(dialog)
    layout.activate()
    needed = dialog.minimumSizeHint().height()
    if layout.hasHeightForWidth():
        needed = max(needed, layout.totalHeightForWidth(min(dialog.width(), limit.width())))
    if needed <= limit.height() or not _wrap_in_scroll(dialog):
        return False
    scroll = dialog.findChild(QScrollArea, "fit_scroll")
    if scroll is not None and dialog.isVisible():
        scroll.show()  # a child added to a shown window waits for the event loop otherwise
    return True


def fit_window(window: QWidget) -> None:
    """Clamp *window* (a dialog or main window) to the screen and keep it on it."""
    limit = inner_limit(window)
    if isinstance(window, QDialog):
        hint = window.minimumSizeHint()
        if hint.height() > limit.height() or hint.width() > limit.width():
            _wrap_in_scroll(window)
        reading = min(int(window.fontMetrics().height() * 26), limit.width())
        if window.width() < reading and not window.property("fit_no_min_width"):
            window.resize(reading, window.height())
        if window.minimumWidth() > limit.width() or window.minimumHeight() > limit.height():
            window.setMinimumSize(
                min(window.minimumWidth(), limit.width()),
                min(window.minimumHeight(), limit.height()),
            )
    window.setMaximumSize(
        max(limit.width(), window.minimumWidth()), max(limit.height(), window.minimumHeight())
    )
    size = clamped_size(window, window.size())
    if size != window.size():
        window.resize(size)
    _keep_on_screen(window)


def _keep_on_screen(window: QWidget) -> None:
    area = available(window)
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.x()), max(area.right() - frame.width() + 1, area.x()))
    y = min(max(frame.y(), area.y()), max(area.bottom() - frame.height() + 1, area.y()))
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


class ScreenFitter(QObject):
    """Fits every dialog and main window when shown and whenever it grows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._busy = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Every event of the application passes here (~2,300 at an unlock): the type of the
        # receiver is checked first, as asking the event for its type costs a call into Qt and
        # an enum made in Python (1.2 instead of 2.2 µs an event, measured).
        if not isinstance(watched, QDialog | QMainWindow) or self._busy:
            return False
        kind = event.type()
        if kind in (QEvent.Type.Show, QEvent.Type.Resize) and watched.isWindow():
            if kind is QEvent.Type.Resize and watched.isVisible():
                limit = inner_limit(watched)
                size = watched.size()
                if size.width() <= limit.width() and size.height() <= limit.height():
                    return False
            self._busy = True
            try:
                fit_window(watched)
            finally:
                self._busy = False
        return False


_fitter: ScreenFitter | None = None


def install(app: QApplication) -> None:
    """Install the fitter on *app* (once)."""
    global _fitter
    if _fitter is None:
        _fitter = ScreenFitter(app)
        app.installEventFilter(_fitter)
