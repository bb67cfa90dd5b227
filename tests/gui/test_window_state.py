"""The main window opens as it was closed: maximised stays maximised, a moved and resized
window comes back where it was, and nothing of it can push the window off the screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt
from pytestqt.qtbot import QtBot

from ringoff.storage.settings import Settings
from ringoff.ui.context import AppContext
from ringoff.ui.main_window import MainWindow
from ringoff.ui.screen import available


def _window(ctx: AppContext, qtbot: QtBot) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    return window


def test_a_maximised_window_opens_maximised(
    make_ctx: Callable[..., AppContext], qtbot: QtBot
) -> None:
    ctx = make_ctx()
    first = _window(ctx, qtbot)
    first.show()
    first.showMaximized()
    qtbot.waitUntil(lambda: bool(first.windowState() & Qt.WindowState.WindowMaximized))
    first.close()
    assert Settings(ctx.settings.path)["window_geometry"]  # saved in the settings file

    second = _window(ctx, qtbot)
    second.show()
    assert second.windowState() & Qt.WindowState.WindowMaximized


def test_a_normal_window_comes_back_where_it_was(
    make_ctx: Callable[..., AppContext], qtbot: QtBot
) -> None:
    ctx = make_ctx()
    first = _window(ctx, qtbot)
    first.show()
    area = available(first)
    wanted = QRect(area.x() + 40, area.y() + 30, area.width() // 2, area.height() // 2)
    first.setGeometry(wanted)
    qtbot.waitUntil(lambda: first.geometry().size() == wanted.size())
    first.close()

    second = _window(ctx, qtbot)
    second.show()
    assert not second.windowState() & Qt.WindowState.WindowMaximized
    assert second.geometry().size() == wanted.size()
    assert area.contains(second.frameGeometry().topLeft())


def test_a_damaged_saved_geometry_is_ignored(
    make_ctx: Callable[..., AppContext], qtbot: QtBot
) -> None:
    ctx = make_ctx()
    ctx.settings.set("window_geometry", "not base64 at all %%%")
    window = _window(ctx, qtbot)
    window.show()
    assert available(window).contains(window.frameGeometry().topLeft())
