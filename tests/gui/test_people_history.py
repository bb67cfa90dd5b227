"""People (add, rename with F2, remove with a choice for their numbers), the history page, and
a sync conflict: another process changes the vault file while a rename is being saved."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit
from pytestqt.qtbot import QtBot

from ringoff.core.model import AccountStatus, HistoryEntry
from ringoff.ui.context import AppContext
from ringoff.ui.history import HistoryPage, Wording, when_text
from ringoff.ui.main_window import MainWindow
from ringoff.ui.people import PeopleDialog
from ringoff.ui.unlock import UnlockPage

from .conftest import FIXED_NOW


def _people(qtbot: QtBot, ctx: AppContext) -> PeopleDialog:
    dialog = PeopleDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _counts(dialog: PeopleDialog) -> dict[str, str]:
    tree = dialog.tree
    return {
        tree.topLevelItem(i).text(0): tree.topLevelItem(i).text(1)
        for i in range(tree.topLevelItemCount())
    }


def test_people_are_listed_with_their_number_counts(qtbot: QtBot, demo_ctx: AppContext) -> None:
    dialog = _people(qtbot, demo_ctx)
    assert _counts(dialog) == {"Dad": "1", "Me": "1"}


def test_add_and_rename_with_f2(qtbot: QtBot, demo_ctx: AppContext) -> None:
    dialog = _people(qtbot, demo_ctx)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "type a name" in dialog.message.text()
    dialog.new_name.setText("外婆")
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter in the name field adds; it does not close the dialog
    assert _counts(dialog)["外婆"] == "0"
    assert [p.name for p in demo_ctx.session.vault.people()] == ["Dad", "Me", "外婆"]
    dialog.new_name.setText("Dad")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "already" in dialog.message.text()
    assert len(demo_ctx.session.vault.people()) == 3

    dialog.select("Dad")
    dialog.tree.setFocus()
    qtbot.keyClick(dialog.tree, Qt.Key.Key_F2)
    assert dialog.tree.state() == QAbstractItemView.State.EditingState
    editor = dialog.tree.viewport().findChild(QLineEdit)
    assert isinstance(editor, QLineEdit)
    editor.setText("Grandpa Wang")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on the next turn of the event loop.
    qtbot.waitUntil(lambda: demo_ctx.session.vault.people()[0].name == "Grandpa Wang")
    assert [p.name for p in demo_ctx.session.vault.people()] == ["Grandpa Wang", "Me", "外婆"]
    assert "now called Grandpa Wang" in dialog.message.text()
    # The history says so, in words.
    entry = demo_ctx.session.vault.history(limit=1)[0]
    assert entry.event == "person_renamed"
    assert Wording(demo_ctx).sentence(entry) == "Dad was renamed Grandpa Wang"


def test_an_empty_rename_is_undone(qtbot: QtBot, demo_ctx: AppContext) -> None:
    dialog = _people(qtbot, demo_ctx)
    generation = demo_ctx.session.vault.generation
    dialog.tree.topLevelItem(0).setText(0, "   ")
    assert dialog.tree.topLevelItem(0).text(0) == "Dad"
    assert demo_ctx.session.vault.generation == generation


def test_remove_moves_the_numbers_by_default(qtbot: QtBot, demo_ctx: AppContext) -> None:
    vault = demo_ctx.session.vault
    dad = next(p for p in vault.people() if p.name == "Dad")
    me = next(p for p in vault.people() if p.name == "Me")
    dad_numbers = [n.id for n in vault.numbers(dad.id)]
    dialog = _people(qtbot, demo_ctx)
    dialog.select("Dad")
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.remove_panel.isVisible()
    accounts = len(vault.accounts(dad_numbers[0]))
    question = dialog.remove_question.text()
    assert "numbers: 1" in question and f"accounts on them: {accounts}" in question
    assert dialog.move_radio.isChecked()
    assert not dialog.delete_radio.isChecked()
    assert dialog.move_to.currentText() == "Me"
    qtbot.mouseClick(dialog.confirm_remove, Qt.MouseButton.LeftButton)
    assert [p.name for p in vault.people()] == ["Me"]
    assert [n.id for n in vault.numbers(me.id) if n.id in dad_numbers] == dad_numbers
    assert len(vault.accounts(dad_numbers[0])) == accounts
    assert _counts(dialog) == {"Me": "2"}


def test_remove_with_the_numbers_only_when_chosen(qtbot: QtBot, demo_ctx: AppContext) -> None:
    vault = demo_ctx.session.vault
    dialog = _people(qtbot, demo_ctx)
    # Remove "Me" first (moving the number to Dad), so Dad is the only one left.
    dialog.select("Me")
    dialog.ask_remove()
    dialog.remove_confirmed()
    assert [p.name for p in vault.people()] == ["Dad"]
    dialog.select("Dad")
    dialog.ask_remove()
    # Nobody to move them to: nothing is chosen, and the button waits for a choice.
    assert not dialog.move_radio.isEnabled()
    assert dialog.nobody_label.isVisibleTo(dialog)
    assert not dialog.confirm_remove.isEnabled()
    dialog.remove_confirmed()
    assert [p.name for p in vault.people()] == ["Dad"]
    assert "numbers: 2" in dialog.delete_radio.text()
    qtbot.mouseClick(dialog.cancel_remove, Qt.MouseButton.LeftButton)
    assert not dialog.remove_panel.isVisible()
    assert len(vault.numbers()) == 2
    dialog.ask_remove()
    dialog.delete_radio.setChecked(True)
    assert dialog.confirm_remove.isEnabled()
    qtbot.mouseClick(dialog.confirm_remove, Qt.MouseButton.LeftButton)
    assert vault.people() == []
    assert vault.numbers() == []
    assert vault.accounts() == []


def test_remove_someone_without_numbers(qtbot: QtBot, demo_ctx: AppContext) -> None:
    demo_ctx.session.write(lambda v: v.add_person("Cousin"))
    dialog = _people(qtbot, demo_ctx)
    dialog.select("Cousin")
    dialog.ask_remove()
    assert "no numbers" in dialog.remove_question.text()
    assert not dialog.delete_radio.isVisibleTo(dialog)
    assert dialog.confirm_remove.isEnabled()
    dialog.remove_confirmed()
    assert [p.name for p in demo_ctx.session.vault.people()] == ["Dad", "Me"]


def test_history_newest_first_in_words(qtbot: QtBot, demo_window: MainWindow) -> None:
    ctx = demo_window.ctx
    vault = ctx.session.vault
    ctx.session.write(lambda v: v.set_pref("actor", "Wang Fang"))
    vault.actor = "Wang Fang"
    icbc = next(a for a in vault.accounts() if a.service_id == "icbc")
    ctx.session.write(lambda v: v.set_account_status(icbc.id, AccountStatus.DONE))
    demo_window.go(("history",))
    page = demo_window.current_page()
    assert isinstance(page, HistoryPage)
    lines = page.lines()
    assert len(lines) == len(vault.history())
    when = when_text(FIXED_NOW, ctx.today())
    icbc_name = ctx.account_name("icbc", "")
    assert icbc_name.startswith("ICBC")
    number = "138\u00a0****\u00a05678"  # one piece: never broken across two lines
    assert lines[0] == f"{when} — Wang Fang marked {icbc_name} as done (Dad's number {number})"
    # Entries made without a name are worded without anybody.
    added = [line for line in lines if "The number" in line and line.endswith("was added")]
    assert len(added) == 2
    assert not any("13812345678" in line for line in lines)  # numbers stay partly hidden
    assert not any("{" in line for line in lines)
    # A new change elsewhere shows up at once.
    ctx.session.write(lambda v: v.add_person("Aunt Li"))
    assert page.lines()[0] == f"{when} — Wang Fang added Aunt Li"


def test_history_filter_by_number(qtbot: QtBot, demo_window: MainWindow) -> None:
    ctx = demo_window.ctx
    vault = ctx.session.vault
    dad_number = next(n for n in vault.numbers() if n.e164.startswith("+86"))
    demo_window.go(("history",))
    page = demo_window.current_page()
    assert isinstance(page, HistoryPage)
    everything = len(page.lines())
    index = page.filter.findData(dad_number.id)
    assert index > 0
    assert page.filter.itemText(index).startswith("Dad: ")
    assert "5678" in page.filter.itemText(index)
    page.filter.setCurrentIndex(index)
    only = page.lines()
    assert 0 < len(only) < everything
    assert len(only) == len(vault.history(number_id=dad_number.id))
    assert not any("Chase" in line for line in only)


def test_every_event_has_words_in_both_languages(
    qtbot: QtBot, make_ctx: object, demo_ctx: AppContext
) -> None:
    wording = Wording(demo_ctx)
    events = {
        "person_added": {"name": "Dad"},
        "person_renamed": {"old": "Dad", "name": "Grandpa"},
        "person_removed": {"name": "Dad"},
        "number_added": {"number": "+8613812345678"},
        "number_changed": {"number": "+8613812345678"},
        "number_removed": {"number": "+8613812345678"},
        "account_added": {"name": "ICBC"},
        "account_changed": {"name": "ICBC"},
        "account_status": {"name": "ICBC", "status": "cannot"},
        "account_step": {"name": "ICBC"},
        "account_removed": {"name": "ICBC"},
        "account_restored": {"name": "ICBC"},
        "service_edited": {"service": "icbc"},
        "service_reset": {"service": "icbc"},
        "message_recorded": {"sender": "95588"},
        "request_sent": {"sender": "95588"},
        "something_new": {},
    }
    seen = set()
    for event, details in events.items():
        for actor in ("Wang Fang", ""):
            entry = HistoryEntry(at=FIXED_NOW, actor=actor, event=event, details=details)
            text = wording.sentence(entry)
            assert text and "{" not in text, (event, text)
            assert ("Wang Fang" in text) == bool(actor), (event, text)
            seen.add(text)
    assert len(seen) == 2 * len(events)
    status = HistoryEntry(FIXED_NOW, "", "account_status", {"name": "ICBC", "status": "cannot"})
    assert wording.sentence(status) == "ICBC was marked as cannot be done"
    number = HistoryEntry(FIXED_NOW, "", "number_added", {"number": "+8613812345678"})
    assert "5678" in wording.sentence(number) and "1234" not in wording.sentence(number)


# --- a sync conflict --------------------------------------------------------------------

_OTHER_PROCESS = {
    # A sync client writing the file in place (same inode, more bytes).
    "append": "with open(p, 'ab') as f:\n    f.write(b'\\0' * 4096)\n",
    # A sync client replacing the whole file with its own version (a new inode).
    "replace": (
        "import os\ndata = open(p, 'rb').read()\n"
        "open(p + '.sync', 'wb').write(data[:-4096] + bytes(4096))\n"
        "os.replace(p + '.sync', p)\n"
    ),
    # Only the modification time moves (a sync client touching the file).
    "touch": (
        "import os\nst = os.stat(p)\n"
        "os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))\n"
    ),
}


@pytest.mark.parametrize("how", sorted(_OTHER_PROCESS))
def test_a_rename_after_another_process_changed_the_file_is_refused(
    qtbot: QtBot, demo_window: MainWindow, how: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_window.ctx
    path: Path = ctx.session.vault_path
    shown: list[str] = []
    monkeypatch.setattr(
        "ringoff.ui.people.show_problem", lambda _parent, exc: shown.append(str(exc))
    )
    dialog = PeopleDialog(ctx, demo_window)
    dialog.show()
    code = f"p = {str(path)!r}\n" + _OTHER_PROCESS[how]
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    left_by_other = path.read_bytes()
    dialog.select("Dad")
    dialog.tree.topLevelItem(0).setText(0, "Grandpa")
    # Refused with the plain message, and the session locked (which closed the dialog).
    assert not ctx.session.is_unlocked
    assert not dialog.isVisible()
    assert len(shown) == 1 and "changed by another computer" in shown[0]
    assert isinstance(demo_window.current_page(), UnlockPage)
    reason = ctx.session.last_lock_reason
    assert reason is not None and "another computer" in ctx.tr(reason)
    # Not one byte of what the other process left was changed.
    assert path.read_bytes() == left_by_other
