"""packaging/build.py's pure helpers (no build, no Qt): the ICO writer and the desktop file."""

from __future__ import annotations

import configparser
import importlib.util
import struct
import sys
import zlib
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "ringoff_packaging_build", ROOT / "packaging" / "build.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


build = _load_build()


def _png(width: int, height: int) -> bytes:
    """A real (tiny, blank) PNG of the given size."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    rows = b"".join(b"\x00" + b"\x00\x00\x00\x00" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def test_png_size_reads_the_header() -> None:
    assert build.png_size(_png(48, 20)) == (48, 20)
    with pytest.raises(ValueError):
        build.png_size(b"GIF89a" + bytes(30))


def test_ico_directory_points_at_each_png() -> None:
    images = [_png(16, 16), _png(48, 48), _png(256, 256)]
    ico = build.ico_bytes(images)
    reserved, kind, count = struct.unpack_from("<HHH", ico, 0)
    assert (reserved, kind, count) == (0, 1, 3)
    for index, png in enumerate(images):
        width, height, colours, _, planes, bits, size, offset = struct.unpack_from(
            "<BBBBHHII", ico, 6 + 16 * index
        )
        expected = build.png_size(png)[0]
        assert (width or 256, height or 256) == (expected, expected)
        assert (colours, planes, bits) == (0, 1, 32)
        assert ico[offset : offset + size] == png
    assert len(ico) == 6 + 16 * 3 + sum(len(p) for p in images)


def test_ico_refuses_images_larger_than_256() -> None:
    with pytest.raises(ValueError):
        build.ico_bytes([_png(512, 512)])


def test_desktop_file_starts_ringoff_with_its_icon_in_both_languages() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(ROOT / "packaging" / "linux" / "ringoff.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "ringoff"
    assert entry["Icon"] == "ringoff"
    assert entry["Name[zh_CN]"] and entry["Comment[zh_CN]"]
    assert entry["Categories"].endswith(";")


def test_the_lock_pins_every_runtime_dependency() -> None:
    """(pip itself refuses a lock outside pyproject's ranges when CI installs with it.)"""
    import re
    import tomllib

    locked = build.locked_versions()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    wanted = [*project["dependencies"], *project["optional-dependencies"]["packaging"]]
    for requirement in wanted:
        match = re.match(r"[A-Za-z0-9_.-]+", requirement)
        assert match is not None
        name = build._canonical(match.group(0))
        assert name in locked, f"{name} is not locked in packaging/constraints.txt"


def test_a_build_refuses_an_environment_that_is_not_the_locked_one() -> None:
    wrong = build.unlocked_packages({"pytest": "0.0.1", "no-such-package-xyz": "1.0"})
    assert any("pytest" in w and "0.0.1 is locked" in w for w in wrong)
    assert not any("no-such-package-xyz" in w for w in wrong)  # only what is installed counts
