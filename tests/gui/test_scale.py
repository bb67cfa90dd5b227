"""No slow path as the work grows (issue 22): big numbers open without asking about every row.

benchmarks/bench_scale.py times these; the tests pin the mechanism (few delegate calls, the same
widths Qt would compute by asking about every row) so it cannot quietly come back.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QLabel, QTableView
from pytestqt.qtbot import QtBot

from ringoff.core.model import Account, AccountStatus, PhoneNumber
from ringoff.storage import keys
from ringoff.storage.vault import create_vault
from ringoff.ui.accounts_model import AccountsModel, StatusChipDelegate
from ringoff.ui.context import AppContext
from ringoff.ui.home import HomePage
from ringoff.ui.main_window import MainWindow
from ringoff.ui.number_page import NumberPage

from .conftest import PASSPHRASE

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

STATUSES = (AccountStatus.TODO, AccountStatus.DONE, AccountStatus.CANNOT, AccountStatus.IN_PROGRESS)


def _big_window(
    qtbot: QtBot,
    make_ctx: Callable[..., AppContext],
    numbers: int,
    per_number: int,
    people: int = 1,
) -> tuple[MainWindow, list[str]]:
    ctx = make_ctx()
    vault, _ = create_vault(ctx.session.vault_path, PASSPHRASE, kdf=keys.TEST_KDF, clock=ctx.clock)
    services = sorted(ctx.shipped_catalog, key=lambda s: s.id)
    family = [vault.add_person(f"Person {p}") for p in range(people)]
    ids = []
    for n in range(numbers):
        owner = family[n * people // numbers]  # the first numbers belong to the first person
        number = vault.add_number(
            PhoneNumber(e164=f"+8613{n:03d}0012345", person_id=owner.id, region="CN")
        )
        ids.append(number.id)
        vault.add_accounts(
            [
                Account(
                    number_id=number.id,
                    name=services[i % len(services)].name("en"),
                    service_id=services[i % len(services)].id if i % 7 else None,
                    status=STATUSES[i % len(STATUSES)],
                )
                for i in range(per_number)
            ]
        )
    ctx.session.adopt(vault)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.start()
    window.show()
    qtbot.waitExposed(window)
    return window, ids


def test_number_page_of_1000_measures_a_few_rows(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, ids = _big_window(qtbot, make_ctx, 1, 1000)
    calls = []
    original = StatusChipDelegate.sizeHint

    def counting(self: StatusChipDelegate, option: object, index: object) -> object:
        calls.append(1)
        return original(self, option, index)  # type: ignore[arg-type]

    monkeypatch.setattr(StatusChipDelegate, "sizeHint", counting)
    page = window.go(("number", ids[0]))
    assert isinstance(page, NumberPage)
    # A list this long is filled after the page's first paint, which a loaded
    # machine may take well over 50 ms to reach: wait for it, not for a time.
    qtbot.waitUntil(lambda: page.complete and bool(calls), timeout=10_000)
    qtbot.wait(20)
    # Qt asked the delegate once per row (1,000 Python calls, ~3 s); now once per status.
    assert 0 < len(calls) < 100
    for column in (AccountsModel.CATEGORY, AccountsModel.STATUS):
        # The same width Qt computes by measuring every row.
        assert page.table.sizeHintForColumn(column) == QTableView.sizeHintForColumn(
            page.table, column
        )
    page.search.setText("zzz-nothing")
    assert page.table.sizeHintForColumn(AccountsModel.STATUS) == QTableView.sizeHintForColumn(
        page.table, AccountsModel.STATUS
    )


def test_home_reads_the_accounts_once(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, ids = _big_window(qtbot, make_ctx, 6, 30)
    vault = window.ctx.session.vault
    asked: list[object] = []
    original = type(vault).accounts

    def counting(self: object, number_id: str | None = None) -> list[Account]:
        asked.append(number_id)
        return original(self, number_id)  # type: ignore[arg-type]

    monkeypatch.setattr(type(vault), "accounts", counting)
    page = window.go(("home",), remember=False)
    assert isinstance(page, HomePage)
    assert len(page.cards) == 6
    assert asked.count(None) == 1  # every number's accounts in one query
    assert not [a for a in asked if a in ids and asked.count(a) > 1]
    assert all(card.progress.maximum() == 30 for card in page.cards)


def test_a_small_home_heads_each_person_with_the_cards_totals(
    qtbot: QtBot, make_ctx: Callable[..., AppContext]
) -> None:
    """Built at once, home takes each heading's totals from the plans its cards show."""
    window, _ = _big_window(qtbot, make_ctx, 4, 8, people=2)
    page = window.go(("home",), remember=False)
    assert isinstance(page, HomePage) and page.complete
    headers = [w.text() for w in page.findChildren(QLabel) if "done" in w.text()]
    assert headers == ["Person 0 — 4 of 16 done", "Person 1 — 4 of 16 done"]
    assert [card.progress.maximum() for card in page.cards] == [8, 8, 8, 8]


