"""The keyboard alone: a focus ring you can see, the toolbar in the Tab order, the usual keys
of each platform, Enter for the main action of a screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QRadioButton, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from ringoff.ui import focus
from ringoff.ui.context import AppContext
from ringoff.ui.main_window import MainWindow, platform_keys

from .screen_checks import contrast


def activate(qtbot: QtBot, window: QWidget) -> None:
    from ringoff.ui import style

    style.install_helpers(QApplication.instance())  # type: ignore[arg-type]  # after first paint
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def ring_shows(widget: QWidget) -> bool:
    """The ring is drawn around *widget* (or the box it is part of), on screen, in its colour."""
    ring = focus.ring()
    if ring is None or not ring.isVisible() or ring.target is None:
        return False
    target = ring.target
    if target is not widget and not target.isAncestorOf(widget):
        return False
    holder = ring.parentWidget()
    top_left = target.mapTo(holder, QPoint(0, 0))
    inside = ring.geometry().adjusted(1, 1, -1, -1)
    return inside.contains(top_left) or inside.intersects(target.geometry())


def test_focus_ring_is_strong_and_not_the_default_button_look(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    activate(qtbot, demo_window)
    page = demo_window.current_page()
    flat = page.cards[0].reveal_button  # type: ignore[attr-defined]
    assert flat.isFlat()
    flat.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: ring_shows(flat))
    ring = focus.ring()
    assert ring is not None
    image = ring.grab().toImage()
    colour = focus.ring_colour()
    # The ring's own colour is painted, all the way round ...
    edge = [image.pixelColor(x, 1) for x in range(2, image.width() - 2)]
    assert all(c == colour for c in edge)
    # ... and stands out from the window (3:1 is the minimum for a focus indicator).
    window_colour = demo_window.palette().color(demo_window.backgroundRole())
    assert contrast(colour, window_colour) >= 3.0
    highlight = demo_window.palette().color(demo_window.palette().ColorRole.Highlight)
    assert colour != highlight  # not the default-button / selection colour


def test_tab_reaches_the_toolbar_and_every_control_shows_focus(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    activate(qtbot, demo_window)
    seen: list[QWidget] = []
    reached_toolbar = False
    for _ in range(80):
        qtbot.keyClick(QApplication.focusWidget() or demo_window, Qt.Key.Key_Tab)
        current = QApplication.focusWidget()
        assert current is not None
        assert ring_shows(current), f"no focus ring on {type(current).__name__}"
        if isinstance(current, QToolButton) and current.parent() is demo_window.toolbar:
            reached_toolbar = True
            break
        seen.append(current)
    assert reached_toolbar
    assert len(seen) > 3


def test_alt_left_goes_back_and_keys_are_in_tooltips(qtbot: QtBot, demo_window: MainWindow) -> None:
    activate(qtbot, demo_window)
    demo_window.go(("history",))
    qtbot.keyClick(demo_window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert demo_window.route == ("home",)
    assert "Alt+Left" in demo_window.action_back.toolTip()
    assert "Ctrl+L" in demo_window.action_lock.toolTip()


def test_keys_follow_the_platform() -> None:
    mac = platform_keys("darwin")
    assert QKeySequence("Ctrl+H") not in mac["history"]  # ⌘H hides the app on macOS
    assert mac["history"] == [QKeySequence("Ctrl+Y")]
    others = platform_keys("win32")
    assert others["history"] == [QKeySequence("Ctrl+H")]
    for name in ("back", "find", "print", "close", "keys"):
        assert others[name], name
    assert QKeySequence("Alt+Left") in others["back"]


def test_help_lists_every_key(qtbot: QtBot, demo_window: MainWindow) -> None:
    rows = dict(demo_window.shortcuts())
    assert rows["Lock"] == "Ctrl+L"
    assert "Alt+Left" in rows["Back"]
    assert rows["Find"] == "Ctrl+F"
    from ringoff.ui.keys_dialog import KeysDialog

    dialog = KeysDialog(demo_window.shortcuts(), demo_window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(rows)


def test_enter_on_the_first_screen_goes_on(
    qtbot: QtBot, make_ctx: Callable[..., AppContext]
) -> None:
    ctx = make_ctx("en")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.start()
    window.show()
    activate(qtbot, window)
    page = window.current_page()
    radio = QApplication.focusWidget()
    assert isinstance(radio, QRadioButton)
    qtbot.keyClick(radio, Qt.Key.Key_Return)
    assert page.step() == 1  # type: ignore[attr-defined]


def test_ctrl_f_goes_to_the_search_box(qtbot: QtBot, demo_window: MainWindow) -> None:
    activate(qtbot, demo_window)
    vault = demo_window.ctx.session.vault
    dad = next(n.id for n in vault.numbers() if n.e164 == "+8613812345678")
    page = demo_window.go(("number", dad))
    qtbot.keyClick(
        QApplication.focusWidget() or demo_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
    )
    assert QApplication.focusWidget() is page.search  # type: ignore[attr-defined]


def test_ticking_the_old_number_box_keeps_the_focus_on_it(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    activate(qtbot, demo_window)
    vault = demo_window.ctx.session.vault
    dad = next(n.id for n in vault.numbers() if n.e164 == "+8613812345678")
    alipay = next(a for a in vault.accounts(dad) if a.service_id == "alipay")
    page = demo_window.go(("walkthrough", dad))
    page.show_account(alipay.id)  # type: ignore[attr-defined]
    box = page.fallback_box  # type: ignore[attr-defined]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert vault.account(alipay.id).use_fallback
    now = QApplication.focusWidget()
    assert now is page.fallback_box  # type: ignore[attr-defined]
    # So the next Space unticks it again instead of ticking a step that was not done.
    qtbot.keyClick(now, Qt.Key.Key_Space)
    assert not vault.account(alipay.id).use_fallback
    assert vault.account(alipay.id).checked_steps == frozenset()


def _dad(window: MainWindow) -> str:
    vault = window.ctx.session.vault
    return next(n.id for n in vault.numbers() if n.e164 == "+8613812345678")


def test_the_find_checklist_is_searchable(qtbot: QtBot, demo_window: MainWindow) -> None:
    activate(qtbot, demo_window)
    page = demo_window.go(("discover", _dad(demo_window)))
    tab = page.checklist_tab  # type: ignore[attr-defined]
    shown_before = [e.box.isVisibleTo(tab) for e in tab.boxes]
    qtbot.keyClick(
        QApplication.focusWidget() or demo_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
    )
    assert QApplication.focusWidget() is tab.find
    qtbot.keyClicks(tab.find, "zfb")  # pinyin initials of 支付宝
    shown = [e.service_id for e in tab.boxes if e.box.isVisibleTo(tab)]
    assert shown == ["alipay"]
    assert not any(m.isVisibleTo(tab) for m in tab.more_buttons)
    tab.find.setText("没有这种服务")
    assert tab.nothing_found.isVisibleTo(tab)
    tab.find.clear()
    assert [e.box.isVisibleTo(tab) for e in tab.boxes] == shown_before
    assert not tab.nothing_found.isVisibleTo(tab)


def test_down_moves_from_the_picker_search_into_the_results(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    from ringoff.ui.catalog_picker import CatalogPicker

    number = demo_window.ctx.session.vault.number(_dad(demo_window))
    picker = CatalogPicker(demo_window.ctx, demo_window, "CN", number)
    qtbot.addWidget(picker)
    picker.show()
    activate(qtbot, picker)
    picker.search.setFocus()
    qtbot.keyClicks(picker.search, "bank")
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is picker.view
    model = picker.view.model()
    first_open = next(
        r
        for r in range(model.rowCount())
        if model.flags(model.index(r, 0)) & Qt.ItemFlag.ItemIsEnabled
    )
    assert picker.view.currentIndex().row() == first_open
