"""Build step that puts Ringoff's resources inside the package.

The sources of the catalog, translations and icons live in the top-level resources/ folder
(the project's layout). A wheel must carry them, so building one copies them into
``ringoff/resources/`` and compiles the catalog cache there (``catalog.compiled.json``), made
by the same Python that installs the wheel so the first start never parses 200 TOML files.
storage/resources.py finds them with importlib.resources. An editable install (``pip install
-e .``) copies nothing: it reads the checkout's resources/ folder directly.

Everything else about the package is declared in pyproject.toml.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCES = ROOT / "resources"
# What ships: catalog entries (TOML) with the catalog's date and its generated pinyin tables,
# compiled translations (.qm; the .ts is only their source) and icons.
SHIPPED = (
    ("catalog", ("*.toml", "_generic/*.toml", "_catalog.json", "_pinyin_*.tsv")),
    ("i18n", ("*.qm",)),
    ("icons", ("*",)),
)


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "ringoff" / "resources"
        if target.exists():
            shutil.rmtree(target)
        for folder, patterns in SHIPPED:
            for pattern in patterns:
                for source in sorted((RESOURCES / folder).glob(pattern)):
                    if source.is_file():
                        out = target / folder / source.relative_to(RESOURCES / folder)
                        out.parent.mkdir(parents=True, exist_ok=True)
                        shutil.copyfile(source, out)
        if not (target / "i18n" / "ringoff_zh_CN.qm").is_file():
            raise SystemExit(
                "resources/i18n/ringoff_zh_CN.qm is missing: run tools/update_translations.py"
            )
        if len(list((target / "catalog").glob("*.toml"))) == 0:
            raise SystemExit("resources/catalog holds no services: the package would be useless")
        sys.path.insert(0, str(ROOT / "gui"))
        try:
            # Qt-free, standard library only
            from ringoff.storage.catalog_files import write_compiled
        finally:
            sys.path.pop(0)
        write_compiled(target / "catalog", target / "catalog.compiled.json")


setup(cmdclass={"build_py": BuildPyWithResources})
