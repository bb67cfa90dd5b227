"""Where Ringoff keeps its files: the one answer to "where do the backups go"."""

from __future__ import annotations

from pathlib import Path

import pytest

from ringoff.storage import paths
from ringoff.storage import vault as vault_mod
from ringoff.storage.paths import backups_folder, default_backups_dir


def test_backups_go_beside_the_vault_unless_a_folder_is_chosen(tmp_path: Path) -> None:
    vault = tmp_path / "data" / "ringoff.vault"
    beside = tmp_path / "data" / "backups"
    assert default_backups_dir(vault) == beside
    for nothing_chosen in (None, "", "   "):
        assert backups_folder(vault, nothing_chosen) == beside
    usb = tmp_path / "USB stick" / "备份"
    assert backups_folder(vault, str(usb)) == usb
    assert backups_folder(vault, usb) == usb


def test_a_chosen_folder_starting_with_a_tilde_is_in_the_home_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("USERPROFILE", str(tmp_path))
    assert backups_folder(tmp_path / "v.vault", "~/Backups") == tmp_path / "Backups"


def test_the_vault_package_offers_the_same_answer() -> None:
    assert vault_mod.backups_folder is paths.backups_folder
    assert vault_mod.default_backups_dir is paths.default_backups_dir
