"""The house's contracts, checked over the real import graph of gui/ringoff (every import
statement, at module level or inside a function): arrows only point down, no cycles.

The floors, top to bottom (docs/architecture.md draws them):

- ``cli/`` and ``ui/``: the two front doors. The command line never imports the screens; the
  screens import storage/ only for type hints (under ``if TYPE_CHECKING:``), everything else they
  need comes through operations/ and services/.
- ``paper/``: printable documents, QtGui only (no widgets), shared by both doors.
- ``services/``: Qt without screens (the session, timers, notifications, translations).
- ``operations/``: a person's actions, Qt-free, the only place that combines storage and core.
- ``storage/``: every file, Qt-free.
- ``core/``: rules, Qt-free, no disk.

The package's root modules (``app.py`` builds the application, ``__main__``) may import any
floor: they are the composition root.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "gui" / "ringoff"

FLOORS = ("core", "storage", "operations", "services", "paper", "ui", "cli")

#: floor -> the floors it may import at run time (itself always allowed)
ALLOWED: dict[str, set[str]] = {
    "core": set(),
    "storage": {"core"},
    "operations": {"core", "storage"},
    "services": {"core", "storage", "operations"},
    "paper": {"core", "operations", "services"},
    "ui": {"core", "operations", "services", "paper"},
    "cli": {"core", "storage", "operations", "services", "paper"},
}
#: floor -> the floors it may import for type hints only (``if TYPE_CHECKING:``)
TYPE_ONLY: dict[str, set[str]] = {"ui": {"storage"}, "paper": {"storage"}}
#: Names from the package root anyone may take (``from .. import APP_NAME``).
ROOT_NAMES = {"APP_NAME", "__version__"}
NO_QT = {"core", "storage", "operations"}
NO_WIDGETS = {"core", "storage", "operations", "paper", "cli"}
#: What "widgets" means: QtWidgets itself, and QtPrintSupport (its dialogs are widgets; paper/
#: writes PDFs with QtGui's QPdfWriter, and the print dialog lives in ui/).
WIDGET_MODULES = ("PySide6.QtWidgets", "PySide6.QtPrintSupport")
#: Files longer than this say why in their docstring ("Longer than 500 lines: ...").
MAX_LINES = 500


@dataclass(frozen=True)
class Import:
    module: str  # absolute, e.g. ringoff.storage.vault
    line: int
    type_only: bool


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _type_checking_lines(tree: ast.AST) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                for sub in ast.walk(child):
                    if hasattr(sub, "lineno"):
                        lines.add(sub.lineno)
    return lines


def _imports(path: Path) -> list[Import]:
    tree = ast.parse(path.read_text("utf-8"), str(path))
    type_only = _type_checking_lines(tree)
    here = _module_name(path)
    package = here if path.name == "__init__.py" else here.rpartition(".")[0]
    found: list[Import] = []
    for node in ast.walk(tree):
        hint = node.lineno in type_only if hasattr(node, "lineno") else False
        if isinstance(node, ast.Import):
            found += [Import(alias.name, node.lineno, hint) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.append(Import(module, node.lineno, hint))
            for alias in node.names:  # from . import keys -> ringoff.storage.keys
                found.append(Import(f"{module}.{alias.name}", node.lineno, hint))
    return found


def _floor(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "ringoff" or len(parts) < 2:
        return None
    return parts[1]


def _is_ringoff_module(module: str) -> bool:
    rel = Path(*module.split(".")[1:])
    return (PACKAGE / rel).is_dir() or (PACKAGE / rel).with_suffix(".py").exists()


def _sources() -> Iterator[Path]:
    for path in sorted(PACKAGE.rglob("*.py")):
        if "resources" not in path.relative_to(PACKAGE).parts:
            yield path


def _violations() -> list[str]:
    problems = []
    for path in _sources():
        floor = _floor(_module_name(path))
        if floor not in FLOORS:
            continue  # the composition root
        for imp in _imports(path):
            where = f"{path.relative_to(PACKAGE.parent)}:{imp.line}"
            top = imp.module.split(".")
            if top[0] == "PySide6":
                if floor in NO_QT:
                    problems.append(f"{where} imports Qt ({imp.module})")
                elif floor in NO_WIDGETS and imp.module.startswith(WIDGET_MODULES):
                    problems.append(f"{where} imports widgets ({imp.module})")
                continue
            target = _floor(imp.module)
            if target is None or target == floor:
                continue
            if target in ROOT_NAMES or (len(top) == 2 and not _is_ringoff_module(imp.module)):
                continue  # from .. import APP_NAME
            if target in ALLOWED[floor]:
                continue
            if imp.type_only and target in TYPE_ONLY.get(floor, set()):
                continue
            if target not in FLOORS and target != "app":
                continue
            problems.append(f"{where}: {floor}/ may not import {imp.module}")
    return problems


def _graph() -> dict[str, set[str]]:
    """module -> the Ringoff modules it imports at run time (type hints left out)."""
    names = {_module_name(p) for p in _sources()}
    graph: dict[str, set[str]] = {}
    for path in _sources():
        here = _module_name(path)
        edges = graph.setdefault(here, set())
        for imp in _imports(path):
            if imp.type_only or imp.module == here:
                continue
            if imp.module in names:
                edges.add(imp.module)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _package_parents(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """A package's __init__ importing its own submodules is how packages re-export; the
    submodules importing a sibling through the package would be a cycle only through that
    convenience, so a module -> its own package's __init__ edge is left out."""
    trimmed: dict[str, set[str]] = {}
    for module, edges in graph.items():
        trimmed[module] = {e for e in edges if not module.startswith(e + ".")}
    return trimmed


