"""Reminders on screen: the home banner, its buttons, the notifications, the two dialogs."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ringoff.core.model import Account, AccountStatus, NumberStatus, PhoneNumber
from ringoff.services.notifier import FakeNotifier
from ringoff.services.reminder_clock import ReminderClock, load_state
from ringoff.storage import keys
from ringoff.storage.schedule import schedule_path
from ringoff.storage.vault import create_vault
from ringoff.ui.context import AppContext
from ringoff.ui.home import HomePage
from ringoff.ui.lifecycle import attach
from ringoff.ui.main_window import MainWindow
from ringoff.ui.reminders import (
    CalendarExportDialog,
    ReminderBanner,
    ReminderDaysDialog,
    reminder_banner,
)

from .conftest import PASSPHRASE, FakeClock

DAD_NUMBER = "+8613812345678"
TODO = 5


@pytest.fixture(autouse=True)
def utc_zone() -> Iterator[None]:
    """The user's zone is UTC here, so 09:30 UTC is after the 09:00 reminders."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


def _dad_ctx(make_ctx: Callable[..., AppContext], days: int = 7, **kw: str) -> AppContext:
    """Dad's CN number, cancelled *days* days from the clock's today, 5 of 6 accounts to do."""
    ctx = make_ctx(**kw)
    vault, _ = create_vault(ctx.session.vault_path, PASSPHRASE, kdf=keys.TEST_KDF, clock=ctx.clock)
    dad = vault.add_person("爸爸" if ctx.lang == "zh_CN" else "Dad")
    number = vault.add_number(
        PhoneNumber(
            e164=DAD_NUMBER,
            person_id=dad.id,
            region="CN",
            status=NumberStatus.CANCEL_PLANNED,
            cancel_on=ctx.today() + timedelta(days=days),
        )
    )
    services = ["icbc", "ccb", "alipay", "wechat", "taobao", "meituan"]
    vault.add_accounts(
        [
            Account(
                number_id=number.id,
                name=s,
                service_id=s,
                status=AccountStatus.DONE if i == 0 else AccountStatus.TODO,
            )
            for i, s in enumerate(services)
        ]
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


def _banner(window: MainWindow) -> ReminderBanner | None:
    page = window.current_page()
    assert isinstance(page, HomePage)
    found = page.findChildren(ReminderBanner)
    return found[0] if found else None


def test_banner_for_a_cancellation_in_seven_days(
    qtbot: QtBot, make_ctx: Callable[..., AppContext]
) -> None:
    ctx = _dad_ctx(make_ctx)
    window = _window(qtbot, ctx)
    banner = _banner(window)
    assert banner is not None and banner.isVisible()
    (text,) = banner.texts()
    assert "138 **** 5678" in text and "Dad" in text
    assert "in 7 days" in text
    assert f"Accounts still to do: {TODO}." in text
    assert "13812345678" not in text  # the number stays partly hidden


def test_no_banner_when_nothing_is_due(qtbot: QtBot, make_ctx: Callable[..., AppContext]) -> None:
    ctx = _dad_ctx(make_ctx, days=40)  # the first reminder is 30 days before: in 10 days
    window = _window(qtbot, ctx)
    assert _banner(window) is None


def test_remind_me_tomorrow_hides_it_until_tomorrow(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], clock: FakeClock
) -> None:
    ctx = _dad_ctx(make_ctx)
    window = _window(qtbot, ctx)
    banner = _banner(window)
    assert banner is not None
    qtbot.mouseClick(banner.rows[0].snooze_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    assert load_state(ctx.session.vault).snoozed  # saved at once
    assert reminder_banner(ctx, window) is None
    clock.now += timedelta(hours=22)  # 07:30 tomorrow: still before the reminder hour
    assert reminder_banner(ctx, window) is None
    clock.now += timedelta(hours=2)  # 09:30 tomorrow
    again = reminder_banner(ctx, window)
    assert isinstance(again, ReminderBanner)
    assert "in 6 days" in again.texts()[0]
    again.deleteLater()


def test_got_it_hides_it_for_good(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], clock: FakeClock
) -> None:
    ctx = _dad_ctx(make_ctx)
    window = _window(qtbot, ctx)
    banner = _banner(window)
    assert banner is not None
    qtbot.mouseClick(banner.rows[0].ack_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    assert reminder_banner(ctx, window) is None
    clock.now += timedelta(days=2)  # the 3-days-before reminder is 2 days later still
    assert reminder_banner(ctx, window) is None
    window.go(("home",), remember=False)
    assert _banner(window) is None
    clock.now += timedelta(days=2)  # now the 3-days-before reminder is due: a new one
    banner = reminder_banner(ctx, window)
    assert isinstance(banner, ReminderBanner)
    assert "in 3 days" in banner.texts()[0]
    banner.deleteLater()


def test_notification_is_generic_when_locked_and_detailed_when_unlocked(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], clock: FakeClock
) -> None:
    ctx = _dad_ctx(make_ctx, days=8)  # the 7-days-before reminder falls due tomorrow 09:00
    notifier = FakeNotifier()
    reminders = ReminderClock(ctx.session, clock, notifier=notifier)
    reminders.start()
    assert notifier.messages == []  # what was due at unlock is the banner's business

    clock.now += timedelta(days=1)
    reminders.check()
    (detailed,) = notifier.messages
    assert "138 **** 5678" in detailed and "7" in detailed

    ctx.session.lock("manual")
    clock.now += timedelta(days=4)  # the 3-days-before reminder, while locked
    reminders.check()
    assert notifier.messages[1:] == ["Ringoff has a reminder for you"]
    assert len(notifier.messages) == 2
    reminders.check()  # told once only
    assert len(notifier.messages) == 2
    reminders.stop()


