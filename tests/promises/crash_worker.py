"""The crash harness: a child process that writes to a vault until it is killed, and the check.

As a program (``python crash_worker.py VAULT PASSPHRASE NUMBER_ID``) it opens the vault and
writes as fast as it can. After each write *returns* it prints an acknowledgement line and
flushes, so every printed line is a change the vault promised to keep:

    ack <account id> <step>

Each account goes through four steps, in order: 0 added (todo, notes "step0"), 1 status
in_progress, 2 notes "step2", 3 status done. After the kill, :func:`check_vault` requires the
file to be intact, the key file to unlock it, and every account to be at least at the step
last acknowledged for it. :func:`run_trial` does one start-kill-check round; both the test and
``benchmarks/bench_crash.py`` use it.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
GUI = HERE.parents[1] / "gui"
if str(GUI) not in sys.path:
    sys.path.insert(0, str(GUI))

from ringoff.core.model import Account, AccountStatus, PhoneNumber  # noqa: E402
from ringoff.storage import keys  # noqa: E402
from ringoff.storage import vault as vault_mod  # noqa: E402

# The worker runs as its own process: it lowers the key derivation for itself, as the test
# suite's processes do (tests/conftest.py); nothing in the shipped program can.
keys.KDF_FLOOR = keys.TEST_KDF
keys.WRITE_KDF = keys.TEST_KDF

PASSPHRASE = "crash harness passphrase"


def _state_step(account: Account) -> int:
    """The step an account's stored state stands for (-1: impossible state)."""
    states = {
        (AccountStatus.TODO, "step0"): 0,
        (AccountStatus.IN_PROGRESS, "step0"): 1,
        (AccountStatus.IN_PROGRESS, "step2"): 2,
        (AccountStatus.DONE, "step2"): 3,
    }
    return states.get((account.status, account.notes), -1)


def worker(vault_path: Path, passphrase: str, number_id: str) -> None:
    raw = vault_mod.unlock_with_passphrase(vault_path, passphrase)
    vault = vault_mod.open_vault(vault_path, raw)
    out = sys.stdout
    print("ready", flush=True)
    i = 0
    while True:
        account = Account(number_id=number_id, name=f"account {i}", notes="step0")
        vault.add_account(account)
        out.write(f"ack {account.id} 0\n")
        out.flush()
        vault.set_account_status(account.id, AccountStatus.IN_PROGRESS)
        out.write(f"ack {account.id} 1\n")
        out.flush()
        current = vault.account(account.id)
        vault.update_account(replace(current, notes="step2"))
        out.write(f"ack {account.id} 2\n")
        out.flush()
        vault.set_account_status(account.id, AccountStatus.DONE)
        out.write(f"ack {account.id} 3\n")
        out.flush()
        i += 1


# --- the parent's side ---------------------------------------------------------------------


def make_trial_vault(folder: Path) -> tuple[Path, str]:
    """A fresh vault (test KDF) with one number; returns its path and the number's id."""
    folder.mkdir(parents=True, exist_ok=True)
    vault, _ = vault_mod.create_vault(folder / "crash.ringoff", PASSPHRASE, kdf=keys.TEST_KDF)
    person = vault.add_person("crash test")
    number = vault.add_number(PhoneNumber(e164="+8613812345678", person_id=person.id, region="CN"))
    vault.close()
    return vault.path, number.id


@dataclass
class TrialResult:
    acknowledged: int
    accounts_found: int
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def parse_acks(lines: list[str]) -> dict[str, int]:
    """The highest acknowledged step per account id (complete lines only)."""
    acked: dict[str, int] = {}
    for line in lines:
        parts = line.split()
        if len(parts) == 3 and parts[0] == "ack":
            acked[parts[1]] = max(acked.get(parts[1], -1), int(parts[2]))
    return acked


def check_vault(vault_path: Path, acked: dict[str, int]) -> TrialResult:
    """Open the vault after the crash the normal way (key file) and compare with the acks."""
    problems: list[str] = []
    try:
        raw = vault_mod.unlock_with_passphrase(vault_path, PASSPHRASE)
        vault = vault_mod.open_vault(vault_path, raw)
    except Exception as exc:  # any failure to open after a crash is the finding itself
        return TrialResult(len(acked), 0, [f"cannot open after the crash: {exc!r}"])
    try:
        problems += [f"integrity: {p}" for p in vault.integrity_check()]
        found = {a.id: a for a in vault.accounts()}
        for account_id, step in acked.items():
            account = found.get(account_id)
            if account is None:
                problems.append(f"acknowledged account {account_id} is missing")
                continue
            seen = _state_step(account)
            if seen < step:
                problems.append(
                    f"account {account_id}: acknowledged step {step}, found "
                    f"{account.status.value}/{account.notes!r}"
                )
        for account in found.values():
            if _state_step(account) < 0:
                problems.append(f"account {account.id} in an impossible state")
        # The vault stays writable after the crash (no stale lock, no half transaction).
        vault.set_pref("after_crash", True)
        return TrialResult(len(acked), len(found), problems)
    finally:
        vault.close()


def run_trial(folder: Path, rng: random.Random, max_delay: float = 0.4) -> TrialResult:
    """Start a worker, kill it (SIGKILL) after a random delay once it writes, then check."""
    vault_path, number_id = make_trial_vault(folder)
    key_before = keys.key_file_path(vault_path).read_bytes()
    env = dict(os.environ, PYTHONPATH=str(GUI), PYTHONDONTWRITEBYTECODE="1")
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), str(vault_path), PASSPHRASE, number_id],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for raw_line in proc.stdout:
            if raw_line.endswith(b"\n"):  # a line cut by the kill is not an acknowledgement
                lines.append(raw_line.decode())
            if raw_line.startswith(b"ready"):
                ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        if not ready.wait(30):
            err = proc.stderr.read().decode() if proc.poll() is not None and proc.stderr else ""
            return TrialResult(0, 0, [f"the worker did not start: {err}"])
        time.sleep(rng.uniform(0.0, max_delay))
        if proc.poll() is not None:
            err = proc.stderr.read().decode() if proc.stderr else ""
            return TrialResult(0, 0, [f"the worker stopped by itself: {err}"])
        proc.send_signal(signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(30)
        reader.join(10)
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    acked = parse_acks(lines)
    result = check_vault(vault_path, acked)
    if keys.key_file_path(vault_path).read_bytes() != key_before:
        result.problems.append("the key file changed")
    return result


if __name__ == "__main__":
    worker(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
