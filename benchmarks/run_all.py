"""Run every benchmark, one after another, and print their tables.

    python benchmarks/run_all.py [--quick]

Each benchmark measures its subject next to its baseline in the same run (a bare PySide6
window, the bare key derivation, the model without a filter...) and reports medians and
ratios, because this machine is shared and noisy. --quick uses fewer rounds.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

BENCHES: list[tuple[str, list[str], list[str]]] = [
    # (title, full arguments, quick arguments)
    ("Start-up: first window", ["--runs", "15"], ["--runs", "5"]),
    ("Unlock vs. bare key derivation", [], ["--rounds", "3"]),
    ("Catalog load and search", [], []),
    ("Filtering 20,000 accounts", [], []),
    ("Importing a 100,000-row export", [], ["--runs", "1", "--mbox-gb", "0.2"]),
    ("Crash safety (SIGKILL trials)", ["--trials", "200"], ["--trials", "20"]),
]
SCRIPTS = {
    "Start-up: first window": "bench_startup.py",
    "Unlock vs. bare key derivation": "bench_unlock.py",
    "Catalog load and search": "bench_catalog.py",
    "Filtering 20,000 accounts": "bench_filter.py",
    "Importing a 100,000-row export": "bench_import.py",
    "Crash safety (SIGKILL trials)": "bench_crash.py",
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT / "gui"))
    failed = 0
    for title, full, quick in BENCHES:
        script = HERE / SCRIPTS[title]
        print(f"\n## {title}\n", flush=True)
        if not script.exists():
            print(f"(missing: {script.name})")
            continue
        result = subprocess.run(
            [sys.executable, str(script), *(quick if args.quick else full)],
            cwd=HERE,
            env=env,
            text=True,
            capture_output=True,
            check=False,
        )
        print(result.stdout.rstrip())
        if result.returncode != 0:
            failed += 1
            print(f"(exit {result.returncode})\n{result.stderr[-2000:]}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
