"""Home offers Li Na's case as a first-class choice, and the form then asks only what it needs."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from ringoff.core.model import NumberMode
from ringoff.ui.main_window import MainWindow
from ringoff.ui.number_dialog import NumberDialog


def test_texts_for_someone_else_from_home(
    qtbot: QtBot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = demo_window.go(("home",))
    seen: list[NumberDialog] = []

    def fake_exec(dialog: NumberDialog) -> int:
        seen.append(dialog)
        dialog.show()
        assert dialog.received.isChecked()
        # No cancellation date, nothing to replace the number with.
        assert not any(box.isVisibleTo(dialog) for box in dialog.own_fields)
        assert not dialog.cancel_on.isVisibleTo(dialog)
        assert dialog.received_hint.isVisibleTo(dialog)
        dialog.number.setText("137 0000 1234")
        dialog.save()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(NumberDialog, "exec", fake_exec)
    home.received_button.click()  # type: ignore[attr-defined]
    assert seen
    saved = seen[0].saved_number
    assert saved is not None and saved.mode is NumberMode.RECEIVED and saved.cancel_on is None
    assert demo_window.route == ("received", saved.id)


def test_own_number_form_still_asks_for_the_date(qtbot: QtBot, demo_window: MainWindow) -> None:
    dialog = NumberDialog(demo_window.ctx, demo_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.own_radio.isChecked() and dialog.cancel_on.isVisibleTo(dialog)
    dialog.received.setChecked(True)  # changing one's mind in the form
    assert not dialog.cancel_on.isVisibleTo(dialog)
    dialog.own_radio.setChecked(True)
    assert dialog.cancel_on.isVisibleTo(dialog)


def test_one_main_action_per_screen_that_stands_out(qtbot: QtBot, demo_window: MainWindow) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QPushButton

    from ringoff.ui import style

    from .screen_checks import contrast

    home = demo_window.go(("home",))
    defaults = [b for b in home.findChildren(QPushButton) if b.isDefault() and b.isVisibleTo(home)]
    assert len(defaults) == 1
    main = defaults[0]
    assert main is home.cards[0].main_button  # type: ignore[attr-defined]
    face = main.palette().color(QPalette.ColorRole.Button)
    other = home.cards[1].main_button.palette().color(QPalette.ColorRole.Button)  # type: ignore[attr-defined]
    assert face != other  # filled, unlike the others
    words = main.palette().color(QPalette.ColorRole.ButtonText)
    assert style.primary_colours()[0] == face
    # As drawn: the style shades the face; every shade of it keeps 4.5:1 with the words.
    image = main.grab().toImage()
    x = max(4, main.height() // 6)
    shades = [image.pixelColor(x, y) for y in range(x, image.height() - x)]
    assert min(contrast(c, words) for c in shades) >= 4.5


def test_every_service_has_a_kind_badge_not_a_logo(qtbot: QtBot, demo_window: MainWindow) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor

    from ringoff.ui import badges

    from .screen_checks import contrast

    for kind, (colour, symbol) in badges.KINDS.items():
        assert contrast(QColor(colour), QColor("#ffffff")) >= 4.5, kind
        assert symbol.isprintable()
    assert badges.initial("  支付宝") == "支" and badges.initial("eBay") == "E"
    assert badges.initial("中国工商银行") == "工" and badges.initial("中国") == "中"
    vault = demo_window.ctx.session.vault
    dad = next(n.id for n in vault.numbers() if n.e164 == "+8613812345678")
    page = demo_window.go(("number", dad))
    model = page.table.model()  # type: ignore[attr-defined]
    icons = [
        model.index(r, 0).data(Qt.ItemDataRole.DecorationRole) for r in range(model.rowCount())
    ]
    assert icons and all(icon is not None and not icon.isNull() for icon in icons)
    discover = demo_window.go(("discover", dad))
    boxes = discover.checklist_tab.boxes  # type: ignore[attr-defined]
    assert all(not e.box.icon().isNull() for e in boxes if e.service_id)
