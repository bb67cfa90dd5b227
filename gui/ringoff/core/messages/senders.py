"""Who sent a text: :class:`SenderTally` counts messages per sender and finds the service
from the 【签名】, the names in the text or the sender's address, then forgets the body.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import datetime

from ..importers import ServiceMatcher, ServiceRef
from ..sms import sender_candidates
from .model import (
    MAX_MEMO,
    MAX_SENDERS,
    ArchiveResult,
    MessageFind,
    _Tally,
    _too_many_senders,
)

_DIGIT_RUNS = re.compile(r"\d+")


_SPACES = re.compile(r"[\s\-().\u00a0]+")
_CODE_WORDS = re.compile(
    r"verification|security code|login code|sign[- ]?in|passcode|one[- ]time|\bcode\b|\bOTP\b"
    r"|验证码|校验码|动态码|动态密码|登录|注册|绑定",
    re.IGNORECASE,
)
_PHONE_WORDS = re.compile(
    r"phone number|mobile number|phone was|number (?:was|has been) (?:added|changed|verified)"
    r"|verify your (?:phone|number)|手机号|手机号码|绑定|验证码|verification code|security code"
    r"|sign[- ]?in code|login code|one[- ]time (?:code|password|passcode)",
    re.IGNORECASE,
)


def _plain_address(address: str) -> str:
    return _SPACES.sub("", unicodedata.normalize("NFKC", address)).strip()


def is_service_address(address: str, region: str) -> bool:
    """Does *address* look like a service rather than a person: an alphanumeric sender id
    ("Google"), a short code (at most 6 digits: US codes are 5-6 digits, carriers' 10086), or a
    Chinese service port (106…, 95…/96… short numbers, 12xxx)."""
    plain = _plain_address(address)
    if not plain:
        return False
    digits = plain.lstrip("+")
    if not digits.isdigit():
        return any(c.isalpha() for c in plain) and "@" not in plain
    if len(digits) <= 6:
        return True
    cn = digits[2:] if digits.startswith("86") and len(digits) > 8 else digits
    return cn.startswith("106") or (cn[:2] in ("95", "96") and len(cn) <= 8)


class SenderTally:
    """Counts messages per sender. :meth:`add` looks at one message and forgets its body."""

    def __init__(self, matcher: ServiceMatcher, region: str, lang: str = "en") -> None:
        self.matcher = matcher
        self.region = region.upper()
        self.lang = lang
        self.messages = 0
        self.personal = 0
        self._tallies: dict[str, _Tally] = {}
        self._names: dict[str, ServiceRef | None] = {}
        self._addresses: dict[str, tuple[ServiceRef | None, bool]] = {}
        self._memo: dict[int, tuple[str, str, ServiceRef | None] | None] = {}
        by_number = getattr(matcher, "services_for_sms_number", None)
        self._by_number: Callable[[str, str], list[ServiceRef]] | None = by_number
        self._by_name: Callable[[str], ServiceRef | None] | None = getattr(
            matcher, "service_for_name", None
        )

    # -- looking up --

    def service_for_name(self, name: str) -> ServiceRef | None:
        key = name.casefold()
        if key in self._names:
            return self._names[key]
        ref = self.matcher.service_for_sms_sender(name)
        if ref is None and self._by_name is not None:
            ref = self._by_name(name)
        if ref is None and self._by_name is None:
            for candidate in self.matcher.search(name, self.lang, 5):
                names = {candidate.name(self.lang), candidate.name("en"), candidate.name("zh_CN")}
                if key in {n.casefold() for n in names} or key == candidate.id:
                    ref = candidate
                    break
        if len(self._names) < MAX_SENDERS:
            self._names[key] = ref
        return ref

    def _address(self, address: str) -> tuple[ServiceRef | None, bool]:
        found = self._addresses.get(address)
        if found is None:
            service_like = is_service_address(address, self.region)
            ref: ServiceRef | None = None
            plain = _plain_address(address)
            if service_like and not plain.lstrip("+").isdigit():
                ref = self.service_for_name(address.strip())
            elif self._by_number is not None and plain:
                refs = self._by_number(plain, self.region)
                if not refs and plain.startswith("+"):
                    refs = self._by_number(plain[1:], self.region)
                ref = refs[0] if refs else None
            found = (ref, service_like)
            if len(self._addresses) < MAX_SENDERS:
                self._addresses[address] = found
        return found

    # -- counting --

    def add(self, address: str, body: str, when: datetime | None) -> None:
        """Count one received message from *address* (may be "") whose text is *body*."""
        self.messages += 1
        # Texts of one sender mostly differ only in their codes and amounts: the verdict for
        # (sender, text with every run of digits blanked) is remembered by its hash alone, so
        # no text is kept and most messages cost one look-up.
        head = body[: body.find("】", 0, 20) + 1] if body[:1] == "【" else ""
        memo = hash((address, head, _DIGIT_RUNS.sub("#", body[:300])))
        if memo in self._memo:
            known = self._memo[memo]
            if known is None:
                self.personal += 1
            else:
                self.count(known[0], known[1], known[2], when)
            return
        verdict = self._verdict(address, body)
        if len(self._memo) < MAX_MEMO:
            self._memo[memo] = verdict
        if verdict is None:
            self.personal += 1
        else:
            self.count(verdict[0], verdict[1], verdict[2], when)

    def _verdict(self, address: str, body: str) -> tuple[str, str, ServiceRef | None] | None:
        """(tally key, sender shown, service) of one message, or None for a person."""
        signature = _signature_of(body) if body else ""
        if signature:  # the 【签名】 is the name (it may be digits: 【12306】)
            names = [signature]
        else:
            names = sender_candidates(_TAIL_JUNK.sub("", body[:600])) if body else []
        ref: ServiceRef | None = None
        chosen = ""
        for name in names:
            ref = self.service_for_name(name)
            if ref is not None:
                chosen = name
                break
        addr_ref, service_like = self._address(address) if address else (None, False)
        if ref is None and addr_ref is not None:
            ref, chosen = addr_ref, address.strip()
        if ref is not None:
            return "s:" + ref.id, chosen, ref
        if signature or (names and (service_like or _proper_name(names[0], body))):
            chosen = signature or names[0]
            return "n:" + chosen.casefold(), chosen, None
        if service_like:
            chosen = _plain_address(address)
            return "a:" + chosen.casefold(), chosen, None
        return None

    def count(self, key: str, sender: str, ref: ServiceRef | None, when: datetime | None) -> None:
        tally = self._tallies.get(key)
        if tally is None:
            if len(self._tallies) >= MAX_SENDERS:
                raise _too_many_senders()
            tally = self._tallies[key] = _Tally(sender, ref, 0, None)
        tally.count += 1
        if when is not None and (tally.last is None or when > tally.last):
            tally.last = when

    def result(self, kind: str) -> ArchiveResult:
        finds = [
            MessageFind(
                sender=t.sender,
                service_id=t.ref.id if t.ref is not None else None,
                service_name=t.ref.name(self.lang) if t.ref is not None else t.sender,
                count=t.count,
                last=t.last.date() if t.last is not None else None,
            )
            for t in self._tallies.values()
        ]
        finds.sort(key=lambda f: (f.service_id is None, -f.count, f.service_name.casefold()))
        return ArchiveResult(kind, self.messages, self.personal, finds)


def _proper_name(name: str, body: str) -> bool:
    """A name read from a person's number counts only when it is written like a company's
    (every word capitalised: "Fabrikam Bank", not "mom says the") in a text about a code."""
    words = name.split()
    return all(w[:1].isupper() or w[:1].isdigit() for w in words) and bool(
        _CODE_WORDS.search(body[:600])
    )


_LEAD = re.compile(r"^\s*(?:<#>\s*)?[【［]\s*([^】］\n]{2,16}?)\s*[】］]")
_TRAIL = re.compile(r"[【［]\s*([^】］【［\n]{2,16}?)\s*[】］]\s*[。.!！]?\s*$")


_TAIL_JUNK = re.compile(r"[\s\ufffd\u2600-\u27bf\U0001f000-\U0001ffff]+$")


def _signature_of(body: str) -> str:
    """The 【签名】 at the start (or end) of a Chinese text, "" if none."""
    m = _LEAD.match(body) or _TRAIL.search(_TAIL_JUNK.sub("", body[-80:]))
    return m.group(1).strip() if m else ""


_SIGNATURE = re.compile(r"^\s*[【\[［][^】\]］\n]{2,16}[】\]］]|[【［][^】］\n]{2,16}[】］]\s*$")


def _has_signature(body: str) -> bool:
    return bool(_SIGNATURE.search(body[:600]) or _SIGNATURE.search(body[-40:]))
