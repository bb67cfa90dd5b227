"""The number dialog (what replaces a number, dates, a US user's defaults), adding an account by
name with its kind, and the walkthrough when nothing replaces the number (Mike)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QTableView
from pytestqt.qtbot import QtBot

from ringoff.core.model import AccountStatus, Action, Category, Replacement
from ringoff.ui import number_dialog
from ringoff.ui.account_dialog import AddByNameDialog
from ringoff.ui.context import AppContext
from ringoff.ui.dates import DateField, short_date
from ringoff.ui.main_window import MainWindow
from ringoff.ui.number_dialog import NumberDialog
from ringoff.ui.walkthrough import WalkthroughPage

from .conftest import PASSPHRASE

ME = "+16145550134"


def _unlocked(make_ctx: Callable[..., AppContext], lang: str = "en") -> AppContext:
    from ringoff.storage import keys
    from ringoff.storage.vault import create_vault

    ctx = make_ctx(lang=lang)
    vault, _ = create_vault(ctx.session.vault_path, PASSPHRASE, kdf=keys.TEST_KDF, clock=ctx.clock)
    ctx.session.adopt(vault)
    return ctx


def _dialog(qtbot: QtBot, ctx: AppContext) -> NumberDialog:
    dialog = NumberDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_us_users_defaults(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(number_dialog, "system_locale_name", lambda: "en_US")
    ctx = _unlocked(make_ctx)
    dialog = _dialog(qtbot, ctx)
    assert dialog.region.currentData() == "US"
    assert "555" in dialog.number.placeholderText() and "138" not in dialog.number.placeholderText()
    # "Not decided yet" is the default: no invented cancellation date.
    assert dialog.undecided.isChecked() and dialog.cancel_on.text() == ""
    dialog.number.setText("(614) 555-0142")
    dialog.replacement_radios[Replacement.NOTHING].setChecked(True)
    dialog.save()
    saved = dialog.saved_number
    assert saved is not None and saved.e164 == "+16145550142" and saved.region == "US"
    assert saved.cancel_on is None and saved.replaced_by is Replacement.NOTHING
    assert saved.target is None


def test_chinese_locale_and_a_family_members_number(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(number_dialog, "system_locale_name", lambda: "zh_CN")
    ctx = _unlocked(make_ctx, "zh_CN")
    dialog = _dialog(qtbot, ctx)
    assert dialog.region.currentData() == "CN"
    dialog.owner.setEditText("王建国")
    dialog.number.setText("138 1234 5678")
    dialog.family_name.setText("王芳")
    dialog.replacement_radios[Replacement.FAMILY].setChecked(True)
    dialog.save()  # the family member's number is missing: refused, in words
    assert dialog.saved_number is None and dialog.error.isVisible()
    dialog.family_number.setText("139 0000 1111")
    future = ctx.today() + timedelta(days=42)
    dialog.cancel_on.set_date(future)
    dialog.on_date.setChecked(True)
    dialog.save()
    saved = dialog.saved_number
    assert saved is not None
    assert saved.replaced_by is Replacement.FAMILY and saved.replacement_name == "王芳"
    assert saved.target == "+8613900001111" and saved.cancel_on == future


def test_impossible_and_past_dates_inline(
    qtbot: QtBot, make_ctx: Callable[..., AppContext]
) -> None:
    ctx = _unlocked(make_ctx)
    dialog = _dialog(qtbot, ctx)
    dialog.number.setText("+8613812345678")
    dialog.replacement_radios[Replacement.NOTHING].setChecked(True)
    dialog.on_date.setChecked(True)
    qtbot.keyClicks(dialog.cancel_on.edit, "2027-02-30")
    assert dialog.cancel_on.message.isVisible()
    assert "2027-02-30" in dialog.cancel_on.message.text()
    assert dialog.cancel_on.date() is None  # not moved to 2027-02-03 or March
    dialog.save()
    assert dialog.saved_number is None  # refused, nothing written
    assert ctx.session.vault.numbers() == []
    dialog.cancel_on.edit.clear()
    past = ctx.today() - timedelta(days=3)
    qtbot.keyClicks(dialog.cancel_on.edit, past.isoformat())
    assert "in the past" in dialog.cancel_on.message.text()
    dialog.save()  # a warning only: it may really be cancelled already
    assert dialog.saved_number is not None and dialog.saved_number.cancel_on == past


@pytest.mark.parametrize("keys", ["F4", "Alt+Down"])
def test_the_calendar_opens_from_the_keyboard_in_the_ui_language(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], keys: str
) -> None:
    ctx = make_ctx(lang="zh_CN")
    field = DateField("date", ctx.today())
    qtbot.addWidget(field)
    field.show()
    field.edit.setFocus()
    if keys == "F4":
        qtbot.keyClick(field.edit, Qt.Key.Key_F4)
    else:
        qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = field.popup
    assert popup is not None and popup.isVisible()
    assert popup.calendar.locale().name() == "zh_CN"
    target = ctx.today() + timedelta(days=3)
    popup.calendar.setSelectedDate(popup.calendar.selectedDate().addDays(3))
    grid = popup.calendar.findChild(QTableView)
    assert grid is not None
    qtbot.keyClick(grid, Qt.Key.Key_Return)  # Enter picks the day
    assert field.date() == target


def test_years_show_when_not_this_year(make_ctx: Callable[..., AppContext]) -> None:
    ctx = make_ctx()
    today = ctx.today()
    same = today.replace(month=3, day=15)
    other = same.replace(year=today.year + 1)
    assert str(today.year) not in short_date(same, today)
    assert str(other.year) in short_date(other, today)


def test_a_local_bank_added_by_name_is_a_bank(qtbot: QtBot, demo_ctx: AppContext) -> None:
    number = demo_ctx.session.vault.find_number("+8613812345678")
    assert number is not None
    dialog = AddByNameDialog(demo_ctx, None, number)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("上海农商银行")  # the kind follows the name: a bank
    assert dialog.chosen_kind() is Category.BANK
    dialog.save()
    saved = dialog.saved
    assert saved is not None and saved.kind is Category.BANK
    stored = demo_ctx.session.vault.account(saved.id)
    assert stored.kind is Category.BANK and stored.action is Action.CHANGE


def test_mikes_walkthrough_has_no_new_number(
    qtbot: QtBot, demo_window: MainWindow, demo_ctx: AppContext
) -> None:
    me = demo_ctx.session.vault.find_number(ME)
    assert me is not None and me.target is None
    venmo = next(a for a in demo_ctx.session.vault.accounts(me.id) if a.service_id == "venmo")
    page = demo_window.go(("walkthrough", me.id, venmo.id))
    assert isinstance(page, WalkthroughPage)
    texts = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "new number" not in page.what_label.text().lower()
    assert page.what_label.text().startswith("Close your account with Venmo")
    assert page.needs_number_label is not None
    assert "family member's number" in page.needs_number_label.text()
    assert not any("new SIM" in label.text() for label in page.need_labels)
    assert "new SIM" not in texts
    assert page.progress.format() == "4 done · 0 can't be done · 2 to do"
    # "Can't be done": concrete next steps, and the verdict states the risk.
    demo_ctx.session.write(
        lambda v: v.set_account_status(venmo.id, AccountStatus.CANNOT, "No phone any more")
    )
    page.show_account(venmo.id)
    steps = [label.text() for label in page.cannot_steps]
    assert any("customer service" in s for s in steps) and any("letter" in s for s in steps)
    assert page.progress.format() == "4 done · 1 can't be done · 1 to do"
    QApplication.processEvents()
