"""The crash harness for operations that change files beyond one write (issue 15).

Operations: passphrase change, new recovery key, restore (same vault and another vault's
backup), backup, migration (schema upgrade on open) and import of a transfer file.

As a program (``python key_crash_worker.py OPERATION FOLDER KILL_AT``) it runs one operation on
the files :func:`prepare` made in FOLDER. Before every file-system step that matters for crash
safety (``os.fsync``, ``os.replace``, ``os.rename``, ``os.link``, ``os.unlink`` and the
labelled steps of storage/keychange.py) it counts; at step KILL_AT it kills itself with SIGKILL.
KILL_AT 0 never kills and prints ``steps N`` at the end (how many steps there are). After the
operation returns it prints ``ack`` and flushes: the operation was acknowledged to the person.

The hooks are set here, in the worker's own process (no environment variable, nothing shipped).
:func:`check` then requires, after each kill, that the vault opens with exactly the passphrase
the person knows (the old one, or the one being set), passes its integrity check, and holds
every change the person was told was made.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
GUI = HERE.parents[1] / "gui"
DATA = HERE.parent / "data"
if str(GUI) not in sys.path:
    sys.path.insert(0, str(GUI))

from ringoff.core.errors import UserError  # noqa: E402
from ringoff.core.model import Account, PhoneNumber  # noqa: E402
from ringoff.storage import keychange, keys, transfer  # noqa: E402
from ringoff.storage import vault as vault_mod  # noqa: E402

keys.KDF_FLOOR = keys.TEST_KDF  # this process's own choice, like tests/conftest.py
keys.WRITE_KDF = keys.TEST_KDF

P_OLD = "crash harness old passphrase"
P_NEW = "crash harness new passphrase"
P_OTHER = "the other vault's passphrase"
V1_PASSPHRASE = "golden vault passphrase"
OPERATIONS = (
    "passwd",
    "new-recovery-key",
    "restore",
    "restore-other",
    "backup",
    "migration",
    "import",
)


# --- the files each trial starts from ------------------------------------------------------


def _fill(vault: vault_mod.Vault, count: int, prefix: str) -> None:
    number = vault.numbers()[0]
    vault.add_accounts([Account(number_id=number.id, name=f"{prefix} {i}") for i in range(count)])


def _new_vault(path: Path, passphrase: str, accounts: int) -> tuple[vault_mod.Vault, str]:
    path.parent.mkdir(parents=True, exist_ok=True)
    vault, recovery = vault_mod.create_vault(path, passphrase, kdf=keys.TEST_KDF)
    person = vault.add_person("crash test")
    vault.add_number(PhoneNumber(e164="+8613812345678", person_id=person.id, region="CN"))
    _fill(vault, accounts, "base")
    return vault, recovery


def _v1_accounts(folder: Path) -> int:
    """How many accounts the old-format sample holds (counted on a migrated scratch copy)."""
    scratch = folder / "scratch"
    scratch.mkdir()
    copy = scratch / "v1.ringoff"
    shutil.copyfile(DATA / "vault_v1.ringoff", copy)
    shutil.copyfile(DATA / "vault_v1.ringoff.key", keys.key_file_path(copy))
    vault = vault_mod.open_vault(copy, vault_mod.unlock_with_passphrase(copy, V1_PASSPHRASE))
    count = len(vault.accounts())
    vault.close()
    shutil.rmtree(scratch)
    return count


def prepare(operation: str, folder: Path) -> dict[str, object]:
    """Make the files for one trial; returns what :func:`check` needs to know."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "crash.ringoff"
    info: dict[str, object] = {"vault": str(path)}
    if operation == "migration":
        shutil.copyfile(DATA / "vault_v1.ringoff", path)
        shutil.copyfile(DATA / "vault_v1.ringoff.key", keys.key_file_path(path))
        info["accounts"] = _v1_accounts(folder)
        return info
    vault, recovery = _new_vault(path, P_OLD, 5)
    info["recovery"] = recovery
    backups = vault_mod.default_backups_dir(path)
    vault.backup_to(backups / vault.backup_name("manual"))
    _fill(vault, 3, "after the first backup")
    if operation == "import":
        transfer.export_transfer(vault, folder / "moving.ringoff-transfer")
        info["accounts"] = len(vault.accounts())
        vault.close()
        return info
    if operation in ("restore", "restore-other"):
        if operation == "restore":
            source = vault.backup_to(folder / "chosen.ringoff-backup")
            info["backup_accounts"] = len(vault.accounts())
        else:
            other, _ = _new_vault(folder / "other" / "other.ringoff", P_OTHER, 2)
            source = other.backup_to(folder / "chosen.ringoff-backup")
            info["backup_accounts"] = len(other.accounts())
            other.close()
        info["backup"] = str(source)
        # Changes after the backup that are still only in the write-ahead log when the
        # restore starts (the safety copy must hold them: issue 15 found 50 of 70).
        _fill(vault, 20, "only in the log")
        info["accounts"] = len(vault.accounts())
        wal = Path(f"{path}-wal")
        saved_db, saved_wal = path.read_bytes(), wal.read_bytes()
        vault.close()
        path.write_bytes(saved_db)
        wal.write_bytes(saved_wal)
        assert len(saved_wal) > 0
        return info
    info["accounts"] = len(vault.accounts())
    vault.close()
    return info


