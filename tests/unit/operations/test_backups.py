"""operations/backups without a window: where backups go, a backup now, the automatic policy,
the list, checking a backup (and its questions) and restoring it."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from helpers.vaults import PASSPHRASE, FakeClock, make_vault, open_with_passphrase

from ringoff.core.errors import UserError, WrongSecret
from ringoff.operations import backups as backup_ops
from ringoff.storage import keys
from ringoff.storage import vault as vault_mod
from ringoff.storage.settings import Settings


def test_where_backups_go_is_the_chosen_folder_or_the_one_beside_the_vault(
    tmp_path: Path,
) -> None:
    vault = tmp_path / "data" / "mine.ringoff"
    assert backup_ops.where_backups_go(vault, "") == tmp_path / "data" / "backups"
    assert backup_ops.where_backups_go(vault, None) == tmp_path / "data" / "backups"
    assert backup_ops.where_backups_go(vault, "   ") == tmp_path / "data" / "backups"
    assert backup_ops.where_backups_go(vault, str(tmp_path / "usb")) == tmp_path / "usb"
    home = Path("~").expanduser()
    assert backup_ops.where_backups_go(vault, "~/stick") == home / "stick"
    assert backup_ops.default_folder(vault) == vault_mod.default_backups_dir(vault)


def test_the_chosen_folder_is_read_from_the_settings_file(tmp_path: Path) -> None:
    file = tmp_path / "settings.json"
    assert backup_ops.read_chosen_folder(file) == ""  # no settings yet
    Settings(file).set("backups_dir", str(tmp_path / "usb"))
    assert backup_ops.read_chosen_folder(file) == str(tmp_path / "usb")
    file.write_text("{ not json", "utf-8")
    assert backup_ops.read_chosen_folder(file) == ""  # unreadable: as if none was chosen
    assert backup_ops.chosen_folder({"backups_dir": "x"}) == "x"
    assert backup_ops.chosen_folder({}) == ""


def test_same_disk_looks_at_the_nearest_folder_that_exists(tmp_path: Path) -> None:
    vault = tmp_path / "mine.ringoff"
    assert backup_ops.same_disk(tmp_path / "not" / "made" / "yet", vault)
    assert not backup_ops.same_disk(tmp_path / "x", tmp_path / "gone" / "deeper" / "v")


def test_a_backup_now_is_named_tagged_and_kept_beside_its_key_file(tmp_path: Path) -> None:
    clock = FakeClock()
    vault, _ = make_vault(tmp_path, clock=clock)
    folder = tmp_path / "usb"
    with vault:
        made = backup_ops.make_backup(vault, folder)
        assert made.name == f"{vault.path.stem}-20260301-090000-manual.ringoff-backup"
        assert made.name == backup_ops.backup_name(vault, "manual")
        assert keys.key_file_path(made).exists()
        # Twice in one second: the same name, replaced rather than refused.
        assert backup_ops.make_backup(vault, folder) == made
        infos = backup_ops.list_all(vault.path, folder)
        assert [(i.tag, i.path) for i in infos] == [("manual", made)]
        # Manual backups are never pruned by the automatic rotation.
        vault_mod.prune_backups(folder, vault.path.stem, keep=0)
        assert made.exists()


def test_a_backup_to_one_file_has_no_key_file_and_refuses_to_replace(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path)
    target = tmp_path / "out" / "copy.bin"
    with vault:
        assert backup_ops.backup_to_file(vault, target) == target
        assert not keys.key_file_path(target).exists()
        with pytest.raises(UserError):
            backup_ops.backup_to_file(vault, target)
        assert backup_ops.backup_to_file(vault, target, overwrite=True) == target


def test_the_automatic_policy_daily_at_unlock_and_hourly_after_changes(tmp_path: Path) -> None:
    clock = FakeClock()
    vault, _ = make_vault(tmp_path, clock=clock)
    folder = tmp_path / "chosen"
    with vault:
        first = backup_ops.automatic_backup(vault, folder)
        assert first is not None and first.parent == folder
        clock.advance(minutes=30)
        vault.add_person("a change")
        assert backup_ops.automatic_backup(vault, folder) is None  # under an hour: not yet
        clock.advance(minutes=31)
        second = backup_ops.automatic_backup(vault, folder)
        assert second is not None and second != first  # changed and an hour old
        clock.advance(hours=5)
        assert backup_ops.automatic_backup(vault, folder) is None  # nothing new
        clock.advance(hours=backup_ops.DAILY_HOURS)
        assert backup_ops.automatic_backup(vault, folder) is not None  # a day old
        assert backup_ops.last_made(vault.path, folder) == clock.now


def test_the_rotation_keeps_the_newest_ten_and_one_a_day(tmp_path: Path) -> None:
    clock = FakeClock()
    vault, _ = make_vault(tmp_path, clock=clock)
    folder = tmp_path / "b"
    with vault:
        for _ in range(backup_ops.KEEP_NEWEST + 5):
            clock.advance(hours=2)
            vault.add_person("more")
            assert backup_ops.automatic_backup(vault, folder) is not None
        infos = vault_mod.list_backups(folder, vault.path.stem)
        days = {i.made_at.date() for i in infos}
        assert len(infos) >= backup_ops.KEEP_NEWEST
        assert len(infos) == backup_ops.KEEP_NEWEST + len(
            days - {i.made_at.date() for i in infos[: backup_ops.KEEP_NEWEST]}
        )


def test_following_the_chosen_folder_adds_it_to_the_folders_key_changes_reach(
    tmp_path: Path,
) -> None:
    vault, _ = make_vault(tmp_path)
    folder = tmp_path / "usb"
    with vault:
        assert backup_ops.follow_folder(vault, folder)
        assert backup_ops.follow_folder(vault, folder)
        assert vault.extra_backups_dirs.count(folder) == 1
        assert folder in vault.backups_dirs()


def test_the_list_merges_both_folders_newest_first(tmp_path: Path) -> None:
    clock = FakeClock()
    vault, _ = make_vault(tmp_path, clock=clock)
    chosen = tmp_path / "usb"
    with vault:
        beside = backup_ops.make_backup(vault, backup_ops.default_folder(vault.path))
        clock.advance(minutes=1)
        on_stick = backup_ops.make_backup(vault, chosen)
        assert [i.path for i in backup_ops.list_all(vault.path, chosen)] == [on_stick, beside]
        # The chosen folder is the default one: each backup once.
        assert len(backup_ops.list_all(vault.path, beside.parent)) == 1
    assert backup_ops.last_made(tmp_path / "none.ringoff", tmp_path / "empty") is None


def test_checking_a_backup_with_the_passphrase_or_the_recovery_key(tmp_path: Path) -> None:
    vault, recovery = make_vault(tmp_path)
    vault.add_person("Dad")
    made = backup_ops.make_backup(vault, tmp_path / "b")
    vault_id = vault.vault_id
    vault.close()
    raw = backup_ops.unlock_backup(made, vault.path, PASSPHRASE, recovery=False)
    assert raw == backup_ops.unlock_backup(made, vault.path, recovery.lower(), recovery=True)
    with pytest.raises(WrongSecret):
        backup_ops.unlock_backup(made, vault.path, "not the passphrase", recovery=False)
    checked = backup_ops.check_backup(made, raw, vault.path)
    assert (checked.summary.people, checked.vault_id, checked.other_vault) == (1, vault_id, False)


def test_a_single_file_backup_opens_with_the_vaults_own_key_file(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path)
    target = backup_ops.backup_to_file(vault, tmp_path / "copy.bin")
    vault.close()
    raw = backup_ops.unlock_backup(target, vault.path, PASSPHRASE, recovery=False)
    assert backup_ops.check_backup(target, raw, vault.path).summary.people == 0


def test_another_vaults_backup_is_a_question_open_or_locked(tmp_path: Path) -> None:
    mine, _ = make_vault(tmp_path / "mine")
    theirs, _ = make_vault(tmp_path / "theirs", passphrase="their own passphrase")
    theirs.add_person("Someone else")
    backup = backup_ops.make_backup(theirs, tmp_path / "stick")
    theirs.close()
    raw = backup_ops.unlock_backup(backup, mine.path, "their own passphrase", recovery=False)
    open_check = backup_ops.check_backup(backup, raw, mine.path, open_vault_id=mine.vault_id)
    assert open_check.other_vault
    mine.close()
    assert backup_ops.check_backup(backup, raw, mine.path).other_vault  # locked: the key file
    # No vault there at all: nothing to be "another vault" of.
    assert not backup_ops.check_backup(backup, raw, tmp_path / "new" / "x.ringoff").other_vault
    with pytest.raises(UserError) as refused:
        backup_ops.restore(mine.path, backup, raw, folder=tmp_path / "kept")
    assert backup_ops.is_other_vault_refusal(refused.value)
    assert not backup_ops.is_other_vault_refusal(ValueError("other"))
    done = backup_ops.restore(mine.path, backup, raw, folder=tmp_path / "kept", other_vault_ok=True)
    assert done.safety is not None and done.safety.parent == tmp_path / "kept"
    assert done.key_file_replaced
    with open_with_passphrase(mine.path, "their own passphrase") as now:
        assert [p.name for p in now.people()] == ["Someone else"]


def test_restoring_keeps_the_key_in_force_and_what_was_there(tmp_path: Path) -> None:
    clock = FakeClock()
    vault, _ = make_vault(tmp_path, clock=clock)
    backup = backup_ops.make_backup(vault, tmp_path / "b")
    vault.add_person("after the backup")
    current = vault.key_in_force()
    vault.close()
    raw = backup_ops.unlock_backup(backup, vault.path, PASSPHRASE, recovery=False)
    clock.advance(minutes=3)
    done = backup_ops.restore(
        vault.path, backup, raw, folder=tmp_path / "chosen", clock=clock, current_key=current
    )
    assert not done.key_file_replaced
    assert done.safety is not None and done.safety.parent == tmp_path / "chosen"
    assert done.safety.name.endswith("-090300-before-restore.ringoff-backup")
    with open_with_passphrase(vault.path) as now:
        assert now.people() == []


def test_restoring_where_there_is_no_vault_keeps_nothing(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path / "old")
    backup = backup_ops.make_backup(vault, tmp_path / "stick")
    vault.close()
    raw = backup_ops.unlock_backup(backup, vault.path, PASSPHRASE, recovery=False)
    target = tmp_path / "new computer" / "mine.ringoff"
    os.makedirs(target.parent)
    done = backup_ops.restore(target, backup, raw, folder=tmp_path / "kept")
    assert done.safety is None and done.key_file_replaced
    assert not (tmp_path / "kept").exists()
    with open_with_passphrase(target):
        pass


def test_a_restore_clock_defaults_to_now(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path)
    backup = backup_ops.make_backup(vault, tmp_path / "b")
    vault.close()
    raw = backup_ops.unlock_backup(backup, vault.path, PASSPHRASE, recovery=False)
    done = backup_ops.restore(vault.path, backup, raw, folder=tmp_path / "k")
    assert done.safety is not None
    info = vault_mod.list_backups(tmp_path / "k", vault.path.stem)[0]
    assert abs(info.made_at - vault_mod.utc_now()) < timedelta(minutes=5)
