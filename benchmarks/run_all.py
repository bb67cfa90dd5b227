"""Run every benchmark, one after another, and print all their figures in one table.

    python benchmarks/run_all.py [--quick] [--markdown] [--readme] [--only NAME ...]

Each benchmark measures its subject next to its baseline in the same run (a bare PySide6
window, the bare key derivation, the TOML parse...) and reports medians and ratios, because this
machine is shared and noisy. Each prints its own detailed table (shown with --verbose) and one
``SUMMARY {json}`` line per figure; this script gathers those lines into one table.

--markdown prints the table as Markdown; --readme writes it into README.md between the
``<!-- benchmarks:begin -->`` and ``<!-- benchmarks:end -->`` markers (the Performance table),
with the date and the machine's load. --quick uses fewer rounds.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
README = ROOT / "README.md"
BEGIN, END = "<!-- benchmarks:begin -->", "<!-- benchmarks:end -->"

#: (script, full arguments, quick arguments)
BENCHES: list[tuple[str, list[str], list[str]]] = [
    ("bench_startup.py", ["--runs", "15"], ["--runs", "5"]),
    ("bench_unlock.py", [], ["--rounds", "3"]),
    ("bench_scale.py", [], ["--quick"]),
    ("bench_catalog.py", [], ["-n", "5"]),
    ("bench_filter.py", [], ["-n", "5"]),
    ("bench_import.py", [], ["--runs", "1", "--mbox-gb", "0.2"]),
    ("bench_crash.py", ["--trials", "200"], ["--trials", "20"]),
    ("bench_print.py", ["-n", "5"], ["-n", "2"]),
]

Row = dict[str, object]


def run_one(script: str, argv: list[str], verbose: bool) -> list[Row]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT / "gui"))
    path = HERE / script
    if not path.exists():
        return [{"what": script, "value": "(missing)", "baseline": "", "target": "", "ok": None}]
    result = subprocess.run(
        [sys.executable, str(path), *argv],
        cwd=HERE,
        env=env,
        text=True,
        capture_output=True,
        check=False,
    )
    rows: list[Row] = []
    other: list[str] = []
    for line in result.stdout.splitlines():
        if line.startswith("SUMMARY "):
            rows.append(json.loads(line[len("SUMMARY ") :]))
        else:
            other.append(line)
    if verbose:
        print(f"\n## {script}\n", flush=True)
        print("\n".join(other).rstrip())
    if not rows:  # a benchmark without SUMMARY lines: its last line says what it measured
        last = next((line for line in reversed(other) if line.strip()), "(no output)")
        rows.append(
            {"what": script, "value": last.strip(), "baseline": "", "target": "", "ok": None}
        )
    # Exit 1 with figures: a target was missed, and its row already says so (✘).
    missed = result.returncode == 1 and any(r.get("ok") is False for r in rows)
    if result.returncode != 0 and not missed:
        rows.append(
            {
                "what": f"{script} exit {result.returncode}",
                "value": (result.stderr.strip().splitlines() or [""])[-1][:120],
                "baseline": "",
                "target": "",
                "ok": False,
            }
        )
    return rows


def verdict(ok: object) -> str:
    return "" if ok is None else ("✔" if ok else "✘")


def text_table(rows: list[Row]) -> str:
    headers = ["what", "Ringoff", "baseline in the same run", "target", ""]
    cells = [headers] + [
        [str(r["what"]), str(r["value"]), str(r["baseline"]), str(r["target"]), verdict(r["ok"])]
        for r in rows
    ]
    widths = [max(len(c[i]) for c in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(line.rstrip() for line in lines)


def markdown_table(rows: list[Row]) -> str:
    def cell(value: object) -> str:
        return str(value).replace("|", "\\|")

    lines = [
        "| what | Ringoff | baseline in the same run | target |",
        "| --- | --- | --- | --- |",
    ]
    for r in rows:
        target = f"{r['target']} {verdict(r['ok'])}".strip()
        lines.append(
            f"| {cell(r['what'])} | {cell(r['value'])} | {cell(r['baseline'])} | {cell(target)} |"
        )
    return "\n".join(lines)


def write_readme(table: str, header: str) -> None:
    text = README.read_text("utf-8")
    block = f"{BEGIN}\n{header}\n\n{table}\n{END}"
    if BEGIN in text and END in text:
        text = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda _m: block, text, flags=re.S)
    else:
        raise SystemExit(f"README.md has no {BEGIN} … {END} markers around its performance table")
    README.write_text(text, "utf-8")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--readme", action="store_true", help="write the table into README.md")
    parser.add_argument("--verbose", action="store_true", help="show each benchmark's own tables")
    parser.add_argument("--only", nargs="*", default=None, help="scripts to run (default: all)")
    args = parser.parse_args()
    rows: list[Row] = []
    loads = [os.getloadavg()[0]]
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    for script, full, quick in BENCHES:
        if args.only and script not in args.only and script.removesuffix(".py") not in args.only:
            continue
        print(f"running {script} …", file=sys.stderr, flush=True)
        rows.extend(run_one(script, quick if args.quick else full, args.verbose))
        loads.append(os.getloadavg()[0])
    header = (
        f"Measured {started} on the shared {os.cpu_count()}-core development machine, 1-minute "
        f"load average {min(loads):.1f}–{max(loads):.1f} while measuring"
        f"{' (--quick)' if args.quick else ''}; medians of interleaved runs next to a baseline "
        "in the same run (`python benchmarks/run_all.py --readme` regenerates this table)."
    )
    table = markdown_table(rows) if (args.markdown or args.readme) else text_table(rows)
    print()
    print(header)
    print()
    print(table)
    if args.readme:
        write_readme(markdown_table(rows), header)
        print(f"\nwritten to {README}", file=sys.stderr)
    return 1 if any(r["ok"] is False for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
