"""operations/transfer without a window: the file's name, writing it, opening it with the
passphrase or the recovery key, and bringing it in (never over an existing vault)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from helpers.vaults import PASSPHRASE, make_vault, open_with_passphrase

from ringoff.core.errors import UserError, WrongSecret
from ringoff.operations import transfer as transfer_ops


def test_the_name_and_the_ending() -> None:
    assert transfer_ops.suggested_name("Ringoff", date(2026, 3, 1)) == (
        "Ringoff 2026-03-01.ringoff-transfer"
    )
    assert transfer_ops.transfer_path(Path("/x/move")) == Path("/x/move.ringoff-transfer")
    assert transfer_ops.transfer_path(Path("/x/a.ringoff-transfer")) == Path(
        "/x/a.ringoff-transfer"
    )
    assert transfer_ops.transfer_path(Path("/x/a.txt")) == Path("/x/a.txt.ringoff-transfer")


def test_moving_house_with_the_passphrase_or_the_recovery_key(tmp_path: Path) -> None:
    vault, recovery = make_vault(tmp_path / "old")
    vault.add_person("王建国")
    made = transfer_ops.export(vault, tmp_path / "usb" / "move")
    assert made == tmp_path / "usb" / "move.ringoff-transfer"
    with pytest.raises(UserError):
        transfer_ops.export(vault, made)  # not replaced unless the person said so
    assert transfer_ops.export(vault, made, overwrite=True) == made
    vault.close()

    with pytest.raises(WrongSecret):
        transfer_ops.unlock_transfer(made, "not it", recovery=False)
    raw = transfer_ops.unlock_transfer(made, PASSPHRASE, recovery=False)
    assert transfer_ops.unlock_transfer(made, recovery, recovery=True) == raw

    target = tmp_path / "new" / "mine.ringoff"
    summary = transfer_ops.bring_in(made, target, raw)
    assert summary.people == 1
    with open_with_passphrase(target) as there:
        assert [p.name for p in there.people()] == ["王建国"]
    before = target.read_bytes()
    with pytest.raises(UserError):
        transfer_ops.bring_in(made, target, raw)  # never over a vault that is there
    assert target.read_bytes() == before


def test_a_file_that_is_not_a_transfer_file_is_a_plain_message(tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("hello", "utf-8")
    with pytest.raises(UserError) as problem:
        transfer_ops.unlock_transfer(other, PASSPHRASE, recovery=False)
    assert "notes.txt" in str(problem.value)
