"""How much to trust a catalog entry, said the same way on every screen that shows steps.

A *general* entry (no steps confirmed for this service) gets a framed banner that says so in
plain words and no "checked on" claim; a specific entry says when its sources were read, and
that it may be out of date when that was more than a year ago; a help link is called "the
official help" only when it is a help page, else the service's website.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ..core.catalog import Service
from ..core.model import Category
from . import style
from .dates import long_date


def general_text(service: Service, lang: str) -> str:
    """ "Ringoff has no confirmed steps for 美团 yet: this is the usual path in Chinese apps." """
    name = service.name(lang)
    chinese = "CN" in service.regions and "*" not in service.regions
    if service.category is Category.BANK:
        text = (
            QCoreApplication.translate(
                "CatalogNotes",
                "Ringoff has no confirmed steps for {name} yet: this is the usual way at "
                "Chinese banks.",
            )
            if chinese
            else QCoreApplication.translate(
                "CatalogNotes",
                "Ringoff has no confirmed steps for {name} yet: this is the usual way at banks.",
            )
        )
    elif chinese:
        text = QCoreApplication.translate(
            "CatalogNotes",
            "Ringoff has no confirmed steps for {name} yet: this is the usual path in "
            "Chinese apps.",
        )
    else:
        text = QCoreApplication.translate(
            "CatalogNotes",
            "Ringoff has no confirmed steps for {name} yet: this is the usual path in apps.",
        )
    return text.format(name=name)


def checked_text(service: Service, lang: str, today: date) -> str:
    """What the steps rest on and when they were checked ("" for a general guide)."""
    if service.is_general or service.last_checked is None:
        return ""
    parts: list[str] = []
    if service.confidence == "reported":
        parts.append(
            QCoreApplication.translate(
                "CatalogNotes",
                "These steps come from what other people have reported, not from {name} "
                "itself, so your app may look a little different.",
            ).format(name=service.name(lang))
        )
    parts.append(
        QCoreApplication.translate("CatalogNotes", "Steps checked on {date}.").format(
            date=long_date(service.last_checked)
        )
    )
    if service.possibly_out_of_date(today):
        parts.append(
            QCoreApplication.translate(
                "CatalogNotes", "That was more than a year ago, so they are possibly out of date."
            )
        )
    return ("" if lang.startswith("zh") else " ").join(parts)


def help_link_html(service: Service, lang: str) -> str:
    """ "The official help: <link>" for a help page, "{name}'s website: <link>" for a home
    page ("" when there is no address)."""
    if not service.help_url:
        return ""
    url = html.escape(service.help_url, quote=True)
    link = f'<a href="{url}">{url}</a>'
    if service.help_kind == "website":
        return QCoreApplication.translate("CatalogNotes", "{name}'s website: {link}").format(
            name=html.escape(service.name(lang)), link=link
        )
    return QCoreApplication.translate("CatalogNotes", "The official help: {link}").format(link=link)


def help_link_name(service: Service) -> str:
    if service.help_kind == "website":
        return QCoreApplication.translate(
            "CatalogNotes", "The service's website (opens in your web browser)"
        )
    return QCoreApplication.translate(
        "CatalogNotes", "The official help page (opens in your web browser)"
    )


class GeneralBanner(QFrame):
    """A framed notice, drawn in the warning colour: these are general steps."""

    def __init__(self, service: Service, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("generalBanner")
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWidth(2)
        amber = style.state_colours().amber
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.WindowText, amber)
        # A pale warning background (dark in dark mode), so the box stands out from the steps.
        pal.setColor(QPalette.ColorRole.Window, QColor("#3a2a00" if style.is_dark() else "#fff3dc"))
        self.setPalette(pal)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        lay = QVBoxLayout(self)
        pad = int(style.em() * 0.6)
        lay.setContentsMargins(pad, pad, pad, pad)
        self.heading = QLabel(QCoreApplication.translate("CatalogNotes", "General guide"))
        style.colour_label(self.heading, amber)
        self.text = QLabel(
            general_text(service, lang)
            + " "
            + QCoreApplication.translate(
                "CatalogNotes", "The words on your screen may be different; look for similar ones."
            )
        )
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.heading)
        lay.addWidget(self.text)
        self.setAccessibleName(self.heading.text())
        self.setAccessibleDescription(self.text.text())
