"""The catalog picker: search in any form, category filter, already added, the user's own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ringoff.core.model import Category
from ringoff.ui.catalog_picker import CatalogPicker, ServicesModel
from ringoff.ui.context import AppContext

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _picker(qtbot: QtBot, ctx: AppContext) -> CatalogPicker:
    number = ctx.session.vault.numbers()[0]  # Dad's Chinese number
    picker = CatalogPicker(ctx, None, number.region, number=number)
    qtbot.addWidget(picker)
    picker.show()
    return picker


def test_search_forms_find_the_same_service(qtbot: QtBot, demo_ctx: AppContext) -> None:
    picker = _picker(qtbot, demo_ctx)
    for query in ("zfb", "zhifubao", "支付宝", "Alipay", "alipay.com", "ＡＬＩＰＡＹ"):
        picker.search.setText(query)
        assert picker.visible_names()[0] == "alipay", query
    picker.search.setText("icbc")
    assert "icbc" in picker.visible_names()
    picker.search.setText("no service is called this")
    assert picker.visible_names() == []
    assert picker.nothing.isVisibleTo(picker)


def test_category_filter_and_region(qtbot: QtBot, demo_ctx: AppContext) -> None:
    picker = _picker(qtbot, demo_ctx)
    picker.category.setCurrentIndex(picker.category.findData(Category.BANK.value))
    shown = picker.visible_names()
    assert shown
    catalog = demo_ctx.catalog
    assert all(catalog.get(s).category is Category.BANK for s in shown)  # type: ignore[union-attr]
    assert "chase" not in shown  # a US bank, not shown for a Chinese number
    picker.everywhere.setChecked(True)
    assert "chase" in picker.visible_names()


def test_already_added_cannot_be_ticked_again(qtbot: QtBot, demo_ctx: AppContext) -> None:
    picker = _picker(qtbot, demo_ctx)
    picker.search.setText("zfb")
    index = picker.proxy.index(0, 0)
    assert "already added" in index.data()
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert not index.flags() & Qt.ItemFlag.ItemIsEnabled
    picker.tick("alipay")
    assert picker.chosen_services() == []
    assert not picker.ok_button.isEnabled()


def test_space_ticks_and_ok_adds_in_one_go(qtbot: QtBot, demo_ctx: AppContext) -> None:
    picker = _picker(qtbot, demo_ctx)
    number = picker.number
    assert number is not None
    before = len(demo_ctx.session.vault.accounts(number.id))
    picker.search.setText("abc")
    picker.view.setFocus()
    picker.view.setCurrentIndex(picker.proxy.index(0, 0))
    first = picker.visible_names()[0]
    qtbot.keyClick(picker.view, Qt.Key.Key_Space)
    picker.search.setText("boc")
    picker.tick("boc")
    assert {s.id for s in picker.chosen_services()} == {first, "boc"}
    assert picker.ok_button.text() == "Add 2"
    qtbot.mouseClick(picker.ok_button, Qt.MouseButton.LeftButton)
    after = demo_ctx.session.vault.accounts(number.id)
    assert len(after) == before + 2
    history = demo_ctx.session.vault.history(limit=2, number_id=number.id)
    assert {h.event for h in history} == {"account_added"}


def test_own_services_are_marked(qtbot: QtBot, demo_ctx: AppContext) -> None:
    demo_ctx.session.write(
        lambda v: v.save_user_service(
            {
                "id": "user_corner_shop",
                "category": "shopping",
                "regions": ["CN"],
                "names": {"en": "Corner shop club", "zh_CN": "街角小店会员"},
                "actions": {"change": {"steps": {"en": ["Ask at the counter."]}}},
            }
        )
    )
    picker = _picker(qtbot, demo_ctx)
    picker.search.setText("corner")
    assert picker.visible_names() == ["user_corner_shop"]
    text = picker.proxy.index(0, 0).data()
    assert "your own" in text
    assert isinstance(picker.model, ServicesModel)
