"""Recognising who sent a batch of pasted verification texts.

A person copies a few SMS from their phone (verification codes, bank alerts) and pastes them in
one go. Ringoff finds each message's sender (the 【name】 signature of Chinese texts, or the
service an English text names in its first words) and looks it up in the catalog.

Privacy rule: only the sender's name survives. The message bodies and every code in them are
dropped as soon as the sender is found; :class:`SmsHit` has no field that could hold them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .importers import ServiceMatcher, ServiceRef

MAX_SENDER_LENGTH = 30


@dataclass(frozen=True, slots=True)
class SmsHit:
    """A sender found in the pasted texts, with how many of the messages came from it.

    ``sender`` is "" for the messages whose sender could not be read (at most one such hit,
    always last). ``service_id`` is None when the catalog does not know the sender, so the user
    can add it by name.
    """

    sender: str
    service_id: str | None
    service_name: str  # the catalog name in the requested language, else the sender
    count: int


# ----------------------------------------------------------------------------------------------
# Splitting a pasted batch into messages

# A line that starts a new message in exports and copies from phones: a date or a time, a
# "From:" / "发件人:" header, or a sender number followed by a colon.
_NEW_MESSAGE = re.compile(
    r"""^\s*(?:
        \d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?   # 2024-05-01, 2024年5月1日
      | \d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}                      # 05/01/2024
      | (?:上午|下午|晚上|凌晨)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp][Mm])?\s  # 10:22 / 下午3:05
      | (?:from|发件人|来自|sender)\s*[:：]                  # From: Google
      | \+?\d[\d ]{3,18}\s*[:：]                             # 95588: ... / 106900: ...
    )""",
    re.VERBOSE | re.IGNORECASE,
)
_LEADING_STAMP = re.compile(
    r"""^\s*(?:
        (?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})
        [\sT,]*
    )?(?:
        (?:上午|下午|晚上|凌晨)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp][Mm])?
    )?[\s,]*""",
    re.VERBOSE,
)
_BRACKET_START = re.compile(r"^\s*[【\[［]")
_ONLY_SIGNATURE = re.compile(r"^\s*[【\[［][^】\]］]{1,30}[】\]］]\s*$")


def split_messages(text: str) -> list[str]:
    """Cut a pasted batch into messages.

    A message ends at a blank line. Inside a block, a new message starts at a line that opens
    with 【..】 or [..], at the line starts phones use in exports (a date, a time, "From:", a
    sender number and a colon), at a line that names its own sender, and at a line carrying a
    code when the message above already carries one.
    """
    messages: list[list[str]] = []
    current: list[str] = []
    current_has_code = False
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if not line:
            if current:
                messages.append(current)
                current, current_has_code = [], False
            continue
        if current and _ONLY_SIGNATURE.match(line) and not _has_signature(current):
            current.append(line)  # a signature on its own line closes the message above
            messages.append(current)
            current, current_has_code = [], False
            continue
        line_has_code = bool(_CODE_RUN.search(_LEADING_STAMP.sub("", line, count=1)))
        if current and (
            _BRACKET_START.match(line)
            or _NEW_MESSAGE.match(line)
            or (line_has_code and current_has_code)
            or sender_candidates(line)
        ):
            messages.append(current)
            current, current_has_code = [], False
        current.append(line)
        current_has_code = current_has_code or line_has_code
    if current:
        messages.append(current)
    return ["\n".join(m) for m in messages]


_CODE_RUN = re.compile(r"(?<![\d.,$¥€£])\d{4,8}(?![\d.,])|(?<!\d)\d{3}[- ]\d{3}(?!\d)")


def _has_signature(lines: list[str]) -> bool:
    joined = " ".join(lines)
    return bool(_LEAD_SIG.match(joined) or _TRAIL_SIG.search(joined))


# ----------------------------------------------------------------------------------------------
# Finding the sender of one message

_LEAD_SIG = re.compile(r"^\s*(?:<#>\s*)?[【\[［]\s*([^】\]］\n]{1,30}?)\s*[】\]］]")
_TRAIL_SIG = re.compile(r"[【\[［]\s*([^】\]［【\[\n]{1,30}?)\s*[】\]］]\s*[。.!！]?\s*$")
_FROM = re.compile(r"^\s*(?:from|发件人|来自|sender)\s*[:：]\s*([^\n:：]{1,40})", re.IGNORECASE)
_NAME = r"[A-Za-z0-9\u00c0-\u024f][\w&'’.+-]*(?:\s+[A-Za-z0-9&][\w&'’.+-]*){0,3}"
_QUALIFIER = (
    r"(?:verification|security|login|log-in|sign[- ]?in|confirmation|one[- ]time|authentication"
    r"|access|account|activation|2fa|two[- ]factor|otp|temporary|registration)"
)
_ENGLISH = (
    # "Your Google verification code is", "G-123456 is your Google verification code"
    re.compile(
        rf"\byour\s+(?P<n>{_NAME}?)\s+(?:{_QUALIFIER}\s+)*(?:code|pin|passcode|password|otp)\b",
        re.IGNORECASE,
    ),
    # "Uber: Your code is 1234", "Amazon: ...", "Chase Alert: ..."
    re.compile(rf"^\s*(?:<#>\s*)?(?P<n>{_NAME}?)\s*[:：]\s", re.IGNORECASE),
    # "WhatsApp code 123-456", "Telegram code: 12345"
    re.compile(
        rf"^\s*(?:<#>\s*)?(?P<n>{_NAME}?)\s+(?:{_QUALIFIER}\s+)*(?:code|pin|passcode)\b",
        re.IGNORECASE,
    ),
    # "... code for Facebook", "Welcome to Lyft", "sign in to Microsoft"
    re.compile(
        r"\b(?:code|pin|passcode|otp)\s+(?:for|from)\s+"
        r"(?P<n>[A-Z][\w&'’.+-]*(?:\s+[A-Z][\w&'’.+-]*){0,2})"
    ),
    re.compile(r"\b(?:to|with|from)\s+(?P<n>[A-Z][\w&'’.+-]*(?:\s+[A-Z][\w&'’.+-]*){0,2})"),
    # "123456 is your code. Never share it. -Hinge"
    re.compile(r"\s[-–—]\s?(?P<n>[A-Z][\w&'’+]*(?:\s+[A-Z][\w&'’+]*){0,2})\s*$"),
    # "Use 123456 as Microsoft account security code"
    re.compile(
        rf"\bas\s+(?:your\s+)?(?P<n>[A-Z][\w&'’.+-]*(?:\s+[A-Z][\w&'’.+-]*){{0,2}})\s+"
        rf"(?:account\s+)?(?:{_QUALIFIER}\s+)*code\b"
    ),
)
# Words that are never a sender's name.
_GENERIC_WORDS = """
    your you the a an this that is use code codes pin otp sms msg message text verification
    security login sign signin sign-in one-time confirmation authentication access account new
    alert alerts notice notification reminder info from to re fw fwd subject date time please
    dear hello hi welcome do not don't never share it here our my for with and or of on at by
    temporary registration activation password passcode 2fa two-factor reply stop help
    unsubscribe cancel opt out
    验证码 短信 通知 提醒 校验码 动态码 动态密码
