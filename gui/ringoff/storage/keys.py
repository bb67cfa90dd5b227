"""Keys: the vault's raw key, the recovery key that spells it, and the passphrase-wrapped key file.

The vault is a standard SQLCipher 4 database keyed with a random 256-bit raw key. That key,
spelled in Crockford base32 with a 3-byte checksum (14 groups of 4 characters), is the recovery
key. The key file beside the vault holds the raw key wrapped with AES-256-GCM under a key that
Argon2id derives from the passphrase. The key file's header (format, KDF parameters, vault id)
is bound to the ciphertext as associated data, so any change to it makes unwrapping fail.

A wrong passphrase fails here, before the database is ever opened, so it cannot change a byte
of the vault. A recovery key carries a checksum (typing mistakes are caught) and the key file
holds a check value (a correct-looking but different key is caught) — both without touching the
database either.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from ..core.errors import KeyFileMissing, UserError, WrongSecret
from ..core.i18n import QT_TRANSLATE_NOOP
from .atomic import write_atomic

KEY_BYTES = 32
KEY_FILE_FORMAT = "ringoff-key"
KEY_FILE_VERSION = 1
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {ch: i for i, ch in enumerate(_CROCKFORD)}
_DECODE.update({"O": 0, "I": 1, "L": 1})
_CHECK_BYTES = 3
MAX_ITERATIONS = 16
MAX_LANES = 16
MAX_MEMORY_KIB = 1024 * 1024  # 1 GiB


class KeyFileDamaged(UserError):
    kind = "key_file_damaged"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. Defaults: 3 passes over 64 MiB with 4 lanes (about 0.2 s here)."""

    iterations: int = 3
    memory_kib: int = 64 * 1024
    lanes: int = 4

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        kdf = Argon2id(
            salt=salt,
            length=KEY_BYTES,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        # NFC: the same passphrase typed through different input methods gives the same key.
        return kdf.derive(unicodedata.normalize("NFC", passphrase).encode("utf-8"))


DEFAULT_KDF = KdfParams()
#: For tests only: tiny cost so the suite stays fast. Never used by the app or the CLI.
TEST_KDF = KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)


def new_raw_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def sqlcipher_key_pragma(raw_key: bytes) -> str:
    """The PRAGMA that keys SQLCipher with a raw key (PRAGMA cannot take bound parameters)."""
    if len(raw_key) != KEY_BYTES:
        raise ValueError("raw key must be 32 bytes")
    return f"PRAGMA key = \"x'{raw_key.hex()}'\""


# --- the recovery key --------------------------------------------------------------------


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


# --- the key file ------------------------------------------------------------------------


def key_file_path(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".key")


def _check_value(raw_key: bytes) -> str:
    return hmac.new(raw_key, b"ringoff-key-check", hashlib.sha256).hexdigest()[:32]


