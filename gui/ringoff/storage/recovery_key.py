"""The vault's raw key and the recovery key that spells it, and the one check of a typed key.

The raw key is 256 random bits that key SQLCipher directly. Spelled in Crockford base32 with a
3-byte checksum it becomes the recovery key (14 groups of 4 characters): typing mistakes are
caught by the checksum, a correct-looking key of another vault by :func:`check_recovery_key`.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable

from ..core.errors import WrongSecret
from ..core.i18n import QT_TRANSLATE_NOOP

KEY_BYTES = 32
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {ch: i for i, ch in enumerate(_CROCKFORD)}
_DECODE.update({"O": 0, "I": 1, "L": 1})
_CHECK_BYTES = 3

#: What a well-typed recovery key that is not this vault's key in force gets.
NOT_THIS_VAULT = QT_TRANSLATE_NOOP(
    "Errors",
    "This recovery key does not open this vault. It may belong to a different vault, "
    "or be an older key of this one: check the date on your Emergency Kit.",
)


def new_raw_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def sqlcipher_key_pragma(raw_key: bytes) -> str:
    """The PRAGMA that keys SQLCipher with a raw key (PRAGMA cannot take bound parameters)."""
    if len(raw_key) != KEY_BYTES:
        raise ValueError("raw key must be 32 bytes")
    return f"PRAGMA key = \"x'{raw_key.hex()}'\""


def _checksum(raw_key: bytes) -> bytes:
    return hashlib.sha256(b"ringoff-recovery" + raw_key).digest()[:_CHECK_BYTES]


def format_recovery_key(raw_key: bytes) -> str:
    """Spell *raw_key* as 14 groups of 4 characters, e.g. ``7K3M-Q9XA-...``."""
    data = raw_key + _checksum(raw_key)
    bits = int.from_bytes(data, "big")
    nbits = len(data) * 8  # 280 bits = 56 characters exactly
    chars = [_CROCKFORD[(bits >> (nbits - 5 * (i + 1))) & 31] for i in range(nbits // 5)]
    text = "".join(chars)
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    """Read a recovery key as people type it: any case, spaces or dashes, O for 0, I/L for 1."""
    cleaned = "".join(ch for ch in text.upper() if not ch.isspace() and ch not in "-_–—")
    if len(cleaned) != 56 or any(ch not in _DECODE for ch in cleaned):
        raise WrongSecret(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A recovery key has 56 letters and digits in 14 groups of 4. "
                "Please check that you typed all of it.",
            )
        )
    bits = 0
    for ch in cleaned:
        bits = (bits << 5) | _DECODE[ch]
    data = bits.to_bytes(KEY_BYTES + _CHECK_BYTES, "big")
    raw, check = data[:KEY_BYTES], data[KEY_BYTES:]
    if not hmac.compare_digest(check, _checksum(raw)):
        raise WrongSecret(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This recovery key has a typing mistake somewhere. "
                "Please compare it group by group with your Emergency Kit.",
            )
        )
    return raw


def check_recovery_key(text: str, belongs: Callable[[bytes], bool]) -> bytes:
    """The raw key spelled by the typed *text*, once *belongs* says it is the right one.

    The one check of a typed recovery key (unlocking, a transfer file, printing the kit again):
    a mistyped key is refused by its spelling (:func:`parse_recovery_key`), a well-typed key of
    another vault, or an older key of this one, with :data:`NOT_THIS_VAULT`. Both raise
    :class:`~ringoff.core.errors.WrongSecret`; *belongs* only sees keys that spell correctly.
    """
    raw = parse_recovery_key(text)
    if not belongs(raw):
        raise WrongSecret(NOT_THIS_VAULT)
    return raw
