"""Keys: the passphrase-wrapped key file beside the vault, and the key derivation behind it.

The vault is a standard SQLCipher 4 database keyed with a random 256-bit raw key; the recovery
key spells it (storage/recovery_key.py, whose names this module also offers). The key file
beside the vault holds the raw key wrapped with AES-256-GCM under a key that
Argon2id derives from the passphrase. The key file's header (format, KDF parameters, vault id)
is bound to each wrapped key as associated data, so any change to it makes unwrapping fail, and
a SHA-256 digest over the whole file tells accidental damage from a wrong passphrase before any
key is derived. While a new recovery key is being put in force the file holds two wrapped keys
(docs/key-protocol.md describes the protocol).

Key files are read defensively: only a regular file of at most 16 KiB, opened without blocking
(a FIFO cannot hang Ringoff), and only with a key-derivation cost inside a documented window.

A wrong passphrase fails here, before the database is ever opened, so it cannot change a byte
of the vault. A recovery key carries a checksum (typing mistakes are caught) and the key file
holds a check value (a correct-looking but different key is caught) — both without touching the
database either.

Longer than 500 lines on purpose: the key-file format, its wrapping and the cost limits must
share one module, because tests and tools set ``keys.KDF_FLOOR`` and ``keys.WRITE_KDF`` on it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import stat
from dataclasses import dataclass, field, replace
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from ..core.errors import KeyFileMissing, ReadOnly, UserError, WrongSecret
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.passphrase import normalise
from .atomic import write_atomic
from .recovery_key import KEY_BYTES as KEY_BYTES
from .recovery_key import NOT_THIS_VAULT as NOT_THIS_VAULT
from .recovery_key import check_recovery_key as check_recovery_key
from .recovery_key import format_recovery_key as format_recovery_key
from .recovery_key import new_raw_key as new_raw_key
from .recovery_key import parse_recovery_key as parse_recovery_key
from .recovery_key import sqlcipher_key_pragma as sqlcipher_key_pragma

KEY_FILE_FORMAT = "ringoff-key"
KEY_FILE_VERSION = 2
MAX_KEY_FILE_BYTES = 16 * 1024


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
        # One normalisation (NFC, nothing trimmed) shared with the strength check.
        return kdf.derive(normalise(passphrase).encode("utf-8"))


DEFAULT_KDF = KdfParams()
#: For tests only: tiny cost so the suite stays fast. Never used by the app or the CLI.
TEST_KDF = KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)
#: The most a key file may ask for: about 2 s per attempt on a slow 2-core machine (measured:
#: 8 passes over 256 MiB took 1.8 s). Anything above is refused as damaged, never derived.
KDF_CEILING = KdfParams(iterations=8, memory_kib=256 * 1024, lanes=8)
#: The least a key file may ask for: what Ringoff itself writes. The test suite lowers this
#: in its own process (tests/conftest.py); nothing in the program or its environment can.
KDF_FLOOR = DEFAULT_KDF
#: The cost new key files are written with (the test suite lowers it in-process, likewise).
WRITE_KDF = DEFAULT_KDF


def kdf_accepted(kdf: KdfParams) -> bool:
    """Is *kdf* inside the documented window (docs/key-protocol.md)?"""
    floor, ceiling = KDF_FLOOR, KDF_CEILING
    return (
        floor.iterations <= kdf.iterations <= ceiling.iterations
        and floor.memory_kib <= kdf.memory_kib <= ceiling.memory_kib
        and 1 <= kdf.lanes <= ceiling.lanes
        and kdf.memory_kib >= 8 * kdf.lanes
    )


# --- the key file ------------------------------------------------------------------------

CURRENT = "current"
PENDING = "pending"

_DAMAGED_TEXT = QT_TRANSLATE_NOOP(
    "Errors",
    "The key file that goes with this vault is damaged. "
    "You can still open the vault with your recovery key.",
)


def _damaged() -> KeyFileDamaged:
    return KeyFileDamaged(_DAMAGED_TEXT)


def key_file_path(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".key")


def _check_value(raw_key: bytes) -> str:
    return hmac.new(raw_key, b"ringoff-key-check", hashlib.sha256).hexdigest()[:32]


def _canonical(doc: object) -> bytes:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, size: int) -> bytes:
    """Strict base64 of exactly *size* bytes, in its one canonical spelling."""
    if not isinstance(text, str):
        raise ValueError("not text")
    data = base64.b64decode(text, validate=True)
    if len(data) != size or _b64(data) != text:
        raise ValueError("bad base64")
    return data


def _int(value: object) -> int:
    if type(value) is not int:  # bool is an int subclass; floats are not costs
        raise ValueError("not an integer")
    return value


def _hex32(value: object) -> str:
    if not isinstance(value, str) or len(value) != 32 or set(value) - set("0123456789abcdef"):
        raise ValueError("not a check value")
    return value


@dataclass(frozen=True)
class WrappedKey:
    """One raw key wrapped under the file's passphrase-derived key."""

    role: str  # CURRENT: the key the database is in; PENDING: a new key being put in force
    check: str
    nonce: bytes
    ciphertext: bytes


