"""Collect every translatable string into resources/i18n/ringoff_zh_CN.ts (Qt Linguist format),
and compile it into resources/i18n/ringoff_zh_CN.qm, which ships inside the package.

    python tools/update_translations.py            # update the .ts from the source, build the .qm
    python tools/update_translations.py --check    # exit 1 if the .ts or the .qm is out of date
    python tools/update_translations.py --take ours.ts --take theirs.ts   # after a merge conflict

Runs PySide6's lupdate over gui/ringoff/. Strings that disappeared from the code are dropped
(-no-obsolete); file locations are left out so a moved line does not change the file.
Translate with Qt Linguist (`pyside6-linguist`) or any XML editor, then run this again so the
committed .qm follows.

The check compares *which* messages the file holds (context and source text), not its bytes:
lupdate releases disagree on small things (PySide6 6.12's lupdate marks a four-argument
``QCoreApplication.translate(ctx, "in %n days", "", n)`` as a plural message, 6.11's does not),
and the check must not depend on which PySide6 a developer has.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "gui" / "ringoff"
TS = ROOT / "resources" / "i18n" / "ringoff_zh_CN.ts"
QM = TS.with_suffix(".qm")


def _qt_tool(name: str) -> str:
    import PySide6

    base = Path(PySide6.__file__).parent
    for candidate in (name, f"{name}.exe"):
        if (base / candidate).exists():
            return str(base / candidate)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6")
    return found


def lupdate_tool() -> str:
    return _qt_tool("lupdate")


def python_sources() -> list[str]:
    return sorted(str(p) for p in SOURCES.rglob("*.py"))


def _lupdate(ts: Path) -> None:
    cmd = [lupdate_tool(), *python_sources(), "-no-obsolete", "-locations", "none"]
    cmd += ["-target-language", "zh_CN", "-ts", str(ts)]
    subprocess.run(cmd, check=True, capture_output=True)


def finished_translations(ts: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> the finished translation (the first form of a plural one)."""
    found: dict[tuple[str, str], str] = {}
    if not ts.exists():
        return found
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type"):
                continue
            forms = [f.text or "" for f in node.iter("numerusform")]
            text = forms[0] if forms else (node.text or "")
            if text:
                found[(name, message.findtext("source") or "")] = text
    return found


def update(ts: Path, take_from: Sequence[Path] = ()) -> None:
    """lupdate *ts*, keeping translations that only changed between plural and plain.

    When lupdate's release sees a message as plural where the file has it plain (or the other
    way round) it marks the translation unfinished. Chinese has one form, so such a
    translation is still right: it is kept, as a plain message, and lupdate runs once more to
    lay the file out its own way.
    """
    ts.parent.mkdir(parents=True, exist_ok=True)
    before: dict[tuple[str, str], str] = {}
    for other in take_from:
        before.update(finished_translations(other))
    before.update(finished_translations(ts))
    _lupdate(ts)
    tree = ET.parse(ts)
    fixed = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            key = (name, message.findtext("source") or "")
            if node is None or node.get("type") != "unfinished" or key not in before:
                continue
            message.attrib.pop("numerus", None)
            for child in list(node):
                node.remove(child)
            node.attrib.clear()
            node.text = before[key]
            fixed += 1
    if fixed:
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")
        _lupdate(ts)


def release(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True
    )


def message_keys(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of every message in *ts*."""
    keys: set[tuple[str, str]] = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            keys.add((name, message.findtext("source") or ""))
    return keys


def check() -> list[str]:
    """What is out of date, in words (empty when everything is current)."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / TS.name
        shutil.copyfile(TS, copy)
        update(copy)
        wanted, have = message_keys(copy), message_keys(TS)
        for context, source in sorted(wanted - have)[:10]:
            problems.append(f"missing from the .ts: [{context}] {source!r}")
        for context, source in sorted(have - wanted)[:10]:
            problems.append(f"no longer in the code: [{context}] {source!r}")
    problems.extend(stale_qm_messages()[:10])
    return problems


def stale_qm_messages() -> list[str]:
    """Messages whose translation in the committed .qm differs from the .ts.

    Compared through QTranslator rather than byte by byte, because lrelease releases lay the
    file out differently."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not QM.exists() or not translator.load(str(QM)):
        return [f"{QM.relative_to(ROOT)} is missing or cannot be read"]
    stale: list[str] = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in node.iter("numerusform")]
            wanted = forms[0] if forms else (node.text or "")
            plural = message.get("numerus") == "yes" or "%n" in source
            got = translator.translate(name, source, None, 1 if plural else -1)
            if got != wanted:
                stale.append(f"{QM.name} is stale for [{name}] {source!r}")
    return stale


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--check", action="store_true", help="only check that the files are current"
    )
    parser.add_argument(
        "--take",
        action="append",
        type=Path,
        default=[],
        metavar="OTHER.ts",
        help="also keep the finished translations of OTHER.ts (after a merge conflict: "
        "git show :2:resources/i18n/ringoff_zh_CN.ts > ours.ts, and :3: > theirs.ts)",
    )
    args = parser.parse_args()
    if not args.check:
        update(TS, args.take)
        release(TS, QM)
        print(f"updated {TS.relative_to(ROOT)} and {QM.relative_to(ROOT)}")
        return 0
    problems = check()
    if problems:
        print("The translation files are out of date: run tools/update_translations.py")
        print("\n".join(problems))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
