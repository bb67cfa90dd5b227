"""How long reading a 100,000-row Chrome export takes (target: 2 s or less).

Run from the project root:  PYTHONPATH=gui python benchmarks/bench_import.py [rows] [runs]
Prints the median of the runs (5 by default). The file is generated in a temporary folder by
tests/data/imports/make_samples.py and deleted afterwards.
"""

from __future__ import annotations

import importlib.util
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ringoff.core.importers import read_export

ROOT = Path(__file__).resolve().parents[1]


def _load_samples():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "make_samples", ROOT / "tests" / "data" / "imports" / "make_samples.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_samples"] = module
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class _Service:
    id: str
    label: str

    def name(self, lang: str) -> str:
        return self.label


class _Matcher:
    """A catalog of a few hundred domains, looked up the way core.catalog would (by suffix)."""

    def __init__(self) -> None:
        self.domains = {f"shop{i}.com": _Service(f"shop{i}", f"Shop {i}") for i in range(300)}
        for d in ("google.com", "taobao.com", "jd.com", "alipay.com"):
            self.domains[d] = _Service(d.split(".")[0], d)

    def service_for_domain(self, host_or_url: str) -> _Service | None:
        labels = host_or_url.lower().split(".")
        for i in range(len(labels) - 1):
            found = self.domains.get(".".join(labels[i:]))
            if found is not None:
                return found
        return None

    def service_for_sms_sender(self, sender: str) -> _Service | None:
        return None

    def search(self, text: str, lang: str = "en", limit: int = 50) -> Sequence[_Service]:
        key = text.casefold()
        return [s for s in self.domains.values() if s.label.casefold() == key][:limit]


def main(rows: int = 100_000, runs: int = 5) -> float:
    samples = _load_samples()
    with tempfile.TemporaryDirectory() as tmp:
        path = samples.write_big_chrome(Path(tmp) / "big.csv", rows)
        data = path.read_bytes()
    times = []
    result = None
    for _ in range(runs):
        matcher = _Matcher()
        start = time.perf_counter()
        result = read_export(data, number_e164="+8613812345678", region="CN", matcher=matcher)
        times.append(time.perf_counter() - start)
    assert result is not None
    median = statistics.median(times)
    uses = sum(1 for i in result.items if i.username_is_number)
    print(
        f"{rows} rows, {len(data) / 1e6:.1f} MB: median {median:.3f} s over {runs} runs "
        f"(min {min(times):.3f}, max {max(times):.3f}); {len(result.items)} items, "
        f"{uses} use the number"
    )
    return median


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    main(*args)
