"""Promise: nobody is ever locked out, whatever moment a key change, restore, backup,
migration or import is killed at (issue 15; the harness is key_crash_worker.py).

Each operation is killed at each file-system step in turn (fsync, rename, link, unlink and the
labelled steps of storage/keychange.py) and at random delays. After every kill the vault opens
with exactly the passphrase the person knows (or the one being set), passes its check, holds
every acknowledged change, and no old passphrase or recovery key opens what it should not.

The default run tries a few kills per operation; ``pytest -m slow`` tries at least 40 each.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

import pytest
from promises import key_crash_worker as harness

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

SEED = int(os.environ.get("RINGOFF_CRASH_SEED", "20261201"))


def _assert_no_failures(results: list[harness.Trial]) -> None:
    failures = [(t.kill_at, t.problems) for t in results if not t.ok]
    assert failures == []


@pytest.mark.parametrize("operation", harness.OPERATIONS)
def test_a_few_kills_lock_nobody_out(tmp_path: Path, operation: str) -> None:
    results = harness.run_operation(operation, tmp_path, 3, SEED, every_step=False)
    assert len(results) >= 3
    _assert_no_failures(results)


@pytest.mark.slow
@pytest.mark.parametrize("operation", harness.OPERATIONS)
def test_forty_kills_at_every_step_and_at_random_lock_nobody_out(
    tmp_path: Path, operation: str
) -> None:
    results = harness.run_operation(operation, tmp_path, 40, SEED, every_step=True)
    print(  # the figures for the closing note (pytest -m slow -rP shows them)
        f"{operation}: {len(results)} trials, "
        f"{sum(t.kill_at > 0 for t in results)} at a step, "
        f"{sum(t.kill_at < 0 for t in results)} at a random delay, "
        f"{sum(t.acknowledged for t in results)} acknowledged, "
        f"{sum(not t.ok for t in results)} failures"
    )
    assert len(results) >= 40
    # Both kinds of kill happened, and some runs got to their acknowledgement.
    assert any(t.kill_at > 0 for t in results) and any(t.kill_at < 0 for t in results)
    _assert_no_failures(results)


def test_the_plan_kills_at_every_step_in_turn() -> None:
    plan = harness.kill_plan(25, 40, True, random.Random(1))
    assert plan[:25] == list(range(1, 26)) and plan.count(-1) == 15
    assert len(harness.kill_plan(60, 40, True, random.Random(1))) == 60 + 10


def test_the_check_sees_a_lockout(tmp_path: Path) -> None:
    """The checker is not blind: a key file that wraps another key is a lockout."""
    info = harness.prepare("passwd", tmp_path)
    (tmp_path / "trial.json").write_text(__import__("json").dumps(info))
    vault_path = Path(str(info["vault"]))
    from ringoff.storage import keys

    other = keys.wrap(keys.new_raw_key(), harness.P_OLD, "someone else", keys.TEST_KDF)
    keys.write_key_file(vault_path, other)
    problems = harness.check("passwd", tmp_path, False, [])
    assert problems and "does not open" in problems[0]
