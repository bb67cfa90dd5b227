"""The crash harness, long version: many start-write-SIGKILL-check trials.

Each trial starts tests/promises/crash_worker.py on a fresh vault, kills it with SIGKILL at a
random moment while it writes, then checks the vault (integrity, key file, every acknowledged
change present). The test suite runs a handful of trials; this runs as many as asked.

Run from the project root:  python benchmarks/bench_crash.py --trials 200 [--seed N]
Prints trials, failures and timing; exit code 1 when any trial failed.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from _util import add_project_paths, median, ms, print_table, summary

add_project_paths()

from promises.crash_worker import run_trial  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--seed", type=int, default=None, help="default: a random seed")
    parser.add_argument("--max-delay", type=float, default=0.5, help="seconds before the kill")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**31)
    rng = random.Random(seed)
    print(f"seed {seed}, {args.trials} trials, kill within {args.max_delay} s of the first write")

    failures: list[tuple[int, list[str]]] = []
    acked: list[int] = []
    durations: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.trials):
            start = time.perf_counter()
            result = run_trial(Path(tmp) / f"trial{i}", rng, max_delay=args.max_delay)
            durations.append(time.perf_counter() - start)
            acked.append(result.acknowledged)
            if not result.ok:
                failures.append((i, result.problems))
                print(f"trial {i}: FAILED: {'; '.join(result.problems[:3])}", flush=True)
            elif (i + 1) % 20 == 0:
                print(f"  {i + 1} trials done, {len(failures)} failures", flush=True)

    print()
    print_table(
        ["trials", "failures", "acks (median)", "acks (total)", "time per trial"],
        [[args.trials, len(failures), int(median(acked)), sum(acked), ms(median(durations))]],
    )
    summary(
        "crash safety: SIGKILL at random moments",
        f"{args.trials} trials, {len(failures)} failures, {sum(acked):,} acknowledged writes",
        "",
        "no loss",
        not failures,
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
