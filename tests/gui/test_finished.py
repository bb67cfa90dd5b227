"""The "done when" walk of issue 20: every main screen and dialog, at every text size, on a
1366×768 laptop screen — it fits, every focusable control shows its focus, every text meets
4.5:1, and a Chinese screen shows no English."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ringoff.storage import keys
from ringoff.ui import fit
from ringoff.ui.context import AppContext
from ringoff.ui.main_window import MainWindow

from .conftest import PASSPHRASE
from .screen_checks import english_on
from .walk import dialogs, main_routes

LAPTOP = QRect(0, 0, 1366, 768)
SIZES = ("normal", "large", "larger")


@pytest.fixture
def laptop() -> Iterator[QRect]:
    fit.SCREEN_OVERRIDE = QRect(LAPTOP)
    yield LAPTOP
    fit.SCREEN_OVERRIDE = None


def open_demo(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], lang: str, size: str
) -> MainWindow:
    from ringoff.demo import fill
    from ringoff.storage.vault import create_vault
    from ringoff.ui.lifecycle import attach

    ctx = make_ctx(lang, size)
    vault, _ = create_vault(ctx.session.vault_path, PASSPHRASE, kdf=keys.TEST_KDF, clock=ctx.clock)
    fill(vault, ctx.shipped_catalog, ctx.lang, ctx.today(), recipient=True)
    ctx.session.adopt(vault)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    attach(ctx, window)
    window.start()
    window.show()
    qtbot.waitExposed(window)
    return window


def fits(window: QWidget, screen: QRect) -> list[str]:
    problems = []
    frame = window.frameGeometry()
    if not screen.contains(frame):
        problems.append(f"{window.windowTitle()!r} at {frame.getRect()} leaves the screen")
    hint = window.minimumSize().expandedTo(window.minimumSizeHint())
    if hint.width() > screen.width() or hint.height() > screen.height():
        problems.append(f"{window.windowTitle()!r} cannot be smaller than {hint.toTuple()}")
    return problems


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("size", SIZES)
def test_every_screen_and_dialog_fits_a_laptop(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], laptop: QRect, size: str
) -> None:
    window = open_demo(qtbot, make_ctx, "zh_CN" if size == "larger" else "en", size)
    problems = fits(window, laptop)
    for route in main_routes(window):
        window.go(route)
        settle()
        problems += [f"{route[0]}: {p}" for p in fits(window, laptop)]
    for name, make in dialogs().items():
        dialog = make(window)
        dialog.show()
        settle()
        problems += [f"{name}: {p}" for p in fits(dialog, laptop)]
        dialog.close()
    assert problems == []


def test_the_first_window_fits_at_the_largest_text(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], laptop: QRect
) -> None:
    ctx = make_ctx("en", "larger")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.start()
    window.show()
    settle()
    assert fits(window, laptop) == []
    assert window.width() > 1000  # clamped, not shrunk to nothing


def test_a_dialog_taller_than_the_screen_scrolls(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], laptop: QRect
) -> None:
    from PySide6.QtWidgets import QDialog, QPushButton, QScrollArea, QVBoxLayout

    from ringoff.ui.widgets import para

    make_ctx("en", "larger")
    dialog = QDialog()
    qtbot.addWidget(dialog)
    lay = QVBoxLayout(dialog)
    for i in range(40):
        lay.addWidget(para(f"Line {i} of a long explanation"))
    ok = QPushButton("OK")
    lay.addWidget(ok)
    dialog.show()
    settle()
    assert fits(dialog, laptop) == []
    scroll = dialog.findChild(QScrollArea)
    assert scroll is not None and scroll.widget().isAncestorOf(ok)


def test_chinese_screens_show_no_english(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], laptop: QRect
) -> None:
    window = open_demo(qtbot, make_ctx, "zh_CN", "normal")
    # Names are names: "WhatsApp" is what the app is called in China too, and the language
    # list names English in English.
    names = (*(service.name("zh_CN") for service in window.ctx.catalog), "English")
    found = []
    for route in main_routes(window):
        window.go(route)
        settle()
        found += [f"{route[0]}: {t}" for t in english_on(window, names)]
    for name, make in dialogs().items():
        dialog = make(window)
        dialog.show()
        settle()
        found += [f"{name}: {t}" for t in english_on(dialog, names)]
        dialog.close()
    assert found == []


def test_text_size_is_chosen_on_the_first_screen(
    qtbot: QtBot, make_ctx: Callable[..., AppContext]
) -> None:
    from PySide6.QtWidgets import QRadioButton

    ctx = make_ctx("en", "normal")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.start()
    window.show()
    before = QApplication.font().pointSizeF()
    page = window.current_page()
    larger = next(r for r in page.findChildren(QRadioButton) if r.property("text_size") == "larger")
    larger.click()
    assert ctx.settings["text_size"] == "larger"
    assert QApplication.font().pointSizeF() == pytest.approx(before * 1.6)
    # Rebuilt at the new size, with the focus on the size chosen.
    focused = window.focusWidget()
    assert isinstance(focused, QRadioButton) and focused.property("text_size") == "larger"


def test_command_line_starts_with_a_text_size(monkeypatch: pytest.MonkeyPatch) -> None:
    from ringoff import app, cli

    seen: dict[str, object] = {}
    monkeypatch.setattr(app, "run", lambda **kwargs: seen.update(kwargs) or 0)
    assert cli.main(["--text-size", "larger"]) == 0
    assert seen["text_size"] == "larger"
