"""Make tests/data/vault_v1.ringoff (+ .key): a vault of schema version 1, for upgrade tests.

Version 1 had no ``received_messages`` and no ``requests`` tables (version 2), and no
``numbers.replacement``/``replacement_name`` or ``accounts.kind`` columns (version 3). The file
is made with the current code, then taken back to version 1 by hand: drop the later tables and
columns, set user_version = 1.
The key file uses the cheap test KDF; the passphrase is ``golden vault passphrase``.

Run from the project root:  PYTHONPATH=gui python tests/data/make_v1_vault.py
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import sqlcipher3

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "gui"))

from ringoff.core.model import Account, AccountStatus, PhoneNumber  # noqa: E402
from ringoff.storage import keys  # noqa: E402
from ringoff.storage.vault import create_vault  # noqa: E402

PASSPHRASE = "golden vault passphrase"
TARGET = HERE / "vault_v1.ringoff"


class _Clock:
    def __init__(self) -> None:
        self.now = datetime(2025, 11, 1, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=30)
        return self.now


def make(target: Path = TARGET) -> str:
    """Write the version-1 vault and its key file at *target*; return the recovery key."""
    for p in (target, keys.key_file_path(target), Path(f"{target}.lock")):
        p.unlink(missing_ok=True)
    vault, recovery = create_vault(target, PASSPHRASE, kdf=keys.TEST_KDF, clock=_Clock())
    wang = vault.add_person("王建国")
    mary = vault.add_person("Mary")
    old = vault.add_number(
        PhoneNumber(
            e164="+8613812345678",
            person_id=wang.id,
            region="CN",
            cancel_on=date(2027, 3, 15),
            notes="老号码 old number",
        )
    )
    us = vault.add_number(PhoneNumber(e164="+14155550123", person_id=mary.id, region="US"))
    wechat = vault.add_account(Account(number_id=old.id, name="WeChat", service_id="wechat"))
    vault.add_account(Account(number_id=old.id, name="支付宝", service_id="alipay"))
    vault.add_account(Account(number_id=us.id, name="Google", service_id="google"))
    vault.set_account_status(wechat.id, AccountStatus.DONE)
    vault.set_pref("your_name", "王建国")
    vault.save_user_service({"id": "golden-service", "names": {"en": "Golden service"}})
    raw = keys.parse_recovery_key(recovery)
    vault.close()

    conn = sqlcipher3.connect(str(target), isolation_level=None)
    conn.execute(keys.sqlcipher_key_pragma(raw))
    conn.execute("DROP TABLE received_messages")
    conn.execute("DROP TABLE requests")
    conn.execute("ALTER TABLE numbers DROP COLUMN replacement")
    conn.execute("ALTER TABLE numbers DROP COLUMN replacement_name")
    conn.execute("ALTER TABLE accounts DROP COLUMN kind")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for leftover in (Path(f"{target}-wal"), Path(f"{target}-shm"), Path(f"{target}.lock")):
        leftover.unlink(missing_ok=True)
    return recovery


if __name__ == "__main__":
    print(make())
