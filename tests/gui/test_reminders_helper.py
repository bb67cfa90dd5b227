"""Reminders on this computer: offered when a date is set, started at once, said plainly.

The helper's login entry goes to a temporary home (``autostart_place`` is replaced), and
starting the helper process is recorded instead of done (the real start is tested from the
command line in tests/unit/cli/test_helper.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QMessageBox
from pytestqt.qtbot import QtBot

from ringoff.core.model import NumberStatus, PhoneNumber
from ringoff.services import autostart
from ringoff.services.autolock import LockSignals
from ringoff.storage import keys
from ringoff.storage import schedule as schedule_mod
from ringoff.storage.vault import create_vault
from ringoff.ui import settings_page
from ringoff.ui.context import AppContext
from ringoff.ui.lifecycle import Lifecycle, attach
from ringoff.ui.main_window import MainWindow
from ringoff.ui.number_page import NumberPage
from ringoff.ui.reminders_ui import (
    DECLINED_PREF,
    HELPER_PREF,
    CalendarExportDialog,
    NumberReminders,
    helper_status,
)

from .conftest import PASSPHRASE

NUMBER = "+8613812345678"


@pytest.fixture
def login_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "login home"

    def place() -> tuple[str, Path, Mapping[str, str]]:
        return "linux", home, {}

    monkeypatch.setattr(settings_page, "autostart_place", place)
    return home


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Every helper start, recorded instead of run."""
    calls: list[list[str]] = []

    def record(command: list[str], platform: str | None = None) -> None:
        calls.append(list(command))

    monkeypatch.setattr(autostart, "start_helper", record)
    return calls


def _ctx(make_ctx: Callable[..., AppContext], cancel_in: int | None = 20, **kw: str) -> AppContext:
    ctx = make_ctx(**kw)
    vault, _ = create_vault(ctx.session.vault_path, PASSPHRASE, kdf=keys.TEST_KDF, clock=ctx.clock)
    person = vault.add_person("Dad")
    vault.add_number(
        PhoneNumber(
            e164=NUMBER,
            person_id=person.id,
            region="CN",
            status=NumberStatus.CANCEL_PLANNED if cancel_in else NumberStatus.IN_USE,
            cancel_on=ctx.today() + timedelta(days=cancel_in) if cancel_in else None,
        )
    )
    ctx.session.adopt(vault)
    return ctx


def _window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    attach(ctx, window)
    window.start()
    window.show()
    qtbot.waitExposed(window)
    return window


def _number_page(qtbot: QtBot, window: MainWindow) -> NumberPage:
    number_id = window.ctx.session.vault.numbers()[0].id
    window.go(("number", number_id))
    page = window.current_page()
    assert isinstance(page, NumberPage)
    return page


def test_the_offer_comes_with_a_date_and_yes_starts_the_helper_at_once(
    qtbot: QtBot,
    make_ctx: Callable[..., AppContext],
    login_home: Path,
    started: list[list[str]],
) -> None:
    ctx = _ctx(make_ctx)
    window = _window(qtbot, ctx)
    page = _number_page(qtbot, window)
    box = page.reminders_box
    assert box.offer.isVisibleTo(page)
    assert "even when Ringoff is closed" in box.question.text()
    assert box.yes_button.isDefault()  # yes by default
    assert "only while Ringoff is open" in box.status.text()
    for widget in box.focus_widgets():
        assert widget.accessibleName()
    qtbot.mouseClick(box.yes_button, Qt.MouseButton.LeftButton)
    assert autostart.is_installed("linux", login_home, {})
    assert len(started) == 1 and started[0][-3:] == [
        "agent",
        "--vault",
        str(ctx.session.vault_path.resolve()),
    ]
    assert not box.offer.isVisibleTo(page)
    assert box.status.text().startswith("Reminders on — next: ")
    assert ctx.session.vault.pref(HELPER_PREF, None) is True  # travels with a transfer file


