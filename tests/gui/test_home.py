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
