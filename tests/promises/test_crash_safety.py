"""Promise: every change that was saved survives a crash (the process killed mid-write).

A child process writes to a vault as fast as it can and acknowledges each write after it
returns; it is killed with SIGKILL at a random moment. The vault must then pass its integrity
check, unlock with the key file, and hold every acknowledged change (see crash_worker.py).
The long run is ``python benchmarks/bench_crash.py --trials 200``.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

import pytest
from promises.crash_worker import check_vault, make_trial_vault, parse_acks, run_trial

TRIALS = 15


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_writer_loses_nothing_acknowledged(tmp_path: Path) -> None:
    rng = random.Random(int(os.environ.get("RINGOFF_CRASH_SEED", "20260301")))
    results = [run_trial(tmp_path / f"trial{i}", rng) for i in range(TRIALS)]
    problems = [(i, r.problems) for i, r in enumerate(results) if not r.ok]
    assert problems == []
    # The trials must have tested something: the worker wrote before it was killed.
    assert sum(r.acknowledged for r in results) >= TRIALS
    assert all(r.accounts_found >= r.acknowledged for r in results)


def test_the_check_finds_a_lost_change(tmp_path: Path) -> None:
    """The checker is not blind: an acknowledgement with no account behind it is a failure."""
    path, _ = make_trial_vault(tmp_path)
    result = check_vault(path, parse_acks(["ack 0123456789ab 2\n", "garbage\n", "ack x"]))
    assert not result.ok
    assert "0123456789ab" in result.problems[0]
