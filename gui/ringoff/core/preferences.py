"""The app's preferences, declared once: what each one is, its default, its label and help.

The declaration drives both the settings file (:mod:`ringoff.storage.settings` reads and writes
it) and the settings screen (:mod:`ringoff.ui.settings_page` builds its rows from it). Only
preferences needed before the vault is unlocked live here (language, text size, auto-lock);
nothing a person typed about their accounts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .i18n import QT_TRANSLATE_NOOP, Text


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    label: Text
    help: Text
    kind: str  # "choice", "int", "bool", "path"
    choices: tuple[tuple[Any, Text], ...] = ()
    minimum: int = 0
    maximum: int = 0

    def clean(self, value: Any) -> Any:
        """*value* when it fits this setting, else the default (a hand-edited file can't hurt)."""
        if self.kind == "bool":
            return value if isinstance(value, bool) else self.default
        if self.kind == "int":
            if isinstance(value, int) and not isinstance(value, bool):
                return min(max(value, self.minimum), self.maximum)
            return self.default
        if self.kind == "choice":
            return value if value in [c[0] for c in self.choices] else self.default
        if self.kind == "path":
            return value if isinstance(value, str) else self.default
        return self.default


TEXT_SIZES = {"normal": 1.0, "large": 1.3, "larger": 1.6}

SETTINGS: tuple[Setting, ...] = (
    Setting(
        "language",
        "",  # "": follow the system
        QT_TRANSLATE_NOOP("Settings", "Language"),
        QT_TRANSLATE_NOOP("Settings", "The language of every screen and printout."),
        "choice",
        (
            ("", QT_TRANSLATE_NOOP("Settings", "Same as the computer")),
            ("en", QT_TRANSLATE_NOOP("Settings", "English")),
            ("zh_CN", QT_TRANSLATE_NOOP("Settings", "Simplified Chinese (简体中文)")),
        ),
    ),
    Setting(
        "text_size",
        "normal",
        QT_TRANSLATE_NOOP("Settings", "Text size"),
        QT_TRANSLATE_NOOP("Settings", "Makes all text and buttons bigger."),
        "choice",
        (
            ("normal", QT_TRANSLATE_NOOP("Settings", "Normal")),
            ("large", QT_TRANSLATE_NOOP("Settings", "Large")),
            ("larger", QT_TRANSLATE_NOOP("Settings", "Larger")),
        ),
    ),
    Setting(
        "autolock_minutes",
        10,
        QT_TRANSLATE_NOOP("Settings", "Lock after this many minutes without use"),
        QT_TRANSLATE_NOOP(
            "Settings", "Ringoff hides your information when nobody has used it for a while."
        ),
        "int",
        minimum=0,
        maximum=240,
    ),
    Setting(
        "lock_on_sleep",
        True,
        QT_TRANSLATE_NOOP("Settings", "Lock when the computer sleeps or the screen locks"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "When the computer wakes up or the screen is unlocked, you type your passphrase again.",
        ),
        "bool",
    ),
    Setting(
        "clipboard_seconds",
        30,
        QT_TRANSLATE_NOOP("Settings", "Clear a copied phone number after this many seconds"),
        QT_TRANSLATE_NOOP("Settings", "0 keeps it until you copy something else."),
        "int",
        minimum=0,
        maximum=600,
    ),
    Setting(
        "backups_dir",
        "",
        QT_TRANSLATE_NOOP("Settings", "Backups folder"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "Where the automatic encrypted backups are kept. Leave it empty to keep them "
            "next to your information.",
        ),
        "path",
    ),
    Setting(
        "start_at_login",
        False,
        QT_TRANSLATE_NOOP("Settings", "Remind me even when Ringoff is closed"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "Starts a small reminder helper when you log in. It knows only the dates, nothing "
            "else.",
        ),
        "bool",
    ),
)

BY_KEY: dict[str, Setting] = {s.key: s for s in SETTINGS}
