"""Small building blocks shared by the pages: a centred column, labelled rows, cards."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from . import style

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractItemView


class _Sheet(QWidget):
    """What a Column scrolls: it covers the scroll area's viewport, so its first paint is the
    page's first paint."""

    def __init__(self, on_first_paint: Callable[[], None]) -> None:
        super().__init__()
        self._on_first_paint: Callable[[], None] | None = on_first_paint

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if self._on_first_paint is not None:
            first, self._on_first_paint = self._on_first_paint, None
            first()


class Column(QScrollArea):
    """A page body: a centred column of limited width that scrolls when text is large.

    ``first_painted`` fires once, when the page has been painted for the first time: a page
    whose lower part is slow to make (home's cards of a big family, a long list of accounts)
    makes it then, after the person already sees the first screen. A zero-time timer started
    in ``__init__`` would not do: Qt runs those before its paint events.
    """

    first_painted = Signal()

    def __init__(self, parent: QWidget | None = None, width_em: float = 40) -> None:
        super().__init__(parent)
        self.painted = False
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        outer = _Sheet(self._on_first_paint)
        row = QHBoxLayout(outer)
        row.addStretch(1)
        self.body = QWidget()
        self.body.setMaximumWidth(int(style.em() * width_em))
        self.body.setMinimumWidth(min(int(style.em() * 24), int(style.em() * width_em)))
        self.layout_ = QVBoxLayout(self.body)
        spacing = int(style.em() * 0.6)
        self.layout_.setSpacing(spacing)
        self.layout_.setContentsMargins(spacing, spacing * 2, spacing, spacing * 2)
        row.addWidget(self.body, 8)
        row.addStretch(1)
        self.setWidget(outer)

    def _on_first_paint(self) -> None:
        self.painted = True
        self.first_painted.emit()

    def add(self, widget: QWidget, stretch: int = 0) -> QWidget:
        self.layout_.addWidget(widget, stretch)
        return widget

    def add_stretch(self) -> None:
        self.layout_.addStretch(1)


#: What waits for a page's first paint runs after this at the latest (a hidden window).
AFTER_PAINT_LATEST_MS = 300


def after_first_paint(
    page: QWidget | None, action: Callable[[], None], context: QObject | None = None
) -> None:
    """Run *action* once, right after *page* is first painted (in the next turn of the event
    loop if it already was or is not a Column; after AFTER_PAINT_LATEST_MS at the latest).

    For what the person need not wait for: home's cards below the first screen, a long list of
    accounts, the day's backup at unlock. The timers belong to *context* (the page itself when
    not given), so the action is dropped if that object goes first: a page left before it was
    painted does nothing more, while the lifecycle's backup still runs.
    """
    owner = context if context is not None else page
    done = [False]

    def once() -> None:
        if not done[0]:
            done[0] = True
            action()

    def soon() -> None:
        if owner is not None:
            QTimer.singleShot(0, owner, once)
        else:
            QTimer.singleShot(0, once)

    if isinstance(page, Column) and not page.painted:
        page.first_painted.connect(soon)
        if owner is not None:
            QTimer.singleShot(AFTER_PAINT_LATEST_MS, owner, once)
        else:
            QTimer.singleShot(AFTER_PAINT_LATEST_MS, once)
    else:
        soon()


def selectable(label: QLabel) -> QLabel:
    """Let the mouse select the label's text (to copy a sentence into a message).

    Set by property name, not with ``Qt.TextInteractionFlag``: the first touch of PySide6's Qt
    namespace builds its ~90 enum classes (~25 ms), and the first window needs no other part
    of it. Qt reads the flag's name (QMetaProperty::write accepts enum and flag keys).
    """
    label.setProperty("textInteractionFlags", "TextSelectableByMouse")
    return label


def title(text: str, factor: float = 1.6) -> QLabel:
    label = QLabel(text)
    style.heading(label, factor)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    selectable(label)
    return label


def para(text: str, hint: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("textFormat", "PlainText")  # Qt.TextFormat.PlainText (see selectable)
    selectable(label)
    if hint:
        style.hint_colour(label)
    return label


def plain(text: str) -> str:
    """*text* without its shortcut marks: "&Save" -> "Save", "AT&&T" -> "AT&T"."""
    return re.sub(r"&(.)", r"\1", text)


def button(text: str, accessible: str | None = None, primary: bool = False) -> QPushButton:
    b = QPushButton(text)
    b.setAccessibleName(accessible or plain(text))
    # Big targets: at least 1.9 lines of text high, with room either side of the words.
    b.setMinimumHeight(int(style.em() * 1.9))
    b.setMinimumWidth(b.fontMetrics().horizontalAdvance(plain(text)) + style.em() * 2)
    b.setAutoDefault(True)
    if primary:
        style.mark_primary(b)
        b.setDefault(True)
    return b


def field(placeholder: str, accessible: str, secret: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setMinimumHeight(int(style.em() * 1.7))
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(accessible)
    if secret:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def labelled(label_text: str, widget: QWidget, help_text: str | None = None) -> QWidget:
    """A label above its field (buddy set, so Alt+key and screen readers find it)."""
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(int(style.em() * 0.2))
    label = QLabel(label_text)
    label.setBuddy(widget)
    label.setWordWrap(True)
    lay.addWidget(label)
    lay.addWidget(widget)
    if help_text:
        lay.addWidget(para(help_text, hint=True))
    if not widget.accessibleName():
        widget.setAccessibleName(label_text.replace("&", ""))
    return box


class Card(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.layout_ = QVBoxLayout(self)
        pad = int(style.em() * 0.7)
        self.layout_.setContentsMargins(pad, pad, pad, pad)
        self.layout_.setSpacing(int(style.em() * 0.35))


def row(*widgets: QWidget, stretch_first: bool = False) -> QWidget:
    box = QWidget()
    lay = QHBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    for i, w in enumerate(widgets):
        lay.addWidget(w, 1 if (stretch_first and i == 0) else 0)
    if not stretch_first:
        lay.addStretch(1)
    return box


def show_ticked_count(add_button: QPushButton, ticked: int) -> None:
    """The "Add the ticked ones (n)" button of the lists with tick boxes: says how many, and is
    disabled while nothing is ticked."""
    text = (
        QCoreApplication.translate("TickedList", "Add the ticked ones ({n})").format(n=ticked)
        if ticked
        else QCoreApplication.translate("TickedList", "Nothing ticked")
    )
    add_button.setText(text)
    add_button.setAccessibleName(text)
    add_button.setEnabled(ticked > 0)


def search_leads_into(search: QLineEdit, results: QAbstractItemView) -> None:
    """Down in a search box moves into its results, on the first (best) one, as in a
    browser's address bar; Ctrl+F in the main window comes back to the box."""
    # Imported here: the Qt namespace costs start-up time and the first screen has no search.
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtGui import QKeyEvent

    class DownIntoResults(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if (
                event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            ):
                model = results.model()
                if model is None or model.rowCount(results.rootIndex()) == 0:
                    return False
                results.setCurrentIndex(model.index(0, 0, results.rootIndex()))  # the best match
                results.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            return False

    search.setProperty("search", True)
    search.installEventFilter(DownIntoResults(search))


def literal(text: str) -> str:
    """*text* for a button or tick box, shown as it is: "&" is not a keyboard shortcut there.

    Names from the catalog or typed by a person ("AT&T", "Profile & Settings") would otherwise
    lose the "&" and underline the next letter as an accidental Alt shortcut.
    """
    return text.replace("&", "&&")
