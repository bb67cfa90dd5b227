"""Help for the new holder of a recycled number: messages meant for the previous owner.

A person gets a number that belonged to someone else and receives that person's bank notices,
verification codes and calls. This module holds the Qt-free part of the "received" page:

* the kinds of message a person records (:class:`MessageKind`), the ways they asked an
  institution (:class:`Channel`) and the state of each request (:class:`RequestStatus`);
* :func:`records_from_paste`: pasted texts -> one record per sender, through
  :func:`ringoff.core.sms.recognise`. Only the sender, a count and a guessed kind survive; the
  message bodies and their codes are dropped;
* :func:`group_by_sender` and :func:`guidance_for`: what to do next for each sender, from the
  catalog when it knows the service, else general advice;
* :func:`request_message`: ready-made polite messages in Chinese and English (fixed texts in each
  language, not translations of the interface: a person may need the English one while using
  Ringoff in Chinese);
* :data:`CARRIER_CLEARING`: the Chinese carriers' "二次号码焕新" service (facts.md section 3);
* :func:`due_followups`: requests that are still waiting and whose follow-up day has come, for
  the received page's banner and, later, the home page's reminder banner.

User-facing interface texts are :class:`~ringoff.core.i18n.Text` values (context "Recipient").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any, Final, Protocol

from .catalog import Service
from .i18n import QT_TRANSLATE_NOOP, Text
from .importers import ServiceMatcher
from .model import Category, PhoneNumber
from .sms import recognise, split_messages

#: Days between asking an institution and the reminder to check whether the texts stopped.
DEFAULT_FOLLOW_UP_DAYS: Final = 5


class MessageKind(StrEnum):
    """What a message or call for the previous owner was. Stored in the vault: never rename."""

    CODE = "code"  # a verification code (its content is never kept)
    NOTICE = "notice"  # a bank or bill notice
    CALL = "call"
    MARKETING = "marketing"
    OTHER = "other"


KIND_TEXTS: Final[dict[MessageKind, Text]] = {
    MessageKind.CODE: QT_TRANSLATE_NOOP("Recipient", "A verification code"),
    MessageKind.NOTICE: QT_TRANSLATE_NOOP("Recipient", "A bank or bill notice"),
    MessageKind.CALL: QT_TRANSLATE_NOOP("Recipient", "A call"),
    MessageKind.MARKETING: QT_TRANSLATE_NOOP("Recipient", "Advertising"),
    MessageKind.OTHER: QT_TRANSLATE_NOOP("Recipient", "Something else"),
}


class Channel(StrEnum):
    """How the person asked. Stored in the vault: never rename."""

    PHONE = "phone"
    IN_PERSON = "in_person"
    WRITTEN = "written"
    OTHER = "other"


CHANNEL_TEXTS: Final[dict[Channel, Text]] = {
    Channel.PHONE: QT_TRANSLATE_NOOP("Recipient", "By phone (their hotline)"),
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("Recipient", "In person (a branch or service hall)"),
    Channel.WRITTEN: QT_TRANSLATE_NOOP("Recipient", "In writing (a message, email or app chat)"),
    Channel.OTHER: QT_TRANSLATE_NOOP("Recipient", "Another way"),
}


class RequestStatus(StrEnum):
    """The state of one request. Stored in the vault: never rename."""

    WAITING = "waiting"
    DONE = "done"
    NO_ANSWER = "no_answer"


STATUS_TEXTS: Final[dict[RequestStatus, Text]] = {
    RequestStatus.WAITING: QT_TRANSLATE_NOOP("Recipient", "Waiting"),
    RequestStatus.DONE: QT_TRANSLATE_NOOP("Recipient", "Done: the messages stopped"),
    RequestStatus.NO_ANSWER: QT_TRANSLATE_NOOP("Recipient", "No answer"),
}


def kind_of(value: str) -> MessageKind:
    """The stored kind, or OTHER for a value this version does not know."""
    try:
        return MessageKind(value)
    except ValueError:
        return MessageKind.OTHER


def channel_of(value: str) -> Channel:
    try:
        return Channel(value)
    except ValueError:
        return Channel.OTHER


def status_of(value: str) -> RequestStatus:
    try:
        return RequestStatus(value)
    except ValueError:
        return RequestStatus.WAITING


def follow_up_day(asked_on: date, days: int = DEFAULT_FOLLOW_UP_DAYS) -> date:
    return asked_on + timedelta(days=days)


# ----------------------------------------------------------------------------------------------
# Pasted texts


_CODE_WORDS = re.compile(
    r"验证码|校验码|动态码|动态密码|确认码|verification|passcode|one[- ]time|\botp\b|\bcode\b",
    re.IGNORECASE,
)
_NOTICE_WORDS = re.compile(
    r"余额|账单|扣款|还款|交易|支出|收入|入账|到账|消费|欠费|话费|缴费|"
    r"\bbalance\b|\bbill\b|\bpayment\b|\bstatement\b|\btransaction|\bdue\b|\bcharged?\b|"
    r"\bdeposit|\bwithdrawal|\bdebit|\bcredit",
    re.IGNORECASE,
)
_MARKETING_WORDS = re.compile(
    r"退订|回T|回TD|优惠|促销|活动|福利|领取|限时|"
    r"unsubscribe|reply stop|\boffer\b|\bsale\b|\bdiscount|\bdeal\b|%\s*off",
    re.IGNORECASE,
)


def guess_kind(message: str) -> MessageKind:
    """A guess at what one pasted message was (a code wins: it matters most)."""
    if _CODE_WORDS.search(message):
        return MessageKind.CODE
    if _NOTICE_WORDS.search(message):
        return MessageKind.NOTICE
    if _MARKETING_WORDS.search(message):
        return MessageKind.MARKETING
    return MessageKind.OTHER


@dataclass(frozen=True, slots=True)
class PastedSender:
    """One sender found in pasted texts: no body, no code; only who, how many and what kind."""

    sender: str
    service_id: str | None
    service_name: str
    count: int
    kind: MessageKind


@dataclass(frozen=True, slots=True)
class PasteResult:
    senders: tuple[PastedSender, ...]
    unread: int  # messages whose sender could not be found


def records_from_paste(text: str, matcher: ServiceMatcher, lang: str = "en") -> PasteResult:
    """The senders of pasted texts, each with the most telling kind of its messages.

    Each message goes through :func:`recognise`; its kind is guessed from its words before the
    words are dropped. A sender whose messages include a code is recorded as a code.
    """
    order: list[str] = []
    found: dict[str, tuple[str, str | None, str]] = {}
    counts: dict[str, int] = {}
    kinds: dict[str, set[MessageKind]] = {}
    unread = 0
    for message in split_messages(text):
        kind = guess_kind(message)
        for hit in recognise(message, matcher, lang):
            if not hit.sender:
                unread += hit.count
                continue
            key = "s:" + hit.service_id if hit.service_id else "n:" + hit.sender.casefold()
            if key not in found:
                order.append(key)
                found[key] = (hit.sender, hit.service_id, hit.service_name)
            counts[key] = counts.get(key, 0) + hit.count
            kinds.setdefault(key, set()).add(kind)
    senders = []
    for key in order:
        sender, service_id, name = found[key]
        kind = next((k for k in MessageKind if k in kinds[key]), MessageKind.OTHER)
        senders.append(PastedSender(sender, service_id, name, counts[key], kind))
    return PasteResult(tuple(senders), unread)


# ----------------------------------------------------------------------------------------------
# Grouping what was recorded


@dataclass(frozen=True, slots=True)
class SenderGroup:
    """Everything recorded from one sender (one catalog service, or one name)."""

    key: str
    sender: str  # the name as first recorded
    service_id: str | None
    count: int
    kinds: tuple[MessageKind, ...]  # in MessageKind order
    first_on: date
    last_on: date


def sender_key(sender: str, service_id: str | None) -> str:
    return "s:" + service_id if service_id else "n:" + " ".join(sender.casefold().split())


def group_by_sender(messages: Iterable[Mapping[str, Any]]) -> list[SenderGroup]:
    """Records (vault.received_messages rows) grouped by sender, most recent sender first."""
    groups: dict[str, dict[str, Any]] = {}
    for m in messages:
        key = sender_key(str(m["sender"]), m.get("service_id"))
        on = date.fromisoformat(str(m["received_on"]))
        g = groups.setdefault(
            key,
            {
                "sender": str(m["sender"]),
                "service_id": m.get("service_id"),
                "count": 0,
                "kinds": set(),
                "first": on,
                "last": on,
            },
        )
        g["count"] += 1
        g["kinds"].add(kind_of(str(m["kind"])))
        g["first"] = min(g["first"], on)
        g["last"] = max(g["last"], on)
    result = [
        SenderGroup(
            key=key,
            sender=g["sender"],
            service_id=g["service_id"],
            count=g["count"],
            kinds=tuple(k for k in MessageKind if k in g["kinds"]),
            first_on=g["first"],
            last_on=g["last"],
        )
        for key, g in groups.items()
    ]
    result.sort(key=lambda g: (g.last_on, g.count), reverse=True)
    return result


# ----------------------------------------------------------------------------------------------
# What to do next


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


# ----------------------------------------------------------------------------------------------
# Ready-made messages (fixed texts in both languages)


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


# ----------------------------------------------------------------------------------------------
# The carriers' clearing service (China)


@dataclass(frozen=True)
class CarrierClearing:
    service_id: str
    names: dict[str, str]
    how: Text
    timing: Text


#: The carriers' "二次号码焕新" service (facts.md section 3; sources there, reliability B/C).
CARRIER_CLEARING: Final[tuple[CarrierClearing, ...]] = (
    CarrierClearing(
        "china_mobile",
        {"zh_CN": "中国移动", "en": "China Mobile"},
        QT_TRANSLATE_NOOP("Recipient", "In the China Mobile app, search for “二次号码焕新”."),
        QT_TRANSLATE_NOOP("Recipient", "Reported to take up to 5 working days."),
    ),
    CarrierClearing(
        "china_unicom",
        {"zh_CN": "中国联通", "en": "China Unicom"},
        QT_TRANSLATE_NOOP(
            "Recipient",
            "In the China Unicom app, tap “服务” (Services), then “通用服务” (General "
            "services), then “二次号码焕新”.",
        ),
        QT_TRANSLATE_NOOP("Recipient", "Reported to work straight away."),
    ),
    CarrierClearing(
        "china_telecom",
        {"zh_CN": "中国电信", "en": "China Telecom"},
        QT_TRANSLATE_NOOP("Recipient", "In the China Telecom app, search for “二次焕新”."),
        QT_TRANSLATE_NOOP("Recipient", "Reported to take up to 5 working days."),
    ),
)

#: Text fragments a number's free-text carrier field may hold, per carrier id.
_CARRIER_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "china_mobile": ("移动", "mobile", "cmcc"),
    "china_unicom": ("联通", "unicom"),
    "china_telecom": ("电信", "telecom"),
}


def shows_carrier_clearing(number: PhoneNumber) -> bool:
    return number.region.upper() == "CN"


def carrier_clearing_for(number: PhoneNumber) -> list[CarrierClearing]:
    """The clearing services to show for *number*: its carrier's first, when it is known."""
    if not shows_carrier_clearing(number):
        return []
    carrier = number.carrier.casefold()
    mine = [
        c
        for c in CARRIER_CLEARING
        if carrier and any(w in carrier for w in _CARRIER_WORDS[c.service_id])
    ]
    return mine + [c for c in CARRIER_CLEARING if c not in mine]


