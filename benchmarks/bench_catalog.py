"""How long loading and searching the service catalog takes.

    PYTHONPATH=gui python benchmarks/bench_catalog.py [-n 21] [--synthetic 220] [--dir DIR]

Prints the median of N runs for: parsing every TOML file (no cache), loading through the compiled
cache (every file hashed, parsed data taken from the cache), loading with a cache that is stale
for one file, and a set of searches and look-ups. The target of the issue is <= 30 ms to load.
With --synthetic N the shipped files are copied (under new ids) until there are N entries, to see
how it will behave once the catalog is full. Nothing here is part of the pass/fail test run.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
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


def median_ms(run: Callable[[], object], n: int) -> float:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=21, help="runs per measurement (median)")
    parser.add_argument("--synthetic", type=int, default=0, help="grow the catalog to N entries")
    parser.add_argument("--dir", type=Path, default=default_catalog_dir())
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp) / "catalog"
        if args.synthetic:
            synthetic_copy(args.dir, directory, args.synthetic)
        else:
            shutil.copytree(args.dir, directory)
        cache = write_compiled(directory, Path(tmp) / "catalog.compiled.json")
        catalog = load_folder(directory, cache=cache)
        files = len(list(directory.glob("*.toml"))) + len(list(directory.glob("_generic/*.toml")))

        # The app's own path (storage.resources.load_catalog): cold is a user's first use, with
        # no cache of their own yet (it is written then; a built package's seed cache helps);
        # warm is every later start, with the user's cache in place.
        fresh = iter(range(10**6))

        def cold() -> None:
            load_catalog(directory, cache=Path(tmp) / f"user{next(fresh)}" / "cache.json")

        user_cache = Path(tmp) / "user-warm" / "cache.json"
        load_catalog(directory, cache=user_cache)
        cold_ms = median_ms(cold, args.n)
        warm_ms = median_ms(lambda: load_catalog(directory, cache=user_cache), args.n)
        rows: list[tuple[str, float]] = [
            ("cold: first use, no user cache yet", cold_ms),
            ("warm: the user's cache in place", warm_ms),
            (
                "load, TOML (no cache)",
                median_ms(lambda: load_folder(directory, use_cache=False), args.n),
            ),
            (
                "load, compiled cache",
                median_ms(lambda: load_folder(directory, cache=cache), args.n),
            ),
        ]
        # One file edited after the cache was made: that file alone is parsed again.
        first = sorted(directory.glob("*.toml"))[0]
        first.write_text(first.read_text("utf-8") + "\n# edited\n", "utf-8")
        rows.append(
            (
                "load, cache stale for 1 file",
                median_ms(lambda: load_folder(directory, cache=cache), args.n),
            )
        )
        rows.append(("compile the cache", median_ms(lambda: write_compiled(directory, cache), 5)))
        per_query = median_ms(lambda: [catalog.search(q) for q in QUERIES], args.n) / len(QUERIES)
        rows.append(("search, per query (mean of 10)", per_query))
        rows.append(
            (
                "service_for_domain",
                median_ms(lambda: catalog.service_for_domain("https://a.b.alipay.com/x"), args.n),
            )
        )
        size_kb = cache.stat().st_size / 1024

    print(
        f"catalog: {files} files ({len(catalog)} services, {len(catalog.generics)} generic), "
        f"cache {size_kb:.0f} KiB, median of {args.n} runs, Python {sys.version.split()[0]}"
    )
    print(f"{'measurement':<38}{'ms':>10}")
    print("-" * 48)
    for name, ms in rows:
        print(f"{name:<38}{ms:>10.2f}")
    parse = dict(rows)["load, TOML (no cache)"]
    summary(
        f"catalog load, cold (first use: {files} files parsed, cache written)",
        f"{cold_ms:.1f} ms",
        f"parsing the TOML alone {parse:.1f} ms",
    )
    summary(
        "catalog load, warm (cache in place)",
        f"{warm_ms:.1f} ms",
        f"parsing the TOML {parse:.1f} ms → {warm_ms / parse:.2f}×",
        "≤ 30 ms",
        warm_ms <= 30,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
