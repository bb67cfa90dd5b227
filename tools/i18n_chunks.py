"""Hand the untranslated strings of the .ts file out in chunks, and take the translations back.

    python tools/i18n_chunks.py export OUTDIR [--parts 3]   # OUTDIR/part-1.json ...
    python tools/i18n_chunks.py import FILE.json [...]      # write translations into the .ts

Each JSON entry: {"context", "source", "comment", "numerus", "translation"}; fill in
"translation" (for numerus messages one form is enough in Chinese). Import refuses an entry
whose {placeholders} differ from the source, and leaves it untranslated.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "ringoff_zh_CN.ts"
PLACEHOLDER = re.compile(r"\{[a-z_][a-z0-9_]*\}|%n|%\d")


def _key(context: str, source: str, comment: str) -> tuple[str, str, str]:
    return (context, source, comment)


def export(outdir: Path, parts: int) -> None:
    tree = ET.parse(TS)
    entries = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is not None and node.get("type") != "unfinished":
                continue
            entries.append(
                {
                    "context": name,
                    "source": message.findtext("source") or "",
                    "comment": message.findtext("comment") or "",
                    "numerus": message.get("numerus") == "yes",
                    "translation": "",
                }
            )
    outdir.mkdir(parents=True, exist_ok=True)
    size = -(-len(entries) // parts) if entries else 0
    for i in range(parts):
        chunk = entries[i * size : (i + 1) * size]
        path = outdir / f"part-{i + 1}.json"
        path.write_text(json.dumps(chunk, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{path}: {len(chunk)} strings")


def import_(files: list[Path]) -> int:
    wanted: dict[tuple[str, str, str], str] = {}
    refused = 0
    for file in files:
        for entry in json.loads(file.read_text(encoding="utf-8")):
            text = (entry.get("translation") or "").strip()
            if not text:
                continue
            if sorted(set(PLACEHOLDER.findall(entry["source"]))) != sorted(
                set(PLACEHOLDER.findall(text))
            ):
                refused += 1
                print(f"placeholders differ, skipped: {entry['source']!r} -> {text!r}")
                continue
            wanted[_key(entry["context"], entry["source"], entry.get("comment", ""))] = text
    tree = ET.parse(TS)
    done = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = _key(name, message.findtext("source") or "", message.findtext("comment") or "")
            if key not in wanted:
                continue
            node = message.find("translation")
            if node is None:
                node = ET.SubElement(message, "translation")
            node.attrib.pop("type", None)
            for child in list(node):
                node.remove(child)
            if message.get("numerus") == "yes":
                node.text = None
                ET.SubElement(node, "numerusform").text = wanted[key]
            else:
                node.text = wanted[key]
            done += 1
    ET.indent(tree, space="    ")
    with TS.open("wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")
    print(f"translated {done} strings; refused {refused}")
    return 1 if refused else 0


def main() -> int:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("export")
    e.add_argument("outdir", type=Path)
    e.add_argument("--parts", type=int, default=3)
    i = sub.add_parser("import")
    i.add_argument("files", type=Path, nargs="+")
    args = parser.parse_args()
    if args.cmd == "export":
        export(args.outdir, args.parts)
        return 0
    return import_(args.files)


if __name__ == "__main__":
    sys.exit(main())
