"""Start-to-first-window: ``ringoff --smoke`` next to a bare PySide6 window, in one run.

Both are started the same way (a fresh Python process, offscreen platform, quitting after the
first paint) and interleaved, so machine noise hits both alike. Reports medians and the ratio
(target: Ringoff ≤ 1.15 × the bare window). Two Ringoff cases: the unlock screen (a vault
exists: the usual start) and the first-start screen.

    python benchmarks/bench_startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from _util import ROOT, median, ms, print_table, timed


def run(cmd: list[str], env: dict[str, str]) -> None:
    subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=60)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="ringoff-bench-"))
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        RINGOFF_HOME=str(home),
        PYTHONPATH=str(ROOT / "gui"),
    )
    vault = home / "v.vault"
    subprocess.run(
        [sys.executable, "-m", "ringoff", "init", "--vault", str(vault), "--passphrase-stdin"],
        input="a long enough passphrase\n",
        text=True,
        env=env,
        check=True,
        capture_output=True,
    )
    cases = {
        "bare PySide6 window": [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")],
        "ringoff --smoke (unlock screen)": [
            sys.executable,
            "-m",
            "ringoff",
            "--smoke",
            "--vault",
            str(vault),
        ],
        "ringoff --smoke (first start)": [
            sys.executable,
            "-m",
            "ringoff",
            "--smoke",
            "--vault",
            str(home / "new.vault"),
        ],
    }
    for cmd in cases.values():  # warm the file cache and the bytecode
        run(cmd, env)
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(args.runs):
        for name, cmd in cases.items():
            times[name].append(timed(lambda cmd=cmd: run(cmd, env)))
    base = median(times["bare PySide6 window"])
    rows = [[name, ms(median(t)), f"{median(t) / base:.2f}×"] for name, t in times.items()]
    print(f"start to first painted window, median of {args.runs} interleaved runs")
    print_table(["case", "median", "ratio to bare"], rows)


if __name__ == "__main__":
    main()
