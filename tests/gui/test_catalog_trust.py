"""General guides look different from confirmed steps, on the walkthrough and in the picker."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ringoff.core.model import Account, Use
from ringoff.ui.catalog_notes import GeneralBanner
from ringoff.ui.catalog_picker import CatalogPicker
from ringoff.ui.context import AppContext
from ringoff.ui.main_window import MainWindow
from ringoff.ui.walkthrough import WalkthroughPage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
DAD = "+8613812345678"


def _walk(window: MainWindow, ctx: AppContext, service_id: str) -> WalkthroughPage:
    number = ctx.session.vault.find_number(DAD)
    assert number is not None
    service = ctx.catalog.get(service_id)
    assert service is not None
    account = Account(
        number_id=number.id,
        name=service.name("en"),
        service_id=service_id,
        uses=frozenset({Use.SIGN_IN}),
    )
    ctx.session.write(lambda v: v.add_account(account))
    page = window.go(("walkthrough", number.id, account.id))
    assert isinstance(page, WalkthroughPage)
    return page


def _texts(page: WalkthroughPage) -> list[str]:
    return [w.text() for w in page.findChildren(QLabel)]


def test_a_general_entry_shows_the_banner_and_no_check(
    qtbot: QtBot, demo_window: MainWindow, demo_ctx: AppContext
) -> None:
    meituan = demo_ctx.catalog.get("meituan")
    assert meituan is not None and meituan.is_general
    page = _walk(demo_window, demo_ctx, "meituan")
    banners = page.findChildren(GeneralBanner)
    assert len(banners) == 1
    assert "Ringoff has no confirmed steps for Meituan yet" in banners[0].text.text()
    assert "Chinese apps" in banners[0].text.text()
    assert banners[0].accessibleName() == "General guide"
    assert not any("checked on" in t for t in _texts(page))


def test_a_specific_entry_says_when_it_was_checked(
    qtbot: QtBot, demo_window: MainWindow, demo_ctx: AppContext
) -> None:
    specific = next(s for s in demo_ctx.catalog if not s.is_general and s.used_in("CN"))
    page = _walk(demo_window, demo_ctx, specific.id)
    assert page.findChildren(GeneralBanner) == []
    assert any("Steps checked on" in t for t in _texts(page))


def test_a_home_page_is_called_a_website(
    qtbot: QtBot, demo_window: MainWindow, demo_ctx: AppContext
) -> None:
    site = next(s for s in demo_ctx.catalog if s.help_kind == "website" and s.used_in("CN"))
    page = _walk(demo_window, demo_ctx, site.id)
    assert "website" in page.help_link.text()
    assert "official help" not in page.help_link.text()


def test_the_picker_marks_general_guides(qtbot: QtBot, demo_ctx: AppContext) -> None:
    number = demo_ctx.session.vault.find_number(DAD)
    assert number is not None
    picker = CatalogPicker(demo_ctx, None, number.region, number=number)
    qtbot.addWidget(picker)
    picker.search.setText("Meituan")
    index = picker.proxy.index(0, 0)
    assert index.data(picker.model.ServiceIdRole) == "meituan"
    assert "general guide only" in index.data()
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert "no confirmed steps" in index.data(Qt.ItemDataRole.ToolTipRole)
    specific = next(s for s in demo_ctx.catalog if not s.is_general and s.used_in("CN"))
    picker.search.setText(specific.name("en"))
    row = picker.visible_names().index(specific.id)
    index = picker.proxy.index(row, 0)
    assert "general guide" not in index.data()
    assert index.data(Qt.ItemDataRole.FontRole) is None


def test_accounts_people_name_themselves_are_found_by_pinyin(demo_ctx: AppContext) -> None:
    from ringoff.ui.accounts_model import AccountsModel

    number = demo_ctx.session.vault.find_number(DAD)
    assert number is not None
    mine = Account(number_id=number.id, name="张三的工行", uses=frozenset({Use.PAYMENT}))
    model = AccountsModel(demo_ctx.catalog, "zh_CN", [mine])
    key = model.rows[0].key
    assert "zsdgh" in key and "zhangsandegonghang" in key
    alipay = Account(number_id=number.id, name="支付宝", service_id="alipay")
    model = AccountsModel(demo_ctx.catalog, "zh_CN", [alipay])
    assert "zfb" in model.rows[0].key.split("\n")


def test_the_picker_says_the_lists_date_and_origin(qtbot: QtBot, demo_ctx: AppContext) -> None:
    picker = CatalogPicker(demo_ctx, None, "CN")
    qtbot.addWidget(picker)
    assert demo_ctx.shipped_catalog.info.origin == "shipped"
    assert "This list is from" in picker.about.text()
    assert "2026" in picker.about.text() and "came with Ringoff" in picker.about.text()


def test_an_entry_older_than_a_year_is_possibly_out_of_date(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    from datetime import timedelta

    from ringoff.ui.catalog_notes import checked_text, general_text

    service = next(s for s in demo_ctx.catalog if not s.is_general and s.last_checked)
    assert service.last_checked is not None
    fresh = checked_text(service, "en", service.last_checked + timedelta(days=30))
    stale = checked_text(service, "en", service.last_checked + timedelta(days=400))
    assert "Steps checked on" in fresh and "possibly out of date" not in fresh
    assert "possibly out of date" in stale
    general = demo_ctx.catalog.get("other_bank")
    assert general is not None
    assert checked_text(general, "en", service.last_checked) == ""
    assert "usual way at banks" in general_text(general, "en")
