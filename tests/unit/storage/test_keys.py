"""Keys: the recovery key (typing tolerance, checksum) and the passphrase-wrapped key file."""

from __future__ import annotations

import base64
import json
import random
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from ringoff.core.errors import KeyFileMissing, UserError, WrongSecret
from ringoff.storage import keys
from ringoff.storage.keys import KeyFileDamaged

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def _raw_keys(count: int = 20) -> list[bytes]:
    rng = random.Random(7781)
    fixed = [bytes(32), bytes([0x08]) * 32, bytes([0xFF]) * 32]
    return fixed + [rng.randbytes(32) for _ in range(count)]


# --- the recovery key ----------------------------------------------------------------------


@pytest.mark.parametrize("raw", _raw_keys())
def test_recovery_key_round_trip_and_shape(raw: bytes) -> None:
    text = keys.format_recovery_key(raw)
    groups = text.split("-")
    assert len(groups) == 14
    assert all(len(g) == 4 and set(g) <= set(ALPHABET) for g in groups)
    assert keys.parse_recovery_key(text) == raw


def test_recovery_keys_differ_for_different_raw_keys() -> None:
    spelled = {keys.format_recovery_key(r) for r in _raw_keys()}
    assert len(spelled) == len(_raw_keys())


@pytest.mark.parametrize("raw", _raw_keys())
def test_recovery_key_typing_tolerance(raw: bytes) -> None:
    text = keys.format_recovery_key(raw)
    variants = [
        text.lower(),
        text.replace("-", " "),
        text.replace("-", ""),
        "  " + text.replace("-", "  ").lower() + "\n",
        text.replace("0", "O"),
        text.replace("0", "o"),
        text.replace("1", "I"),
        text.replace("1", "l"),
        text.replace("1", "L"),
        "\t".join(text.split("-")),
    ]
    for variant in variants:
        assert keys.parse_recovery_key(variant) == raw, variant


def test_tolerance_cases_really_contain_zero_and_one() -> None:
    """The look-alike substitutions above must actually have been exercised."""
    spelled = [keys.format_recovery_key(r) for r in _raw_keys()]
    assert sum("0" in s for s in spelled) >= 5
    assert sum("1" in s for s in spelled) >= 5


@pytest.mark.parametrize("raw", _raw_keys(3))
def test_every_single_mistyped_character_is_caught(raw: bytes) -> None:
    text = keys.format_recovery_key(raw).replace("-", "")
    for pos, original in enumerate(text):
        for other in ALPHABET:
            if other == original:
                continue
            typo = text[:pos] + other + text[pos + 1 :]
            with pytest.raises(WrongSecret):
                keys.parse_recovery_key(typo)


@pytest.mark.parametrize(
    "text",
    ["", "ABCD", "0" * 55, "0" * 57, "U" * 56, "!" * 56, "0000-" * 14],
)
def test_wrong_length_or_letters_are_refused(text: str) -> None:
    with pytest.raises(WrongSecret):
        keys.parse_recovery_key(text)


def test_swapped_neighbours_are_caught() -> None:
    text = keys.format_recovery_key(_raw_keys()[5]).replace("-", "")
    for pos in range(len(text) - 1):
        if text[pos] == text[pos + 1]:
            continue
        swapped = text[:pos] + text[pos + 1] + text[pos] + text[pos + 2 :]
        with pytest.raises(WrongSecret):
            keys.parse_recovery_key(swapped)


def test_sqlcipher_pragma_spells_the_raw_key() -> None:
    raw = _raw_keys()[4]
    assert keys.sqlcipher_key_pragma(raw) == f"PRAGMA key = \"x'{raw.hex()}'\""
    with pytest.raises(ValueError):
        keys.sqlcipher_key_pragma(b"short")


# --- the key file --------------------------------------------------------------------------

PASS = "a fine long passphrase"


@pytest.fixture(scope="module")
def wrapped() -> tuple[bytes, keys.KeyFile]:
    raw = _raw_keys()[6]
    return raw, keys.wrap(raw, PASS, "vault-id-1", keys.TEST_KDF)


def test_key_file_round_trip(wrapped: tuple[bytes, keys.KeyFile]) -> None:
    raw, kf = wrapped
    again = keys.KeyFile.from_bytes(kf.to_bytes())
    assert again == kf
    assert keys.unwrap(again, PASS) == raw
    assert again.matches(raw)
    assert not again.matches(_raw_keys()[7])


def test_key_file_holds_no_key_and_no_passphrase(wrapped: tuple[bytes, keys.KeyFile]) -> None:
    raw, kf = wrapped
    data = kf.to_bytes()
    assert raw not in data
    assert raw.hex().encode() not in data
    assert base64.b64encode(raw) not in data
    assert PASS.encode() not in data


