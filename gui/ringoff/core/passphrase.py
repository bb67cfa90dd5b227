"""A plain strength hint for a new passphrase, and a refusal of what a thief would try first.

Refused, each with its own plain reason: nothing at all; one of the most common leaked passwords
(the top 10,000 of zxcvbn's list of leaked passwords, plus Chinese favourites below, also with
digits or a "!" added, letters swapped for look-alike digits, or spaces between); fewer than 8
characters; a date or a short run of digits; a walk along the keyboard (1q2w3e4r, zaq12wsx,
qwerty12...) or a run of one or neighbouring characters; and anything else the zxcvbn
estimator (https://github.com/dwolfhub/zxcvbn-python, a port of Dropbox's zxcvbn) guesses in
fewer than a million tries. Otherwise the hint encourages length, because a long phrase is both
stronger and easier to remember. Everything is checked offline.

zxcvbn knows English words, names and keyboards, not Chinese: for a passphrase with Chinese
characters the rating comes from its length (a Chinese character counts as two), and only the
lists, length, runs and walks can refuse it.

Normalisation: :func:`normalise` (Unicode NFC, nothing trimmed) is the one function that both
this check and the key derivation (storage.keys) apply, so the passphrase that is rated is
exactly the one that is used. Spaces at either end are kept (and the hint says so), never
silently dropped on one side only.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import IntEnum
from functools import cache
from itertools import pairwise

from .i18n import QT_TRANSLATE_NOOP, Text

MIN_LENGTH = 8
#: How many of zxcvbn's leaked passwords (most common first) are refused outright.
COMMON_COUNT = 10_000
#: Fewer guesses than this (zxcvbn's estimate) is refused for a passphrase without Chinese.
MIN_GUESSES = 1e6

# Favourites of Chinese users in published analyses of leaked Chinese password sets (CSDN,
# Tianya, 7k7k, Dodonew: Wang et al., "Understanding Passwords of Chinese Users", IEEE TIFS
# 2017; Rising and Qihoo 360's lists, https://china.org.cn/top10/2011-11/28/content_24023212.htm)
# that zxcvbn's English-centred list lacks, and common phrases in Chinese characters.
CHINESE_FAVOURITES = frozenset(
    """
    5201314 1314520 5211314 1314521 52013140 520520 521521 584520 7758521 7758258 woaini
    woaini1314 woaini520 woaini521 woaini123 woaini110 aini1314 iloveyou1314 wodemima mima
    mima123 mima1234 nihao nihao123 woshishui woaiwojia woaini1 xiaoming taobao baidu tianya
    qq123456 qq5201314 qq1234 qq123 dearbook xiazhili wangyi zhongguo beijing shanghai
    woaizhongguo huawei xiaomi zhangwei wangwei wangfang lijing lina liuyang zhangmin wanglei
    wangjing liwei zhangjing lijun zhangyong wangyong zhangli lili chenjing zhang123 wang123
    li123456 liu123456 chen123 yang123 zhang123456 wang123456 laogong laopo baobei qinaide
    woaini1314520 1314woaini 5201314woaini a5201314 aa5201314 a123456 a123456789 aa123456
    abc123456 123456abc 123456a 123456aa a12345678 a1234567 12345qwert qwe123456 asd123456
    zxc123456 123qweasd 1qaz2wsx3edc 147258369 741852963 963852741 159357 159753 789456123
    123654789 11223344 12344321 31415926 88888888 66666666 168168 518518 16888888 111222333
    110110 110110110 1234abcd admin888 abc888 woshizhu mimamima
    我的密码 密码 密码123 我爱你 我爱你一生一世 一生一世 我爱我家 我爱中国 我爱你中国 你好
    中国 中华人民共和国 我是谁 老公 老婆 宝贝 亲爱的 天天向上 好好学习天天向上 万事如意
    恭喜发财 心想事成 一路平安 平安是福 家和万事兴 身体健康 一帆风顺 吉祥如意 步步高升
    大吉大利 年年有余 一二三四五六 一二三四五六七八 请输入密码 不知道 忘记密码 管理员 用户名
    阿弥陀佛 我的名字 我爱你老婆 我爱你老公 宝贝我爱你 一生平安 幸福快乐 快乐每一天
    """.split()  # noqa: SIM905 - a list of words reads better as words
)

# Look-alike digits and signs that people put in place of letters (P@ssw0rd, l3tm3in...).
_LEET = str.maketrans("@4301!$57+|892", "aaeoiissttlbgz")
_AFFIX = re.compile(r"^[\d\W_]{0,4}(.*?)[\d\W_]{0,4}$", re.S)
# Chinese, Japanese and Korean characters (a range test: compiling these as a regular
# expression cost ~4.5 ms of the first-start screen's import).
_CJK_RANGES = ((0x2E80, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3FFFF))


def _has_cjk(text: str) -> bool:
    return any(low <= ord(ch) <= high for ch in text for low, high in _CJK_RANGES)


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


def normalise(passphrase: str) -> str:
    """The one form of a passphrase that is both rated and turned into a key: Unicode NFC.

    The same passphrase typed through different input methods (a precomposed "é" or "e" plus
    an accent, full-width forms are *not* folded) gives the same key. Nothing is trimmed.
    """
    return unicodedata.normalize("NFC", passphrase)


@cache
def common_passwords() -> frozenset[str]:
    """The bundled list: zxcvbn's most common leaked passwords and the Chinese favourites."""
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    leaked = FREQUENCY_LISTS["passwords"][:COMMON_COUNT]
    return frozenset(leaked) | CHINESE_FAVOURITES


