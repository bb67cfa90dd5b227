"""Finding accounts in big files, each next to its baseline in the same run.

Run from the project root:  python benchmarks/bench_import.py [--runs N] [--mbox-gb G]
(``--only-export``: just the first figure, in seconds rather than minutes)

1. A 100,000-row password export with distinct titles and hosts (the worst case: every row is
   a new site), previewed through ``operations.importing.read_path`` with the real catalog (what
   ``ringoff import`` and the window do), against a bare ``csv.reader`` pass over the same file.
   Target: at most 5x.
2. An "SMS Backup & Restore" XML of 100,000 messages, against a bare
   ``xml.etree.ElementTree.iterparse`` over the same file (elements cleared). Target: at most 3x.
3. A 2 GB mbox streamed in a child process: peak memory (ru_maxrss) against a child that only
   imports the same modules, and the time from pressing Cancel to the reader stopping.
   Targets: peak at most 250 MB, cancel within 1 s.

Every file is generated into a temporary folder and deleted afterwards. Timings are medians of
interleaved runs.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import random
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

from _util import ROOT, add_project_paths, median, print_table, summary, timed

add_project_paths()


def _samples() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_archives", ROOT / "tests" / "data" / "archives" / "make_archives.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def write_distinct_export(path: Path, rows: int, seed: int = 11) -> Path:
    rng = random.Random(seed)
    words = ["shop", "bank", "mail", "game", "news", "travel", "food", "club", "cloud", "pay"]
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["name", "url", "username", "password", "note"])
        for i in range(rows):
            word = rng.choice(words)
            user = "13812345678" if i % 50 == 0 else f"user{rng.randrange(10**6)}@example.com"
            w.writerow(
                [f"My {word} account {i}", f"https://login.{word}{i}.example.com/signin", user,
                 f"pw{i:08d}x", ""]
            )  # fmt: skip
    return path


#: How the table names each bare baseline.
BASELINES = {"bare_csv": "bare csv.reader", "bare_iterparse": "bare iterparse"}


def bare_csv(path: Path) -> None:
    with path.open(encoding="utf-8", newline="") as fh:
        for _ in csv.reader(fh):
            pass


def bare_iterparse(path: Path) -> None:
    for _, elem in ET.iterparse(path, events=("end",)):
        if elem.tag in ("sms", "mms"):
            elem.clear()


_MBOX_CHILD = r"""
import resource, sys, threading, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from ringoff.core.catalog import Catalog
from ringoff.storage.catalog_files import load_folder
from ringoff.storage.resources import catalog_dir as default_catalog_dir
from ringoff.core.model import PhoneNumber
from ringoff.operations import importing
mode, path = sys.argv[2], Path(sys.argv[3])
catalog = load_folder(default_catalog_dir())
number = PhoneNumber(e164="+8613812345678", person_id="p", region="CN")
if mode == "baseline":
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    sys.exit(0)
pressed = []
seen = []
def cancel():
    return bool(pressed)
def progress(f):
    seen.append(f)
if mode == "cancel":
    def press():
        time.sleep(float(sys.argv[4]))
        pressed.append(time.perf_counter())
    threading.Thread(target=press, daemon=True).start()
start = time.perf_counter()
try:
    found = importing.read_path(path, number=number, catalog=catalog, cancel=cancel,
                                progress=progress)
    result = f"{found.items} mails, {len(found.finds)} finds"
except importing.ImportCancelled:
    result = f"cancelled {time.perf_counter() - pressed[0]:.3f}"
