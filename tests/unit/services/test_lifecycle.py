"""The lifecycle's half that shows nothing, without a window: idle, sleep and screen lock lock the
session (as the person chose), settings are followed at once, a copied secret is cleared."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.vaults import FakeClock, make_vault
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from ringoff.services.autolock import IdleWatcher
from ringoff.services.lifecycle import SessionLifecycle
from ringoff.services.lock_base import LockSignals
from ringoff.services.session import Session
from ringoff.storage import keys
from ringoff.storage.settings import Settings


class FakeSignals(LockSignals):
    pass


@pytest.fixture
def parts(tmp_path: Path, qapp: object) -> Iterator[tuple[Session, Settings]]:
    clock = FakeClock()
    vault, _ = make_vault(tmp_path, clock=clock)
    session = Session(vault.path, clock=clock, kdf=keys.TEST_KDF)
    session.adopt(vault)
    settings = Settings(tmp_path / "settings.json")
    yield session, settings
    if session.is_unlocked:
        session.lock("manual")


def test_idle_sleep_and_the_screen_lock_lock_the_session(parts: tuple[Session, Settings]) -> None:
    session, settings = parts
    watcher = IdleWatcher(5)
    signals = FakeSignals()
    life = SessionLifecycle(session, settings, watcher=watcher, signals=signals)
    life.begin()
    assert watcher.active  # already unlocked: watching from the start
    signals.screen_locked.emit()
    assert not session.is_unlocked and "screen locked" in str(session.last_lock_reason)
    assert not watcher.active  # nothing to watch while locked


def test_the_person_may_choose_not_to_lock_on_sleep(parts: tuple[Session, Settings]) -> None:
    session, settings = parts
    signals = FakeSignals()
    life = SessionLifecycle(session, settings, watcher=IdleWatcher(5), signals=signals)
    settings.set("lock_on_sleep", False)
    life.on_setting("lock_on_sleep")
    signals.sleeping.emit()
    signals.screen_locked.emit()
    assert session.is_unlocked and life.watcher.lock_on_sleep is False
    settings.set("autolock_minutes", 30)
    life.on_setting("autolock_minutes")
    assert life.watcher.minutes == 30
    life.watcher.idle.emit(30)
    assert not session.is_unlocked


def test_a_copied_secret_is_cleared_unless_replaced(
    qtbot: QtBot, parts: tuple[Session, Settings]
) -> None:
    session, settings = parts
    life = SessionLifecycle(session, settings, watcher=IdleWatcher(5), signals=None)
    assert life.lock_signals is None
    clipboard = QGuiApplication.clipboard()
    life.copy_sensitive("recovery words")
    assert clipboard.text() == "recovery words"
    life._clipboard_timer.timeout.emit()  # the configured seconds have passed
    assert clipboard.text() == ""
    life.copy_sensitive("recovery words")
    clipboard.setText("something the person copied since")
    life._clipboard_timer.timeout.emit()
    assert clipboard.text() == "something the person copied since"


def test_input_to_any_of_the_app_s_windows_counts_as_use(qtbot: QtBot) -> None:
    """Key presses and clicks reach a window (QWindow) first: the watcher sees those of the
    main window and of a dialog opened later, and no other event (layouts, paints)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout

    now = [0.0]
    watcher = IdleWatcher(5, monotonic=lambda: now[0], wall=lambda: now[0])
    watcher.start()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    watcher.watch(app)
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    assert QTest.qWaitForWindowActive(field)
    now[0] = 10.0
    QTest.keyClick(field.windowHandle(), Qt.Key.Key_A)  # as the window system delivers it
    assert watcher._last_use == 10.0 and field.text() == "a"
    now[0] = 20.0
    QApplication.sendEvent(field, QEvent(QEvent.Type.LayoutRequest))
    field.update()
    qtbot.wait(20)
    assert watcher._last_use == 10.0  # not use
    dialog = QDialog()
    qtbot.addWidget(dialog)
    QVBoxLayout(dialog).addWidget(QLineEdit())
    dialog.show()
    assert QTest.qWaitForWindowActive(dialog)
    now[0] = 30.0
    QTest.mouseClick(dialog.windowHandle(), Qt.MouseButton.LeftButton)
    assert watcher._last_use == 30.0
    now[0] = 30.0 + 5 * 60
    watcher.check()
    assert not watcher.active  # five minutes without use: locked
