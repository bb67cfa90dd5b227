"""How much a full unlock costs on top of the key derivation itself.

With the app's real KDF (Argon2id: 3 passes, 64 MiB, 4 lanes), each round times, one after the
other (interleaved, so both see the same machine load):

* the bare Argon2id derivation with the key file's parameters and salt;
* a full unlock: unlock_with_passphrase + open_vault + close, on a vault of 1,000 accounts.

Target: median unlock <= 1.1 x median KDF + 30 ms (the vault must add almost nothing).

Run from the project root:  python benchmarks/bench_unlock.py [--rounds 9] [--accounts 1000]
Exit code 1 when the target is missed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from _util import add_project_paths, median, ms, print_table, summary, timed

add_project_paths()

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id  # noqa: E402

from ringoff.core.model import Account, PhoneNumber  # noqa: E402
from ringoff.storage import keys  # noqa: E402
from ringoff.storage import vault as vault_mod  # noqa: E402

PASSPHRASE = "benchmark passphrase for unlocking"


def make_bench_vault(folder: Path, accounts: int) -> Path:
    vault, _ = vault_mod.create_vault(folder / "bench.ringoff", PASSPHRASE, kdf=keys.DEFAULT_KDF)
    person = vault.add_person("Bench")
    number = vault.add_number(PhoneNumber(e164="+8613812345678", person_id=person.id, region="CN"))
    vault.add_accounts(
        [
            Account(number_id=number.id, name=f"Account {i}", notes="some notes " * 5)
            for i in range(accounts)
        ]
    )
    vault.close()
    return vault.path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9, help="rounds of each (at least 7)")
    parser.add_argument("--accounts", type=int, default=1000)
    args = parser.parse_args()
    rounds = max(7, args.rounds)

    with tempfile.TemporaryDirectory() as tmp:
        path = make_bench_vault(Path(tmp), args.accounts)
        kf = keys.read_key_file(path)
        assert kf.kdf == keys.DEFAULT_KDF

        def bare_kdf() -> None:
            Argon2id(
                salt=kf.salt,
                length=keys.KEY_BYTES,
                iterations=kf.kdf.iterations,
                lanes=kf.kdf.lanes,
                memory_cost=kf.kdf.memory_kib,
            ).derive(PASSPHRASE.encode())

        def full_unlock() -> None:
            raw = vault_mod.unlock_with_passphrase(path, PASSPHRASE)
            vault = vault_mod.open_vault(path, raw)
            vault.close()

        full_unlock()  # warm the file cache and check that it works
        kdf_times: list[float] = []
        unlock_times: list[float] = []
        for _ in range(rounds):
            kdf_times.append(timed(bare_kdf))
            unlock_times.append(timed(full_unlock))

    kdf_med, unlock_med = median(kdf_times), median(unlock_times)
    budget = 1.1 * kdf_med + 0.030
    print(
        f"Argon2id t={keys.DEFAULT_KDF.iterations}, m={keys.DEFAULT_KDF.memory_kib // 1024} MiB, "
        f"p={keys.DEFAULT_KDF.lanes}; vault of {args.accounts} accounts; {rounds} rounds each"
    )
    print()
    print_table(
        ["", "median", "min", "max"],
        [
            ["bare KDF", ms(kdf_med), ms(min(kdf_times)), ms(max(kdf_times))],
            ["full unlock", ms(unlock_med), ms(min(unlock_times)), ms(max(unlock_times))],
            ["unlock - KDF", ms(unlock_med - kdf_med), "", ""],
        ],
    )
    print()
    ok = unlock_med <= budget
    print(f"ratio unlock/KDF: {unlock_med / kdf_med:.3f}")
    print(f"target: unlock <= 1.1 x KDF + 30 ms = {ms(budget)}  ->  {'PASS' if ok else 'FAIL'}")
    summary(
        f"unlock (passphrase → open vault of {args.accounts:,} accounts)",
        ms(unlock_med),
        f"bare Argon2id {ms(kdf_med)} → {unlock_med / kdf_med:.2f}×, "
        f"{(unlock_med - kdf_med) * 1000:+.1f} ms",
        "≤ 1.1 × KDF + 30 ms",
        ok,
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