def test_the_schedule_file_beside_the_vault_holds_no_user_data(
    qtbot: QtBot, make_ctx: Callable[..., AppContext]
) -> None:
    ctx = _dad_ctx(make_ctx)
    window = _window(qtbot, ctx)
    assert window.lifecycle.reminders.reminders()  # type: ignore[attr-defined]
    data = schedule_path(ctx.session.vault_path).read_bytes()
    for secret in (b"5678", b"Dad", b"icbc", DAD_NUMBER.encode()):
        assert secret not in data


def test_calendar_export_leaves_details_out_by_default(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], tmp_path: Path
) -> None:
    ctx = _dad_ctx(make_ctx)
    number = ctx.session.vault.numbers()[0]
    dialog = CalendarExportDialog(ctx, None, number_id=number.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.private.isChecked()
    assert dialog.which.currentData() == number.id
    target = dialog.export_to(tmp_path / "dates")
    assert target.name == "dates.ics"
    assert target.stat().st_mode & 0o777 == 0o600
    raw = target.read_bytes()
    cal = icalendar.Calendar.from_ical(raw)
    events = [c for c in cal.walk("VEVENT")]
    assert len(events) == 3
    assert b"5678" not in raw and b"Dad" not in raw
    assert dialog.result.isVisible() and "email" in dialog.result.text()

    dialog.private.setChecked(False)
    raw = dialog.export_to(tmp_path / "detailed.ics").read_bytes()
    assert b"138" in raw and b"Dad" in raw


def test_the_steps_after_saving_are_never_cut_off(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], tmp_path: Path
) -> None:
    """At the largest text in Chinese the steps for the phone are taller than a laptop screen:
    they scroll, whole, above buttons that stay in sight (they were squeezed and cut off)."""
    from ringoff.ui import fit

    ctx = _dad_ctx(make_ctx, lang="zh_CN", text_size="larger")
    dialog = CalendarExportDialog(ctx, None, number_id=ctx.session.vault.numbers()[0].id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.which
    dialog.export_to(tmp_path / "dates")
    qtbot.wait(50)
    result = dialog.result
    assert result.height() >= result.heightForWidth(result.width())  # every line has room
    limit = fit.inner_limit(dialog)
    assert dialog.height() <= limit.height()
    for button in (dialog.save_button, dialog.close_button):
        bottom = button.mapTo(dialog, button.rect().bottomLeft()).y()
        assert button.isVisible() and bottom < dialog.height()


def test_reminder_days_are_saved(qtbot: QtBot, make_ctx: Callable[..., AppContext]) -> None:
    ctx = _dad_ctx(make_ctx, days=40)
    number = ctx.session.vault.numbers()[0]
    dialog = ReminderDaysDialog(ctx, None, number.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert all(box.isChecked() for box in dialog.day_boxes.values())
    assert dialog.on_the_day.isChecked() and dialog.reissue.isChecked()
    dialog.day_boxes[30].setChecked(False)
    dialog.day_boxes[3].setChecked(False)
    dialog.reissue.setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = ctx.session.vault.number(number.id)
    assert saved.reminder_days == (14, 7, 1)
    assert number.id in load_state(ctx.session.vault).skip_reissue

    from ringoff.services.reminder_clock import reminders_for

    found = reminders_for(
        [saved],
        ctx.today(),
        ctx.now().tzinfo,
        state=load_state(ctx.session.vault),  # type: ignore[arg-type]
    )
    assert [(r.kind, r.days_before) for r in found] == [
        ("before_cancel", 14),
        ("before_cancel", 7),
        ("before_cancel", 1),
        ("cancel_day", 0),
    ]
    again = ReminderDaysDialog(ctx, None, number.id)
    qtbot.addWidget(again)
    assert not again.day_boxes[30].isChecked() and again.day_boxes[14].isChecked()
    assert not again.reissue.isChecked()


SHOTS = Path(os.environ.get("RINGOFF_SHOTS", "")) if os.environ.get("RINGOFF_SHOTS") else None


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("size", ["normal", "large"])
def test_screens_render(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], lang: str, size: str, tmp_path: Path
) -> None:
    """Each screen builds and paints in both languages and sizes (saved when RINGOFF_SHOTS)."""
    ctx = _dad_ctx(make_ctx, lang=lang, text_size=size)
    window = _window(qtbot, ctx)
    window.resize(1100, 900)
    banner = _banner(window)
    assert banner is not None
    number_id = ctx.session.vault.numbers()[0].id
    export = CalendarExportDialog(ctx, window, number_id)
    export.export_to(tmp_path / "x.ics")
    days = ReminderDaysDialog(ctx, window, number_id)
    for name, widget in (("home", window), ("export", export), ("days", days)):
        widget.show()
        qtbot.waitExposed(widget)
        image = widget.grab()
        assert not image.isNull() and image.width() > 100
        if SHOTS is not None:
            image.save(str(SHOTS / f"reminders_{name}_{lang}_{size}.png"))
    export.close()
    days.close()


def test_today_is_the_clock_s(make_ctx: Callable[..., AppContext]) -> None:
    ctx = make_ctx()
    assert ctx.today() == date(2026, 11, 28)


def test_the_reminders_rooms_load_the_calendar_code_only_when_asked() -> None:
    """The window wires the reminders at start; icalendar waits for the calendar dialog."""
    import subprocess
    import sys

    gui = Path(__file__).resolve().parents[2] / "gui"
    probe = (
        "import sys, ringoff.ui.reminders;"
        "print(sorted(m for m in sys.modules if m in ('icalendar', 'ringoff.core.ics')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        env={**os.environ, "PYTHONPATH": str(gui), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == "[]"
