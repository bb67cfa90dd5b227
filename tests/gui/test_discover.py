"""The "find the accounts" page: the checklist, a password export, pasted texts, the official check.

Driven through the real widgets on the demo family's vault (Dad's CN number already lists icbc,
ccb, alipay, wechat, tax_app, railway_12306, taobao, meituan and china_mobile).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from ringoff.core.model import Action, Use
from ringoff.ui import style
from ringoff.ui.context import AppContext
from ringoff.ui.discover import YZTC_PREF, DiscoverPage

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "imports"
CN = "+8613812345678"
US = "+16145550134"


class FakeWindow(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.routes: list[tuple[object, ...]] = []

    def go(self, route: tuple[object, ...]) -> None:
        self.routes.append(route)


def _tick(qtbot: QtBot, box: QAbstractButton) -> None:
    """Click the tick box itself (a click far right of its text would miss it)."""
    half = box.height() // 2
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(half, half))


def _number_id(ctx: AppContext, e164: str) -> str:
    found = ctx.session.vault.find_number(e164)
    assert found is not None
    return found.id


def _page(qtbot: QtBot, ctx: AppContext, e164: str = CN) -> DiscoverPage:
    window = FakeWindow()
    qtbot.addWidget(window)
    page = DiscoverPage(ctx, window, _number_id(ctx, e164))
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def _accounts(ctx: AppContext, e164: str = CN) -> dict[str, object]:
    return {(a.service_id or a.name): a for a in ctx.session.vault.accounts(_number_id(ctx, e164))}


def _shown_text(page: QWidget) -> str:
    """Everything a person can read on the page: labels, buttons, fields, tree rows."""
    parts = [w.text() for w in page.findChildren(QLabel)]
    parts += [w.text() for w in page.findChildren(QAbstractButton)]
    parts += [w.text() for w in page.findChildren(QLineEdit)]
    preview = page.passwords_tab.preview  # type: ignore[attr-defined]
    if preview is not None:
        parts += [row.text() for row in preview.rows()]
    return "\n".join(parts)


def _sample_secrets() -> list[str]:
    spec = importlib.util.spec_from_file_location("discover_samples", SAMPLES / "make_samples.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    out = ["pw-android-SECRET"]
    for entry in module.entries():
        out += [v.splitlines()[0] for v in (entry.password, entry.note, entry.totp) if v]
    return out


# -- routing ------------------------------------------------------------------------------------


def test_the_route_opens_the_page(demo_window: QWidget, demo_ctx: AppContext) -> None:
    page = demo_window.go(("discover", _number_id(demo_ctx, CN)))  # type: ignore[attr-defined]
    assert isinstance(page, DiscoverPage)
    assert page.official_tab is not None
    us_page = demo_window.go(("discover", _number_id(demo_ctx, US)))  # type: ignore[attr-defined]
    assert isinstance(us_page, DiscoverPage)
    assert us_page.official_tab is None  # the MIIT check is for mainland numbers only
    assert us_page.tabs.count() == 3


# -- a. the checklist ---------------------------------------------------------------------------


def test_checklist_tick_three_and_add(qtbot: QtBot, demo_ctx: AppContext) -> None:
    page = _page(qtbot, demo_ctx)
    tab = page.checklist_tab
    icbc = tab.box_for("icbc")
    assert icbc is not None
    assert icbc.isChecked() and not icbc.isEnabled() and "already added" in icbc.text()
    # Banks come first, most common first.
    bank_ids = [e.service_id for e in tab.boxes][:3]
    assert bank_ids[0] == "icbc"
    assert not tab.add_button.isEnabled()

    for ident in ("abc", "boc", "didi"):
        box = tab.box_for(ident)
        assert box is not None
        if not box.isVisible():
            for more in tab.more_buttons:
                if more.isVisible():
                    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
        assert box.isVisible() and box.isEnabled() and not box.isChecked()
        _tick(qtbot, box)
        assert box.isChecked()
    assert tab.add_button.text().endswith("(3)")

    tab.bank_name.setText("  Rural   Credit Union ")
    qtbot.mouseClick(tab.bank_add, Qt.MouseButton.LeftButton)
    assert tab.bank_name.text() == ""
    assert tab.add_button.text().endswith("(4)")

    before = len(_accounts(demo_ctx))
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    accounts = _accounts(demo_ctx)
    assert len(accounts) == before + 4
    for ident in ("abc", "boc", "didi"):
        account = accounts[ident]
        service = demo_ctx.catalog.get(ident)
        assert service is not None
        assert account.uses == service.uses  # type: ignore[attr-defined]
        assert account.action is Action.CHANGE  # type: ignore[attr-defined]  # Dad has a new number
        assert account.name == service.name("en")  # type: ignore[attr-defined]
    custom = accounts["Rural Credit Union"]
    assert custom.service_id is None and custom.uses == frozenset({Use.PAYMENT})  # type: ignore[attr-defined]
    # Now they show as added, and the page says so.
    abc = tab.box_for("abc")
    assert abc is not None and not abc.isEnabled() and "already added" in abc.text()
    assert page.status.isVisible() and "4" in page.status.text()
    assert not tab.add_button.isEnabled()


def test_checklist_for_a_us_number_lists_us_banks(qtbot: QtBot, demo_ctx: AppContext) -> None:
    page = _page(qtbot, demo_ctx, US)
    ids = [e.service_id for e in page.checklist_tab.boxes]
    assert "chase" in ids and "icbc" not in ids
    chase = page.checklist_tab.box_for("chase")
    assert chase is not None and not chase.isEnabled()


# -- b. saved passwords -------------------------------------------------------------------------


def test_import_preview_defaults_untick_add_and_duplicates(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    page = _page(qtbot, demo_ctx)
    page.load_file(SAMPLES / "chrome.csv", wait=True)
    assert page.tabs.currentWidget() is page.passwords_tab
    preview = page.passwords_tab.preview
    assert preview is not None
    assert "Chrome, Edge or Brave" in preview.summary.text()

    google = preview.row_for("Google")
    jd = preview.row_for("JD")
    taobao = preview.row_for("Taobao")
    forum = preview.row_for("forum.example.org")
    assert google is not None and jd is not None and taobao is not None and forum is not None
    assert google.checkState() == Qt.CheckState.Checked  # signs in with the number
    assert jd.checkState() == Qt.CheckState.Checked
    assert "already added" in taobao.text() and not taobao.isCheckable()  # in the demo list
    assert forum.checkState() == Qt.CheckState.Unchecked  # an unknown site, another user name
    ticked_before = len(preview.ticked_finds())
    assert preview.add_button.text().endswith(f"({ticked_before})")

    jd.setCheckState(Qt.CheckState.Unchecked)  # the person unticks one
    assert preview.add_button.text().endswith(f"({ticked_before - 1})")
    before = _accounts(demo_ctx)
    assert "google" not in before
    qtbot.mouseClick(preview.add_button, Qt.MouseButton.LeftButton)
    after = _accounts(demo_ctx)
    assert "google" in after and "jd" not in after
    assert len(after) == len(before) + ticked_before - 1

    # No secret from the file is anywhere on the page; the delete-the-file advice is.
    shown = _shown_text(page)
    for secret in _sample_secrets():
        assert secret not in shown
    assert "chrome.csv" in shown and "delete" in shown

    # A second import marks what is now in the list.
    page.load_file(SAMPLES / "chrome.csv", wait=True)
    second = page.passwords_tab.preview
    assert second is not None and second is not preview
    again = second.row_for("Google")
    assert again is not None and "already added" in again.text() and not again.isCheckable()
    jd_again = second.row_for("JD")
    assert jd_again is not None and jd_again.checkState() == Qt.CheckState.Checked


def test_import_problem_is_a_plain_message_naming_the_line(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    page = _page(qtbot, demo_ctx)
    before = _accounts(demo_ctx)
    page.load_file(SAMPLES / "malformed.csv", wait=True)
    tab = page.passwords_tab
    assert tab.preview is None and tab.problem is not None
    assert "Line" in tab.problem.text()
    page.load_file(SAMPLES / "does-not-exist.csv", wait=True)
    assert tab.problem is not None and tab.problem.text()
    assert _accounts(demo_ctx) == before


# -- c. text messages ---------------------------------------------------------------------------


def test_pasted_texts_find_senders_and_forget_the_codes(qtbot: QtBot, demo_ctx: AppContext) -> None:
    page = _page(qtbot, demo_ctx)
    page.tabs.setCurrentWidget(page.sms_tab)
    tab = page.sms_tab
    tab.text_box.setPlainText(
        "【支付宝】您的验证码是 482913，请勿泄露。\n\n"
        "Your Google verification code is 884422\n\n"
        "【京东】验证码 731946，5分钟内有效。\n\n"
        "【老王水果店】您的验证码 5566，感谢惠顾。"
    )
    qtbot.mouseClick(tab.find_button, Qt.MouseButton.LeftButton)
    assert tab.text_box.toPlainText() == ""
    assert not tab.text_box.document().isUndoAvailable()  # the codes cannot come back
    shown = _shown_text(page)
    for code in ("482913", "884422", "731946", "5566"):
        assert code not in shown

    qtbot.waitUntil(lambda: all(h.box.isVisible() for h in tab.hits))
    by_id = {h.hit.service_id: h for h in tab.hits}
    assert set(by_id) >= {"alipay", "google", "jd", None}
    alipay = by_id["alipay"]
    assert not alipay.box.isEnabled() and "already added" in alipay.box.text()  # in the demo
    assert by_id["google"].box.isChecked() and by_id["jd"].box.isChecked()
    shop = by_id[None]
    assert shop.name_field is not None and shop.name_field.text() == "老王水果店"
    assert not shop.box.isChecked()  # unknown senders wait for a tick
    _tick(qtbot, shop.box)
    shop.name_field.setText("老王水果店会员")
    _tick(qtbot, by_id["jd"].box)  # untick JD
    assert tab.add_button.text().endswith("(2)")

    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    accounts = _accounts(demo_ctx)
    assert "google" in accounts and "jd" not in accounts
    shop_account = accounts["老王水果店会员"]
    assert shop_account.service_id is None and shop_account.uses == frozenset({Use.CODES})  # type: ignore[attr-defined]
    google = next(h for h in tab.hits if h.hit.service_id == "google")
    assert not google.box.isEnabled()  # shown as added now


# -- d. the official check ----------------------------------------------------------------------


def test_official_check_count_is_saved_and_compared(qtbot: QtBot, demo_ctx: AppContext) -> None:
    page = _page(qtbot, demo_ctx)
    tab = page.official_tab
    assert tab is not None
    page.tabs.setCurrentWidget(tab)
    listed = len(_accounts(demo_ctx))
    assert f"Ringoff lists {listed} accounts" in tab.compare_label.text()
    shown = _shown_text(page)
    assert "10699000" in shown and "工信微报" in shown and "二次号码焕新" in shown

    tab.count_field.setValue(listed + 5)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    number_id = _number_id(demo_ctx, CN)
    saved = demo_ctx.session.vault.pref(YZTC_PREF, {})
    assert saved == {number_id: {"count": listed + 5, "date": demo_ctx.today().isoformat()}}
    assert str(listed + 5) in tab.saved_label.text()
    assert "missing" in tab.compare_label.text()

    tab.count_field.setValue(1)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert demo_ctx.session.vault.pref(YZTC_PREF, {})[number_id]["count"] == 1
    assert "missing" not in tab.compare_label.text()


@pytest.mark.parametrize(("lang", "size"), [("zh_CN", "large"), ("en", "larger")])
def test_page_builds_in_every_language_and_size(
    qtbot: QtBot, make_ctx: object, lang: str, size: str
) -> None:
    from ringoff.operations.demo import fill
    from ringoff.storage import keys
    from ringoff.storage.vault import create_vault

    ctx = make_ctx(lang=lang, text_size=size)  # type: ignore[operator]
    vault, _ = create_vault(ctx.session.vault_path, "x" * 24, kdf=keys.TEST_KDF, clock=ctx.clock)
    fill(vault, ctx.shipped_catalog, ctx.lang, ctx.today())
    ctx.session.adopt(vault)
    page = _page(qtbot, ctx)
    icbc = page.checklist_tab.box_for("icbc")
    assert icbc is not None
    if lang == "zh_CN":
        assert icbc.text().startswith("中国工商银行")
    # Nothing on the page fixes its own font size: the tick boxes follow the text-size setting.
    assert icbc.font().pointSizeF() == pytest.approx(style.BASE_POINT_SIZE * style.SCALES[size])