@dataclass(frozen=True)
class KeyFile:
    vault_id: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    ciphertext: bytes
    check: str

    def header(self) -> dict[str, object]:
        return {
            "format": KEY_FILE_FORMAT,
            "version": KEY_FILE_VERSION,
            "vault_id": self.vault_id,
            "kdf": {
                "name": "argon2id",
                "iterations": self.kdf.iterations,
                "memory_kib": self.kdf.memory_kib,
                "lanes": self.kdf.lanes,
                "salt": base64.b64encode(self.salt).decode(),
            },
            "check": self.check,
        }

    def associated_data(self) -> bytes:
        return json.dumps(self.header(), sort_keys=True, separators=(",", ":")).encode()

    def to_bytes(self) -> bytes:
        doc = dict(self.header())
        doc["wrap"] = {
            "alg": "AES-256-GCM",
            "nonce": base64.b64encode(self.nonce).decode(),
            "ciphertext": base64.b64encode(self.ciphertext).decode(),
        }
        return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        try:
            doc = json.loads(data.decode("utf-8"))
            if doc["format"] != KEY_FILE_FORMAT:
                raise ValueError("format")
            if int(doc["version"]) > KEY_FILE_VERSION:
                raise ValueError("version")
            kdf_doc = doc["kdf"]
            if kdf_doc["name"] != "argon2id":
                raise ValueError("kdf")
            kdf = KdfParams(
                iterations=int(kdf_doc["iterations"]),
                memory_kib=int(kdf_doc["memory_kib"]),
                lanes=int(kdf_doc["lanes"]),
            )
            made = cls(
                vault_id=str(doc["vault_id"]),
                kdf=kdf,
                salt=base64.b64decode(kdf_doc["salt"], validate=True),
                nonce=base64.b64decode(doc["wrap"]["nonce"], validate=True),
                ciphertext=base64.b64decode(doc["wrap"]["ciphertext"], validate=True),
                check=str(doc["check"]),
            )
            # A damaged or hostile file must not make the derivation crash, eat all memory
            # or run for hours: only costs Ringoff could have written are accepted.
            if not (
                1 <= kdf.iterations <= MAX_ITERATIONS
                and 1 <= kdf.lanes <= MAX_LANES
                and 8 * kdf.lanes <= kdf.memory_kib <= MAX_MEMORY_KIB
                and len(made.salt) == 16
                and len(made.nonce) == 12
                and len(made.ciphertext) == KEY_BYTES + 16
            ):
                raise ValueError("out of bounds")
            return made
        except (
            ValueError,
            KeyError,
            TypeError,
            UnicodeDecodeError,
            AttributeError,
            OverflowError,
            RecursionError,
        ):
            raise KeyFileDamaged(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The key file that goes with this vault is damaged. "
                    "You can still open the vault with your recovery key.",
                )
            ) from None

    def matches(self, raw_key: bytes) -> bool:
        return hmac.compare_digest(self.check, _check_value(raw_key))


def wrap(raw_key: bytes, passphrase: str, vault_id: str, kdf: KdfParams = DEFAULT_KDF) -> KeyFile:
    """Wrap *raw_key* under *passphrase* (derives with Argon2id: slow on purpose)."""
    salt = os.urandom(16)
    nonce = os.urandom(12)
    draft = KeyFile(vault_id, kdf, salt, nonce, b"", _check_value(raw_key))
    wrapping_key = kdf.derive(passphrase, salt)
    ciphertext = AESGCM(wrapping_key).encrypt(nonce, raw_key, draft.associated_data())
    return KeyFile(vault_id, kdf, salt, nonce, ciphertext, draft.check)


def unwrap(key_file: KeyFile, passphrase: str) -> bytes:
    """The raw key, or :class:`WrongSecret`. Slow on purpose; safe to call from a worker thread."""
    wrapping_key = key_file.kdf.derive(passphrase, key_file.salt)
    try:
        raw = AESGCM(wrapping_key).decrypt(
            key_file.nonce, key_file.ciphertext, key_file.associated_data()
        )
    except InvalidTag:
        raise WrongSecret(
            QT_TRANSLATE_NOOP(
                "Errors",
                "That passphrase is not right. Check that Caps Lock is off and that you are "
                "typing letters, not Chinese characters (switch the input method to English), "
                "and try again. If you have forgotten it, use your recovery key from the "
                "Emergency Kit.",
            )
        ) from None
    if len(raw) != KEY_BYTES:
        raise KeyFileDamaged(QT_TRANSLATE_NOOP("Errors", "The key file is damaged."))
    return raw


def read_key_file(vault_path: Path) -> KeyFile:
    path = key_file_path(vault_path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise KeyFileMissing(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The key file that goes with this vault is missing ({name}). "
                "You can still open the vault with your recovery key.",
            ).format(name=path.name)
        ) from None
    except IsADirectoryError:
        raise KeyFileDamaged(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The key file that goes with this vault is damaged. "
                "You can still open the vault with your recovery key.",
            )
        ) from None
    return KeyFile.from_bytes(data)


def write_key_file(vault_path: Path, key_file: KeyFile) -> None:
    write_atomic(key_file_path(vault_path), key_file.to_bytes())
