"""The settings page: built from the declared list, saved at once, alive across rebuilds;
start at login; your name in the history; passphrase, recovery key and Emergency Kit."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from ringoff.services import autostart
from ringoff.storage import keys
from ringoff.storage import vault as vault_mod
from ringoff.storage.settings import SETTINGS, Settings
from ringoff.ui.context import AppContext
from ringoff.ui.main_window import MainWindow
from ringoff.ui.security import ChangePassphraseDialog, NewRecoveryKeyDialog, PrintKitDialog
from ringoff.ui.settings_page import SettingsPage

from .conftest import PASSPHRASE


@pytest.fixture
def fake_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "login home"

    def place() -> tuple[str, Path, Mapping[str, str]]:
        return "linux", home, {}

    monkeypatch.setattr(autostart, "this_computer", place)
    return home


def _open_settings(qtbot: QtBot, window: MainWindow) -> SettingsPage:
    window.go(("settings",))
    page = window.current_page()
    assert isinstance(page, SettingsPage)
    return page


def _labels(page: SettingsPage) -> list[str]:
    return [w.text() for w in page.findChildren(QLabel) if w.isVisibleTo(page)]


def test_every_declared_setting_has_its_widget(
    qtbot: QtBot, demo_window: MainWindow, fake_home: Path
) -> None:
    page = _open_settings(qtbot, demo_window)
    kinds = {"choice": QComboBox, "int": QSpinBox, "bool": QCheckBox, "path": QLineEdit}
    durations = {"autolock_minutes", "clipboard_seconds"}  # plain choices, not spin boxes
    assert set(page.controls) == {s.key for s in SETTINGS}
    labels = " ".join(_labels(page))
    for s in SETTINGS:
        kind = QComboBox if s.key in durations else kinds[s.kind]
        assert isinstance(page.controls[s.key], kind), s.key
        assert page.controls[s.key].accessibleName(), s.key
        assert s.help.source in labels, s.key
        if s.kind != "bool":
            assert s.label.source in labels, s.key
    lock = page.controls["autolock_minutes"]
    assert isinstance(lock, QComboBox)
    assert lock.currentData() == demo_window.ctx.settings["autolock_minutes"]
    words = [lock.itemText(i) for i in range(lock.count())]
    assert words[0] == "After 1 minute" and "After 10 minutes" in words
    assert words[-1] == "Never (not recommended)"  # a choice of its own, last
    clip = page.controls["clipboard_seconds"]
    assert isinstance(clip, QComboBox)
    assert "After 30 seconds" in [clip.itemText(i) for i in range(clip.count())]


def test_never_is_not_one_key_below_one_minute(
    qtbot: QtBot, demo_window: MainWindow, fake_home: Path
) -> None:
    page = _open_settings(qtbot, demo_window)
    lock = page.controls["autolock_minutes"]
    assert isinstance(lock, QComboBox)
    lock.setCurrentIndex(lock.findData(1))
    lock.setFocus()
    qtbot.keyClick(lock, Qt.Key.Key_Up)  # past the first choice: nothing wraps round
    assert lock.currentData() == 1
    assert demo_window.ctx.settings["autolock_minutes"] == 1
    warning = page.warnings["autolock_minutes"]
    assert not warning.isVisibleTo(page)
    lock.setCurrentIndex(lock.findData(0))
    assert demo_window.ctx.settings["autolock_minutes"] == 0
    assert warning.isVisibleTo(page) and "lock it yourself" in warning.text()


def test_changes_are_saved_at_once(qtbot: QtBot, demo_window: MainWindow, fake_home: Path) -> None:
    ctx = demo_window.ctx
    page = _open_settings(qtbot, demo_window)
    lock = page.controls["autolock_minutes"]
    assert isinstance(lock, QComboBox)
    lock.setCurrentIndex(lock.findData(30))
    sleep = page.controls["lock_on_sleep"]
    assert isinstance(sleep, QCheckBox)
    qtbot.mouseClick(sleep, Qt.MouseButton.LeftButton)
    folder = ctx.locations.data_dir / "my backups"
    page.set_path("backups_dir", str(folder))
    # A fresh read of the file: what is on disk, not what is in memory.
    again = Settings(ctx.locations.settings_file)
    assert again["autolock_minutes"] == 30
    assert again["lock_on_sleep"] is False
    assert again["backups_dir"] == str(folder)
    # The lifecycle follows the new auto-lock time at once.
    assert demo_window.lifecycle.watcher.minutes == 30  # type: ignore[attr-defined]
    assert page.status.text() == "Saved."


def test_language_change_rebuilds_and_the_page_stays(
    qtbot: QtBot, demo_window: MainWindow, fake_home: Path
) -> None:
    ctx = demo_window.ctx
    page = _open_settings(qtbot, demo_window)
    combo = page.controls["language"]
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("zh_CN"))
    new_page = demo_window.current_page()
    assert isinstance(new_page, SettingsPage)
    assert new_page is not page
    assert demo_window.route == ("settings",)
    assert ctx.lang == "zh_CN"
    assert Settings(ctx.locations.settings_file)["language"] == "zh_CN"
    new_combo = new_page.controls["language"]
    assert isinstance(new_combo, QComboBox)
    assert new_combo.currentData() == "zh_CN"
    assert demo_window.focusWidget() is new_combo
    # Text size, too: the page is rebuilt at the new size and keeps its values.
    size = new_page.controls["text_size"]
    assert isinstance(size, QComboBox)
    size.setCurrentIndex(size.findData("large"))
    third = demo_window.current_page()
    assert isinstance(third, SettingsPage)
    size3 = third.controls["text_size"]
    assert isinstance(size3, QComboBox)
    assert size3.currentData() == "large"
    assert demo_window.focusWidget() is size3
    # The vault parts are still there after the rebuilds.
    assert third.actor.isVisibleTo(third)


def test_works_while_locked_without_the_vault_parts(
    qtbot: QtBot, demo_window: MainWindow, fake_home: Path
) -> None:
    ctx = demo_window.ctx
    ctx.session.lock("manual")
    page = _open_settings(qtbot, demo_window)
    assert demo_window.route == ("settings",)
    assert not hasattr(page, "actor")
    assert not hasattr(page, "passphrase_button")
    assert "Unlock Ringoff to change your name" in " ".join(_labels(page))
    combo = page.controls["text_size"]
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("larger"))
    assert ctx.settings["text_size"] == "larger"
    assert isinstance(demo_window.current_page(), SettingsPage)


def test_start_at_login_writes_and_removes_the_entry(
    qtbot: QtBot, demo_window: MainWindow, fake_home: Path
) -> None:
    ctx = demo_window.ctx
    page = _open_settings(qtbot, demo_window)
    box = page.controls["start_at_login"]
    assert isinstance(box, QCheckBox)
    assert not box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert autostart.is_installed("linux", fake_home, {})
    entry = autostart.autostart_path("linux", fake_home, {}).read_text("utf-8")
    assert "agent --vault" in entry
    assert str(ctx.session.vault_path) in entry
    assert ctx.settings["start_at_login"] is True
    # The page shows what is really installed when it is opened again.
    page = _open_settings(qtbot, demo_window)
    box = page.controls["start_at_login"]
    assert isinstance(box, QCheckBox)
    assert box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert not autostart.is_installed("linux", fake_home, {})
    assert ctx.settings["start_at_login"] is False


def test_agent_command_for_source_and_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    path = Path("/data/my vault.vault")
    assert autostart.helper_command(path)[1:] == ["-m", "ringoff", "agent", "--vault", str(path)]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert autostart.helper_command(path)[1:] == ["agent", "--vault", str(path)]


def test_your_name_goes_into_the_history_and_comes_back_after_unlock(
    qtbot: QtBot, demo_window: MainWindow, fake_home: Path
) -> None:
    ctx = demo_window.ctx
    page = _open_settings(qtbot, demo_window)
    page.actor.setText("Wang Fang")
    page.actor.editingFinished.emit()
    assert ctx.session.vault.pref("actor", "") == "Wang Fang"
    ctx.session.write(lambda v: v.add_person("Aunt Li"))
    assert ctx.session.vault.history(limit=1)[0].actor == "Wang Fang"
    # After a lock and an unlock the name is set again without opening Settings.
    ctx.session.lock("manual")
    with qtbot.waitSignal(ctx.session.unlocked, timeout=10_000):
        ctx.session.unlock_with_passphrase(PASSPHRASE)
    assert ctx.session.vault.actor == "Wang Fang"


def _settings_dialog(qtbot: QtBot, demo_window: MainWindow, which: str) -> object:
    page = _open_settings(qtbot, demo_window)
    getattr(page, which).click()
    assert page.dialog is not None
    return page.dialog


def test_change_passphrase(qtbot: QtBot, demo_window: MainWindow, fake_home: Path) -> None:
    ctx = demo_window.ctx
    dialog = _settings_dialog(qtbot, demo_window, "passphrase_button")
    assert isinstance(dialog, ChangePassphraseDialog)
    before_db = ctx.session.vault_path.read_bytes()
    dialog.pass1.setText("123456")
    assert "common" in dialog.hint.text()
    dialog.pass2.setText("123456")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "common" in dialog.error.text() and dialog.error.isVisibleTo(dialog)
    assert dialog.hint.text() == ""  # the same sentence is not shown twice
    new = "Grandma's garden has 3 apple trees"
    dialog.pass1.setText(new)
    assert not dialog.error.isVisibleTo(dialog)  # mending it clears the problem
    assert dialog.hint.text()  # and the advice says how strong it is now
    dialog.pass2.setText(new + "!")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.error.text()
    dialog.pass2.setText(new)
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.changed
    page = demo_window.current_page()
    assert isinstance(page, SettingsPage)
    assert "passphrase was changed" in page.status.text()
    path = ctx.session.vault_path
    assert vault_mod.unlock_with_passphrase(path, new)
    with pytest.raises(vault_mod.WrongSecret):
        vault_mod.unlock_with_passphrase(path, PASSPHRASE)
    # The database itself was not touched.
    assert path.read_bytes() == before_db


def test_install_key_file_refuses_another_vaults_key(demo_ctx: AppContext) -> None:
    vault = demo_ctx.session.vault
    foreign = keys.wrap(keys.new_raw_key(), "x", vault.vault_id, keys.TEST_KDF)
    with pytest.raises(ValueError):
        vault.install_key_file(foreign)
    other_id = vault.rewrap_job("a new passphrase here", keys.TEST_KDF)()
    assert other_id.vault_id == vault.vault_id
    vault.install_key_file(other_id)
    assert vault_mod.unlock_with_passphrase(vault.path, "a new passphrase here")


def test_new_recovery_key(qtbot: QtBot, demo_window: MainWindow, fake_home: Path) -> None:
    ctx = demo_window.ctx
    path = ctx.session.vault_path
    dialog = _settings_dialog(qtbot, demo_window, "rotate_button")
    assert isinstance(dialog, NewRecoveryKeyDialog)
    key_file_before = keys.key_file_path(path).read_bytes()
    dialog.passphrase.setText("wrong passphrase")
    with qtbot.waitSignal(dialog.worker.done, timeout=10_000):
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert "not right" in dialog.error.text()
    assert dialog.step() == 0
    assert keys.key_file_path(path).read_bytes() == key_file_before
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.worker.done, timeout=10_000):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.step() == 1
    shown = dialog.key_label.text()
    assert len(shown.replace(" ", "")) == 56
    raw = keys.parse_recovery_key(shown)
    assert keys.read_key_file(path).matches(raw)
    # Shown, but not in force until the person says they kept it (docs/key-protocol.md).
    assert not ctx.session.vault.opens_with(raw)
    # Escape does not lose the key before it was kept; Done is off until confirmed.
    assert not dialog.finish_button.isEnabled()
    dialog.reject()
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.kit_button, Qt.MouseButton.LeftButton)
    assert dialog.kit is not None and dialog.kit.isVisible()
    pdf = ctx.locations.data_dir / "kit.pdf"
    dialog.kit.save_to(pdf)  # type: ignore[attr-defined]
    assert pdf.read_bytes().startswith(b"%PDF")
    dialog.kit.accept()
    dialog.kept.setChecked(True)
    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.recovery_key == ""
    assert ctx.session.vault.opens_with(raw)
    assert keys.read_key_file(path).pending is None
    page = demo_window.current_page()
    assert isinstance(page, SettingsPage)
    assert "new recovery key" in page.status.text()
    # The new key opens the vault after a lock, and the passphrase still does.
    ctx.session.lock("manual")
    assert vault_mod.unlock_with_recovery_key(path, shown) == raw
    assert vault_mod.unlock_with_passphrase(path, PASSPHRASE) == raw


def test_print_the_kit_again_checks_the_key(
    qtbot: QtBot, demo_window: MainWindow, fake_home: Path, tmp_path: Path
) -> None:
    ctx = demo_window.ctx
    raw = vault_mod.unlock_with_passphrase(ctx.session.vault_path, PASSPHRASE)
    dialog = _settings_dialog(qtbot, demo_window, "kit_button")
    assert isinstance(dialog, PrintKitDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "Please type" in dialog.error.text()
    dialog.recovery.setText(keys.format_recovery_key(keys.new_raw_key()))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "not the recovery key" in dialog.error.text()
    good = keys.format_recovery_key(raw)
    dialog.recovery.setText(good[:-1] + ("0" if good[-1] != "0" else "1"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.kit is None
    dialog.recovery.setText(good.lower().replace("-", " "))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.kit is not None and dialog.kit.isVisible()
    assert good.replace("-", " ") in dialog.kit.html  # type: ignore[attr-defined]
    dialog.kit.accept()


def test_a_lock_closes_the_security_dialogs(
    qtbot: QtBot, demo_window: MainWindow, fake_home: Path
) -> None:
    dialog = _settings_dialog(qtbot, demo_window, "rotate_button")
    assert isinstance(dialog, NewRecoveryKeyDialog)
    assert dialog.isVisible()
    demo_window.ctx.session.lock("manual")
    assert not dialog.isVisible()


def test_a_new_key_shown_but_never_kept_is_undone_and_said_so(
    qtbot: QtBot, demo_window: MainWindow, fake_home: Path
) -> None:
    ctx = demo_window.ctx
    path = ctx.session.vault_path
    before = ctx.session.vault.key_in_force()
    dialog = _settings_dialog(qtbot, demo_window, "rotate_button")
    assert isinstance(dialog, NewRecoveryKeyDialog)
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.worker.done, timeout=10_000):
        dialog.submit()
    assert dialog.step() == 1
    ctx.session.lock("idle", minutes=5)  # the person walked away before "I have kept it"
    ctx.session.unlock_with_passphrase(PASSPHRASE)
    qtbot.waitUntil(lambda: ctx.session.is_unlocked, timeout=10_000)
    assert ctx.session.vault.opens_with(before)
    assert keys.read_key_file(path).pending is None
    box = demo_window.lifecycle.repair_box  # type: ignore[attr-defined]
    assert box.isVisible() and "old recovery key still work" in box.text()
    box.accept()


def test_make_ctx_renders(make_ctx: Callable[..., AppContext]) -> None:
    """The page builds in both languages and sizes before any vault exists (first start)."""
    for lang in ("en", "zh_CN"):
        for size in ("normal", "large"):
            ctx = make_ctx(lang=lang, text_size=size)
            window = MainWindow(ctx)
            page = SettingsPage(ctx, window)
            assert hasattr(page, "import_button")
            page.deleteLater()
            window.deleteLater()
