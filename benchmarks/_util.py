"""Small shared helpers for the benchmarks: timing, medians and a plain text table."""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def add_project_paths() -> None:
    """Make ``ringoff`` (gui/) and the test helpers (tests/) importable when run as a script."""
    for folder in (ROOT / "gui", ROOT / "tests"):
        if str(folder) not in sys.path:
            sys.path.insert(0, str(folder))


def timed(action: Callable[[], object]) -> float:
    """Seconds one call of *action* takes (monotonic, high resolution)."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Print *rows* under *headers* in aligned columns (first column left, others right)."""
    cells = [[str(h) for h in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]

    def line(row: Sequence[str]) -> str:
        parts = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)
        ]
        return "  ".join(parts)

    print(line(cells[0]))
    print("  ".join("-" * w for w in widths))
    for row in cells[1:]:
        print(line(row))


def summary(
    what: str, value: str, baseline: str = "", target: str = "", ok: bool | None = None
) -> None:
    """One line of benchmarks/run_all.py's table (it reads the lines starting with SUMMARY)."""
    row = {"what": what, "value": value, "baseline": baseline, "target": target, "ok": ok}
    print("SUMMARY " + json.dumps(row, ensure_ascii=False), flush=True)
