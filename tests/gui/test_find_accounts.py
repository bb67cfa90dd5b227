"""The "From a file" tab of the find-accounts page: any archive on a worker thread, evidence in
words, Cancel, drag and drop, and ticks that are never lost (demo vault, real widgets)."""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ringoff.ui.context import AppContext
from ringoff.ui.discover import DiscoverPage

ARCHIVES = Path(__file__).resolve().parents[1] / "data" / "archives"
CN = "+8613812345678"


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_archives", ARCHIVES / "make_archives.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


M = _module()


class FakeWindow(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.routes: list[tuple[object, ...]] = []

    def go(self, route: tuple[object, ...]) -> None:
        self.routes.append(route)


def _page(qtbot: QtBot, ctx: AppContext) -> tuple[DiscoverPage, FakeWindow]:
    window = FakeWindow()
    qtbot.addWidget(window)
    number = ctx.session.vault.find_number(CN)
    assert number is not None
    page = DiscoverPage(ctx, window, number.id)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    qtbot.waitExposed(page)
    return page, window


def _services(ctx: AppContext) -> set[str]:
    number = ctx.session.vault.find_number(CN)
    assert number is not None
    return {a.service_id or a.name for a in ctx.session.vault.accounts(number.id)}


@pytest.fixture(scope="module")
def sms_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    msgs, _ = M.realistic_messages()
    return M.write_sms_backup(tmp_path_factory.mktemp("sms") / "sms-1.xml", msgs)


def test_an_sms_backup_shows_evidence_and_adds_the_ticked(
    qtbot: QtBot, demo_ctx: AppContext, sms_file: Path
) -> None:
    page, _ = _page(qtbot, demo_ctx)
    page.load_file(sms_file, wait=True)
    preview = page.file_tab.preview
    assert preview is not None
    assert "SMS Backup & Restore" in preview.summary.text()
    google = preview.row_for("Google")
    assert google is not None and google.checkState() == Qt.CheckState.Checked
    assert "texted this number" in google.text() and "last in" in google.text()
    icbc = preview.row_for("ICBC")
    assert icbc is not None and "already added" in icbc.text()  # the demo list has it
    people = [r.text() for r in preview.rows() if "139" in r.text() or "mom" in r.text()]
    assert people == []
    assert M.BODY_MARKER not in "\n".join(r.text() for r in preview.rows())

    zhihu = preview.row_for("Zhihu")
    assert zhihu is not None
    zhihu.setCheckState(Qt.CheckState.Unchecked)  # the person unticks one
    before = _services(demo_ctx)
    qtbot.mouseClick(preview.add_button, Qt.MouseButton.LeftButton)
    after = _services(demo_ctx)
    assert "google" in after and "google" not in before and "zhihu" not in after
    # Rebuilt after adding: what was unticked stays unticked, what was added is marked.
    again = page.file_tab.preview
    assert again is not None and again is not preview
    zhihu2 = again.row_for("Zhihu")
    assert zhihu2 is not None and zhihu2.checkState() == Qt.CheckState.Unchecked
    google2 = again.row_for("Google")
    assert google2 is not None and "already added" in google2.text()
    assert page.file_tab.pending() == 0


def test_leaving_with_ticks_asks(
    qtbot: QtBot, demo_ctx: AppContext, sms_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, window = _page(qtbot, demo_ctx)
    page.load_file(sms_file, wait=True)
    assert page.file_tab.pending() > 0
    asked: list[int] = []
    answer = ["stay"]

    def ask(n: int) -> str:
        asked.append(n)
        return answer[0]

    monkeypatch.setattr(page, "ask_leave", ask)
    page.finish()
    assert window.routes == [] and asked == [page.file_tab.pending()]  # stayed
    page.tabs.setCurrentWidget(page.sms_tab)
    assert page.tabs.currentWidget() is page.file_tab  # switching tabs asks too
    answer[0] = "add"
    before = _services(demo_ctx)
    page.finish()
    assert window.routes and window.routes[-1][0] == "number"
    assert len(_services(demo_ctx)) > len(before)  # "Add them now" added them first


def test_cancel_stops_and_adds_nothing(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = M.write_big_sms_backup(tmp_path / "sms-big.xml", 300_000)
    # On a quiet machine the whole file may be read before the click lands: each progress
    # step is slowed down so the read surely outlasts it (the reading itself is unchanged).
    from ringoff.operations import importing

    real_read = importing.read_path

    def slow_read(*args: object, progress: Any = None, **kwargs: object) -> object:
        def slowed(fraction: float) -> None:
            time.sleep(0.02)
            if progress is not None:
                progress(fraction)

        return real_read(*args, progress=slowed, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(importing, "read_path", slow_read)
    page, _ = _page(qtbot, demo_ctx)
    before = _services(demo_ctx)
    page.load_file(big)
    tab = page.file_tab
    assert tab.is_reading() and tab.busy.isVisible() and not tab.choose_button.isEnabled()
    qtbot.waitUntil(lambda: tab.progress.value() > 0, timeout=30_000)
    pressed = time.perf_counter()
    qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.is_reading(), timeout=5_000)
    assert time.perf_counter() - pressed < 2.0
    assert tab.preview is None and "Stopped" in page.status.text()
    assert _services(demo_ctx) == before


def test_a_dropped_encrypted_backup_says_how(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path
) -> None:
    msgs, _ = M.realistic_messages()
    locked = M.write_iphone_backup(tmp_path / "iphone", msgs, encrypted=True)
    page, _ = _page(qtbot, demo_ctx)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(locked))])
    event = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    page.dropEvent(event)
    assert page.tabs.currentWidget() is page.file_tab
    page.file_tab.wait()
    QApplication.processEvents()
    problem = page.file_tab.problem
    assert problem is not None and "encrypted" in problem.text()
    assert "Encrypt local backup" in problem.text()