# --- the worker ------------------------------------------------------------------------------


class _Killer:
    def __init__(self, kill_at: int) -> None:
        self.kill_at = kill_at
        self.count = 0

    def __call__(self, *_: object) -> None:
        self.count += 1
        if self.count == self.kill_at:
            sys.stdout.flush()
            os.kill(os.getpid(), signal.SIGKILL)


def _install(killer: _Killer) -> None:
    for name in ("fsync", "replace", "rename", "link", "unlink"):
        original = getattr(os, name)

        def wrapped(*args: object, _original: object = original, **kwargs: object) -> object:
            killer()
            return _original(*args, **kwargs)  # type: ignore[operator]

        setattr(os, name, wrapped)
    keychange.step_hook = killer


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def work(operation: str, folder: Path, kill_at: int) -> None:
    info = json.loads((folder / "trial.json").read_text())
    path = Path(info["vault"])
    killer = _Killer(kill_at)
    _say("ready")
    started = time.monotonic()
    _install(killer)
    if operation == "passwd":
        vault = vault_mod.open_vault(path, vault_mod.unlock_with_passphrase(path, P_OLD))
        vault.change_passphrase(P_NEW)
        _say("ack")
        vault.close()
    elif operation == "new-recovery-key":
        vault = vault_mod.open_vault(path, vault_mod.unlock_with_passphrase(path, P_OLD))
        prepared = keychange.prepare_new_key(path, P_OLD)
        shown = vault.begin_new_recovery_key(prepared)
        _say(f"shown {shown}")
        vault.commit_new_recovery_key(prepared.new_key)
        _say("ack")
        vault.close()
    elif operation in ("restore", "restore-other"):
        backup = Path(info["backup"])
        secret = P_OLD if operation == "restore" else P_OTHER
        raw = vault_mod.unlock_with_passphrase(backup, secret)
        vault_mod.restore_backup(path, backup, raw, other_vault_ok=True)
        _say("ack")
    elif operation == "backup":
        vault = vault_mod.open_vault(path, vault_mod.unlock_with_passphrase(path, P_OLD))
        made = vault.backup_to(vault_mod.default_backups_dir(path) / "crash-made.ringoff-backup")
        _say(f"made {made}")
        _say("ack")
        vault.close()
    elif operation == "migration":
        raw = vault_mod.unlock_with_passphrase(path, V1_PASSPHRASE)
        vault = vault_mod.open_vault(path, raw)
        _say("ack")
        vault.close()
    elif operation == "import":
        target = folder / "imported" / "new.ringoff"
        transfer.import_transfer(folder / "moving.ringoff-transfer", target, passphrase=P_OLD)
        _say("ack")
    if kill_at == 0:
        _say(f"steps {killer.count} {time.monotonic() - started:.4f}")


# --- the parent's side -------------------------------------------------------------------------


@dataclass
class Trial:
    operation: str
    kill_at: int  # 0: a random delay instead
    acknowledged: bool
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _opens(path: Path, passphrase: str) -> vault_mod.Vault | None:
    try:
        return vault_mod.open_vault(path, vault_mod.unlock_with_passphrase(path, passphrase))
    except UserError:
        return None


def _opens_read_only(path: Path, passphrase: str) -> vault_mod.Vault | None:
    try:
        raw = vault_mod.unlock_with_passphrase(path, passphrase)
        return vault_mod.open_vault(path, raw, read_only=True)
    except UserError:
        return None


