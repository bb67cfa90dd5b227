"""storage.catalog_files: reading a catalog folder and its compiled cache, and writing the cache
(on the small fixture catalog in tests/data/catalog, not the shipped files)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ringoff.core.catalog import cache as cache_format
from ringoff.core.catalog.cache import decode_cache, encode_cache
from ringoff.core.model import Category
from ringoff.storage import catalog_files
from ringoff.storage.catalog_files import (
    compile_catalog,
    compiled_path,
    load_folder,
    write_compiled,
)

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "data" / "catalog"


@pytest.fixture
def catalog_dir(tmp_path: Path) -> Path:
    """A private copy of the fixture catalog (tests write caches and broken files into it)."""
    target = tmp_path / "catalog"
    shutil.copytree(FIXTURES, target)
    return target


def _doctor(cache: Path, change: object) -> None:
    """Rewrite *cache* with each entry's record passed through *change* (a well-formed cache of
    the same rules, holding other data than the files)."""
    entries = decode_cache(cache.read_bytes()).entries
    assert entries
    cache.write_bytes(encode_cache({rel: change(entry) for rel, entry in entries.items()}))  # type: ignore[operator]


def _contents(raw: bytes) -> dict[str, object]:
    """A cache's entries without the files' stamps (which depend on when they were read)."""
    entries = decode_cache(raw).entries
    assert entries
    return {rel: entry[:3] for rel, entry in entries.items()}


def test_bad_file_is_skipped_and_listed(catalog_dir: Path) -> None:
    (catalog_dir / "broken.toml").write_text('id = "broken"\nnames = {', "utf-8")
    data = (catalog_dir / "qq.toml").read_text("utf-8").replace('category = "social"', "")
    (catalog_dir / "qq.toml").write_text(data, "utf-8")
    (catalog_dir / "latin1.toml").write_bytes('id = "caf\xe9"'.encode("latin-1"))
    loaded = load_folder(catalog_dir, use_cache=False)
    assert sorted(s.id for s in loaded) == ["alipay", "google", "icbc", "wechat"]
    assert any(p.startswith("broken.toml: not valid TOML") for p in loaded.problems)
    assert "qq.toml: category: missing" in loaded.problems
    assert "latin1.toml: not UTF-8 text" in loaded.problems


def test_an_unreadable_file_is_listed(catalog_dir: Path) -> None:
    (catalog_dir / "qq.toml").unlink()
    (catalog_dir / "qq.toml").mkdir()  # listed as an entry, but cannot be read
    loaded = load_folder(catalog_dir, use_cache=False)
    assert "qq" not in loaded
    assert [p.split(" (")[0] for p in loaded.problems] == ["qq.toml: cannot be read"]


def test_missing_directory_gives_an_empty_catalog(tmp_path: Path) -> None:
    loaded = load_folder(tmp_path / "nowhere")
    assert len(loaded) == 0
    assert len(loaded.problems) == 1


def test_the_folder_gives_its_date_and_pinyin(catalog_dir: Path) -> None:
    (catalog_dir / "_catalog.json").write_text('{"catalog_date": "2026-11-30"}', "utf-8")
    (catalog_dir / "_pinyin_names.tsv").write_text("支付宝\tzhifubao\tzfb\n", "utf-8")
    loaded = load_folder(catalog_dir, use_cache=False)
    assert str(loaded.info.catalog_date) == "2026-11-30"
    assert loaded.info.origin == "shipped"
    assert loaded.pinyin.names["支付宝"] == ("zhifubao", "zfb")


# -- the compiled cache ------------------------------------------------------------------


def test_cache_gives_the_same_catalog(catalog_dir: Path, tmp_path: Path) -> None:
    cache = tmp_path / "compiled.json"
    plain = load_folder(catalog_dir, use_cache=False)
    write_compiled(catalog_dir, cache)
    cached = load_folder(catalog_dir, cache=cache)
    assert list(cached) == list(plain)
    assert cached.generics == plain.generics


def test_cache_is_used_when_hashes_match(catalog_dir: Path, tmp_path: Path) -> None:
    cache = tmp_path / "compiled.json"
    write_compiled(catalog_dir, cache)

    # Doctor the cached data: if load still shows the file's name, the cache was ignored.
    def rename(entry: cache_format.Entry) -> cache_format.Entry:
        record = entry[2]
        if record is None or record[0] != "alipay":
            return entry
        names = {**record[3], "en": "Alipay (cached)"}
        return (entry[0], entry[1], (*record[:3], names, *record[4:]), entry[3])

    _doctor(cache, rename)
    alipay = load_folder(catalog_dir, cache=cache).get("alipay")
    assert alipay is not None and alipay.name("en") == "Alipay (cached)"


def test_changed_file_beats_a_stale_cache(catalog_dir: Path, tmp_path: Path) -> None:
    cache = tmp_path / "compiled.json"
    write_compiled(catalog_dir, cache)
    path = catalog_dir / "alipay.toml"
    path.write_text(path.read_text("utf-8").replace('en = "Alipay"', 'en = "Alipay 2"'), "utf-8")
    alipay = load_folder(catalog_dir, cache=cache).get("alipay")
    assert alipay is not None and alipay.name("en") == "Alipay 2"


def test_cache_keeps_the_verdicts(catalog_dir: Path, tmp_path: Path) -> None:
    path = catalog_dir / "qq.toml"
    path.write_text(path.read_text("utf-8").replace('category = "social"', ""), "utf-8")
    cache = tmp_path / "compiled.json"
    write_compiled(catalog_dir, cache)
    plain = load_folder(catalog_dir, use_cache=False)
    cached = load_folder(catalog_dir, cache=cache)
    assert cached.problems == plain.problems == ["qq.toml: category: missing"]
    assert list(cached) == list(plain)


def test_cached_verdicts_need_the_same_checker(
    catalog_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "compiled.json"
    write_compiled(catalog_dir, cache)

    def nonsense(entry: cache_format.Entry) -> cache_format.Entry:
        record = entry[2]
        if record is None or record[0] != "alipay":
            return entry
        return (entry[0], entry[1], (record[0], "nonsense", *record[2:]), entry[3])

    _doctor(cache, nonsense)
    # Same checker: the recorded "valid" is trusted, and building the entry then fails cleanly.
    trusted = load_folder(catalog_dir, cache=cache)
    assert trusted.get("alipay") is None
    assert [p.split(" (")[0] for p in trusted.problems] == ["alipay.toml: cannot be used"]
    # Another checker (the rules changed since the cache was made): the cached entry is not
    # used at all; the file is parsed and checked again.
    monkeypatch.setattr(cache_format, "checker_fingerprint", lambda: "0" * 24)
    checked = load_folder(catalog_dir, cache=cache)
    assert checked.problems == []
    alipay = checked.get("alipay")
    assert alipay is not None and alipay.category is Category.PAYMENT


def test_refresh_cache_writes_it_once(catalog_dir: Path) -> None:
    cache = compiled_path(catalog_dir)
    assert cache.name == "catalog.compiled.json"
    assert not cache.exists()
    load_folder(catalog_dir, refresh_cache=True)
    assert _contents(cache.read_bytes()) == _contents(compile_catalog(catalog_dir))
    before = cache.stat().st_mtime_ns
    load_folder(catalog_dir, refresh_cache=True)
    assert cache.stat().st_mtime_ns == before  # fresh: not rewritten


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files storage reads from now on (their names)."""
    seen: list[str] = []
    real = catalog_files._read

    def counting(path: str) -> bytes:
        seen.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(catalog_files, "_read", counting)
    return seen


