"""Start-to-first-window: ``ringoff --smoke`` next to a bare PySide6 window, in one run.

Each case is a fresh Python process on the offscreen platform that quits right after its first
paint; the time is the whole process (start to exit, so a slower exit counts against Ringoff)
and the peak memory is the process's maximum resident set (ru_maxrss). The cases are
interleaved, so machine noise hits them alike; medians and ratios to the bare window are
reported (target: Ringoff ≤ 1.15 × the bare window), with the load average while measuring.

Two Ringoff cases: the unlock screen (a vault exists: the usual start) and the first-start
screen. Ringoff runs with a throwaway HOME and no RINGOFF_HOME, so it finds its folders the way
it does for a person (platformdirs), not through the test override. ``--smoke`` skips what only
a real start does before its window (the lock-file check and the run marker); their cost is
measured separately, in-process, and shown below the table.

    python benchmarks/bench_startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import compileall
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _util import ROOT, add_project_paths, median, ms, print_table, summary

BUDGET = 1.15


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds, peak MiB) of one child process."""
    start = time.perf_counter()
    child = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    stderr = child.stderr.read() if child.stderr else b""
    if child.returncode != 0:
        raise SystemExit(f"{cmd} failed ({child.returncode}): {stderr.decode()[-2000:]}")
    peak = usage.ru_maxrss / 1024 if sys.platform != "darwin" else usage.ru_maxrss / 2**20
    return elapsed, peak


def real_start_extras(vault: Path) -> float:
    """What a real start does before its window and --smoke skips: lock check, run marker."""
    add_project_paths()
    from ringoff.storage.lockfile import held_elsewhere
    from ringoff.storage.runmarker import RunMarker

    times = []
    for _ in range(9):
        start = time.perf_counter()
        held_elsewhere(vault)
        marker = RunMarker(vault)
        marker.previous()
        marker.begin()
        times.append(time.perf_counter() - start)
        marker.end()
    return median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="ringoff-bench-"))
    # Bytecode as an installed Ringoff has it (pip compiles every module when it installs):
    # with PYTHONDONTWRITEBYTECODE set, a changed module was compiled again at every start,
    # ~0.1 s that no person's start pays.
    compileall.compile_dir(ROOT / "gui" / "ringoff", quiet=1)
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("XDG_", "RINGOFF_")) and k != "PYTHONDONTWRITEBYTECODE"
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        PYTHONPATH=str(ROOT / "gui"),
        LANG="en_US.UTF-8",
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
    ringoff = [sys.executable, "-m", "ringoff", "--smoke", "--vault"]
    cases = {
        "bare PySide6 window": [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")],
        "ringoff --smoke (unlock screen)": [*ringoff, str(vault)],
        "ringoff --smoke (first start)": [*ringoff, str(home / "new.vault")],
    }
    for cmd in cases.values():  # warm the file cache and the bytecode
        run(cmd, env)
    times: dict[str, list[float]] = {name: [] for name in cases}
    peaks: dict[str, list[float]] = {name: [] for name in cases}
    loads = []
    for _ in range(args.runs):
        loads.append(os.getloadavg()[0])
        for name, cmd in cases.items():
            took, peak = run(cmd, env)
            times[name].append(took)
            peaks[name].append(peak)
    base = median(times["bare PySide6 window"])
    base_peak = median(peaks["bare PySide6 window"])
    rows = []
    for name in cases:
        t, p = median(times[name]), median(peaks[name])
        rows.append([name, ms(t), f"{t / base:.2f}×", f"{p:.1f} MiB", f"+{p - base_peak:.1f} MiB"])
    extras = real_start_extras(vault)
    load = f"{min(loads):.2f}–{max(loads):.2f}"
    print(
        f"start to first painted window, median of {args.runs} interleaved runs, "
        f"load average {load} (1 min) on {os.cpu_count()} cores"
    )
    print_table(["case", "median", "ratio to bare", "peak memory", "vs bare"], rows)
    print(f"a real start adds before its window (lock check + run marker): {ms(extras)}")
    for name in ("ringoff --smoke (unlock screen)", "ringoff --smoke (first start)"):
        t = median(times[name])
        summary(
            f"start to first painted window, {name.split('(')[1].rstrip(')')}",
            ms(t),
            f"bare PySide6 window {ms(base)} → {t / base:.2f}×",
            f"≤ {BUDGET}×",
            t / base <= BUDGET,
        )
    for name in ("ringoff --smoke (unlock screen)", "ringoff --smoke (first start)"):
        summary(
            f"peak memory of the first window, {name.split('(')[1].rstrip(')')}",
            f"{median(peaks[name]):.1f} MiB",
            f"bare PySide6 window {base_peak:.1f} MiB",
        )
    summary("machine load while measuring start-up", f"{load} (1-min load average)")


if __name__ == "__main__":
    main()
