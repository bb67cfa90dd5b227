"""The "done when" walk of issue 20: every main screen and dialog, at every text size, on a
1366×768 laptop screen — it fits, every focusable control shows its focus, every text meets
4.5:1, and a Chinese screen shows no English."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from ringoff.storage import keys
from ringoff.ui import screen, style
from ringoff.ui.context import AppContext
from ringoff.ui.main_window import MainWindow

from .conftest import PASSPHRASE
from .screen_checks import english_on, low_contrast
from .walk import dialogs, main_routes

LAPTOP = QRect(0, 0, 1366, 768)
SIZES = ("normal", "large", "larger")


@pytest.fixture
def laptop(qapp: QApplication) -> Iterator[QRect]:
    style.install_helpers(qapp)  # the app installs them after its first paint
    screen.SCREEN_OVERRIDE = QRect(LAPTOP)
    yield LAPTOP
    screen.SCREEN_OVERRIDE = None


def open_demo(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], lang: str, size: str
) -> MainWindow:
    from ringoff.operations.demo import fill
    from ringoff.storage.vault import create_vault
    from ringoff.ui.lifecycle import attach

    ctx = make_ctx(lang, size)
    vault, _ = create_vault(ctx.session.vault_path, PASSPHRASE, kdf=keys.TEST_KDF, clock=ctx.clock)
    fill(vault, ctx.shipped_catalog, ctx.lang, ctx.today(), received=True)
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
    from ringoff import app, launcher

    seen: dict[str, object] = {}
    monkeypatch.setattr(app, "run", lambda **kwargs: seen.update(kwargs) or 0)
    assert launcher.main(["--text-size", "larger"]) == 0
    assert seen["text_size"] == "larger"


def dark_system() -> QPalette:
    """A dark system palette as Windows 11 and macOS give one (with their too-dim greys)."""
    role = QPalette.ColorRole
    pal = QPalette()
    for r, colour in (
        (role.Window, "#202020"),
        (role.WindowText, "#e6e6e6"),
        (role.Base, "#1b1b1b"),
        (role.AlternateBase, "#262626"),
        (role.Text, "#e6e6e6"),
        (role.Button, "#333333"),
        (role.ButtonText, "#e6e6e6"),
        (role.Highlight, "#3d6fb4"),
        (role.HighlightedText, "#ffffff"),
        (role.PlaceholderText, "#6f6f6f"),
        (role.Link, "#3f7ad6"),
        (role.ToolTipBase, "#333333"),
        (role.ToolTipText, "#e6e6e6"),
    ):
        pal.setColor(r, QColor(colour))
    pal.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor("#4f4f4f"))
    pal.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor("#4f4f4f"))
    pal.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor("#4f4f4f"))
    return pal


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_every_text_meets_4_5_to_1(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], laptop: QRect, mode: str
) -> None:
    window = open_demo(qtbot, make_ctx, "en", "normal")
    app = QApplication.instance()
    if mode == "dark":
        # The system turns dark while Ringoff runs: the screens follow.
        style.system_scheme_changed(app, dark_system())  # type: ignore[arg-type]
        assert style.is_dark()
        settle()
    problems = []
    for route in main_routes(window):
        window.go(route)
        settle()
        problems += [f"{route[0]}: {p}" for p in low_contrast(window)]
    for name, make in dialogs().items():
        dialog = make(window)
        dialog.show()
        settle()
        problems += [f"{name}: {p}" for p in low_contrast(dialog)]
        dialog.close()
    if mode == "dark":
        style.apply(app, "en", "normal")  # type: ignore[arg-type]
    assert problems == []


def test_switching_to_dark_rebuilds_the_screen_with_light_text(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], laptop: QRect
) -> None:
    window = open_demo(qtbot, make_ctx, "en", "normal")
    before = window.current_page()
    app = QApplication.instance()
    style.system_scheme_changed(app, dark_system())  # type: ignore[arg-type]
    try:
        # Rebuilt, so colours chosen for the light background are gone.
        qtbot.waitUntil(lambda: window.current_page() is not before)
        page = window.current_page()
        labels = [w for w in page.findChildren(QLabel) if w.isVisibleTo(page) and w.text()]
        assert labels
        for label in labels:
            colour = label.palette().color(label.foregroundRole())
            assert colour.lightness() > 128, label.text()
    finally:
        style.apply(app, "en", "normal")  # type: ignore[arg-type]