def _in_force(path: Path, allowed: list[str], problems: list[str]) -> str | None:
    """The one passphrase that opens the vault; it must be one of *allowed*."""
    fits = [p for p in (P_OLD, P_NEW, P_OTHER, V1_PASSPHRASE) if _passphrase_fits(path, p)]
    if not fits:
        problems.append(f"opens with none of {allowed}: locked out")
        return None
    if len(fits) > 1 or fits[0] not in allowed:
        problems.append(f"opens with {fits}, expected one of {allowed}")
    return fits[0]


def _backups_ok(vault_path: Path, passphrase: str, old: str | None, problems: list[str]) -> None:
    for backup in keychange.backup_files([vault_mod.default_backups_dir(vault_path)], "crash"):
        if not keys.key_file_path(backup).exists():
            problems.append(f"backup {backup.name} has no key file")
            continue
        opened = _opens_read_only(backup, passphrase)
        if opened is None:
            problems.append(f"backup {backup.name} does not open with the passphrase in force")
            continue
        if opened.integrity_check():
            problems.append(f"backup {backup.name} fails its check")
        opened.close()
        if old is not None and _opens_read_only(backup, old) is not None:
            problems.append(f"the old passphrase still opens backup {backup.name}")


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.rglob("*.tmp")] + [p.name for p in folder.rglob("*.restoring")]


def check(operation: str, folder: Path, acked: bool, lines: list[str]) -> list[str]:
    info = json.loads((folder / "trial.json").read_text())
    path = Path(info["vault"])
    problems: list[str] = []
    if operation == "import":
        target = folder / "imported" / "new.ringoff"
        if target.exists():
            vault = _opens(target, P_OLD)  # opening removes what a killed import left
            if vault is None:
                problems.append("the imported vault does not open with its passphrase")
            else:
                if len(vault.accounts()) != info["accounts"] or vault.integrity_check():
                    problems.append("the imported vault is incomplete")
                vault.close()
        elif acked:
            problems.append("acknowledged import left no vault")
        else:
            try:  # trying again must work: nothing half-made may stand in the way
                transfer.import_transfer(
                    folder / "moving.ringoff-transfer", target, passphrase=P_OLD
                )
            except UserError as exc:
                problems.append(f"importing again fails: {exc}")
        left = _leftovers(folder)
        if left:
            problems.append(f"temporary files left: {left}")
        return problems
    if operation == "passwd":
        allowed = [P_NEW] if acked else [P_OLD, P_NEW]
    elif operation == "migration":
        allowed = [V1_PASSPHRASE]
    elif operation == "restore-other":
        allowed = [P_OTHER] if acked else [P_OLD, P_OTHER]
    else:
        allowed = [P_OLD]
    in_force = _in_force(path, allowed, problems)
    if in_force is None:
        return problems
    vault = _opens(path, in_force)
    if vault is None:
        problems.append("the passphrase unwraps the key file, but the vault does not open")
        return problems
    try:
        problems += [f"integrity: {p}" for p in vault.integrity_check()]
        count = len(vault.accounts())
        if operation == "migration":
            if vault.schema_version != vault_mod.SCHEMA_VERSION or count != info["accounts"]:
                problems.append("migration lost something")
        elif operation in ("restore", "restore-other"):
            if count not in (info["accounts"], info["backup_accounts"]):
                problems.append(f"after the restore: {count} accounts")
            if acked and count != info["backup_accounts"]:
                problems.append("acknowledged restore did not restore")
        elif count != info["accounts"]:
            problems.append(f"{count} accounts, expected {info['accounts']}")
        if operation == "new-recovery-key":
            _check_recovery(path, vault, info, lines, acked, problems)
        vault.set_pref("after_crash", True)  # writable: no stale lock or half transaction
    finally:
        vault.close()
    if operation in ("passwd", "new-recovery-key", "backup"):
        _backups_ok(path, in_force, P_OLD if in_force == P_NEW else None, problems)
    if operation in ("restore", "restore-other"):
        _check_safety_copies(path, info, acked, problems)
    if operation == "backup" and acked:
        made = vault_mod.default_backups_dir(path) / "crash-made.ringoff-backup"
        if not made.exists():
            problems.append("the acknowledged backup is missing")
    left = _leftovers(folder)
    if left:
        problems.append(f"temporary files left after the next open: {left}")
    return problems


def _passphrase_fits(path: Path, passphrase: str) -> bool:
    try:
        vault_mod.unlock_with_passphrase(path, passphrase)
        return True
    except UserError:
        return False


