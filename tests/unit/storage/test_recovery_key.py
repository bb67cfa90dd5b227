"""The recovery key: its spelling (typing tolerance, checksum) and the one check of a typed key."""

from __future__ import annotations

import pytest

from ringoff.core.errors import WrongSecret
from ringoff.storage import keys, recovery_key

from .keysamples import raw_keys as _raw_keys

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


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


# --- the one check of a typed key -----------------------------------------------------------


def test_check_returns_the_raw_key_once_it_belongs() -> None:
    raw = _raw_keys()[13]
    asked: list[bytes] = []

    def belongs(candidate: bytes) -> bool:
        asked.append(candidate)
        return candidate == raw

    typed = keys.format_recovery_key(raw).lower().replace("-", " ")
    assert recovery_key.check_recovery_key(typed, belongs) == raw
    assert asked == [raw]


def test_a_well_typed_key_that_does_not_belong_gets_the_one_message() -> None:
    typed = keys.format_recovery_key(_raw_keys()[14])
    with pytest.raises(WrongSecret) as caught:
        recovery_key.check_recovery_key(typed, lambda _raw: False)
    assert caught.value.message == recovery_key.NOT_THIS_VAULT
    assert "Emergency Kit" in str(caught.value)


def test_a_mistyped_key_is_refused_before_anything_is_asked() -> None:
    text = keys.format_recovery_key(_raw_keys()[15])
    typo = ("1" if text[0] != "1" else "2") + text[1:]
    asked: list[bytes] = []
    for typed in (typo, text[:-5]):
        with pytest.raises(WrongSecret) as caught:
            recovery_key.check_recovery_key(typed, lambda raw: asked.append(raw) is None)
        assert caught.value.message != recovery_key.NOT_THIS_VAULT
    assert asked == []


def test_keys_still_offers_the_recovery_key_names() -> None:
    for name in (
        "check_recovery_key",
        "format_recovery_key",
        "parse_recovery_key",
        "new_raw_key",
        "sqlcipher_key_pragma",
        "KEY_BYTES",
        "NOT_THIS_VAULT",
    ):
        assert getattr(keys, name) is getattr(recovery_key, name), name
