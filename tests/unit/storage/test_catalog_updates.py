"""Signed catalog updates: verified before use, refused in plain words, never half-applied.

Every test makes its own key pair and passes the public key in (the project's private key is
never in the repository).
"""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from helpers.vaults import ROOT, cli_env

from ringoff.core import catalog_update as cu
from ringoff.core.catalog import Catalog, CatalogInfo
from ringoff.storage import catalog_store
from ringoff.storage.catalog_files import load_folder
from ringoff.storage.paths import Locations

FIXTURES = ROOT / "tests" / "data" / "catalog"
SHIPPED_DATE = date(2026, 12, 1)


def _files() -> dict[str, bytes]:
    files = {p.name: p.read_bytes() for p in FIXTURES.glob("*.toml")}
    files.update({f"_generic/{p.name}": p.read_bytes() for p in FIXTURES.glob("_generic/*.toml")})
    return files


def _public(key: Ed25519PrivateKey) -> list[str | bytes]:
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return [base64.b64encode(raw).decode()]


@pytest.fixture
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture
def where(tmp_path: Path) -> Locations:
    return Locations(tmp_path / "data", tmp_path / "config")


@pytest.fixture
def shipped() -> Catalog:
    catalog = load_folder(FIXTURES, use_cache=False)
    info = CatalogInfo(SHIPPED_DATE, "shipped")
    return Catalog([*catalog, *catalog.generics], (), catalog.pinyin, info)


def _write(tmp_path: Path, data: bytes, name: str = "u.ringoff-catalog") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_good_update_is_used_and_says_where_it_came_from(
    key: Ed25519PrivateKey, where: Locations, shipped: Catalog, tmp_path: Path
) -> None:
    files = _files()
    files["alipay.toml"] = files["alipay.toml"].replace(b'"Alipay"', b'"Alipay (updated)"', 1)
    signed = cu.sign_update(files, date(2027, 1, 15), key)
    update = catalog_store.import_update(
        _write(tmp_path, signed), where, _public(key), current=shipped
    )
    assert update.catalog_date == date(2027, 1, 15)
    assert catalog_store.update_path(where).read_bytes() == signed
    catalog = catalog_store.load_catalog(where, _public(key), shipped=shipped)
    assert catalog.info.origin == "update"
    assert catalog.info.catalog_date == date(2027, 1, 15)
    alipay = catalog.get("alipay")
    assert alipay is not None and alipay.name("en") == "Alipay (updated)"
    assert catalog.problems == []
    # another key does not trust it: the shipped catalog is used
    other = _public(Ed25519PrivateKey.generate())
    assert catalog_store.load_catalog(where, other, shipped=shipped) is shipped


def _refused(
    data: bytes, key: Ed25519PrivateKey, where: Locations, shipped: Catalog, tmp_path: Path
) -> str:
    before = catalog_store.update_path(where)
    had = before.read_bytes() if before.exists() else None
    with pytest.raises(cu.UpdateRefused) as caught:
        catalog_store.import_update(_write(tmp_path, data, "bad"), where, _public(key), shipped)
    after = before.read_bytes() if before.exists() else None
    assert after == had  # nothing changed: never half-applied
    assert caught.value.hint is not None
    return caught.value.message.render()


def test_wrong_signature_or_changed_content_is_refused(
    key: Ed25519PrivateKey, where: Locations, shipped: Catalog, tmp_path: Path
) -> None:
    good = cu.sign_update(_files(), date(2027, 1, 15), key)
    catalog_store.import_update(_write(tmp_path, good), where, _public(key), current=shipped)
    by_stranger = cu.sign_update(_files(), date(2027, 2, 1), Ed25519PrivateKey.generate())
    assert "not signed by the Ringoff project" in _refused(
        by_stranger, key, where, shipped, tmp_path
    )
    envelope = json.loads(good)
    payload = base64.b64decode(envelope["payload"]).replace(b"2027-01-15", b"2027-03-01")
    envelope["payload"] = base64.b64encode(payload).decode()
    changed = json.dumps(envelope).encode()
    assert "changed after signing" in _refused(changed, key, where, shipped, tmp_path)
    assert catalog_store.load_catalog(where, _public(key), shipped=shipped).info.catalog_date == (
        date(2027, 1, 15)
    )


