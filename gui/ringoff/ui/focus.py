"""A focus ring you can see from across the room, on every control.

Platform styles draw keyboard focus faintly (Fusion: a thin line in the highlight colour, only
after a Tab press, and none on flat buttons), and some draw it like the default button's
highlight. Ringoff draws its own: a thick ring just outside the focused control, with a thin
gap in the window colour, in a colour that has at least 3:1 contrast against both the window
and the fields (WCAG 2.2 "focus appearance"), and that no button uses otherwise.

One overlay widget follows the focus (``QApplication.focusChanged``) instead of code in each
page: it is a transparent child of the focused control's parent, raised above its siblings,
and it ignores the mouse.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QMenu,
    QMenuBar,
    QScrollBar,
    QWidget,
)

RING_LIGHT = QColor("#6a1b9a")  # deep purple: no state colour and no button uses it
RING_DARK = QColor("#e1bee7")


def ring_colour(palette: QPalette | None = None) -> QColor:
    pal = palette or QGuiApplication.palette()
    dark = pal.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor((RING_DARK if dark else RING_LIGHT).name())


def ring_width() -> int:
    from PySide6.QtGui import QFontMetrics

    return max(3, QFontMetrics(QGuiApplication.font()).height() // 8)


class FocusRing(QWidget):
    """The ring around one control; moved and re-parented as the focus moves."""

    def __init__(self) -> None:
        super().__init__(None)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("focus_ring")
        self.setAccessibleName("")
        self.target: QWidget | None = None

    def follow(self, target: QWidget | None) -> None:
        for watched in getattr(self, "_watched", []):
            with contextlib.suppress(RuntimeError):
                watched.removeEventFilter(self)
        self._watched: list[QWidget] = []
        self.target = target
        if target is None or target.parentWidget() is None or target.isWindow():
            self.hide()
            self.setParent(None)  # type: ignore[call-overload]
            return
        holder = _holder(target)
        if self.parentWidget() is not holder:
            self.setParent(holder)
        widget: QWidget | None = target
        while widget is not None and widget is not holder:
            widget.installEventFilter(self)
            self._watched.append(widget)
            widget = widget.parentWidget()
        self.place()

    def place(self) -> None:
        target = self.target
        if target is None or not target.isVisible():
            self.hide()
            return
        pad = ring_width() + 2
        top_left = target.mapTo(self.parentWidget(), QPoint(0, 0))
        rect = QRect(top_left, target.size()).adjusted(-pad, -pad, pad, pad)
        self.setGeometry(rect.intersected(self.parentWidget().rect()))
        self._offset = rect.topLeft() - self.geometry().topLeft()
        self._full = QRect(self._offset, rect.size())
        self.raise_()
        self.show()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched in self._watched and event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.Hide,
        ):
            self.place()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        width = ring_width()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        full = getattr(self, "_full", self.rect())
        gap = QPen(self.palette().color(QPalette.ColorRole.Window), 2)
        gap.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(gap)
        painter.drawRect(full.adjusted(width + 1, width + 1, -width - 2, -width - 2))
        pen = QPen(ring_colour(), width)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = width // 2
        painter.drawRect(full.adjusted(half, half, -half - (width % 2 == 0), -half - 1))
        painter.end()


def _holder(target: QWidget) -> QWidget:
    """Where the ring is drawn: high enough that it is not cut off by the control's row, but
    inside the scrolling content (or window) the control is in, so it scrolls with it."""
    widget = target.parentWidget()
    assert widget is not None
    while True:
        parent = widget.parentWidget()
        if parent is None or widget.isWindow():
            return widget
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent:
            return widget  # the content of a scroll area
        widget = parent


def _wants_ring(widget: QWidget | None) -> bool:
    if widget is None or isinstance(widget, QMenu | QMenuBar | QScrollBar | FocusRing):
        return False
    return widget.focusPolicy() != Qt.FocusPolicy.NoFocus


def _ring_target(widget: QWidget) -> QWidget:
    """The control to draw around: a scroll area's viewport -> the scroll area itself."""
    parent = widget.parentWidget()
    if parent is not None and isinstance(parent.parentWidget(), QAbstractScrollArea):
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            return area
    if parent is not None and widget.focusProxy() is None:
        # The line edit inside a combo or spin box: ring the whole box.
        from PySide6.QtWidgets import QAbstractSpinBox, QComboBox

        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return parent
    return widget


class FocusTracker(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring = FocusRing()
        app.focusChanged.connect(self._changed)

    def _changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self.show_on(new)

    def show_on(self, widget: QWidget | None) -> None:
        import shiboken6

        if not shiboken6.isValid(self.ring):  # deleted with the page it was drawn on
            self.ring = FocusRing()
        target = _ring_target(widget) if widget is not None and _wants_ring(widget) else None
        try:
            self.ring.follow(target)
        except RuntimeError:  # a widget deleted while the focus moved
            self.ring = FocusRing()


_tracker: FocusTracker | None = None


def install(app: QApplication) -> None:
    global _tracker
    if _tracker is None:
        _tracker = FocusTracker(app)


def ring() -> FocusRing | None:
    """The ring as it is now (tests look at it)."""
    if _tracker is None:
        return None
    _tracker.show_on(QApplication.focusWidget())
    return _tracker.ring