def test_wrong_passphrase(wrapped: tuple[bytes, keys.KeyFile]) -> None:
    _, kf = wrapped
    for wrong in ("", "a fine long passphrasE", PASS + " ", "A FINE LONG PASSPHRASE"):
        with pytest.raises(WrongSecret):
            keys.unwrap(kf, wrong)


def test_each_wrap_uses_fresh_salt_and_nonce() -> None:
    raw = _raw_keys()[8]
    a = keys.wrap(raw, PASS, "v", keys.TEST_KDF)
    b = keys.wrap(raw, PASS, "v", keys.TEST_KDF)
    assert a.salt != b.salt
    assert a.nonce != b.nonce
    assert a.ciphertext != b.ciphertext


def _doc(kf: keys.KeyFile) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(kf.to_bytes())
    return doc


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _tampered_docs(kf: keys.KeyFile) -> dict[str, dict[str, Any]]:
    """Every header field changed to another value that still parses."""

    def changed(path: tuple[str, ...], value: Any) -> dict[str, Any]:
        doc = _doc(kf)
        target = doc
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value
        return doc

    salt = bytearray(kf.salt)
    salt[0] ^= 1
    nonce = bytearray(kf.nonce)
    nonce[-1] ^= 0x80
    return {
        "vault_id": changed(("vault_id",), "vault-id-2"),
        "version": changed(("version",), 0),
        "iterations": changed(("kdf", "iterations"), kf.kdf.iterations + 1),
        "memory_kib": changed(("kdf", "memory_kib"), kf.kdf.memory_kib + 8),
        "lanes": changed(("kdf", "lanes"), kf.kdf.lanes + 1),
        "salt": changed(("kdf", "salt"), _b64(bytes(salt))),
        "check": changed(("check",), "0" * 32),
        "nonce": changed(("wrap", "nonce"), _b64(bytes(nonce))),
        "alg": changed(("wrap", "alg"), "AES-128-GCM"),
    }


def test_tampered_header_fields_never_unwrap(wrapped: tuple[bytes, keys.KeyFile]) -> None:
    raw, kf = wrapped
    for name, doc in _tampered_docs(kf).items():
        data = json.dumps(doc).encode()
        try:
            tampered = keys.KeyFile.from_bytes(data)
            result = keys.unwrap(tampered, PASS)
        except (WrongSecret, KeyFileDamaged):
            continue
        # Only a field that is not security-relevant may be ignored, and then the key must
        # still be the right one.
        assert name in ("alg", "version"), f"tampered {name} still unwrapped"
        assert result == raw


def test_every_ciphertext_byte_is_authenticated(wrapped: tuple[bytes, keys.KeyFile]) -> None:
    _, kf = wrapped
    assert len(kf.ciphertext) == 48  # 32-byte key + 16-byte tag
    for i in range(len(kf.ciphertext)):
        for bit in (0x01, 0x80):
            ct = bytearray(kf.ciphertext)
            ct[i] ^= bit
            tampered = keys.KeyFile.from_bytes(replace(kf, ciphertext=bytes(ct)).to_bytes())
            with pytest.raises((WrongSecret, KeyFileDamaged)):
                keys.unwrap(tampered, PASS)


def test_truncated_or_extended_ciphertext(wrapped: tuple[bytes, keys.KeyFile]) -> None:
    _, kf = wrapped
    for ct in (b"", kf.ciphertext[:16], kf.ciphertext[:-1], kf.ciphertext + b"\0"):
        with pytest.raises((WrongSecret, KeyFileDamaged)):
            tampered = keys.KeyFile.from_bytes(replace(kf, ciphertext=ct).to_bytes())
            keys.unwrap(tampered, PASS)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("iterations", 0),
        ("lanes", 0),
        ("memory_kib", 4),
        ("memory_kib", -1),
        ("salt", _b64(b"abc")),
        ("salt", ""),
        ("nonce", ""),
        ("nonce", _b64(b"1234567")),
    ],
)
def test_impossible_parameters_are_a_damaged_key_file_not_a_crash(
    wrapped: tuple[bytes, keys.KeyFile], field: str, value: Any
) -> None:
    """A key file whose values the KDF or the cipher refuse must end as a UserError."""
    _, kf = wrapped
    doc = _doc(kf)
    if field == "nonce":
        doc["wrap"]["nonce"] = value
    else:
        doc["kdf"][field] = value
    with pytest.raises((WrongSecret, KeyFileDamaged)):
        keys.unwrap(keys.KeyFile.from_bytes(json.dumps(doc).encode()), PASS)


