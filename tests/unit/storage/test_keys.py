"""Keys: the passphrase-wrapped key file (the recovery key's spelling: test_recovery_key.py)."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import random
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from ringoff.core.errors import KeyFileMissing, UserError, WrongSecret
from ringoff.storage import keys
from ringoff.storage.keys import KeyFileDamaged

from .keysamples import raw_keys as _raw_keys

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
    assert a.current.nonce != b.current.nonce
    assert a.current.ciphertext != b.current.ciphertext


def _doc(kf: keys.KeyFile) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(kf.to_bytes())
    return doc


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _sealed(doc: dict[str, Any]) -> bytes:
    """*doc* with a digest that fits it again: what a deliberate edit (not damage) looks like."""
    body = {k: v for k, v in doc.items() if k != "digest"}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    doc = dict(body, digest=hashlib.sha256(canonical).hexdigest())
    return json.dumps(doc).encode()


def _tampered_docs(kf: keys.KeyFile) -> dict[str, dict[str, Any]]:
    """Every header field changed to another value that still parses."""

    def changed(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
        doc = _doc(kf)
        target = doc
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value
        return doc

    salt = bytearray(kf.salt)
    salt[0] ^= 1
    nonce = bytearray(kf.current.nonce)
    nonce[-1] ^= 0x80
    return {
        "vault_id": changed(("vault_id",), "vault-id-2"),
        "iterations": changed(("kdf", "iterations"), kf.kdf.iterations + 1),
        "memory_kib": changed(("kdf", "memory_kib"), kf.kdf.memory_kib + 8),
        "lanes": changed(("kdf", "lanes"), kf.kdf.lanes + 1),
        "salt": changed(("kdf", "salt"), _b64(bytes(salt))),
        "check": changed(("keys", 0, "check"), "0" * 32),
        "nonce": changed(("keys", 0, "nonce"), _b64(bytes(nonce))),
    }


def test_tampered_header_fields_never_unwrap(wrapped: tuple[bytes, keys.KeyFile]) -> None:
    """Even with a digest that fits (a deliberate edit), no changed field unwraps."""
    _, kf = wrapped
    for name, doc in _tampered_docs(kf).items():
        tampered = keys.KeyFile.from_bytes(_sealed(doc))
        with pytest.raises((WrongSecret, KeyFileDamaged)):
            keys.unwrap(tampered, PASS)
        # Without a fitting digest, the same change is damage, told before any derivation.
        with pytest.raises(KeyFileDamaged):
            keys.KeyFile.from_bytes(json.dumps(doc).encode())
        assert name


def test_every_ciphertext_byte_is_authenticated(wrapped: tuple[bytes, keys.KeyFile]) -> None:
    _, kf = wrapped
    entry = kf.current
    assert len(entry.ciphertext) == 48  # 32-byte key + 16-byte tag
    for i in range(len(entry.ciphertext)):
        for bit in (0x01, 0x80):
            ct = bytearray(entry.ciphertext)
            ct[i] ^= bit
            changed = replace(kf, entries=(replace(entry, ciphertext=bytes(ct)),))
            tampered = keys.KeyFile.from_bytes(changed.to_bytes())
            with pytest.raises((WrongSecret, KeyFileDamaged)):
                keys.unwrap(tampered, PASS)


def test_every_single_bit_flip_is_damage_not_a_wrong_passphrase(
    wrapped: tuple[bytes, keys.KeyFile],
) -> None:
    """Issue 23: 154 of 437 single-bit damages were reported as a wrong passphrase."""
    _, kf = wrapped
    data = kf.to_bytes()
    flips = 0
    for i in range(len(data)):
        for bit in range(8):
            damaged = bytearray(data)
            damaged[i] ^= 1 << bit
            with pytest.raises(KeyFileDamaged):
                keys.KeyFile.from_bytes(bytes(damaged))
            flips += 1
    assert flips == len(data) * 8 > 3000


def test_a_two_key_file_round_trips_and_each_key_reveals_the_other() -> None:
    old, new = _raw_keys()[11], _raw_keys()[12]
    kf = keys.wrap(old, PASS, "vid", keys.TEST_KDF)
    wrapper = keys.wrapper_for(kf, PASS)
    both = keys.KeyFile.from_bytes(keys.with_pending(kf, wrapper, old, new).to_bytes())
    assert keys.unwrap_all(both, PASS)[1] == {keys.CURRENT: old, keys.PENDING: new}
    assert both.other_key(old) == new and both.other_key(new) == old
    assert both.role_of(new) == keys.PENDING and both.matches(old)
    assert keys.unwrap(keys.KeyFile.from_bytes(both.promoted().to_bytes()), PASS) == new
    assert keys.unwrap(keys.KeyFile.from_bytes(both.without_pending().to_bytes()), PASS) == old
    assert both.promoted().other_key(new) is None  # the link goes with the change


def test_truncated_or_extended_ciphertext(wrapped: tuple[bytes, keys.KeyFile]) -> None:
    _, kf = wrapped
    entry = kf.current
    for ct in (b"", entry.ciphertext[:16], entry.ciphertext[:-1], entry.ciphertext + b"\0"):
        with pytest.raises(KeyFileDamaged):
            changed = replace(kf, entries=(replace(entry, ciphertext=ct),))
            keys.KeyFile.from_bytes(changed.to_bytes())


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
        ("iterations", True),
        ("iterations", 1.0),
    ],
)
def test_impossible_parameters_are_a_damaged_key_file_not_a_crash(
    wrapped: tuple[bytes, keys.KeyFile], field: str, value: Any
) -> None:
    """A key file whose values the KDF or the cipher refuse must end as a UserError."""
    _, kf = wrapped
    doc = _doc(kf)
    if field == "nonce":
        doc["keys"][0]["nonce"] = value
    else:
        doc["kdf"][field] = value
    with pytest.raises(KeyFileDamaged):
        keys.KeyFile.from_bytes(_sealed(doc))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("iterations", 10**9),
        ("memory_kib", 2**32 - 1),
        ("lanes", 2**24),
        ("iterations", keys.KDF_CEILING.iterations + 1),
        ("memory_kib", keys.KDF_CEILING.memory_kib + 1024),
        ("lanes", keys.KDF_CEILING.lanes + 1),
    ],
)
def test_a_cost_above_the_window_is_refused_when_reading(
    wrapped: tuple[bytes, keys.KeyFile], field: str, value: int
) -> None:
    """A key file must not make Ringoff hang or run out of memory deriving a key.

    Only reading is tried here: deriving with such a cost would hang the test run.
    """
    _, kf = wrapped
    doc = _doc(kf)
    doc["kdf"][field] = value
    with pytest.raises(KeyFileDamaged):
        keys.KeyFile.from_bytes(_sealed(doc))


def test_a_cost_below_what_ringoff_writes_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 23: a key file asking for 8 KiB and 1 pass was accepted silently."""
    cheap = keys.wrap(_raw_keys()[3], PASS, "v", keys.TEST_KDF).to_bytes()
    monkeypatch.setattr(keys, "KDF_FLOOR", keys.DEFAULT_KDF)  # what the program enforces
    with pytest.raises(KeyFileDamaged):
        keys.KeyFile.from_bytes(cheap)
    assert keys.kdf_accepted(keys.DEFAULT_KDF) and keys.kdf_accepted(keys.KDF_CEILING)


