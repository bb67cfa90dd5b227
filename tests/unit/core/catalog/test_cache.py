"""core.catalog.cache: the compiled cache's records and file format, pure functions on bytes."""

from __future__ import annotations

import dataclasses
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ringoff.core.catalog import Catalog, Service, _build, model, sources
from ringoff.core.catalog import cache as c

from .conftest import FIXTURES, alipay_data, contact_change


def _rich_service() -> Service:
    """The fixture's Alipay with every optional part filled in."""
    data = alipay_data()
    contact_change()(data)
    data.update(sms_senders={"CN": ["95188"], "*": ["Alipay"]}, android_packages=["com.a.b"])
    data["note"] = {"zh_CN": "注意。", "en": "Note."}
    return _build(data, "shipped")


def test_a_record_gives_the_same_service(catalog: Catalog) -> None:
    for service in [*catalog, *catalog.generics, _rich_service()]:
        again = c.service_from_record(c.service_record(service))
        assert again == service
        assert hash(again) == hash(service)


def test_a_record_leaves_the_steps_packed_until_read() -> None:
    service = c.service_from_record(c.service_record(_rich_service()))
    packed = set(model.LAZY_FIELDS)
    assert packed.isdisjoint(vars(service)) and "_lazy" in vars(service)
    # every other field is there at once
    assert {f.name for f in dataclasses.fields(Service)} - set(vars(service)) == packed
    assert service.actions  # first read unpacks them all
    assert packed <= set(vars(service)) and "_lazy" not in vars(service)
    assert service.sources and service.note
    with pytest.raises(AttributeError):
        service.not_a_field  # type: ignore[attr-defined]  # noqa: B018


def test_a_record_of_another_shape_raises_a_plain_error() -> None:
    record = c.service_record(_rich_service())
    for bad in [record[:-1], (*record[:-1], "not bytes"), (record[0], "nonsense", *record[2:])]:
        with pytest.raises((TypeError, ValueError, KeyError)):
            c.service_from_record(bad)


def test_the_cache_round_trips(catalog: Catalog) -> None:
    entries: dict[str, c.Entry] = {
        f"{s.id}.toml": (c.digest(s.id.encode()), (), c.service_record(s), (10, 20))
        for s in catalog
    }
    entries["bad.toml"] = (c.digest(b"bad"), ("bad.toml: category: missing",), None, None)
    raw = c.encode_cache(entries)
    assert raw == c.encode_cache(entries)  # the same bytes every time (a reproducible build)
    decoded = c.decode_cache(raw)
    assert not decoded.damaged
    assert decoded.entries == entries
    assert decoded.unchanged({"qq.toml": (10, 20), "icbc.toml": (10, 21), "x.toml": (1, 2)}) == {
        "qq.toml"
    }


def test_a_cache_of_other_rules_or_another_python_is_not_used_nor_called_damaged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    raw = c.encode_cache({"a.toml": (c.digest(b"a"), ("a.toml: x",), None, None)})
    monkeypatch.setattr(c, "checker_fingerprint", lambda: "0" * 24)
    assert c.decode_cache(raw) == c.DecodedCache({})
    monkeypatch.undo()
    assert c.decode_cache(raw).entries
    monkeypatch.setattr(c.sys.implementation, "cache_tag", "cpython-399")
    assert c.decode_cache(raw) == c.DecodedCache({})


def test_a_damaged_body_is_never_unmarshalled(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = c.encode_cache({"a.toml": (c.digest(b"a"), ("a.toml: x",), None, None)})
    loads: list[object] = []
    monkeypatch.setattr(c.marshal, "loads", loads.append)
    flipped = raw[:-3] + bytes([raw[-3] ^ 1]) + raw[-2:]
    assert c.decode_cache(flipped) == c.DecodedCache({}, damaged=True)
    assert c.decode_cache(raw[:-1]) == c.DecodedCache({}, damaged=True)
    assert loads == []


def test_a_body_that_matches_its_checksum_but_is_not_ours_is_damaged() -> None:
    body = b"\x00not marshal"
    header = json.dumps(c._header(body)).encode()  # a right header for a wrong body
    assert c.decode_cache(c.MAGIC + header + b"\n" + body).damaged
    entries = {"a.toml": (b"x", (), None, None), "b.toml": ("not bytes", (), None, None)}
    raw = c.encode_cache(entries)  # type: ignore[arg-type]
    decoded = c.decode_cache(raw)
    assert decoded.damaged and list(decoded.entries) == ["a.toml"]


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_decode_never_raises(raw: bytes) -> None:
    for candidate in (raw, c.MAGIC + raw):
        assert isinstance(c.decode_cache(candidate), c.DecodedCache)


def test_checker_fingerprint_follows_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    before = c.checker_fingerprint()
    c.checker_fingerprint.cache_clear()
    assert c.checker_fingerprint() == before  # stable
    changes = [
        (model, "REQUIREMENTS", model.REQUIREMENTS | {"carrier_pigeon"}),
        (sources, "REFUSED_HOSTS", (*sources.REFUSED_HOSTS, "*.example.org")),
        (model, "GENERIC_FOR_CATEGORY", {}),
    ]
    try:
        for module, name, value in changes:
            monkeypatch.setattr(module, name, value)
            c.checker_fingerprint.cache_clear()
            assert c.checker_fingerprint() != before, name
            monkeypatch.undo()
    finally:
        monkeypatch.undo()
        c.checker_fingerprint.cache_clear()
    assert c.checker_fingerprint() == before


def test_stamps_are_recorded_only_for_files_old_enough() -> None:
    now = 100 * 10**9
    assert c.stamp_to_record((5, now - c.RACY_NS - 1), now) == (5, now - c.RACY_NS - 1)
    assert c.stamp_to_record((5, now - c.RACY_NS), now) is None
    assert c.stamp_to_record((5, now + 10**9), now) is None  # from the future
    assert c.stamp_to_record((5, 0), None) is None
    assert c.stamp_to_record(None, now) is None


def test_compiling_takes_unread_files_from_the_cache_by_stamp() -> None:
    text = (FIXTURES / "alipay.toml").read_bytes()
    name = "alipay.toml"
    now = 10**12
    old = (len(text), now - 10**10)
    first = c.compile_entries([name], {name: text}, stamps={name: old}, now_ns=now)
    assert first.parsed and first.problems == [] and [s.id for s in first.services] == ["alipay"]
    assert first.entries[name][3] == old
    # not read, same stamp: the cached entry stands
    second = c.compile_entries([name], {}, first.entries, stamps={name: old})
    assert not second.parsed and second.services == first.services
    assert not c.stale(second, first.entries)
    # not read, another stamp: skipped (storage reads such files; here it could not)
    other = c.compile_entries([name], {}, first.entries, stamps={name: (1, 2)})
    assert other.services == []
    # read again after a touch: hashed, not parsed, the new stamp recorded
    touched = (len(text), now - 10**9 * 5)
    third = c.compile_entries(
        [name], {name: text}, first.entries, stamps={name: touched}, now_ns=now
    )
    assert not third.parsed and third.restamped and c.stale(third, first.entries)
    assert third.entries[name][3] == touched
