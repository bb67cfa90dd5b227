"""The keyboard of the main window: the keys of its actions on each platform, how a key is
written for people, and what Enter does on a page (its main button, unless a field takes it).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QPushButton, QWidget


def platform_keys(platform: str | None = None) -> dict[str, list[QKeySequence]]:
    """The keys of the main actions on *platform*, standard ones first.

    "Ctrl" is ⌘ on macOS. ⌘H hides an app there, so History uses ⌘Y as Safari does; Back
    also answers to Alt+Left everywhere (the browsers' key), Home to Alt+Home.
    """
    from PySide6.QtGui import QKeySequence

    mac = (platform or sys.platform) == "darwin"
    standard = QKeySequence.StandardKey

    def keys(*items: QKeySequence.StandardKey | str) -> list[QKeySequence]:
        out: list[QKeySequence] = []
        for item in items:
            if isinstance(item, QKeySequence.StandardKey):
                found = QKeySequence.keyBindings(item)
            else:
                found = [QKeySequence(item)]
            out += [k for k in found if not k.isEmpty() and k not in out]
        return out

    return {
        "back": keys(standard.Back, "Alt+Left"),
        "home": keys("Alt+Home"),
        "history": keys("Ctrl+Y" if mac else "Ctrl+H"),
        "settings": keys(standard.Preferences, "Ctrl+,"),
        "lock": keys("Ctrl+L"),
        "find": keys(standard.Find),
        "print": keys(standard.Print),
        "close": keys(standard.Close),
        "quit": keys(standard.Quit),
        "keys": keys(standard.HelpContents, "F1"),
    }


def _typed(key: QKeySequence) -> bool:
    """False for the special "Back"/"Find" keys of some keyboards (still bound, not listed)."""
    code = key[0].key().value if key.count() else 0
    return not 0x01000060 <= code < 0x01001000


def key_text(keys: Sequence[QKeySequence]) -> str:
    from PySide6.QtGui import QKeySequence

    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(k.toString(native) for k in keys if _typed(k))


def handles_enter(widget: QWidget | None) -> bool:
    """True when Enter already does something in *widget* (a field that submits on Enter)."""
    from PySide6.QtCore import QMetaMethod
    from PySide6.QtWidgets import QLineEdit

    if isinstance(widget, QLineEdit):
        signal = QMetaMethod.fromSignal(widget.returnPressed)
        return widget.isSignalConnected(signal)
    return False


def primary_button(page: QWidget | None) -> QPushButton | None:
    """The main action of *page*: its first visible, enabled default button."""
    from PySide6.QtWidgets import QPushButton

    if page is None:
        return None
    for candidate in page.findChildren(QPushButton):
        if candidate.isDefault() and candidate.isEnabled() and candidate.isVisibleTo(page):
            return candidate
    return None