@pytest.mark.parametrize(
    "data",
    [b"", b"\xff\xfe", b"[1, 2]", b'{"format": "zip"}', b'{"format": "ringoff-catalog-update"'],
)
def test_not_an_update_is_refused_in_plain_words(
    data: bytes, key: Ed25519PrivateKey, where: Locations, shipped: Catalog, tmp_path: Path
) -> None:
    assert "not a Ringoff catalog update" in _refused(data, key, where, shipped, tmp_path)


def test_signed_but_bad_contents_are_refused_whole(
    key: Ed25519PrivateKey, where: Locations, shipped: Catalog, tmp_path: Path
) -> None:
    files = _files()
    files["wechat.toml"] = files["wechat.toml"].replace(b'category = "messaging"', b"")
    bad = cu.sign_update(files, date(2027, 1, 15), key)
    assert "contents are not in order" in _refused(bad, key, where, shipped, tmp_path)
    escape = cu.sign_update({**_files(), "../../evil.toml": b"x"}, date(2027, 1, 15), key)
    assert "contents are not in order" in _refused(escape, key, where, shipped, tmp_path)
    empty = cu.sign_update({}, date(2027, 1, 15), key)
    assert "contents are not in order" in _refused(empty, key, where, shipped, tmp_path)


def test_an_older_update_is_refused_and_a_newer_app_wins(
    key: Ed25519PrivateKey, where: Locations, shipped: Catalog, tmp_path: Path
) -> None:
    old = cu.sign_update(_files(), date(2026, 11, 1), key)
    assert "nothing new" in _refused(old, key, where, shipped, tmp_path)
    # installed earlier, then Ringoff itself was updated with a newer catalog: the app's wins
    catalog_store.update_path(where).parent.mkdir(parents=True)
    catalog_store.update_path(where).write_bytes(old)
    assert catalog_store.load_catalog(where, _public(key), shipped=shipped) is shipped


def test_a_damaged_installed_update_falls_back_to_the_shipped_catalog(
    key: Ed25519PrivateKey, where: Locations, shipped: Catalog
) -> None:
    good = cu.sign_update(_files(), date(2027, 1, 15), key)
    path = catalog_store.update_path(where)
    path.parent.mkdir(parents=True)
    path.write_bytes(good[: len(good) // 2])
    assert catalog_store.load_catalog(where, _public(key), shipped=shipped) is shipped


def test_the_shipped_catalog_has_a_date_and_the_project_key_is_valid() -> None:
    catalog = catalog_store.load_catalog(Locations(Path("/nonexistent"), Path("/nonexistent")))
    assert catalog.info.origin == "shipped"
    assert catalog.info.catalog_date is not None
    assert cu._keys(None)  # the shipped public key parses


def test_cli_imports_an_update_and_refuses_a_bad_one(
    key: Ed25519PrivateKey, tmp_path: Path
) -> None:
    """`ringoff catalog --import-update FILE`, with the test's key in place of the project's."""
    home = tmp_path / "home"
    signed = cu.sign_update(_files(), date(2027, 1, 15), key)
    good = _write(tmp_path, signed)
    bad = _write(tmp_path, signed[:-40], "bad")
    code = (
        "import sys; from ringoff.core import catalog_update as cu; "
        f"cu.PUBLIC_KEYS = {tuple(_public(key))!r}; "
        "from ringoff import cli; sys.exit(cli.main(sys.argv[1:]))"
    )

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", code, *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=cli_env(home),
            cwd=str(ROOT),
            timeout=120,
            check=False,
        )

    refused = run("catalog", "--import-update", str(bad))
    assert refused.returncode == 3, refused.stderr
    assert "not a Ringoff catalog update" in refused.stderr
    assert "Traceback" not in refused.stderr
    done = run("catalog", "--import-update", str(good))
    assert done.returncode == 0, done.stderr
    assert "2027-01-15" in done.stdout
    info = run("catalog", "--info")
    assert "Catalog of 2027-01-15, from an update you imported (5 services)" in info.stdout
    again = run("catalog", "--import-update", str(good))
    assert again.returncode == 3 and "nothing new" in again.stderr
