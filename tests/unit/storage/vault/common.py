"""Helpers shared by the vault tests (fixtures are in conftest.py)."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3
from helpers.vaults import FakeClock, open_with_passphrase

from ringoff.core.model import PhoneNumber
from ringoff.storage import keys
from ringoff.storage.vault import Vault

DATA = Path(__file__).resolve().parents[3] / "data"


def reopen(vault: Vault, clock: FakeClock | None = None) -> Vault:
    """Close *vault* and open it again from its file (what was saved, nothing in memory)."""
    path = vault.path
    vault.close()
    return open_with_passphrase(path, clock=clock or FakeClock())


def make_number(
    person_id: str, e164: str = "+8613812345678", region: str = "CN", **kw: object
) -> PhoneNumber:
    return PhoneNumber(e164=e164, person_id=person_id, region=region, **kw)  # type: ignore[arg-type]


def direct(path: Path, raw: bytes) -> sqlcipher3.Connection:
    """A plain SQLCipher connection with *raw*, bypassing Ringoff."""
    conn = sqlcipher3.connect(str(path))
    conn.execute(keys.sqlcipher_key_pragma(raw))
    return conn