def _age(path: Path, seconds: int = 3600) -> None:
    """Make *path* look last changed *seconds* ago."""
    when = path.stat().st_mtime_ns - seconds * 1_000_000_000
    os.utime(path, ns=(when, when))


def test_a_warm_load_reads_no_entry_file(
    catalog_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Entries whose file has the size and time recorded in the cache stand without the file
    being read; a file touched since is read and hashed (not parsed: its content is known)."""
    for path in catalog_dir.rglob("*.toml"):
        _age(path)
    first = load_folder(catalog_dir, refresh_cache=True)
    seen = _reads(monkeypatch)
    again = load_folder(catalog_dir, refresh_cache=True)
    assert [n for n in seen if n.endswith(".toml")] == []
    assert list(again) == list(first) and again.generics == first.generics
    touched = catalog_dir / "qq.toml"
    os.utime(touched)  # same content, new time
    seen.clear()
    assert list(load_folder(catalog_dir, refresh_cache=True)) == list(first)
    assert [n for n in seen if n.endswith(".toml")] == ["qq.toml"]


def test_a_file_changed_right_after_it_was_read_is_not_hidden(
    catalog_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file changed within the file system's time resolution keeps its size and time; its
    stamp is not trusted until it is older than that (git's "racy" rule)."""
    for path in catalog_dir.rglob("*.toml"):
        _age(path)
    path = catalog_dir / "alipay.toml"
    path.write_text(path.read_text("utf-8"), "utf-8")  # just written: its time is now
    stamp = path.stat().st_mtime_ns
    load_folder(catalog_dir, refresh_cache=True)
    edited = path.read_text("utf-8").replace('en = "Alipay"', 'en = "Alipax"')  # same size
    path.write_text(edited, "utf-8")
    os.utime(path, ns=(stamp, stamp))  # and the same time
    alipay = load_folder(catalog_dir, refresh_cache=True).get("alipay")
    assert alipay is not None and alipay.name("en") == "Alipax"


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{not json",
        b'{"format": 1, "files": {}}',  # the JSON cache of earlier versions
        b"[]",
        b"ringoff-catalog-cache\n",
        b"ringoff-catalog-cache\n{}\n",
        b"ringoff-catalog-cache\nnot json\n\x00",
    ],
)
def test_damaged_cache_is_ignored(catalog_dir: Path, tmp_path: Path, content: bytes) -> None:
    cache = tmp_path / "compiled.json"
    cache.write_bytes(content)
    loaded = load_folder(catalog_dir, cache=cache, refresh_cache=True)
    assert loaded.problems == []
    assert len(loaded) == 5
    assert decode_cache(cache.read_bytes()).entries  # rewritten, good again


