"""Dates as people say them: "in 23 days — Monday 15 March", in the user's language; and the
date field the dialogs use (:class:`DateField`): typed as year-month-day, impossible dates
refused inline (2027-02-30 is not moved to March), past dates warned, and a calendar that opens
with Alt+Down or F4 and speaks the UI language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import UserError
from ..core.regional import parse_date, past_date_warning
from ..services.translations import current_language, translate


def _locale() -> QLocale:
    return (
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        if current_language() == "zh_CN"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )


def long_date(d: date) -> str:
    """ "Monday 15 March 2027" / "2027年3月15日 星期一"."""
    qd = QDate(d.year, d.month, d.day)
    if current_language() == "zh_CN":
        return _locale().toString(qd, "yyyy年M月d日 dddd")
    return _locale().toString(qd, "dddd d MMMM yyyy")


def short_date(d: date, today: date | None = None) -> str:
    """ "15 Mar" / "3月15日", with the year when it is not this year's ("15 Mar 2028")."""
    qd = QDate(d.year, d.month, d.day)
    this_year = (today or date.today()).year
    zh = current_language() == "zh_CN"
    if d.year != this_year:
        return _locale().toString(qd, "yyyy年M月d日" if zh else "d MMM yyyy")
    return _locale().toString(qd, "M月d日" if zh else "d MMM")


def relative(d: date, today: date) -> str:
    """ "today", "tomorrow", "in 23 days", "3 days ago"."""
    days = (d - today).days
    if days == 0:
        return QCoreApplication.translate("Dates", "today")
    if days == 1:
        return QCoreApplication.translate("Dates", "tomorrow")
    if days == -1:
        return QCoreApplication.translate("Dates", "yesterday")
    if days > 0:
        return QCoreApplication.translate("Dates", "in %n days", "", days)
    return QCoreApplication.translate("Dates", "%n days ago", "", -days)


def spoken(d: date, today: date) -> str:
    """ "in 23 days — Monday 15 March 2027"."""
    return QCoreApplication.translate("Dates", "{relative} — {date}").format(
        relative=relative(d, today), date=long_date(d)
    )


class _CalendarPopup(QDialog):
    """A calendar in a small window of its own, in the UI language (Enter or a click picks
    the day, Escape closes it)."""

    def __init__(self, parent: QWidget, start: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Dates", "Calendar"))
        self.setAccessibleName(self.windowTitle())
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.calendar = QCalendarWidget()
        self.calendar.setLocale(_locale())
        self.calendar.setFirstDayOfWeek(
            Qt.DayOfWeek.Monday if current_language() == "zh_CN" else Qt.DayOfWeek.Sunday
        )
        self.calendar.setGridVisible(True)
        self.calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        self.calendar.setAccessibleName(QCoreApplication.translate("Dates", "Calendar"))
        self.calendar.activated.connect(self.accept)  # Enter or a double click
        self.calendar.clicked.connect(self.accept)
        lay.addWidget(self.calendar)

    def chosen(self) -> date:
        qd = self.calendar.selectedDate()
        return date(qd.year(), qd.month(), qd.day())


class DateField(QWidget):
    """A date typed as YYYY-MM-DD, with a calendar button; an impossible date is refused in the
    line below the field, a past one is only warned about. Empty means "no date"."""

    changed = Signal()

    def __init__(self, accessible_name: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(
            QCoreApplication.translate("Dates", "year-month-day, e.g. {example}").format(
                example=date(today.year + 1, 3, 15).isoformat()
            )
        )
        self.edit.setAccessibleName(accessible_name)
        self.edit.setAccessibleDescription(
            QCoreApplication.translate("Dates", "Alt+Down or F4 opens a calendar")
        )
        self.edit.installEventFilter(self)
        self.button = QPushButton(QCoreApplication.translate("Dates", "Calendar…"))
        self.button.setAccessibleName(
            QCoreApplication.translate("Dates", "Choose the date on a calendar")
        )
        self.button.clicked.connect(self.open_calendar)
        line.addWidget(self.edit, 1)
        line.addWidget(self.button)
        self.setFocusProxy(self.edit)
        outer.addLayout(line)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.message.setAccessibleName(QCoreApplication.translate("Dates", "About the date"))
        outer.addWidget(self.message)
        self.edit.textChanged.connect(self._check)
        self.popup: _CalendarPopup | None = None

    def set_date(self, d: date | None) -> None:
        self.edit.setText(d.isoformat() if d else "")

    def text(self) -> str:
        return self.edit.text().strip()

    def problem(self) -> str | None:
        """Why the typed text is not a date (in the UI language), or None."""
        if not self.text():
            return None
        try:
            parse_date(self.text())
        except UserError as exc:
            return translate(exc.message)
        return None

    def date(self) -> date | None:
        """The date typed, or None when the field is empty or the text is not a date."""
        if not self.text() or self.problem() is not None:
            return None
        return parse_date(self.text())

    def _check(self) -> None:
        from . import style

        problem = self.problem()
        day = self.date()
        warning = past_date_warning(day, self.today) if day else None
        if problem is not None:
            self.message.setText(problem)
            style.colour_label(self.message, style.state_colours().red)
        elif warning is not None:
            self.message.setText(translate(warning))
            style.colour_label(self.message, style.state_colours().amber)
        elif day is not None:
            self.message.setText(long_date(day))
            self.message.setPalette(self.palette())
            font = self.message.font()
            font.setBold(False)
            self.message.setFont(font)
        self.message.setVisible(bool(self.text()))
        self.changed.emit()

    def eventFilter(self, watched: object, event: object) -> bool:  # noqa: N802 - the Qt name
        opens = (
            watched is self.edit
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and (
                event.key() == Qt.Key.Key_F4
                or (
                    event.key() == Qt.Key.Key_Down
                    and bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
                )
            )
        )
        if opens:
            self.open_calendar()
            return True
        return False

    def open_calendar(self) -> _CalendarPopup:
        popup = _CalendarPopup(self, self.date() or self.today)
        popup.move(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        popup.accepted.connect(lambda: self.set_date(popup.chosen()))
        popup.accepted.connect(self.edit.setFocus)
        self.popup = popup
        popup.show()
        popup.calendar.setFocus()
        return popup