def test_no_thanks_is_remembered_for_the_number(
    qtbot: QtBot,
    make_ctx: Callable[..., AppContext],
    login_home: Path,
    started: list[list[str]],
) -> None:
    ctx = _ctx(make_ctx)
    window = _window(qtbot, ctx)
    page = _number_page(qtbot, window)
    qtbot.mouseClick(page.reminders_box.no_button, Qt.MouseButton.LeftButton)
    assert not page.reminders_box.offer.isVisibleTo(page)
    assert started == [] and not autostart.is_installed("linux", login_home, {})
    number_id = ctx.session.vault.numbers()[0].id
    assert ctx.session.vault.pref(DECLINED_PREF, None) == [number_id]
    page = _number_page(qtbot, window)  # opened again: not asked again
    assert not page.reminders_box.offer.isVisibleTo(page)


def test_setting_a_date_brings_the_offer(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], login_home: Path
) -> None:
    ctx = _ctx(make_ctx, cancel_in=None)
    window = _window(qtbot, ctx)
    page = _number_page(qtbot, window)
    assert not page.reminders_box.offer.isVisibleTo(page)
    assert "once the number has a cancellation date" in page.reminders_box.status.text()
    number = ctx.session.vault.numbers()[0]
    dated = replace(number, cancel_on=ctx.today() + timedelta(days=30))
    ctx.session.write(lambda v: v.update_number(dated))  # what the number dialog's save does
    assert page.reminders_box.offer.isVisibleTo(page)


def test_the_phone_calendar_is_offered_with_instructions_for_both_phones(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], login_home: Path, tmp_path: Path
) -> None:
    for lang in ("en", "zh_CN"):
        ctx = _ctx(make_ctx, lang=lang, vault_name=f"{lang}.vault")
        box = NumberReminders(ctx, None, ctx.session.vault.numbers()[0].id)  # type: ignore[arg-type]
        qtbot.addWidget(box)
        qtbot.mouseClick(box.phone_button, Qt.MouseButton.LeftButton)
        dialog = box.dialog
        assert isinstance(dialog, CalendarExportDialog)
        dialog.export_to(tmp_path / f"dates-{lang}.ics")
        text = dialog.result.text()
        assert "iPhone" in text
        assert ("安卓" if lang == "zh_CN" else "Android") in text
        dialog.close()
        ctx.session.lock("manual")


def test_status_texts(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], login_home: Path, started: list[list[str]]
) -> None:
    ctx = _ctx(make_ctx, cancel_in=20)
    number_id = ctx.session.vault.numbers()[0].id
    # 20 days away: the 14-days reminder is next, at 09:00 local time.
    off = helper_status(ctx, number_id)
    assert off.startswith("Reminders only while Ringoff is open")
    from ringoff.ui.reminders_ui import set_helper

    set_helper(ctx, True)
    on = helper_status(ctx, number_id)
    from ringoff.ui.dates import long_date

    day = ctx.today() + timedelta(days=6)
    assert on == f"Reminders on — next: {long_date(day)}"
    # Settings says the same while locked (from the schedule file alone).
    window = _window(qtbot, ctx)
    ctx.session.lock("manual")
    window.go(("settings",))
    page = window.current_page()
    assert page.helper_status.text().startswith("Reminders on — next: ")  # type: ignore[union-attr]
    set_helper(ctx, False)
    assert not autostart.is_installed("linux", login_home, {})


def test_a_choice_brought_in_a_transfer_file_is_asked_again_here(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], login_home: Path, started: list[list[str]]
) -> None:
    ctx = _ctx(make_ctx)
    ctx.session.write(lambda v: v.set_pref(HELPER_PREF, True))  # as the old computer left it
    window = _window(qtbot, ctx)
    box = window.property("helper_question")
    assert isinstance(box, QMessageBox)
    assert "other computer" in box.text()
    assert box.defaultButton().text() == "Yes, remind me here"
    box.defaultButton().click()
    assert autostart.is_installed("linux", login_home, {}) and len(started) == 1


