"""operations/keys without a window: a new passphrase (strength, typed twice), a new recovery
key in its steps, and the one check of a typed recovery key (open vault, file, transfer)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.vaults import PASSPHRASE, make_vault, open_with_passphrase

from ringoff.core.errors import UserError, WrongSecret
from ringoff.core.passphrase import Strength
from ringoff.operations import backups as backup_ops
from ringoff.operations import keys as key_ops
from ringoff.storage import keys
from ringoff.storage import transfer as transfer_mod
from ringoff.storage import vault as vault_mod

NEW = "a quiet harbour under seven lanterns"


def test_a_weak_or_mistyped_new_passphrase_is_refused_in_words() -> None:
    with pytest.raises(key_ops.NewPassphraseProblem) as weak:
        key_ops.check_new_passphrase("123456")
    assert weak.value.kind == "new_passphrase"
    assert weak.value.message == key_ops.strength("123456").message
    assert key_ops.strength("123456").strength == Strength.TOO_WEAK
    with pytest.raises(key_ops.NewPassphraseProblem) as differs:
        key_ops.check_new_passphrase(NEW, NEW + " ")
    assert differs.value.message == key_ops.NOT_THE_SAME
    key_ops.check_new_passphrase(NEW)
    key_ops.check_new_passphrase(NEW, NEW)


def test_changing_the_passphrase_reaches_the_backups(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path)
    backup = backup_ops.make_backup(vault, backup_ops.default_folder(vault.path))
    with vault:
        with pytest.raises(UserError):
            key_ops.change_passphrase(vault, "password", keys.TEST_KDF)
        key_ops.change_passphrase(vault, NEW, keys.TEST_KDF, again=NEW)
    with pytest.raises(WrongSecret):
        vault_mod.unlock_with_passphrase(vault.path, PASSPHRASE)
    open_with_passphrase(vault.path, NEW).close()
    vault_mod.unlock_with_passphrase(backup, NEW)


def test_the_worker_job_writes_nothing_until_installed(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path)
    key_file = keys.key_file_path(vault.path)
    before = key_file.read_bytes()
    with vault:
        made = key_ops.new_passphrase_job(vault, NEW, keys.TEST_KDF)()
        assert key_file.read_bytes() == before
        key_ops.install_passphrase(vault, made)
    assert key_file.read_bytes() != before
    open_with_passphrase(vault.path, NEW).close()


def test_the_kdf_is_the_sessions_or_the_default() -> None:
    assert key_ops.kdf_for(None) == keys.DEFAULT_KDF
    assert key_ops.kdf_for(keys.TEST_KDF) == keys.TEST_KDF
    assert key_ops.write_kdf() == keys.WRITE_KDF


def test_a_new_recovery_key_in_two_steps_and_at_once(tmp_path: Path) -> None:
    vault, old = make_vault(tmp_path)
    with vault:
        prepared = key_ops.prepare_new_recovery_key(vault.path, PASSPHRASE)
        shown = key_ops.begin_new_recovery_key(vault, prepared)
        # Until it is committed, the old key still opens the information.
        assert vault.opens_with(keys.parse_recovery_key(old))
        assert key_ops.commit_new_recovery_key(vault, prepared.new_key) == shown
        assert key_ops.check_recovery_key(shown, vault) == prepared.new_key
        with pytest.raises(WrongSecret) as stale:
            key_ops.check_recovery_key(old, vault)
        assert stale.value.message == key_ops.NOT_THIS_KEY
        third = key_ops.new_recovery_key(vault, PASSPHRASE)
        assert third != shown
        assert vault.opens_with(key_ops.spelled_key(third))
        with pytest.raises(WrongSecret):
            key_ops.prepare_new_recovery_key(vault.path, "not the passphrase")
    open_with_passphrase(vault.path).close()


def test_one_recovery_key_check_for_a_file_and_a_transfer(tmp_path: Path) -> None:
    vault, recovery = make_vault(tmp_path / "a")
    other, other_recovery = make_vault(tmp_path / "b")
    transfer_file = transfer_mod.export_transfer(vault, tmp_path / "move.ringoff-transfer")
    vault.close()
    other.close()
    raw = keys.parse_recovery_key(recovery)
    # Typed any way a person might: lower case, spaces instead of dashes.
    typed = recovery.lower().replace("-", " ")
    assert key_ops.check_recovery_key(typed, vault.path) == raw
    loaded = transfer_mod.read_transfer(transfer_file)
    assert key_ops.check_recovery_key(typed, loaded) == raw
    for against in (vault.path, loaded):
        with pytest.raises(WrongSecret):
            key_ops.check_recovery_key(other_recovery, against)
    with pytest.raises(UserError):
        key_ops.check_recovery_key("ABCD-EFGH", vault.path)  # not a recovery key at all
    assert key_ops.format_recovery_key(raw) == recovery
