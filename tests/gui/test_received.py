"""The received-number page, driven as a person would: record, read the advice, ask, follow up."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ringoff.core import phone
from ringoff.core.model import NumberMode, PhoneNumber
from ringoff.core.received import Template, guidance_for
from ringoff.storage import keys
from ringoff.storage.vault import create_vault
from ringoff.ui.context import AppContext
from ringoff.ui.dates import long_date
from ringoff.ui.lifecycle import attach
from ringoff.ui.main_window import MainWindow
from ringoff.ui.received import PasteDialog, ReceivedPage, RecordDialog

from .conftest import PASSPHRASE, FakeClock

E164 = "+8613912345678"
ICBC_TEXT = "【中国工商银行】您尾号8812的账户11月20日支出人民币500.00元，余额1,203.00元。"
CHASE_TEXT = "Your Chase verification code is 482913. Don't share it with anyone."


def _setup(qtbot: QtBot, ctx: AppContext) -> tuple[MainWindow, str]:
    vault, _ = create_vault(ctx.session.vault_path, PASSPHRASE, kdf=keys.TEST_KDF, clock=ctx.clock)
    ctx.session.adopt(vault)
    person = vault.find_or_add_person("Me")
    number = vault.add_number(
        PhoneNumber(e164=E164, person_id=person.id, region="CN", mode=NumberMode.RECEIVED)
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    attach(ctx, window)
    window.start()
    window.show()
    qtbot.waitExposed(window)
    return window, number.id


def _open(window: MainWindow, number_id: str) -> ReceivedPage:
    page = window.go(("received", number_id))
    assert isinstance(page, ReceivedPage)
    return page


def _paste(qtbot: QtBot, page: ReceivedPage, text: str, on: date) -> None:
    qtbot.mouseClick(page.paste_button, Qt.MouseButton.LeftButton)
    dialogs = [d for d in page.findChildren(PasteDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    dialog.box.setPlainText(text)
    dialog.date.setDate(QDate(on.year, on.month, on.day))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.box.toPlainText() == ""  # the texts leave the screen at once
    assert "1" in dialog.result_label.text()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def _labels(widget: object) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_recipient_records_asks_and_is_reminded(
    qtbot: QtBot,
    make_ctx: Callable[..., AppContext],
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
) -> None:
    ctx = make_ctx(lang=lang)
    window, number_id = _setup(qtbot, ctx)
    page = _open(window, number_id)
    assert "not your fault" in _labels(page) or lang == "zh_CN"
    assert page.table.rowCount() == 0

    # 1. two pasted texts (Chinese, English) and one call by hand
    today = ctx.today()
    _paste(qtbot, page, ICBC_TEXT, today - timedelta(days=8))
    _paste(qtbot, page, CHASE_TEXT, today - timedelta(days=3))
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    (record,) = [d for d in page.findChildren(RecordDialog) if d.isVisible()]
    qtbot.keyClicks(record.sender_edit, "Acme Parcels")
    record.kind.setCurrentIndex(record.kind.findData("call"))
    qtbot.keyClicks(record.what, "asked for Mr Wang")
    qtbot.mouseClick(record.save_button, Qt.MouseButton.LeftButton)

    vault = ctx.session.vault
    stored = vault.received_messages(number_id)
    assert {(m["service_id"], m["kind"]) for m in stored} == {
        ("icbc", "notice"),
        ("chase", "code"),
        (None, "call"),
    }
    assert "482913" not in repr(stored) and "8812" not in repr(stored)
    assert page.table.rowCount() == 3
    shown = [page.table.item(r, 1).text() for r in range(3)]
    assert ctx.catalog.get("icbc").name(lang) in shown  # type: ignore[union-attr]
    assert "Acme Parcels" in shown

    # 2. advice for each sender, from the catalog when it knows the sender
    cards = {card.group.service_id: card for card in page.sender_cards}
    assert set(cards) == {"icbc", "chase", None}
    icbc_card = cards["icbc"]
    bank_advice = ctx.tr(guidance_for(ctx.catalog.get("icbc")).lines[0])
    assert bank_advice in _labels(icbc_card)
    assert ctx.catalog.get("icbc").help_url in _labels(icbc_card)  # type: ignore[union-attr]
    general = ctx.tr(guidance_for(None).lines[0])
    assert general in _labels(cards[None]) and general not in _labels(icbc_card)
    assert "482913" not in _labels(page)

    # 3. copy a ready-made message in the page's language and say it was sent
    asked: list[str] = []
    monkeypatch.setattr(page, "confirm_asked", lambda name: asked.append(name) or True)
    qtbot.mouseClick(icbc_card.show_button, Qt.MouseButton.LeftButton)
    assert icbc_card.messages_box.isVisible()
    icbc_card.template.setCurrentIndex(icbc_card.template.findData(Template.STOP_MESSAGES.value))
    qtbot.mouseClick(icbc_card.copy_buttons[lang], Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    if lang == "zh_CN":
        assert "中国工商银行" in copied and "请不要再向" in copied
        assert phone.display(E164, "CN") in copied
    else:
        assert "ICBC" in copied and "Please stop sending" in copied
        assert phone.display(E164) in copied
    assert asked == [icbc_card.name]

    requests = vault.requests(number_id)
    assert [(r["service_id"], r["status"], r["channel"]) for r in requests] == [
        ("icbc", "waiting", "written")
    ]
    assert requests[0]["follow_up_on"] == (today + timedelta(days=5)).isoformat()
    assert page.banners == [] and len(page.status_boxes) == 1

    # 4. six days later the page reminds the person to ask again
    clock.now = clock.now + timedelta(days=6)
    page = _open(window, number_id)
    assert len(page.banners) == 1
    banner_text = _labels(page.banners[0])
    assert ctx.catalog.get("icbc").name(lang) in banner_text  # type: ignore[union-attr]
    assert long_date(today) in banner_text
    assert page.initial_focus() is page.banners[0].again_button  # type: ignore[attr-defined]

    # 5. the messages stopped: the request is done and the reminder goes away
    qtbot.mouseClick(page.banners[0].stopped_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert [r["status"] for r in vault.requests(number_id)] == ["done"]
    assert page.banners == []


def test_asking_again_closes_the_old_request_and_opens_a_new_one(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], clock: FakeClock
) -> None:
    ctx = make_ctx()
    window, number_id = _setup(qtbot, ctx)
    asked_on = ctx.today()
    ctx.session.write(
        lambda v: v.add_request(number_id, "95588", "icbc", "phone", asked_on, asked_on)
    )
    page = _open(window, number_id)
    assert len(page.banners) == 1
    dialog = page.ask_again(ctx.session.vault.requests(number_id)[0])
    assert dialog.channel.currentData() == "phone"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    rows = ctx.session.vault.requests(number_id)
    assert sorted(r["status"] for r in rows) == ["no_answer", "waiting"]
    new = next(r for r in rows if r["status"] == "waiting")
    assert new["service_id"] == "icbc" and new["sender"] == "95588"
    assert page.banners == []


def test_record_dialog_refuses_codes_in_the_description(
    qtbot: QtBot, make_ctx: Callable[..., AppContext]
) -> None:
    ctx = make_ctx()
    window, number_id = _setup(qtbot, ctx)
    page = _open(window, number_id)
    dialog = page.open_record_dialog()
    qtbot.keyClicks(dialog.sender_edit, "Some Bank")
    qtbot.keyClicks(dialog.what, "code 773311")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert ctx.session.vault.received_messages(number_id) == []
    dialog.reject()


def test_carrier_clearing_shows_for_chinese_numbers_only(
    qtbot: QtBot, make_ctx: Callable[..., AppContext]
) -> None:
    ctx = make_ctx()
    window, number_id = _setup(qtbot, ctx)
    page = _open(window, number_id)
    assert "二次号码焕新" in _labels(page)
    us = ctx.session.write(
        lambda v: v.add_number(
            PhoneNumber(
                e164="+16145550134",
                person_id=v.people()[0].id,
                region="US",
                mode=NumberMode.RECEIVED,
            )
        )
    )
    page = _open(window, us.id)  # type: ignore[attr-defined]
    assert "二次号码焕新" not in _labels(page)