@pytest.mark.parametrize("cut", [1, 100, -1])
def test_a_truncated_or_flipped_cache_is_never_read(
    catalog_dir: Path, tmp_path: Path, cut: int
) -> None:
    """A cache damaged on disk (a partial copy, a flipped byte) is noticed by its digest before
    its body is unmarshalled; the files are read, the damage said, and the cache replaced."""
    cache = tmp_path / "compiled.json"
    good = write_compiled(catalog_dir, cache).read_bytes()
    if cut == -1:
        middle = len(good) // 2
        damaged = good[:middle] + bytes([good[middle] ^ 0xFF]) + good[middle + 1 :]
    else:
        damaged = good[:-cut]
    cache.write_bytes(damaged)
    said: list[Path] = []
    loaded = load_folder(catalog_dir, cache=cache, refresh_cache=True, on_damaged_cache=said.append)
    assert loaded.problems == [] and len(loaded) == 5
    assert said == [cache]
    assert _contents(cache.read_bytes()) == _contents(good)  # replaced by a good one


def test_a_failed_cache_write_still_loads(catalog_dir: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    errors: list[OSError] = []
    loaded = load_folder(
        catalog_dir, cache=blocker / "c.json", refresh_cache=True, on_cache_error=errors.append
    )
    assert len(loaded) == 5
    assert len(errors) == 1


def test_the_command_compiles_and_checks(catalog_dir: Path) -> None:
    env = {"PYTHONPATH": str(ROOT / "gui")}
    run = [sys.executable, "-m", "ringoff.storage.catalog_files"]
    made = subprocess.run([*run, "compile", str(catalog_dir)], env=env, capture_output=True)
    assert made.returncode == 0, made.stderr
    assert compiled_path(catalog_dir).read_bytes() == compile_catalog(catalog_dir)
    checked = subprocess.run([*run, "check", str(catalog_dir)], env=env, capture_output=True)
    assert checked.returncode == 0
    assert b"5 services, 1 generic guides" in checked.stdout
    (catalog_dir / "broken.toml").write_text("id = ", "utf-8")
    assert subprocess.run([*run, "check", str(catalog_dir)], env=env).returncode == 1
    assert catalog_files._main([]) == 2
