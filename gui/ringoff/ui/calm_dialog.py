"""The calm dialog all of Ringoff's key and backup dialogs are made of, and its small parts.

:class:`CalmDialog` presses only the button the person is on when Enter is pressed, and grows or
scrolls when a message appears, so nothing is squeezed at the largest text. ``busy_bar``,
``error_label`` and ``mono`` are the busy indicator, the problem line and the key font.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QScrollArea, QWidget

from . import style
from .widgets import para

__all__ = ["CalmDialog", "busy_bar", "error_label", "mono"]


class CalmDialog(QDialog):
    """A dialog where Enter never presses a button the person is not on.

    Qt's dialogs press their "default" button on Enter, and which button that is changes with
    the focus (a Cancel button that once had the focus can stay the default). Here Enter in a
    text field does only what the field says (``returnPressed``), and Enter on a button presses
    that button. Escape still cancels.
    """

    def fit_content(self, shown: QWidget) -> None:
        """After a part appeared (a problem, a question, a next step): grow to show it all, or
        scroll when the screen is too small, and bring *shown* into view.

        The screen fitter (ui/fit) hears only of windows that grow, and a dialog's minimum
        size leaves out how tall wrapped text is at its width: without this, a long message
        at the largest text is squeezed over the field above it.
        """
        from .fit import inner_limit, scroll_if_too_tall

        if not self.isVisible():
            return
        layout = self.layout()
        if not self.property("fit_wrapped") and layout is not None:
            layout.activate()
            if layout.hasHeightForWidth():
                needed = layout.totalHeightForWidth(self.width())
                if needed > self.height():
                    self.resize(self.width(), min(needed, inner_limit(self).height()))
        if not scroll_if_too_tall(self):
            return
        scroll = self.findChild(QScrollArea, "fit_scroll")
        if scroll is not None:
            scroll.widget().layout().activate()
            scroll.ensureWidgetVisible(shown, 0)

    def show_error(self, text: str) -> None:
        """Say what went wrong in the dialog's problem label (``self.error``, made by the
        dialog) and make room for it."""
        error: QLabel = self.error  # type: ignore[attr-defined]
        error.setText(text)
        error.setVisible(True)
        self.fit_content(error)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            if isinstance(focus, QPushButton) and focus.isEnabled() and focus.isVisible():
                focus.click()
            event.accept()
            return
        super().keyPressEvent(event)


def busy_bar(accessible: str) -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setAccessibleName(accessible)
    bar.setVisible(False)
    return bar


def error_label(accessible: str) -> QLabel:
    label = para("")
    label.setAccessibleName(accessible)
    style.colour_label(label, style.state_colours().red)
    label.setVisible(False)
    return label


def mono(edit: QWidget) -> None:
    font = edit.font()
    font.setFamilies(["DejaVu Sans Mono", "Consolas", "Menlo", "monospace"])
    edit.setFont(font)
