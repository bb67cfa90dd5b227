"""Collect every translatable string into resources/i18n/ringoff_zh_CN.ts (Qt Linguist format).

    python tools/update_translations.py            # update the .ts from the source
    python tools/update_translations.py --check    # exit 1 if the .ts is out of date

Runs PySide6's lupdate over gui/ringoff/. Strings that disappeared from the code are dropped
(-no-obsolete); file locations are left out so a moved line does not change the file.
Translate with Qt Linguist (`pyside6-linguist`) or any XML editor.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "gui" / "ringoff"
TS = ROOT / "resources" / "i18n" / "ringoff_zh_CN.ts"


def lupdate_tool() -> str:
    import PySide6

    base = Path(PySide6.__file__).parent
    for name in ("lupdate", "lupdate.exe"):
        if (base / name).exists():
            return str(base / name)
    found = shutil.which("pyside6-lupdate")
    if found is None:
        raise SystemExit("lupdate not found: install PySide6")
    return found


def python_sources() -> list[str]:
    return sorted(str(p) for p in SOURCES.rglob("*.py"))


def update(ts: Path) -> None:
    ts.parent.mkdir(parents=True, exist_ok=True)
    cmd = [lupdate_tool(), *python_sources(), "-no-obsolete", "-locations", "none"]
    cmd += ["-target-language", "zh_CN", "-ts", str(ts)]
    subprocess.run(cmd, check=True, capture_output=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true", help="only check that the .ts is current")
    args = parser.parse_args()
    if not args.check:
        update(TS)
        print(f"updated {TS.relative_to(ROOT)}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / TS.name
        shutil.copyfile(TS, copy)
        update(copy)
        if copy.read_bytes() != TS.read_bytes():
            print(
                "resources/i18n/ringoff_zh_CN.ts is out of date: run tools/update_translations.py"
            )
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
