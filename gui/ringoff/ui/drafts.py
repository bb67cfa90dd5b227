"""What a person was typing when Ringoff locked is not lost.

Just before the vault closes (``Session.about_to_lock``), the text typed in every open dialog
is saved as a draft *in the vault* (its ``prefs`` table, encrypted like everything else; never
in a file, never a passphrase field). After unlocking, Ringoff says where the text was; when
that dialog is opened again, its fields are filled in with the draft, once.

One application-wide filter does the filling, so no dialog needs code for it. Fields are
matched by the dialog's kind and title and each field's accessible name and position.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

PREF = "ui_draft"

TextField = QLineEdit | QPlainTextEdit | QTextEdit


def _fields(dialog: QWidget) -> list[tuple[str, TextField]]:
    out: list[tuple[str, TextField]] = []
    counts: dict[str, int] = {}
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            continue
        if isinstance(widget, QLineEdit) and (
            widget.echoMode() != QLineEdit.EchoMode.Normal or widget.isReadOnly()
        ):
            continue  # passphrases and recovery keys are never kept
        if isinstance(widget, QPlainTextEdit | QTextEdit) and widget.isReadOnly():
            continue
        name = widget.accessibleName() or type(widget).__name__
        counts[name] = counts.get(name, 0) + 1
        out.append((f"{name}#{counts[name]}", widget))
    return out


def _text(field: TextField) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()


def _set_text(field: TextField, text: str) -> None:
    if isinstance(field, QLineEdit):
        field.setText(text)
    else:
        field.setPlainText(text)


def collect(main: QWidget) -> dict[str, Any] | None:
    """The typed text of the open dialogs (the top one first), or None when there is none."""
    for widget in reversed(QApplication.topLevelWidgets()):
        if widget is main or not isinstance(widget, QDialog) or not widget.isVisible():
            continue
        typed = {key: _text(f) for key, f in _fields(widget) if _text(f).strip()}
        if typed:
            return {
                "kind": type(widget).__name__,
                "title": widget.windowTitle(),
                "fields": typed,
            }
    return None


class DraftFiller(QObject):
    """Fills the dialog the draft came from, the next time it is shown (then forgets it)."""

    def __init__(self, draft: dict[str, Any], on_used: Any, parent: QObject) -> None:
        super().__init__(parent)
        self.draft = draft
        self.on_used = on_used
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def matches(self, dialog: QDialog) -> bool:
        return type(dialog).__name__ == self.draft.get(
            "kind"
        ) and dialog.windowTitle() == self.draft.get("title")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QDialog)
            and self.matches(watched)
        ):
            fields = dict(_fields(watched))
            for key, text in dict(self.draft.get("fields", {})).items():
                field = fields.get(key)
                if field is not None and not _text(field):
                    _set_text(field, str(text))
            self.stop()
            self.on_used()
        return False

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.deleteLater()
