"""A message that appears in a key dialog at the largest text is shown whole: the dialog grows,
or scrolls when the screen is too small, instead of squeezing the message over the field."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ringoff.storage import vault as vault_mod
from ringoff.storage.keys import TEST_KDF
from ringoff.ui.context import AppContext
from ringoff.ui.security import NewRecoveryKeyDialog

from .conftest import PASSPHRASE


def _top(widget: QWidget, ancestor: QWidget) -> int:
    return widget.mapTo(ancestor, QPoint(0, 0)).y()


@pytest.mark.parametrize("size", ["normal", "larger"])
def test_the_wrong_passphrase_message_is_never_squeezed(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], size: str
) -> None:
    ctx = make_ctx(text_size=size)
    vault, _ = vault_mod.create_vault(ctx.session.vault_path, PASSPHRASE, kdf=TEST_KDF)
    ctx.session.adopt(vault)
    dialog = NewRecoveryKeyDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.passphrase.setText("not the passphrase at all")
    with qtbot.waitSignal(dialog.worker.done, timeout=10_000):
        dialog.submit()
    error = dialog.error
    assert error.isVisible() and "not right" in error.text()
    # The whole message has the height its wrapped lines need, below the field, not over it.
    assert error.height() >= error.heightForWidth(error.width())
    field_bottom = _top(dialog.passphrase, dialog) + dialog.passphrase.height()
    assert _top(error, dialog) >= field_bottom
    assert _top(dialog.make_button, dialog) >= _top(error, dialog) + error.height()
