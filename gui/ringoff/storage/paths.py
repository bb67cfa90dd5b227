"""Where Ringoff keeps its files. Tests and the demo pass their own folders instead."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

APP_DIR_NAME = "Ringoff"


@dataclass(frozen=True)
class Locations:
    data_dir: Path  # the vault, its key file, backups, schedule file
    config_dir: Path  # settings.json

    @property
    def default_vault(self) -> Path:
        return self.data_dir / "ringoff.vault"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @classmethod
    def for_user(cls) -> Locations:
        """The platform's per-user folders (``RINGOFF_HOME`` overrides both, for tests)."""
        home = os.environ.get("RINGOFF_HOME")
        if home:
            return cls(Path(home) / "data", Path(home) / "config")
        return cls(
            Path(user_data_dir(APP_DIR_NAME, appauthor=False, roaming=True)),
            Path(user_config_dir(APP_DIR_NAME, appauthor=False, roaming=True)),
        )