def test_the_program_neither_writes_nor_accepts_a_cheap_derivation() -> None:
    """Only the test suite lowers the cost, in its own process; the module's defaults do not."""
    import subprocess
    import sys

    code = (
        "from ringoff.storage import keys; "
        "print(keys.KDF_FLOOR == keys.DEFAULT_KDF == keys.WRITE_KDF, keys.DEFAULT_KDF)"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONSTARTUP"}
    env["RINGOFF_TEST_KDF"] = "1"  # the old switch must do nothing
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    ).stdout
    assert out.startswith("True KdfParams(iterations=3, memory_kib=65536, lanes=4)")


def _garbage() -> list[bytes]:
    rng = random.Random(3)
    valid_looking = json.dumps({"format": "ringoff-key", "version": 2}).encode()
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
        b" " * (keys.MAX_KEY_FILE_BYTES + 1),
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
        keys.KeyFile.from_bytes(_sealed(doc))


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
        keys.KeyFile.from_bytes(b"[" * 5_000 + b"]" * 5_000)


def test_a_key_file_of_the_first_format_still_unlocks() -> None:
    """Key files written before the two-key format keep working (tests/data/vault_v1)."""
    data = (Path(__file__).parents[2] / "data" / "vault_v1.ringoff.key").read_bytes()
    kf = keys.KeyFile.from_bytes(data)
    assert kf.version == 1 and kf.to_bytes() == data


@pytest.mark.skipif(os.name != "posix", reason="FIFOs, /dev/zero and modes are POSIX")
@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "oversize", "directory", "unreadable"])
def test_key_files_that_could_hang_or_crash_are_plain_problems(tmp_path: Path, kind: str) -> None:
    """Issue 23: a FIFO hung forever, /dev/zero or 3 GiB ate memory, a folder crashed."""
    vault_path = tmp_path / "v.ringoff"
    path = keys.key_file_path(vault_path)
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "dev-zero":
        path.symlink_to("/dev/zero")
    elif kind == "oversize":
        with path.open("wb") as handle:
            handle.truncate(3 * 1024**3)  # sparse: 3 GiB that takes no room
    elif kind == "directory":
        path.mkdir()
    else:
        path.write_bytes(keys.wrap(_raw_keys()[1], PASS, "v", keys.TEST_KDF).to_bytes())
        path.chmod(0)
        if os.access(path, os.R_OK):
            pytest.skip("running as a user who reads everything (root)")
    with pytest.raises(UserError) as caught:
        keys.read_key_file(vault_path)
    assert caught.value.kind in ("key_file_damaged", "read_only")
    assert "recovery key" in str(caught.value)


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


def test_an_unreadable_key_file_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same as the skipped 'unreadable' case above, for a run as root."""
    vault_path = tmp_path / "v.ringoff"
    keys.write_key_file(vault_path, keys.wrap(_raw_keys()[2], PASS, "v", keys.TEST_KDF))

    def refuse(*_: object, **__: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(UserError) as caught:
        keys.read_key_file(vault_path)
    assert caught.value.kind == "read_only"
    assert "not allowed to read" in str(caught.value)