elapsed = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{peak:.1f}|{elapsed:.2f}|{len(seen)}|{result}")
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--mbox-gb", type=float, default=2.0)
    parser.add_argument(
        "--only-export", action="store_true", help="only the password export against csv.reader"
    )
    args = parser.parse_args()

    from ringoff.core.model import PhoneNumber
    from ringoff.operations import importing
    from ringoff.storage.catalog_files import load_folder
    from ringoff.storage.resources import catalog_dir as default_catalog_dir

    samples = _samples()
    catalog = load_folder(default_catalog_dir())
    number = PhoneNumber(e164="+8613812345678", person_id="p", region="CN")
    rows_out = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        export = write_distinct_export(folder / "passwords.csv", args.rows)
        xml = samples.write_big_sms_backup(folder / "sms-big.xml", args.rows)

        def preview(path: Path) -> None:
            importing.read_path(path, number=number, catalog=catalog)

        cases = [
            (f"{args.rows:,}-row password export", export, bare_csv, 5.0),
            (f"SMS backup of {args.rows:,} messages", xml, bare_iterparse, 3.0),
        ]
        for label, path, bare, target in cases[:1] if args.only_export else cases:
            ours, base = [], []
            for _ in range(args.runs):
                base.append(timed(lambda p=path, b=bare: b(p)))  # type: ignore[misc]
                ours.append(timed(lambda p=path: preview(p)))  # type: ignore[misc]
            ratio = median(ours) / median(base)
            summary(
                f"preview a {label}",
                f"{median(ours):.2f} s",
                f"{BASELINES[bare.__name__]} {median(base):.2f} s → {ratio:.2f}×",
                f"≤ {target:.0f}×",
                ratio <= target,
            )
            rows_out.append(
                [
                    label,
                    f"{median(ours):.2f} s",
                    f"{median(base):.2f} s",
                    f"{ratio:.2f}x",
                    f"<= {target:.0f}x {'ok' if ratio <= target else 'MISSED'}",
                ]
            )
        export.unlink()
        xml.unlink()
        if args.only_export:
            print_table(["what", "Ringoff", "baseline", "ratio", "target"], rows_out)
            return 0

        size = int(args.mbox_gb * 1024**3)
        mbox = samples.write_big_mbox(folder / "All mail.mbox", size)
        actual = mbox.stat().st_size

        def child(*extra: str) -> str:
            out = subprocess.run(
                [sys.executable, "-c", _MBOX_CHILD, str(ROOT / "gui"), *extra],
                capture_output=True,
                text=True,
                check=True,
            )
            return out.stdout.strip()

        baseline_peak = float(child("baseline", str(mbox)))
        peak, elapsed, progress_calls, result = child("stream", str(mbox)).split("|")
        rows_out.append(
            [
                f"mbox of {actual / 1024**3:.2f} GB: peak memory",
                f"{float(peak):.0f} MB",
                f"{baseline_peak:.0f} MB",
                f"+{float(peak) - baseline_peak:.0f} MB",
                f"<= 250 MB {'ok' if float(peak) <= 250 else 'MISSED'}",
            ]
        )
        rows_out.append(
            [
                "  streamed in",
                f"{float(elapsed):.1f} s",
                f"{actual / 1024**2 / float(elapsed):.0f} MB/s",
                f"{progress_calls} progress reports",
                result,
            ]
        )
        _peak, _, _, cancelled = child("cancel", str(mbox), "3").split("|")
        latency = float(cancelled.split()[-1]) if cancelled.startswith("cancelled") else 99.0
        summary(
            f"a {actual / 1024**3:.1f} GB mbox: peak memory, Cancel",
            f"{float(peak):.0f} MB, stops in {latency * 1000:.0f} ms",
            f"imports alone {baseline_peak:.0f} MB",
            "≤ 250 MB, ≤ 1 s",
            float(peak) <= 250 and latency <= 1,
        )
        rows_out.append(
            [
                "  Cancel pressed after 3 s",
                f"stopped in {latency * 1000:.0f} ms",
                "",
                "",
                f"<= 1 s {'ok' if latency <= 1 else 'MISSED'}",
            ]
        )
        mbox.unlink()
    print_table(["what", "Ringoff", "baseline", "ratio", "target"], rows_out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
