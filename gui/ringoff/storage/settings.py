"""The settings file: the preferences declared in :mod:`ringoff.core.preferences`, on disk.

The settings file lives in the platform's config folder and holds only preferences that must be
known before the vault is unlocked (language, text size, auto-lock). It never holds anything a
user typed about their accounts; the vault's own ``prefs`` table keeps those.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from ..core.preferences import BY_KEY, SETTINGS, TEXT_SIZES, Setting
from .atomic import make_private_dirs, write_atomic


class Settings:
    """The settings file. Every change is written at once (atomically)."""

    def __init__(self, path: Path, on_change: Callable[[str, Any], None] | None = None) -> None:
        self.path = path
        self._values: dict[str, Any] = {}
        self._on_change = on_change
        self.load()

    def load(self) -> None:
        try:
            raw = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            raw = {}
        values: Mapping[str, Any] = raw if isinstance(raw, dict) else {}
        self._values = {s.key: s.clean(values.get(s.key, s.default)) for s in SETTINGS}
        # Remember which vault was used last (a path, not content).
        last = values.get("last_vault")
        self._values["last_vault"] = last if isinstance(last, str) else ""
        # Where the main window was and whether it was maximised (Qt's saved geometry, base64):
        # a screen layout, not content.
        geometry = values.get("window_geometry")
        self._values["window_geometry"] = geometry if isinstance(geometry, str) else ""

    def __getitem__(self, key: str) -> Any:
        return self._values[key]

    def get(self, key: str) -> Any:
        return self._values[key]

    def set(self, key: str, value: Any) -> None:
        if key in BY_KEY:
            value = BY_KEY[key].clean(value)
        if self._values.get(key) == value:
            return
        self._values[key] = value
        make_private_dirs(self.path.parent)
        data = json.dumps(self._values, indent=2, sort_keys=True, ensure_ascii=False)
        write_atomic(self.path, data.encode("utf-8"))
        if self._on_change is not None:
            self._on_change(key, value)

    def as_dict(self) -> dict[str, Any]:
        return dict(self._values)


__all__ = ["BY_KEY", "SETTINGS", "TEXT_SIZES", "Setting", "Settings"]
