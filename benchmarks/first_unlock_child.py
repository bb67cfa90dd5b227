"""One start of the real app, then one unlock, timed: run by bench_scale.py in a fresh process.

    python benchmarks/first_unlock_child.py VAULT PASSPHRASE [--pause SECONDS] [--unprepared]

Starts Ringoff as a person does (``ringoff --vault VAULT``), waits *pause* seconds after the
first paint (reading the screen and typing the passphrase), then unlocks and times the unlock
to home's first paint. Then, in the same process, the bare key derivation with the key file's
salt and cost. Prints one JSON line: {"unlock": s, "kdf": s}.

``--unprepared`` turns off the window's preparation for the first unlock (the imports it makes
while the passphrase is typed, then ``gc.freeze`` of start-up's objects), to show what it saves.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from _util import add_project_paths

add_project_paths()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("vault", type=Path)
    parser.add_argument("passphrase")
    parser.add_argument("--pause", type=float, default=1.5)
    parser.add_argument("--unprepared", action="store_true")
    args = parser.parse_args()

    from bench_scale import _PaintSeen
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from ringoff.launcher import main as launch
    from ringoff.ui import main_window as mw

    report: dict[str, float] = {}
    if args.unprepared:
        from ringoff.ui import preparation

        preparation.prepare_for_unlock = lambda *a, **k: None
    started = mw.MainWindow.start

    def start(window: mw.MainWindow) -> None:
        started(window)
        QTimer.singleShot(60_000, lambda: QApplication.exit(3))  # never hang the benchmark
        window.painted.connect(lambda: QTimer.singleShot(int(args.pause * 1000), unlock))

        def unlock() -> None:
            loop = QEventLoop()
            seen: list[_PaintSeen] = []

            def on_route(route: object) -> None:
                if isinstance(route, tuple) and route[:1] == ("home",):
                    seen.append(_PaintSeen(window.current_page(), loop))  # type: ignore[arg-type]

            window.route_changed.connect(on_route)
            page = window.current_page()
            page.passphrase.setText(args.passphrase)  # type: ignore[union-attr]
            began = time.perf_counter()
            page.submit()  # type: ignore[union-attr]
            QTimer.singleShot(30_000, loop.quit)
            loop.exec()
            if seen and seen[0].at:
                report["unlock"] = seen[0].at - began
            QTimer.singleShot(0, QApplication.quit)

    mw.MainWindow.start = start  # type: ignore[method-assign]
    code = launch(["--vault", str(args.vault)])
    if code != 0 or "unlock" not in report:
        print(f"the app ended with {code} before home was painted", file=sys.stderr)
        return 1

    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    from ringoff.storage import keys

    kf = keys.read_key_file(args.vault)
    kdf = Argon2id(
        salt=kf.salt,
        length=keys.KEY_BYTES,
        iterations=kf.kdf.iterations,
        lanes=kf.kdf.lanes,
        memory_cost=kf.kdf.memory_kib,
    )
    began = time.perf_counter()
    kdf.derive(args.passphrase.encode())
    report["kdf"] = time.perf_counter() - began
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
