"""core/ never touches the disk: no module under gui/ringoff/core opens, lists, tests, writes or
removes a file. Callers in storage/ read the bytes and pass them in (docs/architecture.md).

Checked over the syntax tree of every module: calls of ``open``/``io.open``, of the ``os`` and
``os.path`` functions that reach the file system, of ``pathlib`` methods that do (read_*, write_*,
iterdir, glob, exists...), and imports of the modules that exist to do it (shutil, tempfile,
glob). ``pathlib.Path`` may still be named (a type in a message), just not used on the disk.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[3] / "gui" / "ringoff" / "core"

#: Functions of ``os`` that touch the file system.
OS_DISK = frozenset(
    {
        "open",
        "fdopen",
        "listdir",
        "scandir",
        "walk",
        "fwalk",
        "stat",
        "lstat",
        "remove",
        "unlink",
        "rename",
        "renames",
        "replace",
        "mkdir",
        "makedirs",
        "rmdir",
        "removedirs",
        "chmod",
        "chown",
        "utime",
        "truncate",
        "symlink",
        "link",
        "readlink",
        "access",
        "startfile",
    }
)
#: Functions of ``os.path`` that ask the file system (the others only handle text).
OS_PATH_DISK = frozenset(
    {
        "exists",
        "lexists",
        "isfile",
        "isdir",
        "islink",
        "ismount",
        "getsize",
        "getmtime",
        "getatime",
        "getctime",
        "samefile",
        "realpath",
    }
)
#: Methods of pathlib's paths that touch the file system. (Not ``open``, which a ZipFile
#: member shares, nor ``is_dir``, which zipfile.ZipInfo shares: both read memory there.)
PATH_DISK = frozenset(
    {
        "read_text",
        "read_bytes",
        "write_text",
        "write_bytes",
        "iterdir",
        "glob",
        "rglob",
        "walk",
        "exists",
        "is_file",
        "is_symlink",
        "is_mount",
        "mkdir",
        "rmdir",
        "unlink",
        "touch",
        "stat",
        "lstat",
        "chmod",
        "rename",
        "samefile",
        "readlink",
        "symlink_to",
        "hardlink_to",
        "resolve",
    }
)
#: Modules whose whole purpose is the file system.
DISK_MODULES = frozenset({"shutil", "tempfile", "glob", "fileinput", "mmap"})


def _dotted(node: ast.expr) -> str:
    """``os.path.exists`` for the expression naming it ("" for anything else)."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return f"{base}.{node.attr}" if base else ""
    return ""


def disk_uses(source: str) -> list[tuple[int, str]]:
    """(line, what) of every use of the disk in a module's *source*."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in DISK_MODULES:
                    found.append((node.lineno, f"import {alias.name}"))
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            for alias in node.names:
                if (
                    module.split(".")[0] in DISK_MODULES
                    or (module == "os" and alias.name in OS_DISK)
                    or (module == "os.path" and alias.name in OS_PATH_DISK)
                    or (module == "io" and alias.name == "open")
                ):
                    found.append((node.lineno, f"from {module} import {alias.name}"))
        elif isinstance(node, ast.Call):
            name = _dotted(node.func)
            module, _, function = name.rpartition(".")
            if (
                name in ("open", "io.open")
                or (module == "os.path" and function in OS_PATH_DISK)
                or (module == "os" and function in OS_DISK)
            ):
                found.append((node.lineno, f"{name}()"))
            elif isinstance(node.func, ast.Attribute) and node.func.attr in PATH_DISK:
                found.append((node.lineno, f".{node.func.attr}()"))
    return found


def test_no_module_in_core_touches_the_disk() -> None:
    problems = [
        f"{path.relative_to(CORE.parent)}:{line}: {what}"
        for path in sorted(CORE.rglob("*.py"))
        for line, what in disk_uses(path.read_text("utf-8"))
    ]
    assert problems == [], "core/ must not touch the disk (move it to storage/):\n" + "\n".join(
        problems
    )


@pytest.mark.parametrize(
    "source",
    [
        "open('x')",
        "import io\nio.open('x')",
        "import os\nos.listdir('.')",
        "import os\nos.scandir('.')",
        "import os\nos.replace('a', 'b')",
        "import os.path\nos.path.exists('x')",
        "from os import listdir",
        "from os.path import isfile",
        "import shutil",
        "from tempfile import mkdtemp",
        "from pathlib import Path\nPath('x').read_text()",
        "path.write_bytes(b'')",
        "folder.iterdir()",
        "folder.glob('*.toml')",
        "path.exists()",
        "cache.parent.mkdir(parents=True)",
    ],
)
def test_the_check_sees_each_way_of_touching_the_disk(source: str) -> None:
    assert disk_uses(source), source


@pytest.mark.parametrize(
    "source",
    [
        "from pathlib import Path\ndef f(p: Path) -> str: return str(p)",
        "import os\nos.path.join('a', 'b')",
        "text.replace('a', 'b')",
        "zf.open(info)",
        "import zipfile\nzipfile.ZipFile(io.BytesIO(raw))",
    ],
)
def test_the_check_lets_text_and_memory_be(source: str) -> None:
    assert disk_uses(source) == [], source