@pytest.mark.parametrize(
    ("field", "value"),
    [("iterations", 10**9), ("memory_kib", 2**32 - 1), ("lanes", 2**24)],
)
def test_absurd_kdf_cost_is_refused_when_reading(
    wrapped: tuple[bytes, keys.KeyFile], field: str, value: int
) -> None:
    """A damaged key file must not make Ringoff hang or run out of memory deriving a key.

    Only reading is tried here: deriving with such a cost would hang the test run.
    """
    _, kf = wrapped
    doc = _doc(kf)
    doc["kdf"][field] = value
    with pytest.raises(KeyFileDamaged):
        keys.KeyFile.from_bytes(json.dumps(doc).encode())


def _garbage() -> list[bytes]:
    rng = random.Random(3)
    valid_looking = json.dumps({"format": "ringoff-key", "version": 1}).encode()
    return [
        b"",
        b"\x00" * 64,
        rng.randbytes(436),
        b"not json at all",
        b"[]",
        b"null",
        b"42",
        b'"ringoff-key"',
        b"{}",
        valid_looking,
        json.dumps({"format": "something-else", "version": 1}).encode(),
        '{"format": "ringoff-key", "kdf": "标记"}'.encode(),
        b"\xff\xfe{\x00}\x00",
        b'{"format": "ringoff-key", "version": "x"}',
    ]


@pytest.mark.parametrize("data", _garbage())
def test_garbage_key_file_is_damaged(data: bytes) -> None:
    with pytest.raises(KeyFileDamaged):
        keys.KeyFile.from_bytes(data)


def test_key_file_from_a_newer_version_is_refused(wrapped: tuple[bytes, keys.KeyFile]) -> None:
    _, kf = wrapped
    doc = _doc(kf)
    doc["version"] = keys.KEY_FILE_VERSION + 1
    with pytest.raises(KeyFileDamaged):
        keys.KeyFile.from_bytes(json.dumps(doc).encode())


@pytest.mark.parametrize(
    "text",
    [
        '"iterations": Infinity',
        '"iterations": NaN',
        '"iterations": 1e400',
        '"lanes": [1]',
        '"memory_kib": null',
    ],
)
def test_odd_json_numbers_are_damaged(wrapped: tuple[bytes, keys.KeyFile], text: str) -> None:
    _, kf = wrapped
    name = text.split('"')[1]
    data = kf.to_bytes().decode()
    current = f'"{name}": {getattr(kf.kdf, name)}'
    assert current in data
    with pytest.raises(KeyFileDamaged):
        keys.KeyFile.from_bytes(data.replace(current, text).encode())


def test_deeply_nested_json_is_damaged() -> None:
    with pytest.raises(KeyFileDamaged):
        keys.KeyFile.from_bytes(b"[" * 100_000 + b"]" * 100_000)


def test_read_key_file_missing_and_directory(tmp_path: Path) -> None:
    vault_path = tmp_path / "v.ringoff"
    with pytest.raises(KeyFileMissing) as missing:
        keys.read_key_file(vault_path)
    assert "v.ringoff.key" in str(missing.value)
    assert "recovery key" in str(missing.value)
    keys.key_file_path(vault_path).mkdir()
    with pytest.raises(KeyFileDamaged):
        keys.read_key_file(vault_path)


def test_write_and_read_key_file_is_private(tmp_path: Path) -> None:
    raw = _raw_keys()[9]
    vault_path = tmp_path / "v.ringoff"
    kf = keys.wrap(raw, PASS, "id", keys.TEST_KDF)
    keys.write_key_file(vault_path, kf)
    path = keys.key_file_path(vault_path)
    assert path.stat().st_mode & 0o777 == 0o600
    assert keys.read_key_file(vault_path) == kf
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left


# --- passphrases typed through different input methods ---------------------------------------

COMPOSED = "王建国的密码 Ñandú café über"


def test_nfc_and_nfd_forms_unlock_the_same_key() -> None:
    nfc = unicodedata.normalize("NFC", COMPOSED)
    nfd = unicodedata.normalize("NFD", COMPOSED)
    assert nfc != nfd  # the test means something only if the byte forms differ
    raw = _raw_keys()[10]
    for wrap_with, unwrap_with in ((nfc, nfd), (nfd, nfc), (nfd, nfd)):
        kf = keys.wrap(raw, wrap_with, "id", keys.TEST_KDF)
        assert keys.unwrap(kf, unwrap_with) == raw
    kf = keys.wrap(raw, nfc, "id", keys.TEST_KDF)
    with pytest.raises(WrongSecret):
        keys.unwrap(kf, nfc.replace("é", "e"))


def test_errors_are_user_errors() -> None:
    """Every way a secret can be wrong is a known problem with a plain message."""
    for exc in (WrongSecret, KeyFileDamaged, KeyFileMissing):
        assert issubclass(exc, UserError)
