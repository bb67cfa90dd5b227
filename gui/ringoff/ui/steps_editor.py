"""'This didn't work': the person writes what they saw and rewrites the steps for themselves.

One line per step, in either language or both. Only a language whose lines were changed is
returned, so a correction of the Chinese steps leaves Ringoff's English steps alone (the catalog
merges a user's correction field by field). The dialog never writes: the page that opened it
saves :attr:`StepsEditor.result_steps` and :attr:`StepsEditor.what_i_saw` after ``accepted``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..operations.walkthrough import changed_steps
from . import style
from .widgets import para

LANG_ORDER = ("zh_CN", "en")


class StepsEditor(QDialog):
    """Edit the steps of one guide; *steps* maps each language to Ringoff's current steps."""

    def __init__(
        self,
        parent: QWidget | None,
        service_name: str,
        steps: Mapping[str, Sequence[str]],
        lang: str,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your own steps for {name}").format(name=service_name))
        self.setAccessibleName(self.windowTitle())
        self.result_steps: dict[str, list[str]] = {}
        self.what_i_saw = ""
        self._original = {k: list(v) for k, v in steps.items()}
        lay = QVBoxLayout(self)
        lay.setSpacing(int(style.em() * 0.5))
        heading = QLabel(self.windowTitle())
        style.heading(heading, 1.25)
        heading.setWordWrap(True)
        lay.addWidget(heading)
        lay.addWidget(
            para(
                self.tr(
                    "Apps change their screens from time to time, so the steps may no longer "
                    "match what you see. Write the steps the way they work for you, one step "
                    "on each line. Ringoff will show your steps from now on, and you can go "
                    "back to its own steps at any time."
                )
            )
        )
        saw_label = QLabel(self.tr("&What did you see? (optional, kept in your notes)"))
        saw_label.setWordWrap(True)
        self.saw_edit = QPlainTextEdit()
        self.saw_edit.setTabChangesFocus(True)
        self.saw_edit.setAccessibleName(self.tr("What you saw"))
        self.saw_edit.setFixedHeight(int(style.em() * 3.5))
        saw_label.setBuddy(self.saw_edit)
        lay.addWidget(saw_label)
        lay.addWidget(self.saw_edit)

        # The person's own language first; the other one is there for a helper who reads it.
        order = [lang] + [code for code in LANG_ORDER if code != lang]
        titles = {
            "zh_CN": self.tr("Steps in Chinese (one per line, optional)"),
            "en": self.tr("Steps in English (one per line, optional)"),
        }
        self.edits: dict[str, QPlainTextEdit] = {}
        for code in order:
            if code not in titles:
                continue
            label = QLabel(titles[code])
            label.setWordWrap(True)
            edit = QPlainTextEdit("\n".join(self._original.get(code, [])))
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(titles[code])
            edit.setMinimumHeight(int(style.em() * 6))
            label.setBuddy(edit)
            lay.addWidget(label)
            lay.addWidget(edit, 1)
            self.edits[code] = edit

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save my steps"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(self.tr("Save my own steps"))
        self.save_button.setDefault(True)
        self.cancel_button = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setAccessibleName(self.tr("Cancel without saving"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(style.em() * 36, style.em() * 34)
        self.edits[order[0]].setFocus()

    def changed_steps(self) -> dict[str, list[str]]:
        """The languages whose lines differ from Ringoff's (an emptied box keeps Ringoff's)."""
        typed = {code: edit.toPlainText() for code, edit in self.edits.items()}
        return changed_steps(self._original, typed)

    def accept(self) -> None:
        self.result_steps = self.changed_steps()
        self.what_i_saw = self.saw_edit.toPlainText().strip()
        super().accept()
