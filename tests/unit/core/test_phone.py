"""Phone numbers: what people type becomes E.164; shown nationally; masked in the middle."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ringoff.core import phone
from ringoff.core.errors import UserError


@pytest.mark.parametrize(
    ("typed", "region", "e164"),
    [
        ("13812345678", "CN", "+8613812345678"),
        ("138 1234 5678", "CN", "+8613812345678"),
        ("+86 138-1234-5678", "US", "+8613812345678"),
        ("008613812345678", "CN", "+8613812345678"),
        ("(614) 555-0134", "US", "+16145550134"),
        ("+16145550134", "CN", "+16145550134"),
        ("614.555.0134", "US", "+16145550134"),
        ("07700 900123", "GB", "+447700900123"),
    ],
)
def test_parse_common_forms(typed: str, region: str, e164: str) -> None:
    assert phone.parse(typed, region) == e164


@pytest.mark.parametrize("typed", ["", "   ", "hello", "123", "+86 1", "1" * 41])
def test_not_a_number_is_a_plain_error(typed: str) -> None:
    with pytest.raises(UserError):
        phone.parse(typed, "CN")
    assert phone.try_parse(typed, "CN") is None


def test_display_and_mask() -> None:
    assert phone.display("+8613812345678", "CN") == "138 1234 5678"
    assert phone.display("+8613812345678", "US") == "+86 138 1234 5678"
    assert phone.masked("+8613812345678", "CN") == "138 **** 5678"
    assert phone.masked("+16145550134", "US") == "(614) ***-0134"
    assert phone.region_of("+16145550134") == "US"
    assert phone.region_of("not a number") == ""


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=45), st.sampled_from(["CN", "US", "GB", "IN", "", "ZZ"]))
def test_parse_never_crashes(text: str, region: str) -> None:
    """Anything typed gives E.164 or a plain UserError, never another exception."""
    try:
        result = phone.parse(text, region)
    except UserError:
        return
    assert re.fullmatch(r"\+\d{4,16}", result)


@settings(max_examples=200, deadline=None)
@given(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True))
def test_chinese_mobiles_round_trip_and_mask(digits: str) -> None:
    e164 = phone.parse(digits, "CN")
    assert e164 == "+86" + digits
    assert phone.parse(phone.display(e164, "CN"), "CN") == e164
    masked = phone.masked(e164, "CN")
    assert masked.endswith(digits[-4:]) and masked.startswith(digits[:3])
    assert digits[3:7] not in masked.replace(" ", "")[3:-4]
    assert masked.count("*") == 4


def test_prepare_formats_examples_only() -> None:
    """Warming the patterns (while the passphrase is typed) remembers no number of anyone's."""
    from ringoff.core.regional import REGIONS

    before = phone.display.cache_info().currsize
    phone.prepare(REGIONS)
    assert phone.display.cache_info().currsize == before
    assert phone.display("+8613800138000", "CN") == "138 0013 8000"
