"""The floors of the house, checked over the real import graph (every import statement in
gui/ringoff, at module level or inside functions): arrows only point down.

core/ imports nothing of Ringoff's but core; storage/ only core; services/ (Qt without screens)
storage, operations and core. Qt never enters core/, storage/ or operations/. ui/ and the
command line are checked by the house issue's contracts once their rooms are built.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "gui" / "ringoff"

# floor -> the floors it may import (itself always allowed)
ALLOWED: dict[str, set[str]] = {
    "core": set(),
    "storage": {"core"},
    "operations": {"core", "storage"},
    "services": {"core", "storage", "operations", "__version__", "APP_NAME"},
    "paper": {"core", "operations", "services"},
}
NO_QT = {"core", "storage", "operations"}
NO_WIDGETS = {"paper"}  # documents: QtGui only, so the command line prints without widgets


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> list[tuple[str, int]]:
    """(absolute module name, line) of every import in *path*."""
    tree = ast.parse(path.read_text("utf-8"), str(path))
    here = _module_name(path)
    package = here if path.name == "__init__.py" else here.rpartition(".")[0]
    found: list[tuple[str, int]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.append((module, node.lineno))
            for alias in node.names:  # from . import keys -> ringoff.storage.keys
                found.append((f"{module}.{alias.name}", node.lineno))
    return found


def _floor(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "ringoff" or len(parts) < 2:
        return None
    return parts[1]


def _violations() -> list[str]:
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        floor = _floor(_module_name(path))
        if floor not in ALLOWED and floor not in NO_QT:
            continue
        for module, line in _imports(path):
            target = _floor(module)
            where = f"{path.relative_to(PACKAGE.parent)}:{line}"
            if floor in NO_QT and module.split(".")[0] == "PySide6":
                problems.append(f"{where} imports Qt ({module})")
            if floor in NO_WIDGETS and module.startswith(("PySide6.QtWidgets", "PySide6.QtPrint")):
                problems.append(f"{where} imports widgets ({module})")
            if target is None or target == floor:
                continue
            if (
                floor in ALLOWED
                and target not in ALLOWED[floor]
                and ((PACKAGE / target).is_dir() or (PACKAGE / f"{target}.py").exists())
            ):
                problems.append(f"{where}: {floor}/ may not import {module}")
    return problems


def test_arrows_only_point_down() -> None:
    assert _violations() == []


def test_the_check_sees_a_wrong_arrow(tmp_path: Path) -> None:
    """Not blind: a storage module importing the screens is caught."""
    fake = tmp_path / "ringoff"
    (fake / "storage").mkdir(parents=True)
    (fake / "ui").mkdir()
    (fake / "storage" / "bad.py").write_text("from ..ui import main_window\nimport PySide6\n")
    (fake / "paper").mkdir()
    (fake / "paper" / "bad.py").write_text("from PySide6.QtWidgets import QDialog\n")
    global PACKAGE
    saved, PACKAGE = PACKAGE, fake
    try:
        found = _violations()
    finally:
        PACKAGE = saved
    assert any("may not import ringoff.ui" in v for v in found), found
    assert any("imports Qt" in v for v in found), found
    assert any("paper/bad.py:1 imports widgets" in v for v in found), found
