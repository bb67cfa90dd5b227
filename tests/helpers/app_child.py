"""The environment of a child Python that runs the app the way a person starts it (offscreen,
its own home folder, this checkout's package)."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def app_child_env(tmp_path: Path) -> dict[str, str]:
    """os.environ with Ringoff's home under *tmp_path*, the offscreen platform and gui/ first."""
    return dict(
        os.environ,
        RINGOFF_HOME=str(tmp_path / "home"),
        PYTHONPATH=str(ROOT / "gui"),
        QT_QPA_PLATFORM="offscreen",
    )
