"""Auto-lock keeps what was being typed (in the vault, never in a file) and comes back to the
same screen; auto-lock's "Never" is a choice of its own, with a warning."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from ringoff.ui.main_window import MainWindow
from ringoff.ui.walkthrough import ReasonDialog

from .conftest import PASSPHRASE

REASON = "柜台说要本人带户口本 Zebra-7731"


def _dad(window: MainWindow) -> str:
    vault = window.ctx.session.vault
    return next(n.id for n in vault.numbers() if n.e164 == "+8613812345678")


def test_auto_lock_keeps_a_typed_reason_and_the_page(qtbot: QtBot, demo_window: MainWindow) -> None:
    ctx = demo_window.ctx
    route = ("walkthrough", _dad(demo_window))
    demo_window.go(route)
    dialog = ReasonDialog(demo_window, "中国工商银行")
    dialog.show()
    edit = dialog.findChild(QPlainTextEdit)
    assert edit is not None
    edit.setPlainText(REASON)

    ctx.session.lock("idle", minutes=10)
    assert not dialog.isVisible()
    assert demo_window.route == ("unlock",)
    # Kept in the vault, which is encrypted: the words are in no file in the clear.
    for path in Path(ctx.session.vault_path).parent.iterdir():
        if path.is_file():
            assert b"Zebra-7731" not in path.read_bytes(), path.name

    with qtbot.waitSignal(ctx.session.unlocked, timeout=10_000):
        ctx.session.unlock_with_passphrase(PASSPHRASE)
    assert demo_window.route == route  # back where the person was, not Home
    box = demo_window.draft_box
    assert box is not None and box.isVisible()
    assert "中国工商银行" in box.text()  # type: ignore[attr-defined]
    box.accept()  # type: ignore[attr-defined]

    again = ReasonDialog(demo_window, "中国工商银行")
    again.show()
    refilled = again.findChild(QPlainTextEdit)
    assert refilled is not None and refilled.toPlainText() == REASON
    again.close()
    # Given back once: the draft is gone from the vault.
    assert ctx.session.vault.pref("ui_draft", None) is None


def test_passphrases_are_never_kept(qtbot: QtBot, demo_window: MainWindow) -> None:
    from ringoff.ui.security import ChangePassphraseDialog

    ctx = demo_window.ctx
    dialog = ChangePassphraseDialog(ctx, demo_window)
    dialog.show()
    from PySide6.QtWidgets import QLineEdit

    for edit in dialog.findChildren(QLineEdit):
        edit.setText("a secret passphrase 123")
    from ringoff.ui import drafts

    assert drafts.collect(demo_window) is None
    dialog.close()