@dataclass(frozen=True)
class Link:
    """During a key change: the other raw key, encrypted under the key whose check is *by*.

    It lets whichever of the two keys opens the vault finish or undo the change (a person may
    come back with the recovery key instead of the passphrase). Removed when the change ends.
    """

    by: str
    nonce: bytes
    ciphertext: bytes


@dataclass(frozen=True)
class KeyFile:
    vault_id: str
    kdf: KdfParams
    salt: bytes
    entries: tuple[WrappedKey, ...]
    links: tuple[Link, ...] = ()
    version: int = KEY_FILE_VERSION

    # -- what it holds --

    def entry(self, role: str) -> WrappedKey | None:
        return next((e for e in self.entries if e.role == role), None)

    @property
    def current(self) -> WrappedKey:
        found = self.entry(CURRENT)
        assert found is not None  # from_bytes and the makers guarantee one
        return found

    @property
    def pending(self) -> WrappedKey | None:
        return self.entry(PENDING)

    @property
    def check(self) -> str:
        return self.current.check

    @property
    def checks(self) -> frozenset[str]:
        return frozenset(e.check for e in self.entries)

    def matches(self, raw_key: bytes) -> bool:
        """Is *raw_key* one of the keys this file wraps (current or pending)?"""
        value = _check_value(raw_key)
        return any(hmac.compare_digest(e.check, value) for e in self.entries)

    def role_of(self, raw_key: bytes) -> str | None:
        value = _check_value(raw_key)
        return next((e.role for e in self.entries if hmac.compare_digest(e.check, value)), None)

    def other_key(self, raw_key: bytes) -> bytes | None:
        """The other key of an unfinished change, from one of the two (None when no change)."""
        value = _check_value(raw_key)
        for link in self.links:
            if hmac.compare_digest(link.by, value):
                try:
                    other = AESGCM(_link_key(raw_key)).decrypt(
                        link.nonce, link.ciphertext, self._link_ad(link)
                    )
                except InvalidTag:
                    return None
                return other if self.matches(other) else None
        return None

    def without_pending(self) -> KeyFile:
        """The change undone: only the current key remains."""
        return replace(self, entries=(self.current,), links=())

    def promoted(self) -> KeyFile:
        """The change finished: the pending key becomes the only, current one."""
        pending = self.pending
        if pending is None:
            return self.without_pending()
        return replace(self, entries=(replace(pending, role=CURRENT),), links=())

    # -- bytes --

    def _kdf_doc(self) -> dict[str, object]:
        return {
            "name": "argon2id",
            "iterations": self.kdf.iterations,
            "memory_kib": self.kdf.memory_kib,
            "lanes": self.kdf.lanes,
            "salt": _b64(self.salt),
        }

    def entry_ad(self, entry: WrappedKey) -> bytes:
        if self.version == 1:  # the first format bound its one key to this header
            return _canonical(
                {
                    "format": KEY_FILE_FORMAT,
                    "version": 1,
                    "vault_id": self.vault_id,
                    "kdf": self._kdf_doc(),
                    "check": entry.check,
                }
            )
        return _canonical(
            {
                "format": KEY_FILE_FORMAT,
                "version": self.version,
                "vault_id": self.vault_id,
                "kdf": self._kdf_doc(),
                "check": entry.check,
            }
        )

    def _link_ad(self, link: Link) -> bytes:
        return _canonical({"link": link.by, "vault_id": self.vault_id})

    def _body(self) -> dict[str, object]:
        return {
            "format": KEY_FILE_FORMAT,
            "version": KEY_FILE_VERSION,
            "vault_id": self.vault_id,
            "kdf": self._kdf_doc(),
            "keys": [
                {
                    "role": e.role,
                    "check": e.check,
                    "nonce": _b64(e.nonce),
                    "ciphertext": _b64(e.ciphertext),
                }
                for e in self.entries
            ],
            "links": [
                {"by": lk.by, "nonce": _b64(lk.nonce), "ciphertext": _b64(lk.ciphertext)}
                for lk in self.links
            ],
        }

    def to_bytes(self) -> bytes:
        if self.version == 1:
            entry = self.current
            doc: dict[str, object] = json.loads(self.entry_ad(entry))
            doc["wrap"] = {
                "alg": "AES-256-GCM",
                "nonce": _b64(entry.nonce),
                "ciphertext": _b64(entry.ciphertext),
            }
            return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode()
        body = self._body()
        body["digest"] = hashlib.sha256(_canonical(body)).hexdigest()
        return (json.dumps(body, indent=2, sort_keys=True) + "\n").encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        """Parse and check a key file; :class:`KeyFileDamaged` for anything but a sound one."""
        if len(data) > MAX_KEY_FILE_BYTES:
            raise _damaged()
        try:
            doc = json.loads(data.decode("utf-8"), parse_constant=_refuse_constant)
            if not isinstance(doc, dict) or doc.get("format") != KEY_FILE_FORMAT:
                raise ValueError("format")
            version = _int(doc.get("version"))
            if version == 1:
                made = cls._from_v1(doc)
            elif version == KEY_FILE_VERSION:
                made = cls._from_v2(doc)
            else:
                raise ValueError("version")
        except (
            ValueError,
            KeyError,
            TypeError,
            UnicodeDecodeError,
            AttributeError,
            OverflowError,
            RecursionError,
        ):
            raise _damaged() from None
        # A damaged or hostile file must not make the derivation crash, eat all memory or run
        # for minutes: only costs inside the documented window are accepted.
        if not kdf_accepted(made.kdf):
            raise _damaged()
        return made

    @staticmethod
    def _kdf_from(kdf_doc: object) -> tuple[KdfParams, bytes]:
        if not isinstance(kdf_doc, dict) or set(kdf_doc) != {
            "name",
            "iterations",
            "memory_kib",
            "lanes",
            "salt",
        }:
            raise ValueError("kdf")
        if kdf_doc["name"] != "argon2id":
            raise ValueError("kdf name")
        kdf = KdfParams(
            iterations=_int(kdf_doc["iterations"]),
            memory_kib=_int(kdf_doc["memory_kib"]),
            lanes=_int(kdf_doc["lanes"]),
        )
        return kdf, _unb64(kdf_doc["salt"], 16)

    @classmethod
    def _from_v1(cls, doc: dict[str, object]) -> KeyFile:
        if set(doc) != {"format", "version", "vault_id", "kdf", "check", "wrap"}:
            raise ValueError("fields")
        kdf, salt = cls._kdf_from(doc["kdf"])
        wrap_doc = doc["wrap"]
        if not isinstance(wrap_doc, dict) or wrap_doc.get("alg") != "AES-256-GCM":
            raise ValueError("wrap")
        vault_id = doc["vault_id"]
        if not isinstance(vault_id, str):
            raise ValueError("vault id")
        entry = WrappedKey(
            CURRENT,
            _hex32(doc["check"]),
            _unb64(wrap_doc["nonce"], 12),
            _unb64(wrap_doc["ciphertext"], KEY_BYTES + 16),
        )
        return cls(vault_id, kdf, salt, (entry,), (), 1)

    @classmethod
    def _from_v2(cls, doc: dict[str, object]) -> KeyFile:
        fields = {"format", "version", "vault_id", "kdf", "keys", "links", "digest"}
        if set(doc) != fields:
            raise ValueError("fields")
        body = {k: v for k, v in doc.items() if k != "digest"}
        if not hmac.compare_digest(
            str(doc["digest"]), hashlib.sha256(_canonical(body)).hexdigest()
        ):
            raise ValueError("digest")
        kdf, salt = cls._kdf_from(doc["kdf"])
        vault_id = doc["vault_id"]
        keys_doc, links_doc = doc["keys"], doc["links"]
        if not isinstance(vault_id, str) or not isinstance(keys_doc, list):
            raise ValueError("keys")
        if not isinstance(links_doc, list) or not 1 <= len(keys_doc) <= 2 or len(links_doc) > 2:
            raise ValueError("keys")
        entries = []
        for item in keys_doc:
            if not isinstance(item, dict) or set(item) != {"role", "check", "nonce", "ciphertext"}:
                raise ValueError("key entry")
            if item["role"] not in (CURRENT, PENDING):
                raise ValueError("role")
            entries.append(
                WrappedKey(
                    str(item["role"]),
                    _hex32(item["check"]),
                    _unb64(item["nonce"], 12),
                    _unb64(item["ciphertext"], KEY_BYTES + 16),
                )
            )
        roles = [e.role for e in entries]
        if roles.count(CURRENT) != 1 or len(set(roles)) != len(roles):
            raise ValueError("roles")
        if len({e.check for e in entries}) != len(entries):
            raise ValueError("checks")
        links = []
        for item in links_doc:
            if not isinstance(item, dict) or set(item) != {"by", "nonce", "ciphertext"}:
                raise ValueError("link")
            links.append(
                Link(
                    _hex32(item["by"]),
                    _unb64(item["nonce"], 12),
                    _unb64(item["ciphertext"], KEY_BYTES + 16),
                )
            )
        return cls(vault_id, kdf, salt, tuple(entries), tuple(links), KEY_FILE_VERSION)