def test_no_here_is_kept_too(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], login_home: Path, started: list[list[str]]
) -> None:
    ctx = _ctx(make_ctx)
    ctx.session.write(lambda v: v.set_pref(HELPER_PREF, True))
    window = _window(qtbot, ctx)
    box = window.property("helper_question")
    assert isinstance(box, QMessageBox)
    box.escapeButton().click()
    assert not autostart.is_installed("linux", login_home, {}) and started == []
    assert ctx.session.vault.pref(HELPER_PREF, None) is False


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_clicking_a_notification_opens_the_number_after_unlock(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], login_home: Path
) -> None:
    ctx = _ctx(make_ctx, cancel_in=10)
    window = _window(qtbot, ctx)
    number_id = ctx.session.vault.numbers()[0].id
    reminders = window.lifecycle.reminders  # type: ignore[attr-defined]
    ctx.session.lock("manual")
    schedule = schedule_mod.read_schedule(schedule_mod.schedule_path(ctx.session.vault_path))
    tag = schedule_mod.due_keys(schedule, ctx.now())[-1]  # what the generic notification carries
    reminders.opener.open(tag)
    assert window.route[:1] != ("number",)  # locked: nothing shown yet
    ctx.session.unlock_with_passphrase(PASSPHRASE)
    qtbot.waitUntil(lambda: window.route == ("number", number_id), timeout=10000)


class FakeSignals(LockSignals):
    pass


def test_the_screen_lock_and_sleep_signals_lock_ringoff(
    qtbot: QtBot, make_ctx: Callable[..., AppContext]
) -> None:
    ctx = _ctx(make_ctx)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    signals = FakeSignals()
    lifecycle = Lifecycle(ctx, window, signals=signals)
    signals.screen_locked.emit()
    assert not ctx.session.is_unlocked
    assert "screen locked" in str(ctx.session.last_lock_reason)
    ctx.session.unlock_with_passphrase(PASSPHRASE)
    qtbot.waitUntil(lambda: ctx.session.is_unlocked, timeout=10000)
    signals.sleeping.emit()
    assert not ctx.session.is_unlocked
    assert "computer slept" in str(ctx.session.last_lock_reason)
    ctx.session.unlock_with_passphrase(PASSPHRASE)
    qtbot.waitUntil(lambda: ctx.session.is_unlocked, timeout=10000)
    ctx.set_setting("lock_on_sleep", False)
    signals.screen_locked.emit()
    signals.sleeping.emit()
    assert ctx.session.is_unlocked  # the person chose not to
    assert lifecycle.lock_signals is signals


def test_settings_offers_the_helper_with_its_status(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], login_home: Path, started: list[list[str]]
) -> None:
    ctx = _ctx(make_ctx)
    window = _window(qtbot, ctx)
    window.go(("settings",))
    page = window.current_page()
    box = page.controls["start_at_login"]  # type: ignore[union-attr]
    assert isinstance(box, QCheckBox)
    assert page.helper_status.text().startswith("Reminders only while Ringoff is open")  # type: ignore[union-attr]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert len(started) == 1  # at once, not at the next login
    assert page.helper_status.text().startswith("Reminders on — next: ")  # type: ignore[union-attr]


def test_the_choice_travels_in_a_real_transfer_file(
    qtbot: QtBot,
    make_ctx: Callable[..., AppContext],
    login_home: Path,
    started: list[list[str]],
    tmp_path: Path,
) -> None:
    """On the old computer: reminders on. A transfer file. On the new one: asked again."""
    from ringoff.storage import transfer
    from ringoff.ui.reminders_ui import set_helper

    old = _ctx(make_ctx, vault_name="old.vault")
    set_helper(old, True)
    out = transfer.export_transfer(old.session.vault, tmp_path / "move.ringoff-transfer")
    old.session.lock("manual")
    set_helper(old, False)  # the new computer has no helper yet
    new = make_ctx(vault_name="new.vault")
    transfer.import_transfer(out, new.session.vault_path, passphrase=PASSPHRASE)
    new.session.unlock_with_passphrase(PASSPHRASE)
    qtbot.waitUntil(lambda: new.session.is_unlocked, timeout=10000)
    window = _window(qtbot, new)
    box = window.property("helper_question")
    assert isinstance(box, QMessageBox) and box.isVisible()
    box.defaultButton().click()
    assert autostart.is_installed("linux", login_home, {})
