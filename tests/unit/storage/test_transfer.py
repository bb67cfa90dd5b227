"""Moving a vault to another computer in one file: round trip, damage, secrets, no overwrite."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from helpers.vaults import (
    MARKER_ASCII,
    MARKER_CHINESE,
    PASSPHRASE,
    all_files_under,
    make_vault,
    markers_in,
    open_with_passphrase,
    snapshot,
)

from ringoff.core.errors import UserError, WrongSecret
from ringoff.core.model import PhoneNumber
from ringoff.storage import keys, transfer
from ringoff.storage import vault as vault_mod


@pytest.fixture
def exported(tmp_path: Path) -> tuple[Path, str]:
    """A transfer file of a vault with one person (Chinese and ASCII markers) and one number."""
    vault, recovery = make_vault(tmp_path / "old computer")
    person = vault.add_person(MARKER_CHINESE)
    vault.add_person(MARKER_ASCII)
    vault.add_number(PhoneNumber(e164="+8613812345678", person_id=person.id, region="CN"))
    out = transfer.export_transfer(vault, tmp_path / "stick" / "move.ringoff-transfer")
    vault.close()
    return out, recovery


def test_round_trip_with_the_passphrase(tmp_path: Path, exported: tuple[Path, str]) -> None:
    file, _ = exported
    assert file.read_bytes().startswith(transfer.MAGIC)
    if os.name == "posix":
        assert stat.S_IMODE(file.stat().st_mode) == 0o600
    target = tmp_path / "new computer" / "ringoff.vault"
    summary = transfer.import_transfer(file, target, passphrase=PASSPHRASE)
    assert (summary.people, summary.numbers, summary.accounts) == (2, 1, 0)
    # The vault and its key file, and no temporary file beside them.
    assert sorted(p.name for p in target.parent.iterdir()) == sorted(
        [target.name, keys.key_file_path(target).name]
    )
    # The key file came along, so the passphrase opens the new vault for writing.
    moved = open_with_passphrase(target)
    try:
        assert sorted(p.name for p in moved.people()) == sorted([MARKER_CHINESE, MARKER_ASCII])
        assert moved.integrity_check() == []
        moved.add_person("after the move")
    finally:
        moved.close()
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        assert stat.S_IMODE(keys.key_file_path(target).stat().st_mode) == 0o600


def test_round_trip_with_the_recovery_key(tmp_path: Path, exported: tuple[Path, str]) -> None:
    file, recovery = exported
    target = tmp_path / "new" / "v.vault"
    summary = transfer.import_transfer(file, target, recovery_key=recovery.lower())
    assert summary.people == 2
    raw = keys.parse_recovery_key(recovery)
    opened = vault_mod.open_vault(target, raw)
    opened.close()


def test_the_transfer_file_holds_nothing_readable(exported: tuple[Path, str]) -> None:
    file, _ = exported
    assert markers_in(file.read_bytes()) == []
    assert vault_mod.SQLITE_MAGIC not in file.read_bytes()
    # The temporary backup copy used for the export is gone.
    assert [p.name for p in all_files_under(file.parent)] == [file.name]


@pytest.mark.parametrize("keep", [0, 5, len(transfer.MAGIC) + 2, 200, -1])
def test_a_truncated_file_is_refused_and_nothing_is_written(
    tmp_path: Path, exported: tuple[Path, str], keep: int
) -> None:
    file, _ = exported
    data = file.read_bytes()
    cut = tmp_path / "cut.ringoff-transfer"
    cut.write_bytes(data[:keep] if keep >= 0 else data[:-1])
    target = tmp_path / "new" / "v.vault"
    with pytest.raises(transfer.TransferProblem):
        transfer.import_transfer(cut, target, passphrase=PASSPHRASE)
    assert not target.parent.exists() or list(target.parent.iterdir()) == []


def test_a_changed_byte_in_the_database_is_refused(
    tmp_path: Path, exported: tuple[Path, str]
) -> None:
    file, _ = exported
    data = bytearray(file.read_bytes())
    data[-100] ^= 0xFF
    bad = tmp_path / "bad.ringoff-transfer"
    bad.write_bytes(bytes(data))
    target = tmp_path / "new" / "v.vault"
    with pytest.raises(transfer.TransferProblem) as caught:
        transfer.import_transfer(bad, target, passphrase=PASSPHRASE)
    assert caught.value.kind == "transfer"
    assert not target.exists()


def test_not_a_transfer_file(tmp_path: Path) -> None:
    other = tmp_path / "photo.jpg"
    other.write_bytes(b"\xff\xd8\xff\xe0" + b"x" * 4000)
    with pytest.raises(transfer.TransferProblem) as caught:
        transfer.import_transfer(other, tmp_path / "new" / "v.vault", passphrase=PASSPHRASE)
    assert "photo.jpg" in str(caught.value)


def test_a_wrong_secret_writes_nothing(tmp_path: Path, exported: tuple[Path, str]) -> None:
    file, _ = exported
    target = tmp_path / "new" / "v.vault"
    with pytest.raises(WrongSecret):
        transfer.import_transfer(file, target, passphrase="not the passphrase")
    other_key = keys.format_recovery_key(keys.new_raw_key())
    with pytest.raises(WrongSecret) as caught:
        transfer.import_transfer(file, target, recovery_key=other_key)
    assert caught.value.message == keys.NOT_THIS_VAULT  # the one message for another vault's key
    # A raw key that is not the vault's fails when the database is opened read-only.
    with pytest.raises(UserError):
        transfer.import_transfer(file, target, raw_key=keys.new_raw_key())
    assert not target.exists()
    assert not keys.key_file_path(target).exists()
    assert not target.parent.exists() or list(target.parent.iterdir()) == []


def test_never_overwrites_an_existing_vault(tmp_path: Path, exported: tuple[Path, str]) -> None:
    file, _ = exported
    existing, _ = make_vault(tmp_path / "here", name="ringoff.vault")
    existing.add_person("already here")
    existing.close()
    before = snapshot([existing.path, keys.key_file_path(existing.path)])
    with pytest.raises(transfer.TransferProblem) as caught:
        transfer.import_transfer(file, existing.path, passphrase=PASSPHRASE)
    assert "never writes over" in str(caught.value)
    assert snapshot([existing.path, keys.key_file_path(existing.path)]) == before
    # A key file alone (the vault itself lost) is not written over either.
    lone = tmp_path / "lone" / "v.vault"
    lone.parent.mkdir()
    keys.key_file_path(lone).write_bytes(b"keep me")
    with pytest.raises(transfer.TransferProblem):
        transfer.import_transfer(file, lone, passphrase=PASSPHRASE)
    assert keys.key_file_path(lone).read_bytes() == b"keep me"
    assert not lone.exists()


def test_without_a_key_file_only_the_recovery_key_opens_it(tmp_path: Path) -> None:
    vault, recovery = make_vault(tmp_path / "old")
    vault.add_person("x")
    keys.key_file_path(vault.path).unlink()
    file = transfer.export_transfer(vault, tmp_path / "t.ringoff-transfer")
    vault.close()
    loaded = transfer.read_transfer(file)
    assert loaded.key_file is None
    with pytest.raises(transfer.TransferProblem):
        transfer.import_transfer(file, tmp_path / "a" / "v.vault", passphrase=PASSPHRASE)
    summary = transfer.import_transfer(file, tmp_path / "b" / "v.vault", recovery_key=recovery)
    assert summary.people == 1
    assert not keys.key_file_path(tmp_path / "b" / "v.vault").exists()


def test_a_key_derived_beforehand_is_accepted(tmp_path: Path, exported: tuple[Path, str]) -> None:
    file, _ = exported
    loaded = transfer.read_transfer(file)
    assert loaded.key_file is not None
    raw = transfer.transfer_raw_key(loaded, passphrase=PASSPHRASE)
    summary = transfer.import_transfer(file, tmp_path / "n" / "v.vault", raw_key=raw)
    assert summary.people == 2