def _refuse_constant(name: str) -> object:
    raise ValueError(f"JSON constant {name}")


def _link_key(raw_key: bytes) -> bytes:
    return hmac.new(raw_key, b"ringoff-key-link", hashlib.sha256).digest()


@dataclass(frozen=True)
class Wrapper:
    """The key a passphrase derives for one salt and cost: wraps and unwraps without deriving
    again (deriving is the slow part, done once in a worker thread)."""

    kdf: KdfParams
    salt: bytes
    key: bytes = field(repr=False)

    def wrap_entry(self, key_file: KeyFile, raw_key: bytes, role: str) -> WrappedKey:
        entry = WrappedKey(role, _check_value(raw_key), os.urandom(12), b"")
        ciphertext = AESGCM(self.key).encrypt(entry.nonce, raw_key, key_file.entry_ad(entry))
        return replace(entry, ciphertext=ciphertext)

    def unwrap_entry(self, key_file: KeyFile, entry: WrappedKey) -> bytes:
        try:
            raw = AESGCM(self.key).decrypt(entry.nonce, entry.ciphertext, key_file.entry_ad(entry))
        except InvalidTag:
            raise WrongSecret(_WRONG_PASSPHRASE) from None
        if len(raw) != KEY_BYTES or not hmac.compare_digest(_check_value(raw), entry.check):
            raise _damaged()
        return raw


_WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Errors",
    "That passphrase is not right. Check that Caps Lock is off and that you are "
    "typing letters, not Chinese characters (switch the input method to English), "
    "and try again. If you have forgotten it, use your recovery key from the "
    "Emergency Kit.",
)


def derive_wrapper(passphrase: str, kdf: KdfParams, salt: bytes | None = None) -> Wrapper:
    """Derive the wrapping key (slow on purpose: Argon2id); a fresh salt unless given."""
    salt = os.urandom(16) if salt is None else salt
    return Wrapper(kdf, salt, kdf.derive(passphrase, salt))


def wrapper_for(key_file: KeyFile, passphrase: str) -> Wrapper:
    """The wrapping key of *key_file* for *passphrase* (slow); WrongSecret when it is wrong."""
    wrapper = derive_wrapper(passphrase, key_file.kdf, key_file.salt)
    wrapper.unwrap_entry(key_file, key_file.current)  # raises WrongSecret
    return wrapper


def new_key_file(raw_key: bytes, wrapper: Wrapper, vault_id: str) -> KeyFile:
    draft = KeyFile(vault_id, wrapper.kdf, wrapper.salt, ())
    return replace(draft, entries=(wrapper.wrap_entry(draft, raw_key, CURRENT),))


def with_pending(
    key_file: KeyFile, wrapper: Wrapper, current_raw: bytes, new_raw: bytes
) -> KeyFile:
    """*key_file* (upgraded to this format) plus *new_raw* as the pending key, both linked."""
    if wrapper.salt != key_file.salt or wrapper.kdf != key_file.kdf or key_file.version != 2:
        base = new_key_file(current_raw, wrapper, key_file.vault_id)
    else:
        base = key_file.without_pending()
        wrapper.unwrap_entry(base, base.current)  # the wrapper must fit this file
    if not base.matches(current_raw):
        raise ValueError("the current key does not belong to this key file")
    pending = wrapper.wrap_entry(base, new_raw, PENDING)
    links = []
    for by_key, other in ((current_raw, new_raw), (new_raw, current_raw)):
        nonce = os.urandom(12)
        link = Link(_check_value(by_key), nonce, b"")
        ct = AESGCM(_link_key(by_key)).encrypt(nonce, other, base._link_ad(link))
        links.append(replace(link, ciphertext=ct))
    return replace(base, entries=(base.current, pending), links=tuple(links))


