"""The frozen bundle works: built by packaging/build.py, then run as a user would run it.

Building takes minutes, so these tests run only when asked: ``pytest -m packaging`` or
RINGOFF_PACKAGING=1. A bundle newer than every source file is reused instead of rebuilt
(RINGOFF_PACKAGING_REBUILD=1 forces a build). The checks themselves live in packaging/smoke.py,
which CI also runs on the Windows and macOS bundles.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "packaging" / "dist"
BUNDLE = DIST / "ringoff"
SIZE_LIMIT = 150 * 1024 * 1024  # bytes in the unpacked Linux bundle
SOURCES = (
    "gui/ringoff",
    "resources/catalog",
    "resources/i18n",
    "resources/icons",
    "packaging/ringoff.spec",
    "packaging/build.py",
    "packaging/entry.py",
    "packaging/linux",
)


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        f"ringoff_packaging_{name}", ROOT / "packaging" / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


smoke = _load("smoke")


def _selected(config: pytest.Config) -> bool:
    markexpr = str(getattr(config.option, "markexpr", "") or "")
    asked = re.search(r"(?<!not )\bpackaging\b", markexpr) is not None
    return os.environ.get("RINGOFF_PACKAGING") == "1" or asked


def _newest_source() -> float:
    newest = 0.0
    for rel in SOURCES:
        path = ROOT / rel
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
        for file in files:
            if "__pycache__" not in file.parts:
                newest = max(newest, file.stat().st_mtime)
    return newest


def _tarballs() -> list[Path]:
    return sorted(DIST.glob("ringoff-*-linux-*.tar.gz"))


def _fresh(executable: Path) -> bool:
    if os.environ.get("RINGOFF_PACKAGING_REBUILD") == "1" or not executable.exists():
        return False
    built = executable.stat().st_mtime
    if sys.platform.startswith("linux") and not any(
        t.stat().st_mtime >= built for t in _tarballs()
    ):
        return False
    return built >= _newest_source()


@pytest.fixture(scope="module")
def executable(request: pytest.FixtureRequest) -> Path:
    if not _selected(request.config):
        pytest.skip(
            "builds the frozen bundle (minutes): run with -m packaging or RINGOFF_PACKAGING=1"
        )
    candidate = BUNDLE / ("ringoff-cli.exe" if sys.platform == "win32" else "ringoff")
    if not _fresh(candidate):
        started = time.monotonic()
        subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], cwd=ROOT, check=True)
        print(f"\nbuild.py took {time.monotonic() - started:.0f} s")
    path: Path = smoke.find_executable(BUNDLE)
    return path


@pytest.fixture
def home(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "home"


def test_the_window_opens_and_stderr_is_clean(executable: Path, home: Path) -> None:
    smoke.check_gui(executable, home)


def test_init_number_add_and_list_on_a_new_vault(executable: Path, home: Path) -> None:
    smoke.check_cli(executable, home)


def test_the_bundled_catalog_is_found_and_searchable(executable: Path, home: Path) -> None:
    smoke.check_catalog(executable, home)


def test_the_chinese_translation_loads(executable: Path, home: Path) -> None:
    if not (ROOT / "resources" / "i18n" / "ringoff_zh_CN.ts").exists():
        pytest.skip("resources/i18n/ringoff_zh_CN.ts does not exist yet")
    assert smoke.ships_translation(executable), "the .ts exists but the bundle has no .qm"
    smoke.check_gui(executable, home, "zh_CN")
    smoke.check_translation(executable, home)


def test_the_allowlist_lets_only_known_lines_through() -> None:
    harmless = "This plugin does not support propagateSizeHints()\n"
    assert smoke.unexpected_stderr(harmless) == []
    assert smoke.unexpected_stderr(harmless + "QObject: something broke\n") == [
        "QObject: something broke"
    ]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle")
def test_the_linux_bundle_is_small_and_trimmed(executable: Path) -> None:
    internal = BUNDLE / "_internal"
    size = sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink())
    assert size <= SIZE_LIMIT, f"the bundle is {size / 2**20:.0f} MiB"
    names = {p.name for p in internal.rglob("*")}
    assert not any(n.startswith(("libQt6Qml", "libQt6Quick", "libQt6Pdf")) for n in names)
    assert not any(n.startswith("QtQml") for n in names)
    assert any(
        n.startswith("_sqlite3.") for n in (internal / "sqlcipher3").iterdir() for n in [n.name]
    )
    plugins = internal / "PySide6" / "Qt" / "plugins"
    assert sorted(p.name for p in (plugins / "platforms").iterdir()) == [
        "libqminimal.so",
        "libqoffscreen.so",
        "libqwayland.so",
        "libqxcb.so",
    ]
    assert [p.name for p in (plugins / "imageformats").iterdir()] == ["libqsvg.so"]
    dangling = [p for p in BUNDLE.rglob("*") if p.is_symlink() and not p.exists()]
    assert dangling == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux tarball")
def test_the_tarball_holds_the_bundle_desktop_file_and_icon(executable: Path) -> None:
    tarballs = _tarballs()
    assert tarballs, "build.py made no tarball"
    with tarfile.open(tarballs[-1]) as tar:
        members = {m.name: m for m in tar.getmembers()}
    top = tarballs[-1].name.removesuffix(".tar.gz")
    for name in ("ringoff/ringoff", "ringoff.desktop", "ringoff.png", "ringoff.svg", "install.sh"):
        assert f"{top}/{name}" in members, name
    assert members[f"{top}/ringoff/ringoff"].mode & 0o111
    assert members[f"{top}/install.sh"].mode & 0o111
