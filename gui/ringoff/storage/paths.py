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


def default_backups_dir(vault_path: Path) -> Path:
    """The folder "backups" beside the vault: where backups go unless the person chose one."""
    return vault_path.parent / "backups"


def backups_folder(vault_path: Path, chosen: str | os.PathLike[str] | None) -> Path:
    """Where this vault's backups go: the folder the person chose (the ``backups_dir``
    setting; ``~`` is their home folder), or "backups" beside the vault when none is chosen.

    The one answer for the window, the command line, the Emergency Kit and the automatic
    backups.
    """
    text = os.fspath(chosen).strip() if chosen is not None else ""
    return Path(text).expanduser() if text else default_backups_dir(vault_path)
