"""Dates as people say them: "in 23 days — Monday 15 March", in the user's language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ..i18n import current_language


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


def short_date(d: date) -> str:
    qd = QDate(d.year, d.month, d.day)
    if current_language() == "zh_CN":
        return _locale().toString(qd, "M月d日")
    return _locale().toString(qd, "d MMM")


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