def wrap(raw_key: bytes, passphrase: str, vault_id: str, kdf: KdfParams | None = None) -> KeyFile:
    """Wrap *raw_key* under *passphrase* (derives with Argon2id: slow on purpose)."""
    return new_key_file(raw_key, derive_wrapper(passphrase, kdf or WRITE_KDF), vault_id)


def unwrap(key_file: KeyFile, passphrase: str) -> bytes:
    """The current raw key, or :class:`WrongSecret`. Slow; safe to call from a worker thread."""
    wrapper = derive_wrapper(passphrase, key_file.kdf, key_file.salt)
    return wrapper.unwrap_entry(key_file, key_file.current)


def unwrap_all(key_file: KeyFile, passphrase: str) -> tuple[Wrapper, dict[str, bytes]]:
    """The wrapping key and every raw key the file holds, by role (slow)."""
    wrapper = derive_wrapper(passphrase, key_file.kdf, key_file.salt)
    return wrapper, {e.role: wrapper.unwrap_entry(key_file, e) for e in key_file.entries}


def read_small_file(path: Path, limit: int = MAX_KEY_FILE_BYTES) -> bytes:
    """Read a small regular file without ever blocking or reading more than *limit* + 1 bytes.

    FileNotFoundError when absent; ValueError when it is not a regular file or is too big;
    PermissionError when it may not be read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)  # O_NONBLOCK: opening a FIFO returns at once instead of hanging
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ValueError("not a regular file")
        if info.st_size > limit:
            raise ValueError("too big")
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise ValueError("too big")
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_key_file(vault_path: Path) -> KeyFile:
    path = key_file_path(vault_path)
    try:
        data = read_small_file(path)
    except FileNotFoundError:
        raise KeyFileMissing(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The key file that goes with this vault is missing ({name}). "
                "You can still open the vault with your recovery key.",
            ).format(name=path.name)
        ) from None
    except PermissionError:
        raise ReadOnly(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Ringoff is not allowed to read the key file “{path}”. Check the file's "
                "permissions, or open the vault with your recovery key.",
            ).format(path=str(path))
        ) from None
    except (ValueError, IsADirectoryError, OSError):
        raise _damaged() from None
    return KeyFile.from_bytes(data)


def try_read_key_file(vault_path: Path) -> KeyFile | None:
    """The key file, or None when it is missing, damaged or unreadable."""
    try:
        return read_key_file(vault_path)
    except UserError:
        return None


def write_key_file(vault_path: Path, key_file: KeyFile) -> None:
    write_atomic(key_file_path(vault_path), key_file.to_bytes())
