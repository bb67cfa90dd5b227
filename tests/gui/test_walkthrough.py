"""The guided walkthrough, driven through the real widgets on the demo family's data.

Dad's Chinese number is walked from the plan to "Safe to cancel": banks first, ticks saved at
once, the "old number doesn't work" path, the person's own steps (and going back to Ringoff's),
one account that can't be done, a lock and unlock in the middle that comes back to the same
account with the same ticks, and the countdown once the number is cancelled.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from ringoff.core.model import Account, AccountStatus, Action, Use
from ringoff.ui.context import AppContext
from ringoff.ui.main_window import MainWindow
from ringoff.ui.walkthrough import PREF_LAST, WalkthroughPage

from .conftest import PASSPHRASE, FakeClock

DAD = "+8613812345678"
LEFT = Qt.MouseButton.LeftButton


def _open(window: MainWindow, *args: object) -> WalkthroughPage:
    page = window.go(("walkthrough", *args))
    assert isinstance(page, WalkthroughPage)
    return page


def _dad_id(ctx: AppContext) -> str:
    number = ctx.session.vault.find_number(DAD)
    assert number is not None
    return number.id


def _by_service(ctx: AppContext, number_id: str) -> dict[str, Account]:
    return {a.service_id or a.name: a for a in ctx.session.vault.accounts(number_id)}


def _service_of(ctx: AppContext, account_id: str | None) -> str | None:
    assert account_id is not None
    return ctx.session.vault.account(account_id).service_id


def _step_texts(page: WalkthroughPage) -> list[str]:
    return [r.label.text().replace("&&", "&") for r in page.step_rows]  # as shown


def _finish_current(qtbot: QtBot, page: WalkthroughPage) -> None:
    for step in page.step_rows:
        if not step.box.isChecked():
            qtbot.mouseClick(step.box, LEFT)
    qtbot.mouseClick(page.done_button, LEFT)


def test_walk_dads_number_to_safe_to_cancel(
    qtbot: QtBot, demo_window: MainWindow, demo_ctx: AppContext, clock: FakeClock
) -> None:
    ctx, window = demo_ctx, demo_window
    vault = ctx.session.vault
    dad = _dad_id(ctx)
    accounts = _by_service(ctx, dad)
    catalog = ctx.catalog

    # Opening without an account goes to the plan's next one: CCB, already started.
    page = _open(window, dad)
    assert page.face == "account"
    assert _service_of(ctx, page.account_id) == "ccb"
    assert page.title_label.text() == "Step 2 of 9: China Construction Bank (CCB)"
    assert page.progress.format() == "2 done · 0 can't be done · 7 to do"

    # The plan: banks, then payment, then the tax app, then the rest.
    qtbot.mouseClick(page.plan_button, LEFT)
    assert page.face == "plan" and page.plan_view is not None
    order = [_service_of(ctx, ident) for ident in page.plan_view.account_buttons]
    assert order[:2] == ["icbc", "ccb"]
    assert order[2] == "alipay"
    assert order[3] == "tax_app"
    assert set(order[4:-1]) == {"wechat", "taobao", "meituan", "railway_12306"}
    assert order[-1] == "china_mobile"  # the phone company last, behind the gate
    assert page.plan_view.gate_label.text().startswith("Do not cancel the number yet")
    verdict_text = page.plan_view.verdict_label.text()
    assert "Not ready yet: 2 done · 0 can't be done · 7 to do" in verdict_text
    assert page.plan_view.status_labels[accounts["icbc"].id].text() == "Done"
    assert page.plan_view.status_labels[accounts["ccb"].id].text() == "In progress"
    assert page.start_button is not None
    assert page.start_button.text() == "Continue with China Construction Bank (CCB)"

    # Pressing an account in the plan opens it.
    qtbot.mouseClick(page.plan_view.account_buttons[accounts["alipay"].id], LEFT)
    assert page.face == "account"
    assert page.title_label.text() == "Step 3 of 9: Alipay"
    alipay_guide = catalog.get("alipay").action(Action.CHANGE)  # type: ignore[union-attr]
    assert alipay_guide is not None
    assert _step_texts(page) == list(alipay_guide.steps_for("en"))
    needs = [label.text() for label in page.need_labels]
    assert "•  Your phone with the old SIM card in it, to receive a text" in needs

    # A tick is saved at once and starts the account.
    qtbot.mouseClick(page.step_rows[0].box, LEFT)
    saved = vault.account(accounts["alipay"].id)
    assert saved.checked_steps == frozenset({0})
    assert saved.status is AccountStatus.IN_PROGRESS
    assert page.status_label.text() == "In progress"
    assert vault.history(limit=1)[0].event == "account_step"

    # The old number doesn't work: the fallback path, saved at once, ticks start afresh.
    qtbot.mouseClick(page.fallback_box, LEFT)
    saved = vault.account(accounts["alipay"].id)
    assert saved.use_fallback and saved.checked_steps == frozenset()
    assert _step_texts(page) == list(alipay_guide.steps_for("en", fallback=True))
    needs = [label.text() for label in page.need_labels]
    assert not any("old SIM" in n for n in needs)
    assert page.fallback_box.isChecked()

    # Done moves on to the next account by itself: the tax app.
    _finish_current(qtbot, page)
    assert vault.account(accounts["alipay"].id).status is AccountStatus.DONE
    assert _service_of(ctx, page.account_id) == "tax_app"

    # "This didn't work": the person writes their own steps; they are shown, then reset.
    shipped_tax = list(_step_texts(page))
    editor = page.open_steps_editor()
    assert editor is not None and editor.isVisible()
    editor.saw_edit.setPlainText("There is no Me tab any more.")
    editor.edits["en"].setPlainText("Open the tax app.\n\n  Tap My page.  \nChange the number.")
    qtbot.mouseClick(editor.save_button, LEFT)
    assert _step_texts(page) == ["Open the tax app.", "Tap My page.", "Change the number."]
    assert page.own_steps and page.reset_button is not None
    stored = vault.user_services()
    assert stored == [
        {
            "id": "tax_app",
            "actions": {
                "change": {
                    "steps": {"en": ["Open the tax app.", "Tap My page.", "Change the number."]}
                }
            },
        }
    ]
    assert ctx.catalog.get("tax_app").origin == "user"  # type: ignore[union-attr]
    # Only English was rewritten: Ringoff's Chinese steps stay.
    zh = ctx.catalog.get("tax_app").action(Action.CHANGE).steps_for("zh_CN")  # type: ignore[union-attr]
    assert zh == catalog.get("tax_app").action(Action.CHANGE).steps_for("zh_CN")  # type: ignore[union-attr]
    assert "There is no Me tab any more." in vault.account(accounts["tax_app"].id).notes
    qtbot.mouseClick(page.reset_button, LEFT)
    assert vault.user_services() == []
    assert _step_texts(page) == shipped_tax
    assert not page.own_steps

    # Two ticks, then the app is locked and unlocked: back at the tax app, same ticks.
    qtbot.mouseClick(page.step_rows[0].box, LEFT)
    qtbot.mouseClick(page.step_rows[2].box, LEFT)
    tax_id = accounts["tax_app"].id
    assert vault.pref(PREF_LAST, {})[dad] == tax_id
    ctx.session.lock("manual")
    assert not isinstance(window.current_page(), WalkthroughPage)
    with qtbot.waitSignal(ctx.session.unlocked, timeout=10_000):
        ctx.session.unlock_with_passphrase(PASSPHRASE)
    vault = ctx.session.vault
    page = _open(window, dad)  # no account given: CCB is in progress, but the tax app was open
    assert page.account_id == tax_id
    assert [r.box.isChecked() for r in page.step_rows][:3] == [True, False, True]

    # Walk on: the phone company can't be done (with a reason), everything else is done.
    reasons: dict[str, str] = {}
    for _ in range(20):
        if page.face != "account":
            break
        service = _service_of(ctx, page.account_id)
        if service == "china_mobile":
            dialog = page.open_cannot_dialog()
            dialog.reason_edit.setPlainText("The service hall wants Dad there in person.")
            qtbot.mouseClick(dialog.save_button, LEFT)
            reasons[service] = "The service hall wants Dad there in person."
        else:
            _finish_current(qtbot, page)
    assert page.face == "finished"
    assert page.title_label.text() == "Safe to cancel"
    assert page.verdict_label.text().startswith(
        "Safe to cancel, with a risk: 8 done · 1 can't be done. China Mobile still use"
    )
    statuses = {a.service_id: a.status for a in vault.accounts(dad)}
    assert statuses.pop("china_mobile") is AccountStatus.CANNOT
    assert set(statuses.values()) == {AccountStatus.DONE}
    mobile = next(a for a in vault.accounts(dad) if a.service_id == "china_mobile")
    assert mobile.reason == reasons["china_mobile"]
    texts = [w.text() for w in page.findChildren(type(page.verdict_label))]
    assert any("The service hall wants Dad there in person." in t for t in texts)
    assert page.countdown_label is None  # not cancelled yet

    # After the cancellation date: the countdown to the earliest day it may be reissued.
    number = vault.number(dad)
    assert number.cancel_on is not None
    clock.now = clock.now + timedelta(days=(number.cancel_on - ctx.today()).days + 10)
    page = _open(window, dad)
    assert page.face == "finished"
    assert page.countdown_label is not None
    assert "in 80 days" in page.countdown_label.text()


def test_keyboard_moves_between_accounts_not_back(
    qtbot: QtBot, demo_window: MainWindow, demo_ctx: AppContext
) -> None:
    dad = _dad_id(demo_ctx)
    page = _open(demo_window, dad, _by_service(demo_ctx, dad)["alipay"].id)
    route = demo_window.route
    focus = page.step_rows[0].box
    focus.setFocus()
    qtbot.keyClick(focus, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert _service_of(demo_ctx, page.account_id) == "tax_app"
    qtbot.keyClick(page.step_rows[0].box, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert _service_of(demo_ctx, page.account_id) == "alipay"
    assert demo_window.current_page() is page and demo_window.route == route  # not "Back"
    qtbot.keyClick(page.done_button, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert _service_of(demo_ctx, page.account_id) == "ccb"
    qtbot.keyClick(page.done_button, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert _service_of(demo_ctx, page.account_id) == "alipay"
    # The first account has no previous one; the buttons say so.
    page.show_account(_by_service(demo_ctx, dad)["icbc"].id)
    assert not page.prev_button.isEnabled() and page.next_button.isEnabled()


def test_custom_account_uses_the_general_guide(
    qtbot: QtBot, demo_window: MainWindow, demo_ctx: AppContext
) -> None:
    dad = _dad_id(demo_ctx)
    club = Account(number_id=dad, name="Chess club", uses=frozenset({Use.SIGN_IN}))
    demo_ctx.session.write(lambda v: v.add_account(club))
    page = _open(demo_window, dad, club.id)
    assert page.title_label.text().endswith(": Chess club")
    generic = demo_ctx.catalog.generic("app")
    assert generic is not None
    assert _step_texts(page) == list(generic.action(Action.CHANGE).steps_for("en"))  # type: ignore[union-attr]
    labels = [w.text() for w in page.findChildren(type(page.title_label))]
    assert any("general steps" in t for t in labels)
    assert page.edit_button is None  # the general guide is not rewritten from one account


def test_no_fallback_explains_the_usual_ways(
    qtbot: QtBot, demo_window: MainWindow, demo_ctx: AppContext
) -> None:
    dad = _dad_id(demo_ctx)
    club = Account(number_id=dad, name="Library", uses=frozenset({Use.NOTIFICATIONS}))
    demo_ctx.session.write(lambda v: v.add_account(club))
    page = _open(demo_window, dad, club.id)
    # The general guide has a fallback; use a service whose chosen action has none instead.
    guide_has = demo_ctx.catalog.generic("app").action(Action.CHANGE).has_fallback  # type: ignore[union-attr]
    assert guide_has
    qtbot.mouseClick(page.fallback_box, LEFT)
    assert demo_ctx.session.vault.account(club.id).use_fallback
    close = demo_ctx.catalog.generic("app").action(Action.CLOSE)  # type: ignore[union-attr]
    assert close is not None and not close.has_fallback
    assert page.action_combo is not None
    page.action_combo.setCurrentIndex(page.action_combo.findData("close"))
    page.action_combo.activated.emit(page.action_combo.currentIndex())
    assert demo_ctx.session.vault.account(club.id).action is Action.CLOSE
    assert "customer service" in page.fallback_hint.text()
    assert _step_texts(page) == list(close.steps_for("en"))


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_screens_fit_at_large_text(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], tmp_path: Path, lang: str
) -> None:
    """Render the plan, an account and the safe screen; nothing needs sideways scrolling."""
    from ringoff.operations.demo import fill
    from ringoff.storage import keys
    from ringoff.storage.vault import create_vault

    ctx = make_ctx(lang=lang, text_size="large")
    vault, _ = create_vault(ctx.session.vault_path, PASSPHRASE, kdf=keys.TEST_KDF, clock=ctx.clock)
    fill(vault, ctx.shipped_catalog, ctx.lang, ctx.today())
    ctx.session.adopt(vault)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.start()
    window.resize(1100, 900)
    window.show()
    qtbot.waitExposed(window)
    page = _open(window, _dad_id(ctx))
    shots = {}
    for face, show in (("account", lambda: None), ("plan", page.show_plan)):
        show()
        qtbot.wait(20)
        area = page.findChild(QScrollArea)
        assert area is not None
        assert not area.horizontalScrollBar().isVisible(), face
        shots[face] = window.grab()
        assert shots[face].save(str(tmp_path / f"walkthrough_{face}_{lang}.png"))
    assert page.plan_view is not None
    assert page.plan_view.verdict_label.text()
