"""Typing in a long list of tick boxes shows only the ones that match (the find page's
checklist has ~130): by name in either language, pinyin, initials or web address."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QWidget

from ..core.catalog import normalise
from .widgets import field


class BoxFilter(QObject):
    """Shows the boxes whose key holds the typed text; empty text restores the list as it was
    (with "Show n more" groups still folded)."""

    def __init__(
        self,
        edit: QLineEdit,
        boxes: Sequence[tuple[QCheckBox, Callable[[], str]]],
        more_buttons: Sequence[QPushButton],
        nothing: QLabel | None = None,
    ) -> None:
        super().__init__(edit)
        self.edit = edit
        self.boxes = list(boxes)
        self.more_buttons = list(more_buttons)
        self.nothing = nothing
        self._keys: dict[int, str] = {}
        self._folded: dict[int, bool] = {}
        self._more_shown: dict[int, bool] = {}
        edit.setProperty("search", True)
        edit.textChanged.connect(self.apply)

    def _key(self, index: int) -> str:
        if index not in self._keys:
            self._keys[index] = self.boxes[index][1]()
        return self._keys[index]

    def apply(self, text: str) -> None:
        query = normalise(text)
        if query and not self._folded:
            # Remember what "Show more" had folded away, to put it back when the box empties.
            self._folded = {
                i: not b.isVisibleTo(b.parentWidget()) for i, (b, _) in enumerate(self.boxes)
            }
            self._more_shown = {id(m): m.isVisibleTo(m.parentWidget()) for m in self.more_buttons}
        found = 0
        for i, (box, _) in enumerate(self.boxes):
            if query:
                match = query in self._key(i)
                box.setVisible(match)
                found += match
            elif self._folded:
                box.setVisible(not self._folded.get(i, False))
        for more in self.more_buttons:
            more.setVisible(False if query else self._more_shown.get(id(more), more.isVisible()))
        if not query:
            self._folded = {}
        if self.nothing is not None:
            self.nothing.setVisible(bool(query) and found == 0)


def filter_field(placeholder: str, accessible: str) -> QLineEdit:
    edit = field(placeholder, accessible)
    edit.setClearButtonEnabled(True)
    return edit


def first_visible(boxes: Sequence[QCheckBox]) -> QWidget | None:
    return next((b for b in boxes if b.isVisible()), None)
