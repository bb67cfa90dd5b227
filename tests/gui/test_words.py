"""Names from the catalog and from people are shown as they are ("AT&T", "eBay"), and sentences
stay right with any name and any count, in both languages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtGui import QFont, QKeySequence, QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractButton, QLabel
from pytestqt.qtbot import QtBot

from ringoff.core import phone
from ringoff.core.model import Account, AccountStatus, NumberMode, PhoneNumber
from ringoff.services import translations as i18n
from ringoff.ui import words
from ringoff.ui.context import AppContext
from ringoff.ui.main_window import MainWindow
from ringoff.ui.widgets import literal, plain


def no_shortcut(text: str) -> bool:
    """Qt finds no Alt+letter shortcut in *text* (so no letter is underlined either)."""
    return QKeySequence.mnemonic(text).isEmpty()


def test_literal_keeps_the_ampersand() -> None:
    assert plain(literal("AT&T")) == "AT&T"
    assert no_shortcut(literal("Profile & Settings"))
    assert plain("&Save") == "Save"
    assert not no_shortcut("&Save")  # our own shortcuts still work


def _att_number(window: MainWindow) -> PhoneNumber:
    ctx = window.ctx
    vault = ctx.session.vault
    person = vault.people()[0]
    number = vault.add_number(
        PhoneNumber(person_id=person.id, e164="+12025550143", region="US", mode=NumberMode.OWN)
    )
    vault.add_account(Account(number_id=number.id, name="AT&T"))
    return number


def test_ampersand_in_names_on_buttons_and_ticks(qtbot: QtBot, demo_window: MainWindow) -> None:
    number = _att_number(demo_window)
    home = demo_window.go(("home",))
    card = next(c for c in home.cards if c.number.id == number.id)  # type: ignore[attr-defined]
    assert plain(card.main_button.text()) == "Continue with AT&T"
    assert no_shortcut(card.main_button.text())
    assert card.main_button.accessibleName() == "Continue with AT&T"

    page = demo_window.go(("number", number.id))
    assert plain(page.main_button.text()) in ("Continue with AT&T", "Start the plan")  # type: ignore[attr-defined]

    walk = demo_window.go(("walkthrough", number.id))
    assert "AT&T" in walk.title_label.text()  # type: ignore[attr-defined]
    walk.show_plan()  # type: ignore[attr-defined]
    shown = [b for b in walk.findChildren(QAbstractButton) if "AT" in plain(b.text())]
    assert shown and all(no_shortcut(b.text()) for b in shown)
    assert all("AT&T" in plain(b.text()) for b in shown)

    discover = demo_window.go(("discover", number.id))
    tab = discover.checklist_tab  # type: ignore[attr-defined]
    tab.bank_name.setText("Farmers & Merchants Bank")
    tab.add_custom_bank()
    box = next(e.box for e in tab.boxes if e.name == "Farmers & Merchants Bank")
    assert plain(box.text()) == "Farmers & Merchants Bank" and no_shortcut(box.text())


def test_catalog_steps_with_ampersand_are_not_shortcuts(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    from ringoff.ui.walkthrough import StepRow

    step = StepRow(1, "Open Profile & Settings, then Sign-In & Security", False)
    qtbot.addWidget(step)
    assert plain(step.label.text()) == "Open Profile & Settings, then Sign-In & Security"
    assert no_shortcut(step.label.text())
    assert isinstance(step.label, QLabel)


@pytest.mark.parametrize(
    ("lang", "person", "expected"),
    [
        ("en", "Me", "My number"),
        ("en", "Dad", "Dad's number"),
        ("en", "", "A number"),
        ("zh_CN", "我", "我的号码"),
        ("zh_CN", "爸爸", "爸爸的号码"),
    ],
)
def test_whose_number(
    make_ctx: Callable[..., AppContext], lang: str, person: str, expected: str
) -> None:
    make_ctx(lang)
    assert words.whose_number(person) == expected


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_counts_and_account_words(make_ctx: Callable[..., AppContext], lang: str) -> None:
    make_ctx(lang)
    one, three = words.senders_added(1), words.senders_added(3)
    assert "(s)" not in one + three
    if lang == "en":
        assert one.startswith("Added 1 sender.") and three.startswith("Added 3 senders.")
    else:
        assert "1 个发送方" in one and "3 个发送方" in three
    from ringoff.services.session import LOCK_REASONS

    assert LOCK_REASONS["idle_1"].source.endswith("after 1 minute without use.")


def test_lock_after_one_minute_says_minute(demo_ctx: AppContext) -> None:
    demo_ctx.session.lock("idle", minutes=1)
    reason = demo_ctx.tr(demo_ctx.session.last_lock_reason)  # type: ignore[arg-type]
    assert reason == "Ringoff locked itself after 1 minute without use."


def test_history_words_unticking_names_and_whose_number(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    ctx = demo_window.ctx
    vault = ctx.session.vault
    dad = next(n for n in vault.numbers() if n.e164 == "+8613812345678")
    account = vault.add_account(Account(number_id=dad.id, name="eBay"))
    vault.update_account(replace(account, checked_steps=frozenset({0})), "account_step")
    vault.update_account(replace(account, checked_steps=frozenset()), "account_step_undone")
    vault.set_account_status(account.id, AccountStatus.DONE)
    page = demo_window.go(("history",))
    lines = page.lines()[:3]  # type: ignore[attr-defined]
    assert "eBay was marked as done" in lines[0] and "EBay" not in lines[0]
    assert "A step for eBay was unticked" in lines[1]
    assert "Steps for eBay were ticked off" in lines[2]
    assert all("Dad's number 138\u00a0****\u00a05678" in line for line in lines)
    i18n.set_language("en")


def _breaks_inside(text: str, part: str, font: QFont, width: int) -> bool:
    """Whether Qt, wrapping *text* at *width* pixels, starts a new line inside *part*."""
    start = text.index(part)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    starts = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    return any(start < s < start + len(part) for s in starts)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_number_never_breaks_across_lines(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], lang: str
) -> None:
    """The verdict, the details and the heading of a number page keep "139 **** 5432" on one
    line at any width (issue 20: "139 / **** 5432" at the largest Chinese text)."""
    from ringoff.operations.demo import fill
    from ringoff.storage import keys
    from ringoff.storage.vault import create_vault

    from .conftest import PASSPHRASE

    ctx = make_ctx(lang=lang, text_size="larger")
    vault, _ = create_vault(ctx.session.vault_path, PASSPHRASE, kdf=keys.TEST_KDF, clock=ctx.clock)
    fill(vault, ctx.shipped_catalog, ctx.lang, ctx.today())
    ctx.session.adopt(vault)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    number = next(n for n in vault.numbers() if n.target)
    page = window.go(("number", number.id))
    assert number.target is not None
    target = phone.masked(number.target, number.region)
    assert " " in target
    checked = 0
    for label in (page.verdict_label, page.details, page.number_label):
        text = label.text()
        assert target not in text  # no breakable copy is left
        for shown in (words.unbroken(target), page.number_label.text()):
            if shown not in text:
                continue
            checked += 1
            for width in range(40, 900, 9):
                assert not _breaks_inside(text, shown, label.font(), width), (text, width)
    assert checked >= 3  # the verdict, "Moving to: …" and the heading were all looked at


def test_numbers_kept_whole_leaves_other_spaces() -> None:
    text = "Move to 139 **** 5432 and to +1 202-555-0143 today"
    kept = words.numbers_kept_whole(text, ("+8613954325432", "CN"), (None, None))
    assert "139\u00a0****\u00a05432" in kept
    assert kept.count("\u00a0") == 2 and kept.startswith("Move to ")
