"""The long crash run (``pytest -m slow``): 200 start-write-SIGKILL-check trials of plain writes.

The default run does 15 (test_crash_safety.py); this is the figure the README reports.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

import pytest
from promises.crash_worker import run_trial

TRIALS = 200


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_two_hundred_kills_lose_nothing_acknowledged(tmp_path: Path) -> None:
    rng = random.Random(int(os.environ.get("RINGOFF_CRASH_SEED", "20261201")))
    results = [run_trial(tmp_path / f"trial{i}", rng) for i in range(TRIALS)]
    problems = [(i, r.problems) for i, r in enumerate(results) if not r.ok]
    assert problems == []
    assert sum(r.acknowledged for r in results) >= TRIALS