def test_arrows_only_point_down() -> None:
    assert _violations() == []


def test_no_import_cycles() -> None:
    assert _cycles(_package_parents(_graph())) == []


def test_files_stay_readable() -> None:
    """No file over ~500 lines without saying why in its docstring."""
    long = []
    for path in _sources():
        text = path.read_text("utf-8")
        lines = text.count("\n")
        if lines > MAX_LINES:
            doc = ast.get_docstring(ast.parse(text)) or ""
            if "Longer than 500 lines" not in doc:
                long.append(f"{path.relative_to(PACKAGE.parent)}: {lines} lines")
    assert long == []


def _fake_house(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "ringoff"
    for floor in FLOORS:
        (root / floor).mkdir(parents=True, exist_ok=True)
        (root / floor / "__init__.py").write_text("")
    for name, text in files.items():
        (root / name).write_text(text)
    return root


def test_the_checks_see_wrong_arrows_and_cycles(tmp_path: Path) -> None:
    """Not blind: each rule is seen failing on a small made-up house."""
    global PACKAGE
    fake = _fake_house(
        tmp_path,
        {
            "storage/bad.py": "from ..ui import main_window\nimport PySide6\n",
            "ui/main_window.py": "from ..storage import bad\n",
            "ui/hinted.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
            "    from ..storage import bad\n",
            "cli/door.py": "from PySide6.QtWidgets import QWidget\nfrom ..ui import hinted\n",
            "paper/doc.py": "from PySide6.QtGui import QTextDocument\n",
            "paper/printer.py": "from PySide6.QtPrintSupport import QPrinter\n",
            "services/a.py": "from . import b\n",
            "services/b.py": "def f():\n    from . import a\n",
        },
    )
    saved, PACKAGE = PACKAGE, fake
    try:
        found = _violations()
        cycles = _cycles(_package_parents(_graph()))
    finally:
        PACKAGE = saved
    text = "\n".join(found)
    assert "storage/bad.py:1: storage/ may not import ringoff.ui" in text
    assert "storage/bad.py:2 imports Qt" in text
    assert "ui/main_window.py:1: ui/ may not import ringoff.storage" in text
    assert "ui/hinted.py" not in text  # a type hint is allowed
    assert "cli/door.py:1 imports widgets" in text
    assert "cli/door.py:2: cli/ may not import ringoff.ui" in text
    assert "paper/doc.py" not in text  # QtGui is what paper is made of
    assert "paper/printer.py:1 imports widgets" in text
    assert ["ringoff.services.a", "ringoff.services.b"] in cycles