def test_a_big_family_home_paints_the_first_screen_then_the_rest(
    qtbot: QtBot, make_ctx: Callable[..., AppContext]
) -> None:
    from ringoff.ui import home

    window, ids = _big_window(qtbot, make_ctx, 20, 4, people=5)
    page = window.go(("home",), remember=False)
    assert isinstance(page, HomePage)
    first = len(page.cards)
    assert home.FIRST_SCREEN_CARDS <= first < 20  # the first screen's people only
    assert not page.complete
    assert window.current_page().initial_focus() is page.cards[0].main_button  # type: ignore[attr-defined]
    with qtbot.waitSignal(page.completed, timeout=10_000):
        pass
    assert page.complete
    assert [c.number.id for c in page.cards] == ids  # every number, in order
    layout = page.layout_
    order = [layout.itemAt(i).widget() for i in range(layout.count())]
    assert order.index(page.cards[-1]) < order.index(page.add_button.parentWidget())
    assert layout.itemAt(layout.count() - 1).widget() is None  # the stretch stays last
    headers = [w.text() for w in order if isinstance(w, QLabel) and "done" in w.text()]
    assert headers == [f"Person {p} — 4 of 16 done" for p in range(5)]  # every person's total


def test_a_big_family_home_stops_when_locked(
    qtbot: QtBot, make_ctx: Callable[..., AppContext]
) -> None:
    window, _ = _big_window(qtbot, make_ctx, 20, 4, people=5)
    page = window.go(("home",), remember=False)
    assert isinstance(page, HomePage) and not page.complete
    window.ctx.session.lock("manual")
    qtbot.wait(100)  # the page is gone; no card is built on a closed vault
    assert window.route == ("unlock",)


def test_a_long_list_follows_the_first_paint_of_its_number_page(
    qtbot: QtBot, make_ctx: Callable[..., AppContext]
) -> None:
    from ringoff.ui import number_page

    count = number_page.FILL_AFTER_PAINT + 50
    window, ids = _big_window(qtbot, make_ctx, 2, count)
    page = window.go(("number", ids[0]))
    assert isinstance(page, NumberPage)
    assert not page.complete and page.model.rowCount() == 0  # the first screen comes first
    assert page.verdict_label.text() and page.table.height() > 0  # what it shows is there
    with qtbot.waitSignal(page.completed, timeout=5_000):
        pass
    assert page.complete and page.model.rowCount() == count
    # Once painted, a change shows at once (no waiting for a paint that may not come).
    first = next(r.account for r in page.model.rows if r.account.status is AccountStatus.TODO)
    window.ctx.session.write(lambda v: v.set_account_status(first.id, AccountStatus.DONE))
    assert page.complete and page.model.rowCount() == count
    shown = {r.account.id: r.account.status for r in page.model.rows}
    assert shown[first.id] is AccountStatus.DONE


def test_a_short_list_is_there_at_once(qtbot: QtBot, make_ctx: Callable[..., AppContext]) -> None:
    window, ids = _big_window(qtbot, make_ctx, 1, 30)
    page = window.go(("number", ids[0]))
    assert isinstance(page, NumberPage)
    assert page.complete and page.model.rowCount() == 30


def test_work_after_the_first_paint_goes_with_its_page(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QObject

    from ringoff.ui import widgets
    from ringoff.ui.widgets import Column, after_first_paint

    ran: list[str] = []
    left = Column()  # a page left before it was painted
    keeper = QObject()
    after_first_paint(left, lambda: ran.append("left"))
    after_first_paint(left, lambda: ran.append("kept"), context=keeper)
    left.deleteLater()
    qtbot.waitUntil(lambda: "kept" in ran, timeout=5_000)
    qtbot.wait(50)
    assert ran == ["kept"]  # the page's own work went with it; the backup's did not
    # Waits are for events, not for times: a loaded machine may take long to paint. The
    # fallback is made long enough that only the paint can have run the action.
    latest = 2_000
    monkeypatch.setattr(widgets, "AFTER_PAINT_LATEST_MS", latest)
    shown = Column()
    qtbot.addWidget(shown)
    painted_then: list[bool] = []
    after_first_paint(shown, lambda: painted_then.append(shown.painted))
    assert not painted_then
    shown.show()
    qtbot.waitUntil(lambda: bool(painted_then), timeout=latest - 200)
    assert painted_then == [True]  # run by the paint, not by the fallback
    qtbot.wait(latest + 100)
    assert painted_then == [True]  # once, not again from the fallback
