"""A plain strength hint for a new passphrase, and a refusal of the trivially weak.

Not a password meter with a score to game: it refuses only what an attacker would try first
(very short, a well-known password, one repeated character, a run like 123456 or a date), and
otherwise encourages length, because a long phrase is both stronger and easier to remember.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum
from itertools import pairwise

from .i18n import QT_TRANSLATE_NOOP, Text

MIN_LENGTH = 8

# The most common passwords in published leak statistics, Chinese and English lists alike.
_COMMON = frozenset(
    (
        "123456",
        "1234567",
        "12345678",
        "123456789",
        "1234567890",
        "password",
        "password1",
        "qwerty",
        "qwerty123",
        "111111",
        "000000",
        "888888",
        "666666",
        "abc123",
        "abcd1234",
        "iloveyou",
        "woaini",
        "woaini1314",
        "5201314",
        "1314520",
        "a123456",
        "aa123456",
        "123123",
        "123321",
        "654321",
        "qwertyuiop",
        "asdfghjkl",
        "zxcvbnm",
        "admin",
        "admin123",
        "letmein",
        "welcome",
        "monkey",
        "dragon",
        "sunshine",
        "princess",
        "football",
        "baseball",
        "11111111",
        "88888888",
        "00000000",
        "12341234",
        "147258369",
        "987654321",
        "1qaz2wsx",
        "qazwsx",
        "passw0rd",
        "p@ssw0rd",
        "zhangwei",
        "wangfang",
    )
)


class Strength(IntEnum):
    TOO_WEAK = 0
    WEAK = 1
    GOOD = 2
    STRONG = 3


@dataclass(frozen=True)
class Verdict:
    strength: Strength
    message: Text

    @property
    def acceptable(self) -> bool:
        return self.strength > Strength.TOO_WEAK


def _length(passphrase: str) -> int:
    """Length in 'Latin characters': a Chinese character counts as two."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in passphrase)


def _is_run(text: str) -> bool:
    if len(text) < 4:
        return False
    steps = {ord(b) - ord(a) for a, b in pairwise(text)}
    return steps in ({1}, {-1}, {0})


def check(passphrase: str) -> Verdict:
    p = passphrase.strip()
    if not p:
        return Verdict(
            Strength.TOO_WEAK,
            QT_TRANSLATE_NOOP("Passphrase", "Please choose a passphrase."),
        )
    length = _length(p)
    lowered = p.lower()
    if lowered in _COMMON or lowered.rstrip("!.1") in _COMMON:
        return Verdict(
            Strength.TOO_WEAK,
            QT_TRANSLATE_NOOP(
                "Passphrase",
                "This is one of the most common passwords, and it is the first one a thief "
                "would try. Please choose something of your own.",
            ),
        )
    if _is_run(lowered) or len(set(lowered)) <= 2:
        return Verdict(
            Strength.TOO_WEAK,
            QT_TRANSLATE_NOOP(
                "Passphrase",
                "A run of the same or neighbouring keys is easy to guess. Try a few words "
                "that mean something to you.",
            ),
        )
    if re.fullmatch(r"(19|20)\d{6}|\d{6}|\d{8}", p):
        return Verdict(
            Strength.TOO_WEAK,
            QT_TRANSLATE_NOOP(
                "Passphrase",
                "A date or a short run of digits is easy to guess. Try a few words instead.",
            ),
        )
    if length < MIN_LENGTH:
        return Verdict(
            Strength.TOO_WEAK,
            QT_TRANSLATE_NOOP(
                "Passphrase",
                "Please use at least 8 characters. A short sentence you can remember is best, "
                "for example “Grandma's garden has 3 apple trees”.",
            ),
        )
    classes = sum(
        bool(re.search(pattern, p))
        for pattern in (r"[a-z]", r"[A-Z]", r"\d", r"[^\w\s]", r"\s", r"[\u2e80-\uffff]")
    )
    if length >= 20 or (length >= 14 and classes >= 2):
        return Verdict(
            Strength.STRONG,
            QT_TRANSLATE_NOOP("Passphrase", "Strong. Make sure you will remember it."),
        )
    if length >= 12 or (length >= 10 and classes >= 3):
        return Verdict(
            Strength.GOOD,
            QT_TRANSLATE_NOOP("Passphrase", "Good. A few more words would make it even stronger."),
        )
    return Verdict(
        Strength.WEAK,
        QT_TRANSLATE_NOOP(
            "Passphrase",
            "Acceptable, but short. Longer is stronger: try adding another word or two.",
        ),
    )
