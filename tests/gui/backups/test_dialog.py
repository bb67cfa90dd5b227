"""Backups: the list in words, a backup now, restoring after seeing what a backup holds (also
while locked), and moving to another computer with one transfer file."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ringoff.storage import keys
from ringoff.storage import vault as vault_mod
from ringoff.ui.backups import BackupsDialog, ImportTransferDialog
from ringoff.ui.context import AppContext
from ringoff.ui.history import when_text
from ringoff.ui.main_window import MainWindow
from ringoff.ui.settings_page import SettingsPage
from ringoff.ui.unlock import UnlockPage

from ..conftest import PASSPHRASE, FakeClock


def _dialog(demo_window: MainWindow) -> BackupsDialog:
    demo_window.go(("settings",))
    page = demo_window.current_page()
    assert isinstance(page, SettingsPage)
    page.backups_button.click()
    dialog = page.dialog
    assert isinstance(dialog, BackupsDialog)
    assert dialog.isVisible()
    return dialog


def test_the_list_and_a_backup_now(qtbot: QtBot, demo_window: MainWindow, clock: FakeClock) -> None:
    ctx = demo_window.ctx
    dialog = _dialog(demo_window)
    # The automatic backup made when the window started.
    rows = dialog.rows()
    assert len(rows) == 1
    assert rows[0][0] == when_text(clock.now, ctx.today())
    assert rows[0][1] == "Automatic"
    assert re.fullmatch(r"\d+ (bytes|kB|MB)", rows[0][2])
    clock.now += timedelta(minutes=5)
    made = dialog.backup_now()
    assert made is not None
    infos = vault_mod.list_backups(made.parent, ctx.session.vault_path.stem)
    assert [(i.tag, i.made_at) for i in infos] == [
        ("manual", clock.now),
        ("", clock.now - timedelta(minutes=5)),
    ]
    assert keys.key_file_path(made).exists()
    rows = dialog.rows()
    assert [r[1] for r in rows] == ["Made by you", "Automatic"]
    assert rows[0][0] == when_text(clock.now, ctx.today())
    assert "A backup was made" in dialog.status.text()
    # A manual backup is never pruned by the automatic ones.
    vault_mod.prune_backups(made.parent, ctx.session.vault_path.stem, keep=0)
    assert made.exists()


def test_restore_shows_what_it_holds_before_replacing(
    qtbot: QtBot, demo_window: MainWindow, clock: FakeClock
) -> None:
    ctx = demo_window.ctx
    path = ctx.session.vault_path
    ctx.session.write(lambda v: v.add_person("Added after the backup"))
    dialog = _dialog(demo_window)
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.restore_panel.isVisible()
    dialog.secret.passphrase.setText("wrong passphrase")
    with qtbot.waitSignal(dialog.worker.done, timeout=10_000):
        qtbot.keyClick(dialog.secret.passphrase, Qt.Key.Key_Return)
    assert "not right" in dialog.restore_error.text()
    assert not dialog.confirm_row.isVisibleTo(dialog)
    dialog.secret.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.worker.done, timeout=10_000):
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    summary = dialog.summary_label.text()
    assert "people: 2, numbers: 2, accounts: 15" in summary
    assert "Last change: " + when_text(clock.now, ctx.today()) in summary
    assert dialog.confirm_row.isVisibleTo(dialog)
    # Nothing was replaced yet.
    assert ctx.session.is_unlocked
    assert "Added after the backup" in [p.name for p in ctx.session.vault.people()]
    # "Keep what I have" goes back without touching anything.
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert not dialog.restore_panel.isVisible()
    assert ctx.session.is_unlocked

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    dialog.secret.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.worker.done, timeout=10_000):
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    assert not ctx.session.is_unlocked
    assert not dialog.isVisible()
    page = demo_window.current_page()
    assert isinstance(page, UnlockPage)
    assert "was restored" in page.reason.text()
    assert page.reason.isVisibleTo(page)
    # The replaced information is kept as a "before-restore" backup.
    infos = vault_mod.list_backups(vault_mod.default_backups_dir(path), path.stem)
    assert "before-restore" in [i.tag for i in infos]
    page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(ctx.session.unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert sorted(p.name for p in ctx.session.vault.people()) == ["Dad", "Me"]


def test_restore_with_the_recovery_key_while_locked(qtbot: QtBot, demo_window: MainWindow) -> None:
    ctx = demo_window.ctx
    path = ctx.session.vault_path
    raw = vault_mod.unlock_with_passphrase(path, PASSPHRASE)
    ctx.session.write(lambda v: v.add_person("Added after the backup"))
    ctx.session.lock("manual")
    dialog = _dialog(demo_window)
    assert not dialog.backup_button.isEnabled()
    assert not dialog.move_button.isVisible()
    dialog.ask_restore()
    dialog.secret.toggle()
    assert dialog.secret.using_recovery
    dialog.secret.recovery.setText(keys.format_recovery_key(raw).lower())
    with qtbot.waitSignal(dialog.worker.done, timeout=10_000):
        dialog.check_backup()
    assert "people: 2" in dialog.summary_label.text()
    dialog.restore()
    assert isinstance(demo_window.current_page(), UnlockPage)
    reopened = vault_mod.open_vault(path, raw)
    try:
        assert sorted(p.name for p in reopened.people()) == ["Dad", "Me"]
    finally:
        reopened.close()


def test_move_to_another_computer(
    qtbot: QtBot, demo_window: MainWindow, make_ctx: Callable[..., AppContext], tmp_path: Path
) -> None:
    ctx = demo_window.ctx
    dialog = _dialog(demo_window)
    target = tmp_path / "usb" / "Ringoff move"
    made = dialog.export_to(target)
    assert made is not None and made.name == "Ringoff move.ringoff-transfer"
    assert "Copy this file to the other computer" in dialog.status.text()

    # The new computer: no vault yet; Settings offers to bring the information in.
    new_ctx = make_ctx(vault_name="new computer.vault")
    assert not new_ctx.session.exists
    window = MainWindow(new_ctx)
    qtbot.addWidget(window)
    window.start()
    window.go(("settings",))
    page = window.current_page()
    assert isinstance(page, SettingsPage)
    page.import_button.click()
    importer = page.dialog
    assert isinstance(importer, ImportTransferDialog)
    qtbot.mouseClick(importer.import_button, Qt.MouseButton.LeftButton)
    assert "choose the transfer file" in importer.error.text()
    importer.set_file(made)
    importer.secret.passphrase.setText("not it")
    with qtbot.waitSignal(importer.worker.done, timeout=10_000):
        qtbot.mouseClick(importer.import_button, Qt.MouseButton.LeftButton)
    assert "not right" in importer.error.text()
    assert not new_ctx.session.exists
    importer.secret.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(importer.worker.done, timeout=10_000):
        qtbot.mouseClick(importer.import_button, Qt.MouseButton.LeftButton)
    assert importer.imported
    assert new_ctx.session.exists
    unlock = window.current_page()
    assert isinstance(unlock, UnlockPage)
    assert "from the other computer" in unlock.reason.text()
    unlock.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(new_ctx.session.unlocked, timeout=10_000):
        qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    assert [p.name for p in new_ctx.session.vault.people()] == [
        p.name for p in ctx.session.vault.people()
    ]
    new_ctx.session.lock("manual")


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_size_and_kind_words(qtbot: QtBot, make_ctx: Callable[..., AppContext], lang: str) -> None:
    ctx = make_ctx(lang=lang)
    dialog = BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.rows() == []
    assert dialog.empty.isVisibleTo(dialog)
    assert dialog.kind_text("manual")
    assert dialog.kind_text("something-new") == "something-new"


def test_a_backup_at_lock_holds_the_days_work(
    qtbot: QtBot, demo_window: MainWindow, clock: FakeClock
) -> None:
    """Issue 15: only the vault made at creation was backed up in a day of work."""
    ctx = demo_window.ctx
    path = ctx.session.vault_path
    folder = vault_mod.default_backups_dir(path)
    assert len(vault_mod.list_backups(folder, path.stem)) == 1  # the one made at unlock
    clock.now += timedelta(hours=2)
    ctx.session.write(lambda v: v.add_person("The afternoon's work"))
    raw = ctx.session.vault.key_in_force()
    ctx.session.lock("manual")
    infos = vault_mod.list_backups(folder, path.stem)
    assert infos[0].made_at == clock.now
    assert vault_mod.read_backup_summary(infos[0].path, raw).people == 3
    # Locking again with nothing new makes no other backup.
    clock.now += timedelta(hours=2)
    demo_window.ctx.session.unlock_with_passphrase(PASSPHRASE)
    qtbot.waitUntil(lambda: ctx.session.is_unlocked, timeout=10_000)
    count = len(vault_mod.list_backups(folder, path.stem))
    ctx.session.lock("manual")
    assert len(vault_mod.list_backups(folder, path.stem)) == count


def test_the_window_says_when_the_last_backup_was_and_warns_about_the_same_disk(
    qtbot: QtBot, demo_window: MainWindow, clock: FakeClock
) -> None:
    dialog = _dialog(demo_window)
    assert dialog.last_label.text() == f"Last backup: {when_text(clock.now, dialog.ctx.today())}."
    assert dialog.same_disk.isVisibleTo(dialog)  # tests keep both in one temporary folder
    assert "USB stick" in dialog.same_disk.text()


def test_restore_from_a_file_of_another_vault_asks_and_says_where_the_copy_went(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    ctx = demo_window.ctx
    (tmp_path / "elsewhere").mkdir()
    other, _ = vault_mod.create_vault(
        tmp_path / "elsewhere" / "other.vault", "their own passphrase", kdf=keys.TEST_KDF
    )
    other.add_person("Someone else")
    stick = tmp_path / "stick"
    stick.mkdir()
    backup = other.backup_to(stick / "theirs.ringoff-backup")
    other.close()
    dialog = _dialog(demo_window)
    assert dialog.file_button.text() == "Restore from a file…"
    dialog.restore_file(backup)
    assert dialog.restore_panel.isVisible()
    dialog.secret.passphrase.setText("their own passphrase")
    with qtbot.waitSignal(dialog.worker.done, timeout=10_000):
        dialog.check_backup()
    assert "belongs to a different vault" in dialog.summary_label.text()
    assert "people: 1" in dialog.summary_label.text()
    assert dialog.replace_button.text() == "Replace with it anyway"
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    page = demo_window.current_page()
    assert isinstance(page, UnlockPage)
    folder = vault_mod.default_backups_dir(ctx.session.vault_path)
    assert f"kept as a backup in {folder}" in page.reason.text()
    assert "you used for that backup" in page.reason.text()
    page.passphrase.setText("their own passphrase")
    with qtbot.waitSignal(ctx.session.unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert [p.name for p in ctx.session.vault.people()] == ["Someone else"]
