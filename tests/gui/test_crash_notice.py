"""After a crash, the next start says so plainly, reassures, and offers safe details."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from ringoff.services.translations import set_language
from ringoff.ui.errors import show_previous_crash

FAULT = (
    "Fatal Python error: none_dealloc: deallocating None\n"
    "Python runtime state: initialized\n\n"
    "Current thread 0x00007f (most recent call first):\n"
    '  File "/home/wangfang/Ringoff/app/ringoff/ui/number_page.py", line 120 in data\n'
    '  File "/home/wangfang/Ringoff/app/ringoff/app.py", line 88 in run\n'
)


def test_the_notice_reassures_and_copies_safe_details(qtbot: QtBot) -> None:
    box = show_previous_crash(None, "1/12/2026 09:00", FAULT)
    qtbot.addWidget(box)
    assert box.isVisible() and not box.isModal()
    assert "closed unexpectedly" in box.text() and "1/12/2026 09:00" in box.text()
    assert "Nothing was lost" in box.informativeText()
    copy = next(b for b in box.findChildren(QPushButton) if b.text() == "Copy details")
    copy.click()
    copied = QGuiApplication.clipboard().text()
    assert "none_dealloc" in copied
    assert "ringoff/ui/number_page.py:120 in data" in copied
    assert "wangfang" not in copied


def test_without_a_stack_there_is_nothing_to_copy(qtbot: QtBot) -> None:
    box = show_previous_crash(None, "", "")
    qtbot.addWidget(box)
    assert [b.text() for b in box.buttons()] == ["OK"]
    assert box.standardButtons() == QMessageBox.StandardButton.NoButton


def test_in_chinese(qtbot: QtBot) -> None:
    set_language("zh_CN")
    try:
        box = show_previous_crash(None, "", "")
        qtbot.addWidget(box)
        assert "号码解绑助手" in box.text()
        assert "什么都没有丢失" in box.informativeText()
    finally:
        set_language("en")


def test_an_uncaught_error_in_a_slot_shows_the_bug_dialog(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The hook itself once raised (QGuiApplication has no activeWindow), so no dialog came."""
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    from ringoff.ui import errors

    shown: list[tuple[object, int]] = []
    monkeypatch.setattr(errors.BugDialog, "exec", lambda self: shown.append((self.parent(), 0)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    errors.install_excepthook()
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)

    def broken_slot() -> None:
        raise ValueError("a bug in a slot")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    assert shown == [(window, 0)]  # over the window the person was using
