"""Key changes on an open vault: a new passphrase, a new recovery key."""

from __future__ import annotations

import pytest
import sqlcipher3
from helpers.vaults import PASSPHRASE, open_with_passphrase

from ringoff.core.errors import WrongSecret
from ringoff.storage import keys
from ringoff.storage import vault as vault_mod
from ringoff.storage.vault import Vault

from .common import direct


def test_change_passphrase(opened: tuple[Vault, str]) -> None:
    vault, recovery = opened
    person = vault.add_person("王建国")
    path = vault.path
    vault.change_passphrase("新的密码 new passphrase", kdf=keys.TEST_KDF)
    vault.close()
    with pytest.raises(WrongSecret):
        vault_mod.unlock_with_passphrase(path, PASSPHRASE)
    vault = open_with_passphrase(path, "新的密码 new passphrase")
    try:
        assert vault.people() == [person]
    finally:
        vault.close()
    # The recovery key is unchanged: the raw key is the same.
    raw = vault_mod.unlock_with_recovery_key(path, recovery)
    vault_mod.open_vault(path, raw).close()


def test_rotate_recovery_key(opened: tuple[Vault, str]) -> None:
    vault, old_recovery = opened
    person = vault.add_person("王建国")
    path = vault.path
    new_recovery = vault.rotate_recovery_key(PASSPHRASE, kdf=keys.TEST_KDF)
    assert new_recovery != old_recovery
    vault.add_person("after rotation")  # the open vault keeps working (and its guard too)
    vault.close()
    with pytest.raises(WrongSecret):
        vault_mod.unlock_with_recovery_key(path, old_recovery)
    # Even bypassing the key file's check, the old raw key no longer decrypts the file.
    with pytest.raises(WrongSecret):
        vault_mod.open_vault(path, keys.parse_recovery_key(old_recovery))
    conn = direct(path, keys.parse_recovery_key(old_recovery))
    try:
        with pytest.raises(sqlcipher3.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    finally:
        conn.close()
    vault = vault_mod.open_vault(path, vault_mod.unlock_with_recovery_key(path, new_recovery))
    try:
        assert [p.name for p in vault.people()] == [person.name, "after rotation"]
    finally:
        vault.close()
    vault = open_with_passphrase(path)
    vault.close()


def test_the_kit_check_accepts_the_key_in_force_as_people_type_it(
    opened: tuple[Vault, str],
) -> None:
    vault, recovery = opened
    assert vault.check_recovery_key(recovery.lower().replace("-", " ")) == recovery
    other = keys.format_recovery_key(keys.new_raw_key())
    with pytest.raises(WrongSecret) as caught:
        vault.check_recovery_key(other)
    assert caught.value.message == keys.NOT_THIS_VAULT
    with pytest.raises(WrongSecret) as mistyped:
        vault.check_recovery_key(recovery[:-1])
    assert mistyped.value.message != keys.NOT_THIS_VAULT


def test_after_a_new_recovery_key_the_kit_check_refuses_the_old_one(
    opened: tuple[Vault, str],
) -> None:
    vault, old = opened
    new = vault.rotate_recovery_key(PASSPHRASE)
    assert vault.check_recovery_key(new) == new
    with pytest.raises(WrongSecret) as caught:
        vault.check_recovery_key(old)
    assert caught.value.message == keys.NOT_THIS_VAULT
