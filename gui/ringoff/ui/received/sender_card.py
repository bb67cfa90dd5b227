"""One sender on the received page: what to do next, and the ready-made messages to copy."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import phone
from ...core.received import (
    KIND_TEXTS,
    MESSAGE_LANGUAGES,
    TEMPLATE_TEXTS,
    Channel,
    SenderGroup,
    Template,
    guidance_for,
    request_message,
    sender_name,
)
from .. import style
from ..dates import long_date
from ..widgets import Card, button, labelled, para, row

if TYPE_CHECKING:
    from .page import ReceivedPage

    pass


# One sender: what to do next and the ready-made messages


class SenderCard(Card):
    def __init__(self, page: ReceivedPage, group: SenderGroup) -> None:
        super().__init__()
        self.page = page
        self.group = group
        ctx = page.ctx
        service = ctx.catalog.get(group.service_id) if group.service_id else None
        self.service = service
        self.name = ctx.account_name(group.service_id, group.sender)
        self.guidance = guidance_for(service)
        self.setAccessibleName(self.tr("What to do about {name}").format(name=self.name))

        head = QLabel(self.name)
        style.heading(head, 1.2)
        head.setWordWrap(True)
        head.setAccessibleName(self.name)
        self.layout_.addWidget(head)
        kinds = ", ".join(ctx.tr(KIND_TEXTS[k]).lower() for k in group.kinds)
        self.layout_.addWidget(
            para(
                self.tr("%n recorded, last on {date}: {kinds}", "", group.count).format(
                    date=long_date(group.last_on), kinds=kinds
                ),
                hint=True,
            )
        )
        for line in self.guidance.lines:
            self.layout_.addWidget(para(ctx.tr(line)))
        if self.guidance.help_url:
            url = html.escape(self.guidance.help_url, quote=True)
            link = QLabel(
                self.tr("Their official website: {link}").format(link=f'<a href="{url}">{url}</a>')
            )
            link.setTextFormat(Qt.TextFormat.RichText)
            link.setOpenExternalLinks(True)
            link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            link.setWordWrap(True)
            link.setAccessibleName(self.tr("Their official website (opens in your web browser)"))
            self.layout_.addWidget(link)

        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Which ready-made message"))
        for template, text in TEMPLATE_TEXTS.items():
            self.template.addItem(ctx.tr(text), template.value)
        self.messages_box = QWidget()
        mlay = QVBoxLayout(self.messages_box)
        mlay.setContentsMargins(0, 0, 0, 0)
        mlay.addWidget(labelled(self.tr("Which &message?"), self.template))

        self.texts: dict[str, QPlainTextEdit] = {}
        self.copy_buttons: dict[str, QPushButton] = {}
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        # Chinese first in Chinese, English first in English; each with its own Copy button.
        langs = sorted(MESSAGE_LANGUAGES, key=lambda lang: lang != ctx.lang)
        language_names = {"zh_CN": self.tr("In Chinese"), "en": self.tr("In English")}
        for i, lang in enumerate(langs):
            box = QPlainTextEdit()
            box.setReadOnly(True)
            box.setTabChangesFocus(True)
            box.setMinimumHeight(int(style.em() * 7))
            box.setAccessibleName(
                self.tr("Message to {name}, {language}").format(
                    name=self.name, language=language_names[lang]
                )
            )
            copy = button(
                self.tr("Copy"),
                self.tr("Copy the message to {name}, {language}").format(
                    name=self.name, language=language_names[lang]
                ),
            )
            copy.clicked.connect(lambda _=False, lg=lang: self.copy(lg))
            self.texts[lang] = box
            self.copy_buttons[lang] = copy
            label = QLabel(language_names[lang])
            label.setBuddy(box)
            grid.addWidget(label, i * 3, 0)
            grid.addWidget(box, i * 3 + 1, 0)
            grid.addWidget(row(copy), i * 3 + 2, 0)
        mlay.addWidget(grid_box)
        self.template.currentIndexChanged.connect(self.fill)
        self.fill()

        self.messages_box.setVisible(False)
        self.show_button = button(self.tr("Show ready-made messages"))
        self.show_button.setAccessibleName(
            self.tr("Show ready-made messages to {name}").format(name=self.name)
        )
        self.show_button.clicked.connect(self.toggle_messages)
        self.asked_button = button(self.tr("I asked them…"))
        self.asked_button.setAccessibleName(
            self.tr("Note that you asked {name}").format(name=self.name)
        )
        self.asked_button.clicked.connect(self.note_asked)
        self.layout_.addWidget(row(self.show_button, self.asked_button))
        self.layout_.addWidget(self.messages_box)

    def toggle_messages(self) -> None:
        shown = not self.messages_box.isVisibleTo(self)
        self.messages_box.setVisible(shown)
        self.show_button.setText(
            self.tr("Hide ready-made messages") if shown else self.tr("Show ready-made messages")
        )
        if shown:
            self.template.setFocus()

    def current_template(self) -> Template:
        return Template(str(self.template.currentData()))

    def message(self, lang: str) -> str:
        number = self.page.number
        # Chinese readers get the number as written at home; English ones the full form.
        shown = phone.display(number.e164, number.region if lang == "zh_CN" else None)
        return request_message(
            self.current_template(), lang, sender_name(self.name, self.service, lang), shown
        )

    def fill(self) -> None:
        for lang, box in self.texts.items():
            box.setPlainText(self.message(lang))

    def copy(self, lang: str) -> None:
        self.page.copy_text(self.message(lang))
        if self.page.confirm_asked(self.name):
            self.page.log_request(
                self.group.sender, self.group.service_id, Channel.WRITTEN, self.page.ctx.today()
            )

    def note_asked(self) -> None:
        self.page.open_request_dialog(
            self.group.sender, self.group.service_id, self.guidance.channel
        )