def _check_recovery(
    path: Path,
    vault: vault_mod.Vault,
    info: dict[str, object],
    lines: list[str],
    acked: bool,
    problems: list[str],
) -> None:
    old = str(info["recovery"])
    shown = next((ln.split()[1] for ln in lines if ln.startswith("shown ")), None)
    in_force = [k for k in (old, shown) if k and vault.opens_with(keys.parse_recovery_key(k))]
    if len(in_force) != 1:
        problems.append(f"recovery keys in force: {len(in_force)}")
        return
    if acked and in_force[0] != shown:
        problems.append("acknowledged new recovery key is not in force")
    if in_force[0] == shown:
        try:
            vault_mod.unlock_with_recovery_key(path, old)
            problems.append("the old recovery key still opens the vault")
        except UserError:
            pass
        backups = keychange.backup_files([vault_mod.default_backups_dir(path)], "crash")
        for backup in backups:
            try:
                vault_mod.open_vault(backup, keys.parse_recovery_key(old), read_only=True).close()
                problems.append(f"the old recovery key still opens {backup.name}")
            except UserError:
                pass


def _check_safety_copies(
    path: Path, info: dict[str, object], acked: bool, problems: list[str]
) -> None:
    copies = [
        b
        for b in keychange.backup_files([vault_mod.default_backups_dir(path)], "crash")
        if "before-restore" in b.name
    ]
    if acked and not copies:
        problems.append("no safety copy after an acknowledged restore")
    for copy in copies:
        kept = _opens_read_only(copy, P_OLD)
        if kept is None:
            problems.append("the safety copy does not open with the passphrase")
            continue
        if len(kept.accounts()) != info["accounts"]:
            problems.append(
                f"the safety copy holds {len(kept.accounts())} of {info['accounts']} accounts"
            )
        kept.close()


def run_trial(
    operation: str, folder: Path, kill_at: int, rng: random.Random, max_delay: float
) -> Trial:
    """Prepare, run the worker, kill it (at step *kill_at*, or after a random delay), check."""
    info = prepare(operation, folder)
    (folder / "trial.json").write_text(json.dumps(info))
    env = dict(os.environ, PYTHONPATH=str(GUI), PYTHONDONTWRITEBYTECODE="1")
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), operation, str(folder), str(kill_at)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for raw_line in proc.stdout:
            if raw_line.endswith(b"\n"):
                lines.append(raw_line.decode().strip())
            if raw_line.startswith(b"ready"):
                ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        if not ready.wait(60):
            return Trial(operation, kill_at, False, ["the worker did not start"])
        if kill_at < 0:
            time.sleep(rng.uniform(0.0, max_delay))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
        proc.wait(120)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(30)
        reader.join(10)
        err = proc.stderr.read().decode() if proc.stderr else ""
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    if proc.returncode not in (0, -signal.SIGKILL):
        return Trial(operation, kill_at, False, [f"the worker failed: {err[-2000:]}"])
    acked = "ack" in lines
    trial = Trial(operation, kill_at, acked, check(operation, folder, acked, lines))
    return trial


def count_steps(operation: str, folder: Path) -> tuple[int, float]:
    """How many kill points an uninterrupted run passes, and how long it takes."""
    info = prepare(operation, folder)
    (folder / "trial.json").write_text(json.dumps(info))
    env = dict(os.environ, PYTHONPATH=str(GUI), PYTHONDONTWRITEBYTECODE="1")
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), operation, str(folder), "0"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    line = next(ln for ln in done.stdout.splitlines() if ln.startswith("steps")).split()
    return int(line[1]), float(line[2])  # the operation's own time, from "ready" to its end


def kill_plan(steps: int, trials: int, every_step: bool, rng: random.Random) -> list[int]:
    """Where to kill: each step in turn (or a few chosen at random), then random delays (-1).

    With *every_step*, every one of the *steps* is a trial and at least a quarter of the
    trials (and *trials* in all, at least) are random delays.
    """
    if every_step:
        at_steps = list(range(1, steps + 1))
        randoms = max(trials - steps, trials // 4)
    else:
        at_steps = sorted(rng.sample(range(1, steps + 1), min(steps, max(1, trials - 1))))
        randoms = max(1, trials - len(at_steps))
    return at_steps + [-1] * randoms


def run_operation(
    operation: str, base: Path, trials: int, seed: int, every_step: bool = True
) -> list[Trial]:
    rng = random.Random(seed)
    steps, elapsed = count_steps(operation, base / "count")
    plan = kill_plan(steps, trials, every_step, rng)
    return [
        run_trial(operation, base / f"t{i}", kill_at, rng, elapsed * 1.1)
        for i, kill_at in enumerate(plan)
    ]


if __name__ == "__main__":
    work(sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]))
