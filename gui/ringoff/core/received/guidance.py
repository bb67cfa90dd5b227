"""What to do next about each sender (from the catalog when it knows the service), and the
ready-made polite requests in Chinese and English.

Part of the received-number feature (:mod:`ringoff.core.received`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from ..catalog import Service
from ..i18n import QT_TRANSLATE_NOOP, Text
from ..model import Category
from .kinds import Channel


@dataclass(frozen=True)
class Guidance:
    """What to do about one sender: advice lines, the official site, and the usual way to ask."""

    known: bool
    lines: tuple[Text, ...]
    help_url: str | None
    channel: Channel


_BANK = QT_TRANSLATE_NOOP(
    "Recipient",
    "Call the bank's hotline or visit a branch. Say that this number was given to you by the "
    "phone company and ask them to remove it from their customer's account. They may ask for "
    "YOUR ID card to confirm that the number is now yours.",
)
_PAYMENT = QT_TRANSLATE_NOOP(
    "Recipient",
    "Contact their customer service (in their app or on their website). Say that the number "
    "was re-issued to you and ask them to remove it from the other person's account.",
)
_TELECOM = QT_TRANSLATE_NOOP(
    "Recipient",
    "Call the phone company's hotline or visit a service hall with your ID card: you are the "
    "holder of this number now, so they can help you directly.",
)
_GOVERNMENT = QT_TRANSLATE_NOOP(
    "Recipient",
    "Call the office's public hotline and ask them to update the contact number in the other "
    "person's file. Give them this number only, never a code.",
)
_APP = QT_TRANSLATE_NOOP(
    "Recipient",
    "Contact their customer service (in their app or on their website) and ask them to remove "
    "this number from the other person's account.",
)
_UNKNOWN = QT_TRANSLATE_NOOP(
    "Recipient",
    "If the message names a company, find its official hotline or website yourself and ask "
    "them to remove this number. For advertising, the unsubscribe reply the text mentions "
    "(such as “TD” or “STOP”) usually works. If calls keep coming, tell the caller calmly "
    "that this number has a new owner.",
)
_OFFICIAL_ONLY = QT_TRANSLATE_NOOP(
    "Recipient",
    "Use only the official website or app, or the number on the back of a card, never a link "
    "or phone number written in the message.",
)
_IN_PERSON = QT_TRANSLATE_NOOP(
    "Recipient", "For changes to a phone number, they usually ask you to come in person."
)
_CUSTOMER_SERVICE = QT_TRANSLATE_NOOP(
    "Recipient", "For changes to a phone number, they usually go through customer service."
)


def guidance_for(service: Service | None) -> Guidance:
    """Advice for one sender: by category when the catalog knows it, else general advice."""
    if service is None or service.is_generic:
        return Guidance(False, (_UNKNOWN, _OFFICIAL_ONLY), None, Channel.PHONE)
    category = service.category
    if category is Category.BANK:
        lines, channel = [_BANK], Channel.PHONE
    elif category in (Category.PAYMENT, Category.FINANCE):
        lines, channel = [_PAYMENT], Channel.WRITTEN
    elif category is Category.TELECOM:
        lines, channel = [_TELECOM], Channel.PHONE
    elif category is Category.GOVERNMENT:
        lines, channel = [_GOVERNMENT], Channel.PHONE
    else:
        lines, channel = [_APP], Channel.WRITTEN
    requires: set[str] = set()
    for guide in service.actions.values():
        requires.update(guide.requires_for(False))
        requires.update(guide.requires_for(True))
    if category is not Category.BANK and "in_person" in requires:
        lines.append(_IN_PERSON)
    elif "customer_service" in requires:
        lines.append(_CUSTOMER_SERVICE)
    lines.append(_OFFICIAL_ONLY)
    return Guidance(True, tuple(lines), service.help_url or None, channel)


#: What never to do, whatever the sender.
DONT_DO: Final[tuple[Text, ...]] = (
    QT_TRANSLATE_NOOP(
        "Recipient", "Never use a code meant for someone else, not even to stop the messages."
    ),
    QT_TRANSLATE_NOOP(
        "Recipient",
        "Never sign in to the previous owner's accounts or try to reset their passwords.",
    ),
    QT_TRANSLATE_NOOP(
        "Recipient",
        "Do not share the codes with anyone, even a caller who says they are from the bank.",
    ),
    QT_TRANSLATE_NOOP(
        "Recipient",
        "Do not open links in these messages. Find the official number or app yourself.",
    ),
)


class Template(StrEnum):
    REMOVE_NUMBER = "remove_number"  # ask an institution to remove this number from an account
    STOP_MESSAGES = "stop_messages"  # ask a sender to stop messages and calls


TEMPLATE_TEXTS: Final[dict[Template, Text]] = {
    Template.REMOVE_NUMBER: QT_TRANSLATE_NOOP(
        "Recipient", "Ask them to remove this number from someone else's account"
    ),
    Template.STOP_MESSAGES: QT_TRANSLATE_NOOP(
        "Recipient", "Ask them to stop sending messages and calls"
    ),
}

#: The two languages every ready-made message exists in.
MESSAGE_LANGUAGES: Final = ("zh_CN", "en")

_MESSAGES: Final[dict[tuple[Template, str], str]] = {
    (Template.REMOVE_NUMBER, "zh_CN"): (
        "{sender}您好：\n\n"
        "我是手机号码 {number} 的现机主。这个号码是运营商近期分配给我的，以前由别人使用。"
        "我一直收到贵方发给前一位机主（贵方客户）的短信。这些信息我没有使用，"
        "也不希望再看到别人的信息。\n\n"
        "请把 {number} 从这位客户的账户中解除，或请他更新联系电话，让这些短信不再发到我这里。"
        "如有需要，我可以证明这个号码现在归我使用。\n\n"
        "谢谢！"
    ),
    (Template.REMOVE_NUMBER, "en"): (
        "Dear {sender},\n\n"
        "I am the current holder of the mobile number {number}. My phone company gave me this "
        "number recently; it used to belong to someone else. I keep receiving your messages "
        "meant for the previous holder, who seems to be one of your customers. I have not used "
        "them, and I would rather not see another person's information.\n\n"
        "Please remove {number} from that customer's account, or ask them to update their "
        "phone number, so that their messages stop reaching me. I can confirm that the number "
        "is now mine if you need me to.\n\n"
        "Thank you."
    ),
    (Template.STOP_MESSAGES, "zh_CN"): (
        "{sender}您好：\n\n"
        "请不要再向 {number} 发送短信或拨打电话。这个号码现在归我使用，我不是您要联系的人。"
        "请把 {number} 从您的发送名单中删除。\n\n"
        "谢谢！"
    ),
    (Template.STOP_MESSAGES, "en"): (
        "Dear {sender},\n\n"
        "Please stop sending messages and making calls to {number}. This number now belongs to "
        "me, and I am not the person you are trying to reach. Please take {number} off your "
        "lists.\n\n"
        "Thank you."
    ),
}


def message_language(lang: str) -> str:
    return "zh_CN" if lang.lower().startswith("zh") else "en"


def request_message(template: Template, lang: str, sender: str, number: str) -> str:
    """The ready-made message *template* in *lang* ("zh_CN" or anything else for English)."""
    text = _MESSAGES[(template, message_language(lang))]
    return text.replace("{sender}", sender.strip()).replace("{number}", number.strip())


def sender_name(sender: str, service: Service | None, lang: str) -> str:
    """How to address the sender in a message in *lang*: the catalog name when known."""
    if service is not None and not service.is_generic:
        return service.name(message_language(lang))
    return sender
