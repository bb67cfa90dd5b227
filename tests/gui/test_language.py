"""A Chinese screen is Chinese all the way: Qt's own buttons, menus and dialogs, dates, the
app's name and the names of the files it suggests; and a confirmation says what really happened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QSpinBox,
)
from pytestqt.qtbot import QtBot

from ringoff.services import translations as i18n
from ringoff.ui.context import AppContext
from ringoff.ui.main_window import MainWindow

from .screen_checks import english_on, english_words


def test_standard_buttons_and_context_menus_are_chinese(
    qtbot: QtBot, make_ctx: Callable[..., AppContext]
) -> None:
    make_ctx("zh_CN")
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Yes
        | QDialogButtonBox.StandardButton.No
        | QDialogButtonBox.StandardButton.Close
        | QDialogButtonBox.StandardButton.Save
    )
    qtbot.addWidget(box)
    texts = [b.text() for b in box.buttons()]
    assert all(not english_words(t) for t in texts), texts
    message = QMessageBox(QMessageBox.Icon.Question, "x", "x")
    message.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(message)
    assert all(not english_words(b.text()) for b in message.buttons())
    for editor in (QLineEdit(), QSpinBox()):
        qtbot.addWidget(editor)
        target = editor if isinstance(editor, QLineEdit) else editor.findChild(QLineEdit)
        assert target is not None
        menu = target.createStandardContextMenu()
        words = [a.text() for a in menu.actions() if a.text()]
        assert words and all(not english_words(w) for w in words), words


def test_qt_file_dialog_is_chinese(qtbot: QtBot, make_ctx: Callable[..., AppContext]) -> None:
    make_ctx("zh_CN")
    dialog = QFileDialog(None, "保存")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    # Folder names are names ("root" is the home folder of the test machine's user).
    assert english_on(dialog, ("root",)) == []


def test_dates_follow_the_chosen_language_not_the_system(
    qtbot: QtBot, make_ctx: Callable[..., AppContext]
) -> None:
    make_ctx("zh_CN")
    assert QLocale().language() is QLocale.Language.Chinese
    calendar = QCalendarWidget()
    qtbot.addWidget(calendar)
    calendar.setSelectedDate(QDate(2026, 3, 15))
    assert calendar.locale().monthName(3) == "三月"
    i18n.set_language("en")
    assert QLocale().language() is QLocale.Language.English


def test_the_app_is_called_by_its_chinese_name_in_chinese(
    qtbot: QtBot, make_ctx: Callable[..., AppContext]
) -> None:
    ctx = make_ctx("zh_CN")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.start()
    assert window.windowTitle() == "号码解绑助手"
    from ringoff.core.i18n import QT_TRANSLATE_NOOP

    sentence = i18n.translate(QT_TRANSLATE_NOOP("EmergencyKit", "Open Ringoff."))
    assert sentence == "打开号码解绑助手。"
    from PySide6.QtWidgets import QApplication

    assert QApplication.applicationDisplayName() == "号码解绑助手"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("每天使用 Ringoff 时，它", "每天使用号码解绑助手时，它"),
        ("Ringoff 迁移文件 (*.ringoff-transfer)", "号码解绑助手迁移文件 (*.ringoff-transfer)"),
        ("“{name}”不是 Ringoff 迁移文件", "“{name}”不是号码解绑助手迁移文件"),
        ("Ringoff", "号码解绑助手"),
    ],
)
def test_name_inside_chinese_sentences(text: str, expected: str) -> None:
    assert i18n.localise_name(text, "zh_CN") == expected
    assert i18n.localise_name(text, "en") == text


def test_emergency_kit_file_name_and_pdf_confirmation(
    qtbot: QtBot,
    make_ctx: Callable[..., AppContext],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from ringoff.ui import printing

    ctx = make_ctx("zh_CN")
    dialog = printing.EmergencyKitDialog(ctx, "ABCD-" * 13 + "ABCD")
    qtbot.addWidget(dialog)
    asked: list[str] = []

    def fake_ask(parent: object, caption: str, file_name: str) -> Path:
        asked.append(file_name)
        return tmp_path / file_name

    monkeypatch.setattr(printing, "ask_pdf_path", fake_ask)
    dialog.save()
    assert asked == ["号码解绑助手应急备忘单.pdf"]
    assert (tmp_path / asked[0]).exists()
    assert str(tmp_path) in dialog.status.text() and "已保存" in dialog.status.text()

    # Qt's print dialog can "print" to a PDF file: then the kit says where it was saved.
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "kit.pdf"))
    monkeypatch.setattr(printing, "ask_printer", lambda parent: printer)
    dialog.print_()
    assert "打印机" not in dialog.status.text()
    assert "kit.pdf" in dialog.status.text() and str(tmp_path) in dialog.status.text()
