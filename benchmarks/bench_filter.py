"""How long search-as-you-type takes on the accounts list of one number.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_filter.py [-n 15] [--rows 20000]

Builds an :class:`~ringoff.ui.accounts_model.AccountsModel` of N accounts (the catalog's services
repeated, plus accounts added by name), then times setting the filter text on its
:class:`~ringoff.ui.accounts_model.AccountsFilter` for several typical queries (median of n runs
each, the proxy's row count read so the work is really done). Next to each figure: the same
model behind a plain QSortFilterProxyModel that filters nothing (Qt's own cost of re-checking the
rows), and the pure Python matching of the precomputed keys. The target is <= 16 ms per keystroke.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _util import add_project_paths, median, ms, print_table, summary, timed

add_project_paths()

from PySide6.QtCore import QSortFilterProxyModel  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ringoff.core.catalog import Catalog, normalise  # noqa: E402
from ringoff.core.model import Account  # noqa: E402
from ringoff.storage.catalog_files import load_folder  # noqa: E402
from ringoff.storage.resources import catalog_dir as default_catalog_dir  # noqa: E402
from ringoff.ui.accounts_model import AccountsFilter, AccountsModel  # noqa: E402

QUERIES = ["z", "zfb", "支付宝", "icbc", "bank", "银行", "wei", "gym", "nothing-matches"]


def accounts(catalog: Catalog, rows: int) -> list[Account]:
    services = list(catalog)
    out = []
    for i in range(rows):
        if i % 10 == 9:
            out.append(Account(number_id="n", name=f"Local gym {i}"))
        else:
            s = services[i % len(services)]
            out.append(Account(number_id="n", name=s.name("en"), service_id=s.id, uses=s.uses))
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=15)
    parser.add_argument("--rows", type=int, default=20_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    catalog = load_folder(default_catalog_dir())
    data = accounts(catalog, args.rows)
    build = timed(lambda: AccountsModel(catalog, "en", data))
    model = AccountsModel(catalog, "en", data)
    ours = AccountsFilter()
    ours.setSourceModel(model)
    plain = QSortFilterProxyModel()
    plain.setSourceModel(model)
    ours.rowCount()
    plain.rowCount()
    print(f"{args.rows} rows; model built in {ms(build)} (search keys included)")

    rows = []
    all_ours: list[float] = []
    for query in QUERIES:
        times, plain_times, python_times = [], [], []
        shown = 0
        for _ in range(args.n):
            ours.set_query("")
            ours.rowCount()

            def run(q: str = query) -> None:
                ours.set_query(q)
                ours.rowCount()

            times.append(timed(run))
            shown = ours.rowCount()

            def run_plain() -> None:
                plain.beginFilterChange()
                plain.endFilterChange(QSortFilterProxyModel.Direction.Rows)
                plain.rowCount()

            plain_times.append(timed(run_plain))
            key = normalise(query)
            python_times.append(timed(lambda k=key: [k in s for s in model.keys]))
        all_ours.append(median(times))
        rows.append(
            [query, shown, ms(median(times)), ms(median(plain_times)), ms(median(python_times))]
        )
    print_table(["query", "rows shown", "filtered", "no filtering", "key matching only"], rows)
    print(f"median over the queries: {ms(median(all_ours))} (target <= 16 ms)")
    summary(
        f"filter {args.rows:,} accounts per keystroke",
        ms(median(all_ours)),
        f"median of {len(QUERIES)} queries",
        "≤ 16 ms",
        median(all_ours) <= 0.016,
    )
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
