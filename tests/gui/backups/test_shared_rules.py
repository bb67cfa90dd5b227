"""The backups dialog and the window's automatic backups follow operations/backups, the same
rules as the command line: the chosen folder, a single-file backup, another vault's backup."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ringoff.operations import backups as backup_ops
from ringoff.storage import keys
from ringoff.storage import vault as vault_mod
from ringoff.ui.backups import BackupsDialog, backups_folder
from ringoff.ui.main_window import MainWindow
from ringoff.ui.settings_page import SettingsPage
from ringoff.ui.unlock import UnlockPage

from ..conftest import PASSPHRASE, FakeClock


def _dialog(window: MainWindow) -> BackupsDialog:
    window.go(("settings",))
    page = window.current_page()
    assert isinstance(page, SettingsPage)
    page.backups_button.click()
    dialog = page.dialog
    assert isinstance(dialog, BackupsDialog)
    return dialog


def test_the_chosen_folder_gets_the_automatic_and_the_manual_backups(
    qtbot: QtBot, demo_window: MainWindow, clock: FakeClock, tmp_path: Path
) -> None:
    ctx = demo_window.ctx
    stick = tmp_path / "usb stick"
    ctx.set_setting("backups_dir", str(stick))
    assert backups_folder(ctx) == stick
    clock.now += timedelta(hours=2)
    ctx.session.write(lambda v: v.add_person("Afternoon"))
    ctx.session.lock("manual")  # the backup at lock goes to the chosen folder
    stem = ctx.session.vault_path.stem
    assert [i.made_at for i in vault_mod.list_backups(stick, stem)] == [clock.now]
    ctx.session.unlock_with_passphrase(PASSPHRASE)
    qtbot.waitUntil(lambda: ctx.session.is_unlocked, timeout=10_000)
    assert stick in ctx.session.vault.extra_backups_dirs  # key changes reach it too
    dialog = _dialog(demo_window)
    assert str(stick) in dialog.folder_label.text()
    clock.now += timedelta(minutes=1)
    made = dialog.backup_now()
    assert made is not None and made.parent == stick
    # The list holds both folders: the chosen one and the one beside the vault.
    assert len(dialog.rows()) == len(backup_ops.list_all(ctx.session.vault_path, stick)) == 3


def test_a_single_file_backup_from_the_command_line_restores_with_the_passphrase(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    """`ringoff backup --out FILE` writes no key file; the window opens it as the CLI does."""
    ctx = demo_window.ctx
    single = backup_ops.backup_to_file(ctx.session.vault, tmp_path / "copy.bin")
    assert not keys.key_file_path(single).exists()
    ctx.session.write(lambda v: v.add_person("Added after the copy"))
    dialog = _dialog(demo_window)
    dialog.restore_file(single)
    dialog.secret.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.worker.done, timeout=10_000):
        dialog.check_backup()
    assert not dialog.restore_error.isVisible()
    assert "people: 2" in dialog.summary_label.text()
    assert dialog.replace_button.text() == "Replace with this backup"
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    assert isinstance(demo_window.current_page(), UnlockPage)
    assert "Unlock with your passphrase as usual" in ctx.session.last_lock_reason.render()


def test_another_vaults_backup_is_asked_about_while_locked_too(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    ctx = demo_window.ctx
    (tmp_path / "elsewhere").mkdir()
    other, _ = vault_mod.create_vault(
        tmp_path / "elsewhere" / "other.vault", "their own passphrase", kdf=keys.TEST_KDF
    )
    backup = backup_ops.make_backup(other, tmp_path / "stick")
    other.close()
    ctx.session.lock("manual")
    dialog = _dialog(demo_window)
    dialog.restore_file(backup)
    dialog.secret.passphrase.setText("their own passphrase")
    with qtbot.waitSignal(dialog.worker.done, timeout=10_000):
        dialog.check_backup()
    assert dialog.other_vault
    assert "belongs to a different vault" in dialog.summary_label.text()
    assert dialog.replace_button.text() == "Replace with it anyway"
    dialog.restore()
    assert isinstance(demo_window.current_page(), UnlockPage)
    assert "you used for that backup" in ctx.session.last_lock_reason.render()


def test_the_day_s_backup_at_unlock_waits_until_home_is_painted(
    qtbot: QtBot, demo_window: MainWindow, clock: FakeClock, monkeypatch: object
) -> None:
    """The person sees home first; the copy of the vault (~60 ms for 5,000 accounts) follows."""
    import pytest

    from ringoff.ui import widgets
    from ringoff.ui.widgets import Column

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    ctx = demo_window.ctx
    ctx.session.lock("manual")
    clock.now += timedelta(days=2)  # the newest automatic backup is two days old
    seen: list[tuple[object, bool]] = []
    original = backup_ops.automatic_backup

    def watching(vault: object, folder: Path) -> object:
        page = demo_window.current_page()
        seen.append((demo_window.route, isinstance(page, Column) and page.painted))
        return original(vault, folder)  # type: ignore[arg-type]

    monkeypatch.setattr(backup_ops, "automatic_backup", watching)
    # Only the paint may start it here: a loaded machine can take longer than the fallback.
    monkeypatch.setattr(widgets, "AFTER_PAINT_LATEST_MS", 20_000)
    ctx.session.unlock_with_passphrase(PASSPHRASE)
    qtbot.waitUntil(lambda: bool(seen), timeout=15_000)
    assert seen == [(("home",), True)]
    stem = ctx.session.vault_path.stem
    infos = vault_mod.list_backups(vault_mod.default_backups_dir(ctx.session.vault_path), stem)
    assert clock.now in [i.made_at for i in infos]
