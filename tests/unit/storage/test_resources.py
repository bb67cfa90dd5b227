"""Finding Ringoff's own files as a checkout, an installed package and a frozen bundle, and the
catalog cache: made where it is missing, its failure said once, the build-time one used."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.vaults import init_cli_vault

from ringoff.core.catalog import cache as cache_format
from ringoff.storage import catalog_files, resources
from ringoff.storage.catalog_files import write_compiled

ROOT = Path(__file__).resolve().parents[3]


def test_a_checkout_reads_the_top_level_folder() -> None:
    assert resources.resources_root() == ROOT / "resources"
    assert (resources.catalog_dir() / "wechat.toml").is_file()
    assert (resources.i18n_dir() / "ringoff_zh_CN.qm").is_file()
    assert resources.icon_path("ringoff.svg").is_file()


def test_a_frozen_bundle_reads_its_own_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_root() == tmp_path / "resources"
    assert resources.shipped_catalog_cache() == tmp_path / "resources" / "catalog.compiled.json"


def test_an_installed_package_reads_the_packaged_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    packaged = tmp_path / "ringoff" / "resources"
    packaged.mkdir(parents=True)
    monkeypatch.setattr(resources, "_packaged_root", lambda: packaged)
    assert resources.resources_root() == packaged
    assert resources.catalog_dir() == packaged / "catalog"


def _small_catalog(tmp_path: Path) -> Path:
    folder = tmp_path / "catalog"
    folder.mkdir()
    for name in ("wechat.toml", "alipay.toml", "icbc.toml"):
        shutil.copyfile(ROOT / "resources" / "catalog" / name, folder / name)
    return folder


def test_the_cache_folder_is_created(tmp_path: Path) -> None:
    folder = _small_catalog(tmp_path)
    cache = tmp_path / "not" / "yet" / "there" / "catalog.compiled.json"
    catalog = resources.load_catalog(folder, cache=cache, seed=tmp_path / "none.json")
    assert len(catalog) == 3
    assert cache.is_file()


def test_a_failed_cache_write_is_said_once(tmp_path: Path) -> None:
    folder = _small_catalog(tmp_path)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    cache = blocker / "catalog.compiled.json"  # its folder cannot be made
    said: list[str] = []
    for _ in range(3):
        catalog = resources.load_catalog(
            folder, cache=cache, seed=tmp_path / "none.json", report=said.append
        )
        assert len(catalog) == 3  # the catalog still loads
    assert len(said) == 1, said
    assert "catalog cache" in said[0] and str(blocker) in said[0]


def test_a_damaged_cache_is_said_once_and_replaced(tmp_path: Path) -> None:
    folder = _small_catalog(tmp_path)
    cache = write_compiled(folder, tmp_path / "user" / "catalog.compiled.json")
    good = cache.read_bytes()
    cache.write_bytes(good[: len(good) // 2])  # a copy cut short
    said: list[str] = []
    for _ in range(3):
        catalog = resources.load_catalog(
            folder, cache=cache, seed=tmp_path / "none.json", report=said.append
        )
        assert len(catalog) == 3 and catalog.problems == []
    assert len(said) == 1, said
    assert "damaged" in said[0] and str(cache) in said[0]
    assert cache_format.decode_cache(cache.read_bytes()).entries  # a good cache again


def test_the_build_time_cache_is_enough(tmp_path: Path) -> None:
    folder = _small_catalog(tmp_path)
    seed = write_compiled(folder, tmp_path / "seed.json")
    cache = tmp_path / "user" / "catalog.compiled.json"
    catalog = resources.load_catalog(folder, cache=cache, seed=seed)
    assert len(catalog) == 3
    assert not cache.exists()  # nothing had to be parsed, so nothing is written
    # An edited entry is parsed and the user's cache now holds it.
    entry = folder / "wechat.toml"
    entry.write_text(entry.read_text("utf-8") + "\n# edited\n", "utf-8")
    assert len(resources.load_catalog(folder, cache=cache, seed=seed)) == 3
    assert cache.is_file()


def test_an_installed_catalog_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Files of an installation are old: the first start takes every entry from the build-time
    cache (none parsed) and writes the user's cache with the files' sizes and times, so later
    starts read no entry file at all."""
    folder = _small_catalog(tmp_path)
    seed = write_compiled(folder, tmp_path / "seed.json")
    for entry in folder.glob("*.toml"):
        old = entry.stat().st_mtime_ns - 86_400 * 10**9
        os.utime(entry, ns=(old, old))
    parsed: list[str] = []
    real = cache_format.fresh_entry
    monkeypatch.setattr(
        cache_format, "fresh_entry", lambda raw, rel: parsed.append(rel) or real(raw, rel)
    )
    cache = tmp_path / "user" / "catalog.compiled.json"
    assert len(resources.load_catalog(folder, cache=cache, seed=seed)) == 3
    assert parsed == []
    assert cache.is_file()
    read: list[str] = []
    real_read = catalog_files._read
    monkeypatch.setattr(catalog_files, "_read", lambda path: read.append(path) or real_read(path))
    before = cache.stat().st_mtime_ns
    assert len(resources.load_catalog(folder, cache=cache, seed=seed)) == 3
    assert [p for p in read if p.endswith(".toml")] == []
    assert cache.stat().st_mtime_ns == before


def test_an_empty_catalog_is_never_silent(tmp_path: Path) -> None:
    """A broken installation: the CLI says so plainly (exit 3) instead of printing []."""
    home = tmp_path / "home"
    init_cli_vault(home)
    empty = tmp_path / "bundle"
    (empty / "resources" / "catalog").mkdir(parents=True)
    code = (
        "import sys; sys._MEIPASS = sys.argv[1]; sys.argv[1:] = sys.argv[2:]; "
        "from ringoff.cli import main; raise SystemExit(main())"
    )
    for args in (["catalog", "--json"], ["--lang", "zh_CN", "catalog"]):
        result = subprocess.run(
            [sys.executable, "-c", code, str(empty), *args],
            capture_output=True,
            text=True,
            env={**_env(home)},
            check=False,
        )
        assert result.returncode == 3, result.stdout + result.stderr
        assert result.stdout == ""
        assert "Traceback" not in result.stderr
    assert "install Ringoff again" in _stderr_en(code, empty, home)


def _env(home: Path) -> dict[str, str]:
    import os

    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(ROOT / "gui")
    env["RINGOFF_HOME"] = str(home)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _stderr_en(code: str, empty: Path, home: Path) -> str:
    return subprocess.run(
        [sys.executable, "-c", code, str(empty), "--lang", "en", "catalog"],
        capture_output=True,
        text=True,
        env=_env(home),
        check=False,
    ).stderr
