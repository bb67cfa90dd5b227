"""Reading a catalog folder and its compiled cache from disk, and writing the cache.

A catalog folder holds one TOML file per service (``*.toml``), the generic guides
(``_generic/*.toml``), the catalog's date (``_catalog.json``) and the generated pinyin tables
(``_pinyin_*.tsv``). :func:`read_folder` reads them into a name -> bytes table;
core.catalog turns that table, and the caches' bytes, into a :class:`Catalog` and says when the
cache must be written again, which :func:`load_folder` then does. Also the build step's
``python -m ringoff.storage.catalog_files compile DIR`` (packaging/build.py, setup.py).

Qt-free.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..core.catalog import (
    GENERIC_DIR,
    INFO_FILE,
    Built,
    Catalog,
    build_catalog,
    compile_cache,
    info_from_json,
)
from ..core.catalog.cache import Stamp, decode_cache
from ..core.pinyin import CHARS_FILE, NAMES_FILE


@dataclass
class FolderFiles:
    """A catalog folder's files: relative name -> bytes (entries in the loader's order: the
    folder's sorted, then ``_generic/`` sorted), each entry's :data:`Stamp` (size and time),
    the time they were listed, and the files that could not be read."""

    files: dict[str, bytes] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    #: Every entry file, in order (also those not read, see :func:`read_folder`).
    names: list[str] = field(default_factory=list)
    stamps: dict[str, Stamp] = field(default_factory=dict)
    listed_ns: int = 0


def _read(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()


def _entries(folder: str) -> list[os.DirEntry[str]]:
    with os.scandir(folder) as found:
        return sorted(
            (e for e in found if e.name.endswith(".toml") and not e.name.startswith(".")),
            key=lambda e: e.name,
        )


def _stamp(entry: os.DirEntry[str]) -> Stamp | None:
    try:
        info = entry.stat()
    except OSError:
        return None
    return (info.st_size, info.st_mtime_ns)


def read_folder(
    directory: Path, skip: Callable[[dict[str, Stamp]], set[str]] | None = None
) -> FolderFiles | None:
    """Every file of the catalog folder *directory*; None when the folder is missing.

    *skip*, given the entries' stamps, names the entry files not to read (their cached
    entries stand for them: see core.catalog.cache.DecodedCache.unchanged)."""
    out = FolderFiles(listed_ns=time.time_ns())
    try:
        top = _entries(os.fspath(directory))
    except (FileNotFoundError, NotADirectoryError):
        return None
    try:
        generic = _entries(os.path.join(directory, GENERIC_DIR))
    except (FileNotFoundError, NotADirectoryError):
        generic = []
    named = [(e.name, e) for e in top]
    named += [(f"{GENERIC_DIR}/{e.name}", e) for e in generic]
    out.names = [rel for rel, _ in named]
    for rel, entry in named:
        stamp = _stamp(entry)
        if stamp is not None:
            out.stamps[rel] = stamp
    skipped = skip(out.stamps) if skip is not None else set()
    for rel, entry in named:
        if rel in skipped:
            continue
        try:
            out.files[rel] = _read(entry.path)
        except OSError as exc:
            out.problems.append(f"{rel}: cannot be read ({exc.strerror or exc})")
    for name in (NAMES_FILE, CHARS_FILE, INFO_FILE):
        with contextlib.suppress(OSError):  # optional: no pinyin search, no date
            out.files[name] = _read(os.path.join(directory, name))
    return out


def read_cache(path: Path | None) -> bytes | None:
    """A compiled cache's bytes; None when there is none or it cannot be read."""
    if path is None:
        return None
    try:
        return _read(os.fspath(path))
    except OSError:
        return None


def write_cache(path: Path, data: bytes) -> None:
    """Write a compiled cache: its folder created first, a temporary file renamed over the old
    one, so a reader sees the old cache or the new one, never a part (raises OSError)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def compiled_path(directory: Path) -> Path:
    """The compiled cache beside the catalog folder: resources/catalog.compiled.json."""
    return directory.parent / f"{directory.name}.compiled.json"


def load_folder(
    directory: Path,
    *,
    cache: Path | None = None,
    use_cache: bool = True,
    refresh_cache: bool = False,
    seed: Path | None = None,
    on_cache_error: Callable[[OSError], None] | None = None,
    on_damaged_cache: Callable[[Path], None] | None = None,
) -> Catalog:
    """The catalog in *directory* (``*.toml`` and ``_generic/*.toml``).

    The compiled cache (default :func:`compiled_path`) supplies every entry whose content hash
    it knows; other files are parsed. With *refresh_cache* a stale or missing cache is
    rewritten, its folder created first; a failed write goes to *on_cache_error* and a cache
    found damaged to *on_damaged_cache* (the catalog still loads). *seed*, a second cache (the
    one compiled when the package was built), supplies entries the first one lacks: when it
    holds every file, nothing needs writing. Bad files are skipped and described in
    :attr:`Catalog.problems`; a missing directory gives an empty catalog with one problem.
    """
    cache_file = cache if cache is not None else compiled_path(directory)
    cached = decode_cache(read_cache(cache_file) if use_cache else None)
    found = read_folder(directory, skip=cached.unchanged)
    if found is None:
        return Catalog((), [f"{directory}: the catalog folder is missing"])
    built = build_catalog(
        found.files,
        info=info_from_json(found.files.get(INFO_FILE)),
        cache=cached,
        seed=read_cache(seed) if use_cache else None,
        problems=found.problems,
        names=found.names,
        stamps=found.stamps,
        now_ns=found.listed_ns,
    )
    if built.cache_damaged and on_damaged_cache is not None:
        on_damaged_cache(cache_file)
    if refresh_cache and built.cache is not None:
        try:
            write_cache(cache_file, built.cache)
        except OSError as exc:
            if on_cache_error is not None:
                on_cache_error(exc)
    return built.catalog


def load_files_cached(built_from: Callable[[bytes | None], Built], cache: Path) -> Catalog:
    """A catalog made by *built_from* (given the cache file's bytes, or None), writing the cache
    again when it says so; a failed write is ignored (the catalog is still good)."""
    built = built_from(read_cache(cache))
    if built.cache is not None:
        with contextlib.suppress(OSError):  # slower next time, never wrong
            write_cache(cache, built.cache)
    return built.catalog


def compile_catalog(directory: Path) -> bytes:
    """The compiled cache for *directory*: every TOML entry file's content hash, the problems
    found and the built service (see core.catalog.cache)."""
    found = read_folder(directory)
    return compile_cache(found.files if found is not None else {})


def write_compiled(directory: Path, target: Path | None = None) -> Path:
    """Write :func:`compile_catalog` of *directory* to *target* (default
    :func:`compiled_path`) atomically, and return the path written."""
    out = target if target is not None else compiled_path(directory)
    write_cache(out, compile_catalog(directory))
    return out


def _main(argv: Sequence[str]) -> int:
    """``python -m ringoff.storage.catalog_files [compile|check] DIR`` for packaging and
    authors."""
    usage = "usage: python -m ringoff.storage.catalog_files [compile|check] DIR"
    if len(argv) != 2:
        print(usage, file=sys.stderr)
        return 2
    command, directory = argv[0], Path(argv[1])
    if command == "compile":
        print(write_compiled(directory))
        return 0
    if command == "check":
        catalog = load_folder(directory, use_cache=False)
        for problem in catalog.problems:
            print(problem)
        print(f"{len(catalog)} services, {len(catalog.generics)} generic guides")
        return 1 if catalog.problems else 0
    print(usage, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