def _variants(text: str) -> set[str]:
    """*text* as a thief's list would hold it: case, spaces, affixed digits, look-alikes."""
    base = text.strip().casefold()
    forms = {base, "".join(base.split())}
    for form in list(forms):
        core = _AFFIX.fullmatch(form)
        if core is not None and len(core.group(1)) >= 4:
            forms.add(core.group(1))
    for form in list(forms):
        forms.add(form.translate(_LEET))
        forms.add(form.replace("1", "l").translate(_LEET))
    return forms


def is_common(passphrase: str) -> bool:
    """One of the most common leaked passwords, or one with the usual small changes."""
    common = common_passwords()
    return any(form in common for form in _variants(normalise(passphrase)))


def _length(passphrase: str) -> int:
    """Length in 'Latin characters': a Chinese character counts as two."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in passphrase)


# --- keyboard walks ---------------------------------------------------------------------------

_ROWS = ("1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./")
_ROW_OFFSETS = (0.0, 0.5, 0.75, 1.25)  # how far each row is shifted to the right
_SHIFTED = dict(zip('!@#$%^&*()_+{}|:"<>?~', "1234567890-=[]\\;',./`", strict=True))
_KEYPAD: dict[str, tuple[float, float]] = {
    key: (float(x), float(y))
    for y, row in enumerate(("789", "456", "123", "0"))
    for x, key in enumerate(row)
}


def _key_positions() -> dict[str, tuple[float, float]]:
    places: dict[str, tuple[float, float]] = {}
    for y, (row, offset) in enumerate(zip(_ROWS, _ROW_OFFSETS, strict=True)):
        for x, key in enumerate(row):
            places[key] = (x + offset, float(y))
    return places


_KEYBOARD = _key_positions()


def _breaks(keys: str, places: dict[str, tuple[float, float]]) -> int | None:
    """How often the finger jumps (the next key neither the same nor a neighbour)."""
    if any(k not in places for k in keys):
        return None
    jumps = 0
    for a, b in pairwise(keys):
        (xa, ya), (xb, yb) = places[a], places[b]
        if abs(ya - yb) > 1 or abs(xa - xb) > 1:
            jumps += 1
    return jumps


def is_keyboard_walk(passphrase: str) -> bool:
    """Mostly neighbouring keys on a keyboard or number pad (qwerty, 1q2w3e4r, zaq12wsx...)."""
    keys = "".join(_SHIFTED.get(ch, ch) for ch in passphrase.casefold() if not ch.isspace())
    if len(keys) < 4:
        return False
    jumps = [j for j in (_breaks(keys, _KEYBOARD), _breaks(keys, _KEYPAD)) if j is not None]
    # At most one jump per four keys: a few straight walks joined together.
    return bool(jumps) and min(jumps) * 4 <= len(keys)


def _is_run(text: str) -> bool:
    if len(text) < 4:
        return False
    steps = {ord(b) - ord(a) for a, b in pairwise(text)}
    return steps in ({1}, {-1}, {0})


@dataclass(frozen=True)
class _Estimate:
    guesses: float
    score: int  # 0-4: under 1e3, 1e6, 1e8, 1e10 guesses, or more
    patterns: tuple[str, ...]  # what zxcvbn saw, piece by piece: dictionary, spatial...


def _estimate(passphrase: str) -> _Estimate:
    """zxcvbn's estimate (loaded on first use, never at start-up: see the module's doc)."""
    from zxcvbn import zxcvbn

    # zxcvbn refuses more than 72 characters; a long phrase is judged by its beginning.
    result = zxcvbn(passphrase[:72])
    return _Estimate(
        float(result["guesses"]),
        int(result["score"]),
        tuple(str(m["pattern"]) for m in result["sequence"]),
    )


_WALK_PATTERNS = frozenset(("spatial", "sequence", "repeat"))


def check(passphrase: str) -> Verdict:
    p = normalise(passphrase)
    if not p.strip():
        return Verdict(
            Strength.TOO_WEAK,
            QT_TRANSLATE_NOOP("Passphrase", "Please choose a passphrase."),
        )
    if is_common(p):
        return Verdict(
            Strength.TOO_WEAK,
            QT_TRANSLATE_NOOP(
                "Passphrase",
                "This is one of the most common passwords, and it is the first one a thief "
                "would try. Please choose something of your own.",
            ),
        )
    length = _length(p)
    if length < MIN_LENGTH:
        return Verdict(
            Strength.TOO_WEAK,
            QT_TRANSLATE_NOOP(
                "Passphrase",
                "Please use at least 8 characters. A short sentence you can remember is best, "
                "for example “Grandma's garden has 3 apple trees”.",
            ),
        )
    lowered = p.strip().casefold()
    if re.fullmatch(r"(19|20)\d{6}|\d{6,10}|\d{1,4}([-./ ]\d{1,4}){2}", lowered):
        return Verdict(
            Strength.TOO_WEAK,
            QT_TRANSLATE_NOOP(
                "Passphrase",
                "A date or a short run of digits is easy to guess. Try a few words instead.",
            ),
        )
    simple = is_keyboard_walk(p) or _is_run(lowered) or len(set(lowered)) <= 2
    estimate = None if simple or _has_cjk(p) else _estimate(p)
    walk_only = estimate is not None and _WALK_PATTERNS.issuperset(estimate.patterns)
    if simple or walk_only:
        return Verdict(
            Strength.TOO_WEAK,
            QT_TRANSLATE_NOOP(
                "Passphrase",
                "A run of the same or neighbouring keys is easy to guess. Try a few words "
                "that mean something to you.",
            ),
        )
    if estimate is not None and estimate.guesses < MIN_GUESSES:
        return Verdict(
            Strength.TOO_WEAK,
            QT_TRANSLATE_NOOP(
                "Passphrase",
                "This is easy to guess: it is made of a common word, name or pattern. Add a few "
                "words of your own, for example “Grandma's garden has 3 apple trees”.",
            ),
        )
    strength = _rate(p, length, estimate)
    if p != p.strip():
        return Verdict(
            strength,
            QT_TRANSLATE_NOOP(
                "Passphrase",
                "It starts or ends with a space. That space is part of your passphrase: you "
                "will have to type it every time.",
            ),
        )
    return Verdict(strength, _RATINGS[strength])


def _rate(p: str, length: int, estimate: _Estimate | None) -> Strength:
    classes = sum(
        bool(re.search(pattern, p))
        for pattern in (r"[a-z]", r"[A-Z]", r"\d", r"[^\w\s]", r"\s", r"[\u2e80-\uffff]")
    )
    if length >= 20 or (length >= 14 and classes >= 2):
        by_length = Strength.STRONG
    elif length >= 12 or (length >= 10 and classes >= 3):
        by_length = Strength.GOOD
    else:
        by_length = Strength.WEAK
    if estimate is None:
        return by_length
    # zxcvbn's score (2: under 1e8 guesses, 3: under 1e10, 4: more) decides: length alone is
    # not enough ("passwordpassword..." is long), and a strong estimate for something short is
    # believed.
    return {3: Strength.GOOD, 4: Strength.STRONG}.get(estimate.score, Strength.WEAK)


_RATINGS = {
    Strength.STRONG: QT_TRANSLATE_NOOP("Passphrase", "Strong. Make sure you will remember it."),
    Strength.GOOD: QT_TRANSLATE_NOOP(
        "Passphrase", "Good. A few more words would make it even stronger."
    ),
    Strength.WEAK: QT_TRANSLATE_NOOP(
        "Passphrase",
        "Acceptable, but short. Longer is stronger: try adding another word or two.",
    ),
}
