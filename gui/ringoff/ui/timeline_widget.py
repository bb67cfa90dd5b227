"""The timeline of a number: one horizontal line with today and the three dates that matter.

Today, the last comfortable day (aim to finish by then), the cancellation date and the first
day the number may go to someone else, each a dot on the line with a short name above and a
short date below. Everything is measured from the font, so large text makes a larger drawing.
Below the line, the rule behind the last date in plain words and whether a regulation says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..core.timeline import Timeline
from . import style
from .context import AppContext
from .dates import long_date, relative, short_date


@dataclass(frozen=True)
class Mark:
    day: date
    label: str
    colour: QColor
    is_today: bool = False


def spread(wanted: list[float], gap: float, left: float, right: float) -> list[float]:
    """Positions close to *wanted* (sorted), at least *gap* apart, inside [left, right]."""
    if not wanted:
        return []
    if gap * (len(wanted) - 1) > right - left:
        step = (right - left) / max(1, len(wanted) - 1)
        return [left + i * step for i in range(len(wanted))]
    out = [max(left, wanted[0])]
    for x in wanted[1:]:
        out.append(max(x, out[-1] + gap))
    out[-1] = min(out[-1], right)
    for i in range(len(out) - 2, -1, -1):
        out[i] = min(out[i], out[i + 1] - gap)
    return out


class TimelineStrip(QWidget):
    """The painted line. :meth:`marks` lists what is drawn (tests read it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._marks: list[Mark] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(self.tr("Key dates"))

    def set_marks(self, marks: list[Mark]) -> None:
        self._marks = sorted(marks, key=lambda m: (m.day, not m.is_today))
        self.updateGeometry()
        self.update()

    def marks(self) -> list[Mark]:
        return list(self._marks)

    def _label_width(self, fm: QFontMetrics) -> int:
        widths = [fm.horizontalAdvance(m.label) for m in self._marks]
        widths += [fm.horizontalAdvance(short_date(m.day)) for m in self._marks]
        return max(widths, default=0)

    def sizeHint(self) -> QSize:
        fm = QFontMetrics(self.font())
        width = (self._label_width(fm) + fm.height()) * max(1, len(self._marks))
        return QSize(width, int(fm.height() * 4.2))

    def minimumSizeHint(self) -> QSize:
        return QSize(style.em(self) * 10, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._marks:
            return
        fm = QFontMetrics(self.font())
        line_h = fm.height()
        label_w = self._label_width(fm)
        margin = label_w / 2 + line_h * 0.3
        left = margin
        right = max(left, self.width() - margin)
        first = self._marks[0].day
        last = self._marks[-1].day
        span = max(1, (last - first).days)
        wanted = [left + (right - left) * (m.day - first).days / span for m in self._marks]
        xs = spread(wanted, label_w + line_h * 0.5, left, right)
        y = line_h * 2.0

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), max(2.0, line_h / 8)))
        painter.drawLine(QPointF(xs[0], y), QPointF(xs[-1], y))
        radius = line_h * 0.3
        for x, mark in zip(xs, self._marks, strict=True):
            painter.setPen(QPen(mark.colour, max(1.5, line_h / 10)))
            painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
            if mark.is_today:
                painter.setBrush(mark.colour)
            painter.drawEllipse(QPointF(x, y), radius, radius)
            box = QRectF(x - label_w / 2 - line_h, 0, label_w + 2 * line_h, line_h * 1.4)
            font = self.font()
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(mark.colour if not mark.is_today else text)
            painter.drawText(
                box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), mark.label
            )
            painter.setFont(self.font())
            painter.setPen(text)
            below = QRectF(
                x - label_w / 2 - line_h, y + line_h * 0.6, label_w + 2 * line_h, line_h * 1.4
            )
            painter.drawText(
                below,
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                short_date(mark.day),
            )
        painter.end()


class TimelineView(QWidget):
    """The strip, a sentence when there is no date yet, and the rule in small text below."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(int(style.em() * 0.3))
        self.strip = TimelineStrip(self)
        lay.addWidget(self.strip)
        self.no_date = QLabel("")
        self.no_date.setWordWrap(True)
        lay.addWidget(self.no_date)
        self.why = QLabel("")
        self.why.setWordWrap(True)
        self.why.setProperty("role", "hint")
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        small = style.scaled(self.why, 0.9)
        self.why.setFont(small)
        lay.addWidget(self.why)
        self.setAccessibleName(self.tr("Timeline"))

    def set_timeline(self, tl: Timeline) -> None:
        colours = style.state_colours()
        today = tl.today
        marks = [Mark(today, self.tr("Today"), colours.blue, is_today=True)]
        words = [self.tr("Today: {date}.").format(date=long_date(today))]
        if tl.cancel_on is None:
            self.no_date.setText(
                self.tr(
                    "The cancellation date is not decided yet. Once it is, Ringoff shows "
                    "when to finish and when the number may go to someone else."
                )
            )
            self.no_date.setVisible(True)
        else:
            self.no_date.setVisible(False)
            last = tl.last_comfortable_day
            reissue = tl.earliest_reissue
            assert last is not None and reissue is not None
            marks.append(Mark(last, self.tr("Finish by"), colours.amber))
            marks.append(Mark(tl.cancel_on, self.tr("Cancelled"), colours.red))
            marks.append(Mark(reissue, self.tr("Reused from"), colours.grey))
            words.append(
                self.tr("Aim to finish by {date} ({relative}).").format(
                    date=long_date(last), relative=relative(last, today)
                )
            )
            words.append(
                self.tr("The number is cancelled on {date} ({relative}).").format(
                    date=long_date(tl.cancel_on), relative=relative(tl.cancel_on, today)
                )
            )
            words.append(
                self.tr("It may go to someone else from {date} ({relative}).").format(
                    date=long_date(reissue), relative=relative(reissue, today)
                )
            )
        self.strip.set_marks(marks)
        self.strip.setVisible(len(marks) > 1)
        rule = tl.rule
        sure = (
            self.tr("This is a rule.")
            if rule.confirmed
            else self.tr("This is not confirmed by an official rule.")
        )
        self.why.setText(f"{self.ctx.tr(rule.why)} {sure}")
        self.description = " ".join(words)
        self.strip.setAccessibleDescription(self.description)
        self.setAccessibleDescription(self.description)
        self.strip.setToolTip(self.description)
