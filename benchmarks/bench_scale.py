"""No slow path as the work grows: a family with 20 numbers × 250 accounts (issue 22).

Runs the real widgets (offscreen) on real vaults:

* **unlock to home painted**, 5,000 accounts, the app's real key derivation (Argon2id), next to
  the bare derivation with the same salt and parameters (interleaved rounds). Target:
  ≤ 1.2 × KDF + 100 ms.
* **the first unlock after a start**: a fresh process of the real app
  (benchmarks/first_unlock_child.py) shows the unlock screen, waits 1.5 s (reading, typing),
  unlocks and times it to home's first paint; then the bare derivation in the same process.
  The same target. Next to it, the same start with the window's preparation turned off.
* **opening a number page** of 1,000 accounts (and of 250) until it is painted. Target ≤ 100 ms.
  A list that long is below the first screen and is filled right after the first paint: the
  time until it is filled is printed too.
* **the plan** of a number: core.plan.build_plan for 250 and 1,000 accounts.
* **the .ics export** of all 20 numbers (core.ics.export_ics, with details).
* **printing the checklist** of a number with 250 accounts to PDF (paper/checklist.py; the
  "plan" area owns its speed, this only measures it). Target ≤ 1 s.
* the find page's preview of a 100,000-message archive is measured by bench_import.py, next to
  a bare XML parse of the same file.

    python benchmarks/bench_scale.py [--rounds 7] [--quick]

Medians of interleaved rounds; exit code 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import compileall
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from _util import add_project_paths, median, ms, print_table, summary, timed

add_project_paths()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QScrollArea, QStackedWidget, QWidget  # noqa: E402

from ringoff.core.catalog import Catalog  # noqa: E402
from ringoff.core.model import Account, AccountStatus, NumberStatus, PhoneNumber  # noqa: E402
from ringoff.storage import keys  # noqa: E402
from ringoff.storage import vault as vault_mod  # noqa: E402
from ringoff.storage.catalog_files import load_folder  # noqa: E402

PASSPHRASE = "benchmark passphrase for a big family"
TODAY = date(2026, 11, 28)


class _PaintSeen(QObject):
    """Quits *loop* at the first Paint event of a page (or of what covers it)."""

    def __init__(self, page: QWidget, loop: QEventLoop) -> None:
        super().__init__()
        self.loop = loop
        self.seen = False
        self.at = 0.0
        self.watched: list[QWidget] = []
        widget: QWidget | None = page
        while widget is not None:
            widget.installEventFilter(self)
            self.watched.append(widget)
            if isinstance(widget, QStackedWidget):
                widget = widget.currentWidget()
            elif isinstance(widget, QScrollArea):
                widget = widget.widget()
            else:
                widget = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            # The first zero-time timer after the paint runs once the whole window has been
            # painted and shown; that moment is the figure. What the page itself starts after
            # its first paint (its timers come later) runs before the loop ends, and does not
            # count: the person already sees the page.
            QTimer.singleShot(0, self._painted)
        return False

    def _painted(self) -> None:
        self.at = time.perf_counter()
        self.loop.quit()


def _wait(loop: QEventLoop, seconds: float = 60) -> None:
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def make_family(
    folder: Path,
    catalog: Catalog,
    numbers: int,
    per_number: int,
    kdf: keys.KdfParams,
    *,
    all_planned: bool = False,
) -> tuple[Path, list[str]]:
    """A vault with *numbers* numbers of *per_number* accounts each (catalog services mostly).

    Every other number has a cancellation date (its page then shows the timeline and the
    reminders), or every number with *all_planned*."""
    vault, _ = vault_mod.create_vault(
        folder / f"family-{numbers}x{per_number}.ringoff", PASSPHRASE, kdf=kdf
    )
    services = sorted(catalog, key=lambda s: s.id)
    people = [vault.add_person(name) for name in ("Dad", "Mum", "Grandpa", "Lin", "Wei")]
    ids = []
    for n in range(numbers):
        planned = all_planned or n % 2 == 1
        number = vault.add_number(
            PhoneNumber(
                e164=f"+86138{n:04d}{n * 7 % 10000:04d}",
                person_id=people[n % len(people)].id,
                region="CN",
                carrier="China Mobile",
                status=NumberStatus.CANCEL_PLANNED if planned else NumberStatus.IN_USE,
                cancel_on=TODAY + timedelta(days=30 + n) if planned else None,
            )
        )
        ids.append(number.id)
        accounts = []
        for i in range(per_number):
            status = (AccountStatus.DONE, AccountStatus.TODO, AccountStatus.TODO)[i % 3]
            if i % 10 == 9:
                accounts.append(Account(number_id=number.id, name=f"Local shop {i}", status=status))
            else:
                s = services[(i + n) % len(services)]
                accounts.append(
                    Account(
                        number_id=number.id,
                        name=s.name("en"),
                        service_id=s.id,
                        uses=s.uses,
                        status=status,
                    )
                )
        vault.add_accounts(accounts)
    path = vault.path
    vault.close()
    return path, ids


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="fewer rounds")
    args = parser.parse_args()
    rounds = 3 if args.quick else max(5, args.rounds)

    tmp = tempfile.TemporaryDirectory(prefix="ringoff-bench-scale-")
    folder = Path(tmp.name)
    os.environ["RINGOFF_HOME"] = str(folder / "home")
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)

    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    from ringoff.core.ics import IcsInput, IcsNumber, export_ics
    from ringoff.core.plan import build_plan
    from ringoff.core.timeline import timeline_for_number
    from ringoff.operations.plan import plan_of_number
    from ringoff.paper.checklist import checklist_for, checklist_title
    from ringoff.paper.checklist_layout import checklist_pdf
    from ringoff.services.session import Session
    from ringoff.services.translations import set_language
    from ringoff.storage.paths import Locations
    from ringoff.storage.settings import Settings
    from ringoff.ui import style
    from ringoff.ui.context import AppContext
    from ringoff.ui.lifecycle import attach
    from ringoff.ui.main_window import MainWindow

    set_language("en")
    style.apply(app, "en", "normal")
    locations = Locations(folder / "data", folder / "config")

    def window_for(path: Path, kdf: keys.KdfParams | None) -> tuple[AppContext, MainWindow]:
        ctx = AppContext(Session(path, kdf=kdf), Settings(locations.settings_file), locations)
        window = MainWindow(ctx)
        window.resize(1280, 800)
        attach(ctx, window)  # as the app does after its first paint: auto-lock, backups
        window.start()
        loop = QEventLoop()
        window.painted.connect(loop.quit)
        window.show()
        _wait(loop)
        # As the app does once its first screen is ready (app._freeze_startup_objects): what
        # exists by now (the family made above, too) is left out of later garbage collections.
        gc.freeze()
        return ctx, window

    def until_painted(start: callable, window: MainWindow, route: str) -> float:  # type: ignore[valid-type]
        loop = QEventLoop()
        seen: list[_PaintSeen] = []

        def on_route(r: object) -> None:
            if isinstance(r, tuple) and r[:1] == (route,):
                seen.append(_PaintSeen(window.current_page(), loop))  # type: ignore[arg-type]

        window.route_changed.connect(on_route)
        began = time.perf_counter()
        start()
        _wait(loop)
        window.route_changed.disconnect(on_route)
        assert seen and seen[0].seen and seen[0].at, f"{route} was never painted"
        return seen[0].at - began

    results: list[list[object]] = []
    failed = False

    def row(what: str, value: float, baseline: str, target: str, ok: bool | None) -> None:
        nonlocal failed
        verdict = "" if ok is None else ("PASS" if ok else "FAIL")
        failed = failed or ok is False
        results.append([what, ms(value), baseline, target, verdict])
        summary(what, ms(value), baseline, target, ok)

    # -- 20 numbers x 250 accounts, the real KDF --
    from ringoff.storage.resources import catalog_dir

    family, ids = make_family(folder, load_folder(catalog_dir()), 20, 250, keys.DEFAULT_KDF)
    ctx, window = window_for(family, None)
    kf = keys.read_key_file(family)

    def bare_kdf() -> None:
        Argon2id(
            salt=kf.salt,
            length=keys.KEY_BYTES,
            iterations=kf.kdf.iterations,
            lanes=kf.kdf.lanes,
            memory_cost=kf.kdf.memory_kib,
        ).derive(PASSPHRASE.encode())

    complete_times: list[float] = []

    def wait_complete(page: QWidget | None) -> None:
        """Until what a page shows below its first screen has followed (home's cards, a long
        list of accounts)."""
        if not getattr(page, "complete", True):
            loop = QEventLoop()
            page.completed.connect(loop.quit)  # type: ignore[union-attr]
            _wait(loop)
        assert getattr(page, "complete", True)

    def unlock_to_home() -> float:
        start = time.perf_counter()
        took = until_painted(lambda: ctx.session.unlock_with_passphrase(PASSPHRASE), window, "home")
        wait_complete(window.current_page())
        complete_times.append(time.perf_counter() - start)
        ctx.session.lock("manual")
        app.processEvents()
        return took

    unlock_to_home()  # warm: file cache, the day's automatic backup, the catalog
    complete_times.clear()
    kdf_times, unlock_times = [], []
    for _ in range(rounds):
        kdf_times.append(timed(bare_kdf))
        unlock_times.append(unlock_to_home())
    kdf, unlock = median(kdf_times), median(unlock_times)
    budget = 1.2 * kdf + 0.100
    row(
        "unlock to home painted (20 numbers, 5,000 accounts)",
        unlock,
        f"bare Argon2id {ms(kdf)} ({unlock / kdf:.2f}x)",
        f"<= 1.2 x KDF + 100 ms = {ms(budget)}",
        unlock <= budget,
    )
    complete = median(complete_times)
    row(
        "unlock to home complete (all 20 cards; those below the first screen follow)",
        complete,
        f"bare Argon2id {ms(kdf)} ({complete / kdf:.2f}x)",
        "",
        None,
    )

    # -- the first unlock after a start: a fresh process of the real app, as a person does --
    child = [sys.executable, str(Path(__file__).with_name("first_unlock_child.py"))]
    compileall.compile_dir(Path(__file__).resolve().parents[1] / "gui" / "ringoff", quiet=1)
    first_unlocks: dict[bool, list[float]] = {True: [], False: []}
    first_kdfs: list[float] = []
    for _ in range(max(3, rounds // 2)):
        for prepared in (True, False):
            out = subprocess.run(
                [*child, str(family), PASSPHRASE, *([] if prepared else ["--unprepared"])],
                capture_output=True,
                text=True,
                timeout=120,
                check=True,
            )
            figures = json.loads(out.stdout.strip().splitlines()[-1])
            first_unlocks[prepared].append(figures["unlock"])
            first_kdfs.append(figures["kdf"])
    first_kdf = median(first_kdfs)
    first_budget = 1.2 * first_kdf + 0.100
    first_unlock = median(first_unlocks[True])
    row(
        "first unlock after a start (a fresh process of the app), to home painted",
        first_unlock,
        f"bare Argon2id {ms(first_kdf)} ({first_unlock / first_kdf:.2f}x)",
        f"<= 1.2 x KDF + 100 ms = {ms(first_budget)}",
        first_unlock <= first_budget,
    )
    row(
        "the same, without preparing for it (no imports while typing, no gc.freeze)",
        median(first_unlocks[False]),
        f"bare Argon2id {ms(first_kdf)} ({median(first_unlocks[False]) / first_kdf:.2f}x)",
        "",
        None,
    )

    # -- a number page of 250, the plan, the .ics, the printed checklist --
    until_painted(lambda: ctx.session.unlock_with_passphrase(PASSPHRASE), window, "home")
    vault = ctx.session.vault
    catalog = ctx.catalog
    first = ids[1]

    def open_number(number_id: str) -> float:
        took = until_painted(lambda: window.go(("number", number_id)), window, "number")
        wait_complete(window.current_page())
        window.go(("home",), remember=False)
        return took

    open_number(first)
    row(
        "open a number page of 250 accounts",
        median([open_number(first) for _ in range(rounds)]),
        "",
        "<= 100 ms",
        None,
    )
    number = vault.number(first)
    accounts = vault.accounts(first)
    row(
        "the plan of 250 accounts (build_plan)",
        median(
            [timed(lambda: build_plan(number, accounts, catalog, TODAY)) for _ in range(rounds)]
        ),
        "",
        "",
        None,
    )
    people = {p.id: p.name for p in vault.people()}

    def ics() -> bytes:
        numbers = [
            IcsNumber(
                number_id=n.id,
                timeline=timeline_for_number(n, TODAY),
                label=n.e164,
                owner=people.get(n.person_id, ""),
                reminder_days=n.reminder_days,
            )
            for n in vault.numbers()
        ]
        return export_ics(
            IcsInput(vault_id=vault.vault_id, numbers=numbers),
            lang="en",
            include_details=True,
            now_utc=datetime(2026, 11, 28, 9, 0, tzinfo=UTC),
        )

    row("the .ics export of 20 numbers", median([timed(ics) for _ in range(rounds)]), "", "", None)

    def print_checklist() -> None:
        numbered = plan_of_number(vault, catalog, first, TODAY)
        html = checklist_for(numbered, catalog, "en", TODAY, whole_number=False)
        checklist_pdf(html, "en", checklist_title("en"))

    print_times = [timed(print_checklist) for _ in range(max(3, rounds // 2))]
    printed = median(print_times)
    row(
        "print the checklist of 250 accounts (PDF)",
        printed,
        "",
        "<= 1 s (owned by the plan area)",
        None if printed <= 1.0 else False,
    )
    ctx.session.lock("manual")
    window.close()

    # -- one number of 1,000 accounts --
    # The app's own key derivation: unlocking refuses the tests' cheap parameters now.
    # Being cancelled, with a date: the page shows everything a real one does.
    big, big_ids = make_family(folder, catalog, 1, 1000, keys.DEFAULT_KDF, all_planned=True)
    ctx2, window2 = window_for(big, None)
    until_painted(lambda: ctx2.session.unlock_with_passphrase(PASSPHRASE), window2, "home")

    big_complete: list[float] = []

    def open_big() -> float:
        start = time.perf_counter()
        took = until_painted(lambda: window2.go(("number", big_ids[0])), window2, "number")
        wait_complete(window2.current_page())
        big_complete.append(time.perf_counter() - start)
        window2.go(("home",), remember=False)
        return took

    open_big()
    big_complete.clear()
    big_page = median([open_big() for _ in range(rounds)])
    row("open a number page of 1,000 accounts", big_page, "", "<= 100 ms", big_page <= 0.100)
    row(
        "open a number page of 1,000 accounts, the list filled (it is below the first screen)",
        median(big_complete),
        "",
        "",
        None,
    )
    big_number = ctx2.session.vault.number(big_ids[0])
    big_accounts = ctx2.session.vault.accounts(big_ids[0])
    row(
        "the plan of 1,000 accounts (build_plan)",
        median(
            [
                timed(lambda: build_plan(big_number, big_accounts, ctx2.catalog, TODAY))
                for _ in range(rounds)
            ]
        ),
        "",
        "",
        None,
    )
    ctx2.session.lock("manual")
    window2.close()

    load = os.getloadavg()
    print(
        f"20 numbers x 250 accounts (+ one of 1,000); median of {rounds} interleaved rounds; "
        f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}"
    )
    print()
    print_table(["what", "median", "baseline in the same run", "target", ""], results)
    tmp.cleanup()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
