"""Paper: the checklist and the Emergency Kit as PDFs, read back with pdftotext.

The text layer matters: a family member searches the PDF, and screen readers read it. Chinese
must come back as the same characters (not Kangxi radicals), English without ligatures.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ringoff.core import phone
from ringoff.core.model import AccountStatus, Action
from ringoff.core.plan import build_plan
from ringoff.ui import printing
from ringoff.ui.checklist_print import ChecklistDialog
from ringoff.ui.context import AppContext
from ringoff.ui.printing import EmergencyKitDialog

DAD = "+8613812345678"
ME = "+16145550134"

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None,
    reason="pdftotext (poppler-utils) is not installed, so the PDF text cannot be read back",
)


def pdf_text(path: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    result = subprocess.run([*args, str(path), "-"], capture_output=True, check=True)
    return result.stdout.decode("utf-8")


def squash(text: str) -> str:
    """Without spaces and line breaks: wrapping may cut a sentence anywhere."""
    return re.sub(r"\s+", "", text)


def page_count(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True)
    match = re.search(r"^Pages:\s+(\d+)", out.stdout, re.M)
    assert match, out.stdout
    return int(match.group(1))


def number_id(ctx: AppContext, e164: str) -> str:
    found = ctx.session.vault.find_number(e164)
    assert found is not None
    return found.id


def dialog_for(qtbot: QtBot, ctx: AppContext, e164: str) -> ChecklistDialog:
    dialog = ChecklistDialog(ctx, None, number_id(ctx, e164))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def steps(ctx: AppContext, service_id: str, lang: str) -> tuple[str, ...]:
    service = ctx.catalog.get(service_id)
    assert service is not None
    guide = service.action(Action.CHANGE)
    assert guide is not None
    return guide.steps_for(lang)


@needs_pdftotext
def test_dads_checklist_in_chinese(qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path) -> None:
    dialog = dialog_for(qtbot, demo_ctx, DAD)
    assert dialog.language.currentData() == "en"  # the current language comes first
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    out = tmp_path / "dad.pdf"
    dialog.save_to(out)
    assert out.name in dialog.status.text() and str(out.parent) in dialog.status.text()
    assert out.stat().st_mode & 0o777 == 0o600
    text = pdf_text(out)
    flat = squash(text)
    # Names and steps come back as the same characters (the Kangxi-radical trap: 行 月 日 工).
    assert "中国建设银行" in text
    assert "中国工商银行" in text  # done: listed at the end
    for step in steps(demo_ctx, "ccb", "zh_CN"):
        assert squash(step) in flat
    assert squash(steps(demo_ctx, "alipay", "zh_CN")[0]) in flat
    # The number is masked unless asked; the counter visits come first.
    masked = phone.masked(DAD, "CN")
    assert masked in text and phone.display(DAD, "CN") not in text
    # The labels are in the chosen language too, although the screens are in English.
    assert text.index("去银行") < text.index("1. 中国建设银行")
    assert text.index("中国移动") < text.index("1. 中国建设银行")
    assert "您的身份证" in text
    assert "如果旧号码已经不能用了：" in text
    assert re.search(r"已经办好：.*中国工商银行", text)
    plan = build_plan(
        demo_ctx.session.vault.number(dialog.number_id),
        demo_ctx.session.vault.accounts(dialog.number_id),
        demo_ctx.catalog,
        demo_ctx.today(),
    )
    assert f"已办好 {plan.done} · 办不了 {plan.cannot} · 待办 {plan.todo}" in text
    assert "2027年1月7日" in text  # the demo cancels 40 days after 28 November 2026

    # With the box ticked, the whole number shows.
    dialog.whole.setChecked(True)
    dialog.save_to(out)
    assert phone.display(DAD, "CN") in pdf_text(out)


@needs_pdftotext
def test_step_lists_are_not_cut_by_a_page_break(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, demo_ctx, DAD)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    out = tmp_path / "dad.pdf"
    dialog.save_to(out)
    pages = [squash(pdf_text(out, n)) for n in range(1, page_count(out) + 1)]
    assert len(pages) > 2
    lists: dict[str, set[str]] = {}
    for account in demo_ctx.session.vault.accounts(dialog.number_id):
        if account.status is AccountStatus.DONE or account.service_id is None:
            continue
        service = demo_ctx.catalog.get(account.service_id)
        assert service is not None
        guide = service.action(account.action)
        assert guide is not None
        lists[account.service_id] = {squash(s) for s in guide.steps_for("zh_CN")}
    assert len(lists) >= 6
    for service_id, own in lists.items():
        # Short steps such as "tap Settings" are shared by several apps: only the others count.
        others = set().union(*(v for k, v in lists.items() if k != service_id))
        unique = own - others
        assert len(unique) >= 2, service_id
        where = {i for i, page in enumerate(pages) for s in unique if s in page}
        assert len(where) == 1, f"{service_id}: steps on pages {sorted(where)}"


@needs_pdftotext
def test_mikes_checklist_in_english(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], demo_ctx: AppContext, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, demo_ctx, ME)
    out = tmp_path / "me.pdf"
    dialog.save_to(out)
    text = pdf_text(out)
    flat = squash(text)
    assert "Checklist: moving accounts off a phone number" in " ".join(text.split())
    assert "1. Venmo" in text and "2. WhatsApp" in text
    # Nothing replaces Mike's number: no "change to the new number", no new SIM; Venmo cannot
    # live without a number, so the paper says what to do instead.
    assert "new number" not in text.lower() and "new SIM" not in text
    assert "No number replaces this one" in " ".join(text.split())
    assert "Close your account with Venmo" in " ".join(text.split())
    assert squash("Venmo needs a phone number. Give it a family member's number") in flat
    assert "ﬀ" not in text and "ﬁ" not in text  # no ligatures in the text layer
    assert re.search(r"Already done: .*PayPal", " ".join(text.split()))
    assert phone.masked(ME, "US") in text
    assert "4 done · 0 can't be done · 2 to do" in text
    assert "Bank visits" not in text  # nothing here needs a counter


@needs_pdftotext
def test_english_names_of_chinese_banks(qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path) -> None:
    vault = demo_ctx.session.vault
    nid = number_id(demo_ctx, DAD)
    icbc = next(a for a in vault.accounts(nid) if a.service_id == "icbc")
    demo_ctx.session.write(lambda v: v.set_account_status(icbc.id, AccountStatus.TODO, ""))
    dialog = dialog_for(qtbot, demo_ctx, DAD)
    out = tmp_path / "dad_en.pdf"
    dialog.save_to(out)
    text = " ".join(pdf_text(out).split())
    assert "Industrial and Commercial Bank of China" in text
    assert squash(steps(demo_ctx, "icbc", "en")[1]) in squash(text)
    visits = text[text.index("Bank visits") : text.index("1. ")]
    # ICBC's steps are in its app (catalog, 2026-12); CCB still needs a counter visit
    assert "China Construction Bank" in visits and "ICBC" not in visits


@needs_pdftotext
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_emergency_kit_pdf(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], tmp_path: Path, lang: str
) -> None:
    ctx = make_ctx(lang=lang)
    recovery = "ABCD2-EFGH3-JKLM4-NPQR5-STUV6-WXYZ7"
    dialog = EmergencyKitDialog(ctx, recovery)
    qtbot.addWidget(dialog)
    out = tmp_path / "papers" / "kit.pdf"
    out.parent.mkdir()
    dialog.save_to(out)
    text = pdf_text(out)
    assert recovery.replace("-", " ") in text
    # No "ﬀ" ligature in the text layer; Chinese readers know the app as 号码解绑助手.
    assert ("Ringoff" if lang == "en" else "号码解绑助手") in text
    assert squash(str(ctx.session.vault_path)) in squash(text)
    assert page_count(out) == 1
    if os.name == "posix":  # the recovery key on paper: written atomically, for its owner only
        assert out.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in out.parent.iterdir()] == [out.name]  # no temporary file left


def test_an_unwritable_folder_gets_a_message(
    qtbot: QtBot,
    make_ctx: Callable[..., AppContext],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A PDF that cannot be written says so in words (no traceback) and leaves no file."""
    shown: list[str] = []
    monkeypatch.setattr(printing, "show_problem", lambda _parent, exc: shown.append(str(exc)))
    ctx = make_ctx(lang="en")
    dialog = EmergencyKitDialog(ctx, "ABCD2-EFGH3-JKLM4-NPQR5-STUV6-WXYZ7")
    qtbot.addWidget(dialog)
    (tmp_path / "a file").write_text("not a folder")
    blocked = tmp_path / "a file" / "kit.pdf"
    dialog.save_to(blocked)
    assert shown and "could not be saved" in shown[0] and str(blocked) in shown[0]
    assert dialog.status.text() == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a file", "config", "data"]