def is_own_carrier(number: PhoneNumber, clearing: CarrierClearing) -> bool:
    carrier = number.carrier.casefold()
    return bool(carrier) and any(w in carrier for w in _CARRIER_WORDS[clearing.service_id])


# ----------------------------------------------------------------------------------------------
# Follow-ups


class RequestSource(Protocol):
    """What :func:`due_followups` reads (storage.vault.Vault fits)."""

    def numbers(self) -> list[PhoneNumber]: ...

    def requests(self, number_id: str) -> list[dict[str, Any]]: ...


def is_due(request: Mapping[str, Any], today: date) -> bool:
    """Still waiting, and its follow-up day is today or already past."""
    follow = request.get("follow_up_on")
    if not follow or status_of(str(request.get("status", ""))) is not RequestStatus.WAITING:
        return False
    return date.fromisoformat(str(follow)) <= today


def due_followups(
    source: RequestSource, today: date, number_ids: Sequence[str] | None = None
) -> list[dict[str, Any]]:
    """Requests to follow up *today*: waiting, with a follow-up day today or earlier.

    Each is the vault's request row with ``number_id`` added, oldest follow-up first. Pass
    *number_ids* to look at some numbers only (the received page passes its own).
    """
    due: list[dict[str, Any]] = []
    for number in source.numbers():
        if number_ids is not None and number.id not in number_ids:
            continue
        for request in source.requests(number.id):
            if is_due(request, today):
                due.append({**request, "number_id": number.id})
    due.sort(key=lambda r: (str(r["follow_up_on"]), str(r["asked_on"])))
    return due
