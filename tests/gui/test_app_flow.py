"""The journeys of issue 3 through the real widgets: first start, unlock, lock, language."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ringoff.ui.context import AppContext
from ringoff.ui.first_start import FirstStartPage
from ringoff.ui.home import HomePage
from ringoff.ui.lifecycle import attach
from ringoff.ui.main_window import MainWindow
from ringoff.ui.unlock import UnlockPage

from .conftest import PASSPHRASE


def test_first_start_to_home(qtbot: QtBot, make_ctx: Callable[..., AppContext]) -> None:
    ctx = make_ctx()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.start()
    page = window.current_page()
    assert isinstance(page, FirstStartPage)
    qtbot.mouseClick(page.language_next, Qt.MouseButton.LeftButton)
    assert page.step() == 1
    page.pass1.setText("123456")
    page.pass2.setText("123456")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.pass_error.isVisibleTo(page)
    assert "common" in page.pass_error.text()
    assert not ctx.session.vault_path.exists()
    page.pass1.setText(PASSPHRASE)
    page.pass2.setText(PASSPHRASE)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.step() == 2, timeout=10_000)
    assert ctx.session.is_unlocked
    key = page.key_label.text()
    assert len(key.replace(" ", "")) == 56
    assert not page.finish_button.isEnabled()
    page.kept.setChecked(True)
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.current_page(), HomePage)
    # The recovery key is not kept on screen once the user goes on.
    assert page.recovery_key == ""


def _locked_window(
    qtbot: QtBot, make_ctx: Callable[..., AppContext]
) -> tuple[AppContext, MainWindow, str]:
    from ringoff.storage import keys
    from ringoff.storage.vault import create_vault

    ctx = make_ctx()
    vault, recovery = create_vault(ctx.session.vault_path, PASSPHRASE, kdf=keys.TEST_KDF)
    vault.close()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    attach(ctx, window)
    window.start()
    return ctx, window, recovery


def test_wrong_passphrase_then_unlock(qtbot: QtBot, make_ctx: Callable[..., AppContext]) -> None:
    ctx, window, _ = _locked_window(qtbot, make_ctx)
    page = window.current_page()
    assert isinstance(page, UnlockPage)
    before = ctx.session.vault_path.read_bytes()
    page.passphrase.setText("not the passphrase")
    with qtbot.waitSignal(ctx.session.unlock_failed, timeout=10_000):
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert page.error.isVisibleTo(page)
    assert "not right" in page.error.text()
    assert ctx.session.vault_path.read_bytes() == before
    page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(ctx.session.unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert isinstance(window.current_page(), HomePage)


def test_the_busy_bar_waits_for_a_slow_unlock(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Animating the bar slowed the key derivation itself; the button answers at once."""
    from ringoff.services.session import Session
    from ringoff.ui import unlock

    _, window, _ = _locked_window(qtbot, make_ctx)
    page = window.current_page()
    assert isinstance(page, UnlockPage)
    working = [True]
    monkeypatch.setattr(Session, "working", property(lambda self: working[0]))
    page._on_busy(True)  # a slow machine: still deriving after the delay
    assert page.unlock_button.text() == "Unlocking…" and not page.unlock_button.isEnabled()
    assert not page.busy_bar.isVisibleTo(page)
    qtbot.waitUntil(lambda: page.busy_bar.isVisibleTo(page), timeout=unlock.BUSY_BAR_AFTER_MS * 5)
    working[0] = False
    page._on_busy(False)
    assert not page.busy_bar.isVisibleTo(page) and page.unlock_button.isEnabled()
    working[0] = True
    page._on_busy(True)  # a quick one: done before the delay, the bar never shows
    working[0] = False
    page._on_busy(False)
    qtbot.wait(unlock.BUSY_BAR_AFTER_MS + 200)
    assert not page.busy_bar.isVisibleTo(page)


def test_recovery_key_unlock(qtbot: QtBot, make_ctx: Callable[..., AppContext]) -> None:
    ctx, window, recovery = _locked_window(qtbot, make_ctx)
    page = window.current_page()
    assert isinstance(page, UnlockPage)
    qtbot.mouseClick(page.switch_button, Qt.MouseButton.LeftButton)
    assert page.recovery_box.isVisibleTo(page)
    page.recovery.setText(recovery.lower().replace("-", " "))
    with qtbot.waitSignal(ctx.session.unlocked, timeout=10_000):
        qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.current_page(), HomePage)


def test_inactivity_locks_and_says_why(qtbot: QtBot, demo_window: MainWindow) -> None:
    ctx = demo_window.ctx
    watcher = demo_window.lifecycle.watcher  # type: ignore[attr-defined]
    now = [1000.0]
    watcher._monotonic = lambda: now[0]
    watcher._wall = lambda: now[0]
    watcher.start()
    now[0] += 9 * 60
    watcher.check()
    assert ctx.session.is_unlocked
    now[0] += 2 * 60
    watcher.check()
    assert not ctx.session.is_unlocked
    page = demo_window.current_page()
    assert isinstance(page, UnlockPage)
    assert "10 minutes" in page.reason.text()


def test_sleep_locks(qtbot: QtBot, demo_window: MainWindow) -> None:
    watcher = demo_window.lifecycle.watcher  # type: ignore[attr-defined]
    mono, wall = [1000.0], [5000.0]
    watcher._monotonic = lambda: mono[0]
    watcher._wall = lambda: wall[0]
    watcher.start()
    mono[0] += 5
    wall[0] += 3600  # the wall clock ran on while the machine slept
    watcher.check()
    assert not demo_window.ctx.session.is_unlocked
    assert "slept" in demo_window.current_page().reason.text()  # type: ignore[attr-defined]


def test_home_cards_mask_numbers(qtbot: QtBot, demo_window: MainWindow) -> None:
    page = demo_window.current_page()
    assert isinstance(page, HomePage)
    card = page.cards[0]
    assert "****" in card.number_label.text()
    qtbot.mouseClick(card.reveal_button, Qt.MouseButton.LeftButton)
    assert "****" not in card.number_label.text()
    assert card.main_button.text().startswith("Continue with")


def test_language_switch_rebuilds_in_chinese(qtbot: QtBot, demo_window: MainWindow) -> None:
    demo_window.ctx.set_setting("language", "zh_CN")
    page = demo_window.current_page()
    assert isinstance(page, HomePage)
    assert demo_window.ctx.lang == "zh_CN"


def test_a_command_holding_the_vault_is_not_called_a_window(
    qtbot: QtBot, make_ctx: Callable[..., AppContext]
) -> None:
    """Issue 23: while ``ringoff list`` holds the vault, the window says so in plain words."""
    from helpers.holder import held_by

    from ringoff.storage import lockfile

    ctx, window, _ = _locked_window(qtbot, make_ctx)
    page = window.current_page()
    assert isinstance(page, UnlockPage)
    with held_by(ctx.session.vault_path, lockfile.COMMAND, "list"):
        page.passphrase.setText(PASSPHRASE)
        with qtbot.waitSignal(ctx.session.unlock_failed, timeout=10_000):
            qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
        assert page.error.isVisibleTo(page)
        assert "“ringoff list”" in page.error.text()
        assert "window" not in page.error.text()
    with qtbot.waitSignal(ctx.session.unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert isinstance(window.current_page(), HomePage)
