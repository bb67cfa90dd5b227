"""Upgrades: an older vault is backed up, then migrated; a newer one refused."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from helpers.vaults import FakeClock, open_with_passphrase, snapshot

from ringoff.core.errors import NewerVersion
from ringoff.core.model import Account, AccountStatus, Category, Replacement
from ringoff.storage import keys
from ringoff.storage import vault as vault_mod

from .common import DATA, direct

# --- upgrades ------------------------------------------------------------------------------

GOLDEN_PASSPHRASE = "golden vault passphrase"


def test_golden_v1_vault_is_upgraded(tmp_path: Path) -> None:
    src = DATA / "vault_v1.ringoff"
    path = tmp_path / "vault_v1.ringoff"
    shutil.copyfile(src, path)
    shutil.copyfile(keys.key_file_path(src), keys.key_file_path(path))
    raw = vault_mod.unlock_with_passphrase(path, GOLDEN_PASSPHRASE)
    conn = direct(path, raw)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    clock = FakeClock()
    backups = tmp_path / "backups"
    vault = vault_mod.open_vault(path, raw, clock=clock, backups_dir=backups)
    try:
        assert vault.schema_version == vault_mod.SCHEMA_VERSION == 3
        assert [p.name for p in vault.people()] == ["王建国", "Mary"]
        numbers = vault.numbers()
        assert [n.e164 for n in numbers] == ["+8613812345678", "+14155550123"]
        assert numbers[0].cancel_on == date(2027, 3, 15)
        assert numbers[0].notes == "老号码 old number"
        accounts = vault.accounts(numbers[0].id)
        assert [(a.name, a.status) for a in accounts] == [
            ("WeChat", AccountStatus.DONE),
            ("支付宝", AccountStatus.TODO),
        ]
        assert vault.pref("your_name", "") == "王建国"
        assert vault.user_services()[0]["id"] == "golden-service"
        assert len(vault.history()) >= 6
        # The new tables exist and work.
        assert vault.received_messages(numbers[0].id) == []
        vault.add_request(numbers[0].id, "Bank", None, "phone", date(2026, 3, 1), None)
        assert len(vault.requests(numbers[0].id)) == 1
        # Version 3: what replaces a number. Old rows had only new_number: none was set, so
        # nothing replaces it; a family member's number can now be chosen and is kept.
        assert numbers[0].replacement is None
        assert numbers[0].replaced_by is Replacement.NOTHING and numbers[0].target is None
        vault.update_number(
            replace(
                numbers[0],
                replacement=Replacement.FAMILY,
                replacement_name="女儿王芳",
                new_number="+8613900001111",
            )
        )
        again = vault.number(numbers[0].id)
        assert again.replaced_by is Replacement.FAMILY
        assert (again.target, again.replacement_name) == ("+8613900001111", "女儿王芳")
        # ... and the kind of an account the catalog does not know.
        assert all(a.kind is None for a in accounts)
        local = vault.add_account(
            Account(number_id=numbers[0].id, name="上海农商银行", kind=Category.BANK)
        )
        assert vault.account(local.id).kind is Category.BANK
        assert vault.integrity_check() == []
    finally:
        vault.close()
    found = vault_mod.list_backups(backups, path.stem)
    assert [b.tag for b in found] == ["before-upgrade"]
    conn = direct(found[0].path, raw)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "requests" not in tables
        assert conn.execute("SELECT count(*) FROM accounts").fetchone()[0] == 3
    finally:
        conn.close()
    # Opening again does not upgrade (or back up) a second time.
    vault = open_with_passphrase(path, GOLDEN_PASSPHRASE, backups_dir=backups)
    vault.close()
    assert len(vault_mod.list_backups(backups, path.stem)) == 1


def test_old_vault_without_migrate_is_refused_untouched(tmp_path: Path) -> None:
    src = DATA / "vault_v1.ringoff"
    path = tmp_path / "v1.ringoff"
    shutil.copyfile(src, path)
    shutil.copyfile(keys.key_file_path(src), keys.key_file_path(path))
    before = snapshot([path])
    raw = vault_mod.unlock_with_passphrase(path, GOLDEN_PASSPHRASE)
    with pytest.raises(NewerVersion):
        vault_mod.open_vault(path, raw, migrate=False)
    assert snapshot([path]) == before
    assert not (tmp_path / "backups").exists()
