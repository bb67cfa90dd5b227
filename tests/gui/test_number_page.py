"""The number page through the real widgets: add a number and accounts, edit, search, undo."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from ringoff.core import phone
from ringoff.core.model import AccountStatus, Use
from ringoff.core.timeline import timeline_for_number
from ringoff.storage import keys
from ringoff.storage.vault import create_vault
from ringoff.ui.account_dialog import AccountDialog, AddByNameDialog
from ringoff.ui.accounts_model import CATEGORY_ORDER, AccountsFilter, AccountsModel
from ringoff.ui.catalog_picker import CatalogPicker
from ringoff.ui.context import AppContext
from ringoff.ui.dates import long_date
from ringoff.ui.home import HomePage
from ringoff.ui.lifecycle import attach
from ringoff.ui.main_window import MainWindow
from ringoff.ui.number_dialog import NumberDialog
from ringoff.ui.number_page import NumberPage
from ringoff.ui.words import unbroken

from .conftest import PASSPHRASE

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _empty_window(qtbot: QtBot, make_ctx: Callable[..., AppContext]) -> MainWindow:
    ctx = make_ctx()
    vault, _ = create_vault(ctx.session.vault_path, PASSPHRASE, kdf=keys.TEST_KDF, clock=ctx.clock)
    ctx.session.adopt(vault)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    attach(ctx, window)
    window.start()
    window.show()
    qtbot.waitExposed(window)
    return window


def _click_row(qtbot: QtBot, picker: CatalogPicker, service_id: str) -> None:
    names = picker.visible_names()
    assert service_id in names, names
    index = picker.proxy.index(names.index(service_id), 0)
    rect = picker.view.visualRect(index)
    qtbot.mouseClick(
        picker.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center() + QPoint(20, 0)
    )


def _select(page: NumberPage, name: str) -> None:
    names = page.visible_names()
    assert name in names, names
    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(names.index(name), 0))


def _statuses(ctx: AppContext, number_id: str) -> dict[str, AccountStatus]:
    return {a.name: a.status for a in ctx.session.vault.accounts(number_id)}


def test_add_a_number_and_its_accounts(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _empty_window(qtbot, make_ctx)
    ctx = window.ctx
    home = window.current_page()
    assert isinstance(home, HomePage)

    def drive(dialog: NumberDialog) -> int:
        dialog.owner.setEditText("Dad")
        dialog.number.setText("138 1234 5678")
        dialog.region.setCurrentIndex(dialog.region.findData("CN"))
        dialog.new_number.setText("139 9876 5432")
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(NumberDialog, "exec", drive)
    qtbot.mouseClick(home.add_button, Qt.MouseButton.LeftButton)
    page = window.current_page()
    assert isinstance(page, NumberPage)
    number = page.number
    assert number.e164 == "+8613812345678"
    assert page.heading.text() == "Dad's number"
    assert "5678" in page.number_label.text() and "1234" not in page.number_label.text()
    assert "No accounts yet" in page.verdict_label.text()
    assert not page.main_button.isEnabled()

    # Three from the list: by initials, by the bank's short name, by its Chinese name.
    qtbot.mouseClick(page.add_list_button, Qt.MouseButton.LeftButton)
    picker = page.dialog
    assert isinstance(picker, CatalogPicker)
    qtbot.keyClicks(picker.search, "zfb")
    assert picker.visible_names()[0] == "alipay"
    _click_row(qtbot, picker, "alipay")
    picker.search.clear()
    qtbot.keyClicks(picker.search, "icbc")
    _click_row(qtbot, picker, "icbc")
    picker.search.setText("微信")
    _click_row(qtbot, picker, "wechat")
    assert picker.count.text() == "3 ticked"
    qtbot.mouseClick(picker.ok_button, Qt.MouseButton.LeftButton)
    assert not picker.isVisible()
    added = ctx.session.vault.accounts(number.id)
    assert sorted(a.service_id or "" for a in added) == ["alipay", "icbc", "wechat"]
    # With a new number, each account is to be changed to it.
    assert {a.action.value for a in added} == {"change"}
    assert len(page.model.rows) == 3

    # Two by name, one of them Chinese.
    qtbot.mouseClick(page.add_name_button, Qt.MouseButton.LeftButton)
    by_name = page.dialog
    assert isinstance(by_name, AddByNameDialog)
    by_name.save()  # no name yet: a plain message, nothing saved
    assert by_name.error.isVisibleTo(by_name)
    qtbot.keyClicks(by_name.name, "Riverside gym")
    by_name.uses[Use.NOTIFICATIONS].setChecked(True)
    by_name.uses[Use.SIGN_IN].setChecked(False)
    qtbot.keyClicks(by_name.notes, "Membership card in the drawer")
    by_name.save()
    qtbot.mouseClick(page.add_name_button, Qt.MouseButton.LeftButton)
    by_name = page.dialog
    assert isinstance(by_name, AddByNameDialog)
    by_name.name.setText("社区医院")
    by_name.save()
    stored = {a.name: a for a in ctx.session.vault.accounts(number.id)}
    assert stored["Riverside gym"].uses == frozenset({Use.NOTIFICATIONS})
    assert stored["Riverside gym"].notes == "Membership card in the drawer"
    assert stored["社区医院"].service_id is None
    assert len(page.model.rows) == 5
    assert "Not ready yet: 0 done · 0 can't be done · 5 to do" in page.verdict_label.text()
    assert page.main_button.text() == "Start the plan"

    # Statuses through the dialog: F2 opens it.
    _select(page, "Alipay")
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    dialog = page.dialog
    assert isinstance(dialog, AccountDialog)
    dialog.set_status(AccountStatus.DONE)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _statuses(ctx, number.id)["Alipay"] is AccountStatus.DONE

    _select(page, "社区医院")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, AccountDialog)
    dialog.set_status(AccountStatus.CANNOT)
    assert dialog.reason_box.isVisibleTo(dialog)
    dialog.save()  # a reason is required
    assert dialog.error.isVisibleTo(dialog)
    assert _statuses(ctx, number.id)["社区医院"] is AccountStatus.TODO
    dialog.reason.setText("要本人去医院窗口办理")
    dialog.save()
    cannot = {a.name: a for a in ctx.session.vault.accounts(number.id)}["社区医院"]
    assert cannot.status is AccountStatus.CANNOT and cannot.reason == "要本人去医院窗口办理"

    _select(page, "WeChat")
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    dialog = page.dialog
    assert isinstance(dialog, AccountDialog)
    dialog.set_status(AccountStatus.IN_PROGRESS)
    dialog.save()
    assert page.main_button.text() == "Continue with WeChat"
    status_cells = {
        page.proxy.index(i, AccountsModel.NAME).data(): page.proxy.index(
            i, AccountsModel.STATUS
        ).data()
        for i in range(page.proxy.rowCount())
    }
    assert status_cells["Alipay"] == "Done"
    assert status_cells["社区医院"] == "Cannot be done"
    assert status_cells["WeChat"] == "In progress"
    assert status_cells["Riverside gym"] == "To do"

    # Search as you type.
    qtbot.keyClicks(page.search, "zfb")
    assert page.visible_names() == ["Alipay"]
    page.search.clear()
    qtbot.keyClicks(page.search, "gym")
    assert page.visible_names() == ["Riverside gym"]
    page.search.setText("社区")
    assert page.visible_names() == ["社区医院"]
    page.search.setText("工商")
    assert len(page.visible_names()) == 1 and "ICBC" in page.visible_names()[0]
    page.search.clear()
    assert len(page.visible_names()) == 5

    # Remove with Delete, then undo.
    _select(page, "Riverside gym")
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "Riverside gym" not in _statuses(ctx, number.id)
    assert page.undo_bar.isVisibleTo(page)
    assert page.undo_label.text() == "Removed Riverside gym."
    assert "Riverside gym" not in page.visible_names()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    restored = {a.name: a for a in ctx.session.vault.accounts(number.id)}["Riverside gym"]
    assert restored.notes == "Membership card in the drawer"
    assert "Riverside gym" in page.visible_names()
    assert not page.undo_bar.isVisibleTo(page)

    # Notes are saved when the field loses focus and are there after reopening the page.
    page.notes.setFocus()
    qtbot.keyClicks(page.notes, "Bank book is in the red box")
    page.search.setFocus()
    qtbot.waitUntil(lambda: ctx.session.vault.number(number.id).notes != "")
    assert ctx.session.vault.number(number.id).notes == "Bank book is in the red box"
    window.go(("home",))
    page = window.go(("number", number.id))
    assert isinstance(page, NumberPage)
    assert page.notes.toPlainText() == "Bank book is in the red box"

    # A language switch rebuilds the page on the same number, in the new language.
    ctx.set_setting("language", "zh_CN")
    page = window.current_page()
    assert isinstance(page, NumberPage)
    assert page.number_id == number.id
    assert "支付宝" in page.visible_names()
    assert page.notes.toPlainText() == "Bank book is in the red box"
    assert len(page.visible_names()) == 5


def test_notes_save_after_a_pause(qtbot: QtBot, demo_window: MainWindow) -> None:
    ctx = demo_window.ctx
    number = ctx.session.vault.numbers()[0]
    page = demo_window.go(("number", number.id))
    assert isinstance(page, NumberPage)
    page._notes_timer.setInterval(50)
    page.notes.setPlainText("Call the bank first")
    qtbot.waitUntil(lambda: ctx.session.vault.number(number.id).notes == "Call the bank first")


def test_header_number_timeline_and_keys(
    qtbot: QtBot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_window.ctx
    number = ctx.session.vault.numbers()[0]
    page = demo_window.go(("number", number.id))
    assert isinstance(page, NumberPage)
    full = phone.display(number.e164, number.region)
    assert page.number_label.text() == unbroken(phone.masked(number.e164, number.region))
    qtbot.mouseClick(page.reveal_button, Qt.MouseButton.LeftButton)
    assert page.number_label.text() == unbroken(full)
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == full
    assert "Mainland China" in page.details.text()

    tl = timeline_for_number(number, ctx.today())
    days = [m.day for m in page.timeline.strip.marks()]
    assert days == [ctx.today(), tl.last_comfortable_day, tl.cancel_on, tl.earliest_reissue]
    assert tl.cancel_on is not None
    assert long_date(tl.cancel_on) in page.timeline.strip.accessibleDescription()
    assert "90 days" in page.timeline.why.text()
    assert page.main_button.text().startswith("Continue with")

    went: list[Any] = []
    monkeypatch.setattr(demo_window, "go", lambda route, **_: went.append(route))
    _select(page, page.visible_names()[0])
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    first = page.model.account(page.proxy.mapToSource(page.table.currentIndex()).row())
    assert went == [("walkthrough", number.id, first.id)]
    qtbot.mouseClick(page.main_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.discover_button, Qt.MouseButton.LeftButton)
    assert went[1:] == [("walkthrough", number.id), ("discover", number.id)]


def test_remove_number_asks_first(qtbot: QtBot, demo_window: MainWindow) -> None:
    ctx = demo_window.ctx
    number = ctx.session.vault.numbers()[0]
    page = demo_window.go(("number", number.id))
    assert isinstance(page, NumberPage)
    qtbot.mouseClick(page.remove_number_button, Qt.MouseButton.LeftButton)
    box = page.dialog
    assert box is not None and box.isVisible()
    assert "cannot be undone" in box.text()  # type: ignore[attr-defined]
    box.reject()  # type: ignore[attr-defined]
    assert len(ctx.session.vault.numbers()) == 2
    qtbot.mouseClick(page.remove_number_button, Qt.MouseButton.LeftButton)
    box = page.dialog
    qtbot.mouseClick(page.remove_yes, Qt.MouseButton.LeftButton)
    assert number.id not in [n.id for n in ctx.session.vault.numbers()]
    assert len(ctx.session.vault.numbers()) == 1
    assert isinstance(demo_window.current_page(), HomePage)


def test_filter_matches_names_aliases_and_domains(demo_ctx: AppContext) -> None:
    vault = demo_ctx.session.vault
    number = vault.numbers()[0]
    model = AccountsModel(demo_ctx.catalog, "en", vault.accounts(number.id))
    proxy = AccountsFilter()
    proxy.setSourceModel(model)

    def shown(query: str) -> list[str]:
        proxy.set_query(query)
        return [proxy.index(i, 0).data() for i in range(proxy.rowCount())]

    assert shown("zfb") == ["Alipay"]
    assert shown("支付宝") == ["Alipay"]
    assert shown("ALIPAY.COM") == ["Alipay"]
    assert shown("weixin") == ["WeChat"]
    assert shown("nothing like this") == []
    assert len(shown("")) == 9
    # Grouped by kind: banks first, in name order.
    order = [CATEGORY_ORDER[r.category] for r in model.rows]
    assert order == sorted(order)
    assert [r.category.value for r in model.rows[:2]] == ["bank", "bank"]
    banks = [r.name for r in model.rows[:2]]
    assert banks == sorted(banks, key=str.casefold)


def test_notes_typed_just_before_a_lock_are_kept(qtbot: QtBot, demo_window: MainWindow) -> None:
    ctx = demo_window.ctx
    number = ctx.session.vault.numbers()[0]
    page = demo_window.go(("number", number.id))
    assert isinstance(page, NumberPage)
    page.notes.setPlainText("带身份证去柜台 — bring the ID card")
    ctx.session.lock("idle", minutes=10)  # before the pause timer could save
    from ringoff.storage.vault import open_vault, unlock_with_passphrase

    raw = unlock_with_passphrase(ctx.session.vault_path, PASSPHRASE)
    with open_vault(ctx.session.vault_path, raw) as vault:
        assert vault.number(number.id).notes == "带身份证去柜台 — bring the ID card"


@pytest.mark.parametrize(("lang", "size"), [("en", "normal"), ("zh_CN", "larger")])
def test_long_names_wrap_instead_of_being_cut(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], lang: str, size: str
) -> None:
    """Issue 20: "Bank of Am…". A name too long for its column takes a taller row and shows
    whole on wrapped lines; short names keep one line."""
    from PySide6.QtCore import QRect

    from ringoff.core.model import Account
    from ringoff.operations.demo import fill

    ctx = make_ctx(lang=lang, text_size=size)
    vault, _ = create_vault(ctx.session.vault_path, PASSPHRASE, kdf=keys.TEST_KDF, clock=ctx.clock)
    fill(vault, ctx.shipped_catalog, ctx.lang, ctx.today())
    ctx.session.adopt(vault)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    number = vault.numbers()[0]
    long_names = [
        "Bank of America Online Banking, Bill Pay, Mobile Check Deposit and the "
        "Travel Rewards Credit Card for the Whole Family",
        "中国工商银行手机银行个人网上银行客户端与信用卡还款服务中心以及全家共用的出行奖励信用卡",
    ]
    for name in long_names:
        vault.add_account(Account(number_id=number.id, name=name))
    page = window.go(("number", number.id))
    assert isinstance(page, NumberPage)
    table = page.table
    base = table.verticalHeader().defaultSectionSize()
    names = page.visible_names()
    metrics = table.fontMetrics()

    def room() -> int:
        return table.columnWidth(AccountsModel.NAME) - table.iconSize().width() - metrics.height()

    def wrapped(name: str) -> int:
        """The height Qt's own delegate asks for, wrapping *name* in its column."""
        from PySide6.QtWidgets import QStyleOptionViewItem

        index = page.proxy.index(names.index(name), AccountsModel.NAME)
        option = QStyleOptionViewItem()
        table.initViewItemOption(option)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.rect = QRect(0, 0, table.columnWidth(AccountsModel.NAME), base)
        return table.itemDelegateForIndex(index).sizeHint(option, index).height()

    def all_shown() -> bool:
        return all(table.rowHeight(names.index(n)) >= wrapped(n) for n in long_names)

    qtbot.waitUntil(all_shown)
    for name in long_names:
        assert metrics.horizontalAdvance(name) > room()  # too long for one line
        assert wrapped(name) > 2 * metrics.lineSpacing()  # so it takes two lines or more
        assert table.rowHeight(names.index(name)) > base
    short = names.index(next(n for n in names if metrics.horizontalAdvance(n) < room() // 2))
    assert (
        table.rowHeight(short) == base
        or metrics.horizontalAdvance(str(page.proxy.index(short, AccountsModel.USES).data()))
        > table.columnWidth(AccountsModel.USES) - metrics.height()
    )