"""
_GENERIC = frozenset(_GENERIC_WORDS.split())
_CODE_LIKE = re.compile(r"\d{3,}|\d+[-\s]\d+")
_TRAILING_WORDS = re.compile(
    rf"(?:\s+(?:{_QUALIFIER}|code|pin|passcode|otp|app|alert|alerts))+$", re.IGNORECASE
)
_LEADING_WORDS = re.compile(r"^(?:(?:the|your|you|my|dear|new|from)\s+)+", re.IGNORECASE)


def _clean(candidate: str) -> str | None:
    """A sender name worth keeping, or None (generic words, codes, too long)."""
    # A name ends where its sentence does ("Snapchat. Never share…" is "Snapchat").
    candidate = re.split(r"[.!?。！？,，;；]\s|[。！？]", candidate, maxsplit=1)[0]
    name = " ".join(candidate.split()).strip(" .,:：;!?-—·\"'“”")
    name = _LEADING_WORDS.sub("", name)
    name = _TRAILING_WORDS.sub("", name).strip(" .,:：;!?-—·")
    if not name or len(name) > MAX_SENDER_LENGTH:
        return None
    if _CODE_LIKE.search(name) or name.isdigit():
        return None  # a code or a number, not a name
    words = name.casefold().split()
    if all(w in _GENERIC for w in words):
        return None
    if words[0] in _GENERIC:
        return None
    return name


def sender_candidates(message: str) -> list[str]:
    """Possible sender names of one message, most certain first (no codes, no body text)."""
    body = _LEADING_STAMP.sub("", message, count=1)
    found: list[str] = []

    def add(raw: str | None) -> None:
        if raw is None:
            return
        name = _clean(raw)
        if name is not None and name not in found:
            found.append(name)

    m = _LEAD_SIG.match(body)
    if m:
        add(m.group(1))
    m = _TRAIL_SIG.search(body)
    if m:
        add(m.group(1))
    m = _FROM.match(body)
    if m:
        add(m.group(1))
        body = body[m.end() :]
    if not found:
        first = body.split("\n", 1)[0][:200]
        for pattern in _ENGLISH:
            for match in pattern.finditer(first):
                add(match.group("n"))
    return found


# ----------------------------------------------------------------------------------------------
# Putting it together


def _lookup(name: str, matcher: ServiceMatcher, lang: str) -> ServiceRef | None:
    ref = matcher.service_for_sms_sender(name)
    if ref is not None:
        return ref
    results = list(matcher.search(name, lang, 5))
    if not results:
        return None
    key = name.casefold()
    for candidate in results:
        names = {candidate.name(lang).casefold(), candidate.name("en").casefold()}
        names.add(candidate.name("zh_CN").casefold())
        if key in names or key == candidate.id:
            return candidate
    return results[0] if len(results) == 1 else None


@dataclass(slots=True)
class _Tally:
    sender: str
    ref: ServiceRef | None
    count: int = 0


def recognise(text: str, matcher: ServiceMatcher, lang: str = "en") -> list[SmsHit]:
    """The senders of the pasted messages in *text*, in order of first appearance.

    Known senders carry the catalog service; unknown ones have ``service_id`` None. Messages
    whose sender could not be read are counted in one last hit with ``sender`` "".
    """
    tallies: dict[str, _Tally] = {}
    unread = 0
    cache: dict[str, ServiceRef | None] = {}
    for message in split_messages(text):
        candidates = sender_candidates(message)
        if not candidates:
            unread += 1
            continue
        chosen, ref = candidates[0], None
        for name in candidates:
            if name not in cache:
                cache[name] = _lookup(name, matcher, lang)
            found = cache[name]
            if found is not None:
                chosen, ref = name, found
                break
        key = "s:" + ref.id if ref is not None else "n:" + chosen.casefold()
        tally = tallies.setdefault(key, _Tally(chosen, ref))
        tally.count += 1
    hits = [
        SmsHit(
            sender=t.sender,
            service_id=t.ref.id if t.ref is not None else None,
            service_name=t.ref.name(lang) if t.ref is not None else t.sender,
            count=t.count,
        )
        for t in tallies.values()
    ]
    if unread:
        hits.append(SmsHit(sender="", service_id=None, service_name="", count=unread))
    return hits
