"""Ringoff's own files (the service catalog and its compiled cache, translations, icons): one
lookup for a source checkout, an installed package and a frozen bundle alike.

Where they are:

- **Frozen bundle** (PyInstaller): ``resources/`` under ``sys._MEIPASS``; packaging/ringoff.spec
  puts them there.
- **Installed package** (``pip install .``, the wheel): ``ringoff/resources/`` inside the
  package, found through :mod:`importlib.resources`. setup.py's build step copies the top-level
  resources/ folder there and compiles the catalog cache beside it, so a wheel carries
  everything it needs.
- **Source checkout** (also an editable install): the repository's top-level ``resources/``.

The first release looked only for the checkout's folder, so an installed Ringoff had no
catalog and no Chinese and said nothing: :func:`resources_root` therefore never guesses
silently, and callers treat a missing catalog as an error the person is told about.

Qt-free (storage/ never imports PySide6).
"""

from __future__ import annotations

import contextlib
import importlib.resources
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_cache_dir

if TYPE_CHECKING:
    from ..core.catalog import Catalog

APP_DIR_NAME = "Ringoff"
_PACKAGE = "ringoff"


def _packaged_root() -> Path | None:
    """``ringoff/resources`` of an installed package, when it is a folder on disk."""
    try:
        root = importlib.resources.files(_PACKAGE) / "resources"
    except (ModuleNotFoundError, TypeError):  # pragma: no cover - the package is importable
        return None
    if isinstance(root, Path) and root.is_dir():
        return root
    return None


def _checkout_root() -> Path:
    # gui/ringoff/storage/resources.py -> the repository root is three folders up from gui/.
    return Path(__file__).resolve().parents[3] / "resources"


def resources_root() -> Path:
    """The folder holding catalog/, i18n/ and icons/ for this way of running Ringoff."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    packaged = _packaged_root()
    if packaged is not None:
        return packaged
    return _checkout_root()


def catalog_dir() -> Path:
    return resources_root() / "catalog"


def shipped_catalog_cache() -> Path:
    """The compiled catalog cache made when the package or bundle was built (may be absent in a
    checkout; :func:`load_catalog` then builds the user's own)."""
    return resources_root() / "catalog.compiled.json"


def i18n_dir() -> Path:
    return resources_root() / "i18n"


def icon_path(name: str) -> Path:
    """An icon by file name, e.g. ``icon_path("ringoff.svg")``."""
    return resources_root() / "icons" / name


def cache_dir() -> Path:
    """The user's cache folder (``RINGOFF_HOME`` overrides it, for tests): our own shipped text
    only, never user data."""
    home = os.environ.get("RINGOFF_HOME")
    return Path(home) / "cache" if home else Path(user_cache_dir(APP_DIR_NAME, appauthor=False))


def user_catalog_cache() -> Path:
    return cache_dir() / "catalog.compiled.json"


_reported: set[str] = set()


def report_once(message: str, *, stream: Callable[[str], object] | None = None) -> bool:
    """Write *message* to standard error the first time it is seen in this process.

    For problems that slow Ringoff down but do not stop it (a cache that cannot be saved):
    said once, plainly, not swallowed and not repeated at every load. True when written.
    """
    if message in _reported:
        return False
    _reported.add(message)
    write = stream if stream is not None else sys.stderr.write
    with contextlib.suppress(Exception):  # stderr may be closed (pythonw on Windows)
        write(message.rstrip("\n") + "\n")
    return True


def load_catalog(
    directory: Path | None = None,
    *,
    cache: Path | None = None,
    seed: Path | None = None,
    report: Callable[[str], object] | None = None,
) -> Catalog:
    """The shipped catalog, as fast as the caches allow.

    *seed* (default: the cache compiled at build time) and *cache* (default: the user's cache
    folder) both supply parsed entries by content hash; the user's cache is written, its folder
    created first, whenever it is missing or stale (a Python version the seed was not compiled
    with, an edited checkout). A failed write is reported once through :func:`report_once`.
    """
    from .catalog_files import load_folder

    folder = directory if directory is not None else catalog_dir()
    target = cache if cache is not None else user_catalog_cache()
    seed_file = seed if seed is not None else shipped_catalog_cache()

    def failed(exc: OSError) -> None:
        reason = exc.strerror or type(exc).__name__
        report_once(
            f"Ringoff could not save its catalog cache in {target.parent} ({reason}); "
            "it will read the catalog files at every start, which is slower.",
            stream=report,
        )

    def damaged(path: Path) -> None:
        report_once(
            f"Ringoff found its catalog cache {path} damaged; it read the catalog files "
            "instead and saved a new cache.",
            stream=report,
        )

    return load_folder(
        folder,
        cache=target,
        seed=seed_file,
        refresh_cache=True,
        on_cache_error=failed,
        on_damaged_cache=damaged,
    )
