"""Pasted texts -> one record per sender (bodies and codes dropped), and the records grouped by
sender.

Part of the received-number feature (:mod:`ringoff.core.received`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..importers import ServiceMatcher
from ..sms import recognise, split_messages
from .kinds import MessageKind, kind_of

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
