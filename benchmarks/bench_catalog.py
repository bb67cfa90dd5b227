"""How long loading and searching the service catalog takes.

    PYTHONPATH=gui python benchmarks/bench_catalog.py [-n 21] [--synthetic 220] [--dir DIR]

Every figure is the median of N rounds; in each round every measurement runs once, in a rotating
order, so a busy machine slows all of them alike (this machine is shared). The loads measured
are the app's own path (storage.resources.load_catalog):

- cold: a first start with no cache of the user's own (every file parsed, the cache written);
- cold, build-time cache: the first start of an installed package (its seed cache holds every
  entry; the user's cache is written with the files' sizes and times);
- warm: every later start (the user's cache in place: no entry file read);
- warm, files touched: every file has a new time (a copy that resets times): all read and
  hashed, none parsed;
- warm + first search: a start followed by one search, which builds the search index.

The baselines, in the same rounds: parsing every TOML file with the standard library (what the
cache saves) and reading every entry file's bytes (the least a loader that reads them pays).
The issue's target is warm <= 30 ms. With --synthetic N the shipped files are copied (under new
ids) until there are N entries, to see how it behaves once the catalog is full. Nothing here is
part of the pass/fail test run.
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import statistics
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gui"))

from ringoff.storage.catalog_files import load_folder, write_compiled
from ringoff.storage.resources import catalog_dir as default_catalog_dir
from ringoff.storage.resources import load_catalog

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import summary  # noqa: E402

QUERIES = [
    "zfb",
    "支付宝",
    "alipay.com",
    "https://www.alipay.com/x",
    "Ａｌｉｐａｙ",
    "wx",
    "银行",
    "g",
    "google",
    "nothing-matches-this",
]


def synthetic_copy(source: Path, target: Path, count: int) -> None:
    """Copy *source* into *target*, then add renamed copies of its entries up to *count*."""
    shutil.copytree(source, target)
    originals = sorted(source.glob("*.toml"))
    i = 0
    while originals and len(list(target.glob("*.toml"))) < count:
        original = originals[i % len(originals)]
        new_id = f"{original.stem}_copy{i // len(originals)}"
        text = original.read_text("utf-8").replace(f'id = "{original.stem}"', f'id = "{new_id}"')
        (target / f"{new_id}.toml").write_text(text, "utf-8")
        i += 1


def _entry_files(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.toml")) + sorted(directory.glob("_generic/*.toml"))


def _age(directory: Path, seconds: int) -> None:
    """Give every entry file a modification time *seconds* ago (0: now)."""
    when = time.time_ns() - seconds * 1_000_000_000
    for path in _entry_files(directory):
        os.utime(path, ns=(when, when))


def interleaved(runs: dict[str, Callable[[], object]], rounds: int) -> dict[str, float]:
    """Median milliseconds of each run over *rounds* rounds, each round in a rotated order."""
    times: dict[str, list[float]] = {name: [] for name in runs}
    names = list(runs)
    for n in range(rounds):
        order = names[n % len(names) :] + names[: n % len(names)]
        for name in order:
            start = time.perf_counter()
            runs[name]()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) * 1000 for name, values in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=21, help="rounds (median)")
    parser.add_argument("--synthetic", type=int, default=0, help="grow the catalog to N entries")
    parser.add_argument("--dir", type=Path, default=default_catalog_dir())
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        directory = tmp / "catalog"
        if args.synthetic:
            synthetic_copy(args.dir, directory, args.synthetic)
        else:
            shutil.copytree(args.dir, directory)
        _age(directory, 3600)  # an installation's files were written long ago
        touched = tmp / "touched" / "catalog"
        shutil.copytree(directory, touched)
        seed = write_compiled(directory, tmp / "seed.compiled.json")
        files = _entry_files(directory)
        no_seed = tmp / "no-seed.json"
        fresh = itertools.count()

        def cold() -> None:
            load_catalog(directory, cache=tmp / f"cold{next(fresh)}" / "c.json", seed=no_seed)

        def cold_seeded() -> None:
            load_catalog(directory, cache=tmp / f"seeded{next(fresh)}" / "c.json", seed=seed)

        warm_cache = tmp / "warm" / "c.json"
        load_catalog(directory, cache=warm_cache, seed=no_seed)
        touched_cache = tmp / "touched" / "c.json"
        load_catalog(touched, cache=touched_cache, seed=no_seed)

        def warm() -> None:
            load_catalog(directory, cache=warm_cache, seed=no_seed)

        def warm_touched() -> None:
            _age(touched, 0)  # (the touching itself is outside the load, but inside the round)
            load_catalog(touched, cache=touched_cache, seed=no_seed)

        def warm_search() -> None:
            load_catalog(directory, cache=warm_cache, seed=no_seed).search("zfb")

        def parse_toml() -> None:
            for path in files:
                tomllib.loads(path.read_text("utf-8"))

        def read_files() -> None:
            for path in files:
                with open(path, "rb") as handle:
                    handle.read()

        medians = interleaved(
            {
                "cold": cold,
                "cold_seeded": cold_seeded,
                "warm": warm,
                "warm_touched": warm_touched,
                "warm_search": warm_search,
                "parse": parse_toml,
                "read": read_files,
            },
            args.n,
        )
        # the touching inside warm_touched's round, measured alone, is taken off
        touch_ms = statistics.median(
            [t for t in (_time(lambda: _age(touched, 0)) for _ in range(args.n))]
        )
        medians["warm_touched"] -= touch_ms
        catalog = load_folder(directory, cache=warm_cache)
        catalog.search("")
        per_query = statistics.median(
            _time(lambda: [catalog.search(q) for q in QUERIES]) for _ in range(args.n)
        ) / len(QUERIES)
        size_kb = warm_cache.stat().st_size / 1024
        load_avg = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")

    rows = [
        ("cold: first use, no cache at all", medians["cold"]),
        ("cold: first use, build-time cache", medians["cold_seeded"]),
        ("warm: the user's cache in place", medians["warm"]),
        ("warm, every file touched (read+hash)", medians["warm_touched"]),
        ("warm + first search (builds index)", medians["warm_search"]),
        ("baseline: parse every TOML file", medians["parse"]),
        ("baseline: read every entry file", medians["read"]),
        ("search, per query (mean of 10)", per_query),
    ]
    print(
        f"catalog: {len(files)} files ({len(catalog)} services, {len(catalog.generics)} generic),"
        f" cache {size_kb:.0f} KiB, median of {args.n} interleaved rounds, load {load_avg:.1f},"
        f" Python {sys.version.split()[0]}"
    )
    print(f"{'measurement':<40}{'ms':>10}")
    print("-" * 50)
    for name, value in rows:
        print(f"{name:<40}{value:>10.2f}")
    parse, read = medians["parse"], medians["read"]
    summary(
        f"catalog load, cold (first use: {len(files)} files parsed, cache written)",
        f"{medians['cold']:.1f} ms",
        f"parsing the TOML alone {parse:.1f} ms",
    )
    summary(
        "catalog load, warm (cache in place)",
        f"{medians['warm']:.1f} ms",
        f"parsing the TOML {parse:.1f} ms → {medians['warm'] / parse:.3f}×; "
        f"reading the files {read:.1f} ms",
        "≤ 30 ms",
        medians["warm"] <= 30,
    )
    return 0


def _time(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return (time.perf_counter() - start) * 1000


if __name__ == "__main__":
    raise SystemExit(main())
