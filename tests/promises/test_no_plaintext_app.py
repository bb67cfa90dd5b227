"""Promise: what a person types into the app never appears in clear in any file Ringoff writes.

Markers (ASCII and Chinese) go in through the app's own screens and dialogs — a person, a
number's notes, an account added by name with notes, the user's own corrected steps, the
"your name" setting, a recorded message for a received number, an SMS paste and a password
export — then every file under the test's folders (vault, WAL, key file, lock file, backups,
schedule file, settings, catalog cache, anything else) is searched byte by byte. The crash
details a bug dialog offers to copy are checked too.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from helpers.vaults import MARKER_ASCII, MARKER_CHINESE, MARKERS, markers_in
from pytestqt.qtbot import QtBot

from ringoff.core.model import Account, Action, NumberMode, PhoneNumber
from ringoff.services.crash import crash_details
from ringoff.ui.main_window import MainWindow


def _all_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def test_markers_typed_into_the_app_stay_encrypted(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    ctx = demo_window.ctx
    session = ctx.session
    # A person and a number with notes, through the vault the screens use.
    person = session.write(lambda v: v.add_person(MARKER_ASCII))
    number = session.write(
        lambda v: v.add_number(
            PhoneNumber(
                e164="+8613912345678",
                person_id=person.id,  # type: ignore[attr-defined]
                region="CN",
                notes=f"{MARKER_CHINESE} {MARKER_ASCII}",
            )
        )
    )
    number_id = number.id  # type: ignore[attr-defined]
    # An account by name, with notes, then the number page's notes box.
    session.write(
        lambda v: v.add_account(
            Account(number_id=number_id, name=MARKER_CHINESE, notes=MARKER_ASCII)
        )
    )
    page = demo_window.go(("number", number_id))
    page.notes.setPlainText(f"{MARKER_CHINESE} — notes typed on the page")  # type: ignore[attr-defined]
    page.save_notes()  # type: ignore[attr-defined]
    # The user's own steps for a catalog service, through the walkthrough's editor path.
    alipay = session.write(
        lambda v: v.add_account(Account(number_id=number_id, name="Alipay", service_id="alipay"))
    )
    walk = demo_window.go(("walkthrough", number_id, alipay.id))  # type: ignore[attr-defined]
    walk.save_own_steps(  # type: ignore[attr-defined]
        "alipay", Action.CHANGE, False, {"zh_CN": [MARKER_CHINESE], "en": [MARKER_ASCII]}, ""
    )
    # "Your name" for the history, and a received number's message log.
    session.write(lambda v: v.set_pref("actor", MARKER_ASCII))
    received = session.write(
        lambda v: v.add_number(
            PhoneNumber(
                e164="+8613712340000",
                person_id=person.id,  # type: ignore[attr-defined]
                region="CN",
                mode=NumberMode.RECEIVED,
            )
        )
    )
    session.write(
        lambda v: v.add_received_message(
            received.id,  # type: ignore[attr-defined]
            MARKER_CHINESE,
            None,
            date(2026, 11, 27),
            "other",
            MARKER_ASCII,
        )
    )
    # A password export and an SMS paste on the discover page.
    export = tmp_path / "export.csv"
    export.write_text(
        "name,url,username,password,note\n"
        f"{MARKER_ASCII},https://www.alipay.com/,13912345678,{MARKER_ASCII}pw,{MARKER_CHINESE}\n",
        encoding="utf-8",
    )
    discover = demo_window.go(("discover", number_id))
    discover.load_file(export, wait=True)  # type: ignore[attr-defined]
    # Lock (the vault checkpoints and closes), then search every file written anywhere.
    session.lock("manual")
    export.unlink()  # the user's own export file is theirs, not ours
    roots = [ctx.locations.data_dir, ctx.locations.config_dir, tmp_path / "home"]
    files = [f for root in roots if root.exists() for f in _all_files(root)]
    assert any(f.name.endswith(".vault") for f in files)
    assert any(f.name.endswith(".key") for f in files)
    leaks = {str(f): markers_in(f.read_bytes()) for f in files}
    assert not {k: v for k, v in leaks.items() if v}


def test_crash_details_never_carry_the_message() -> None:
    try:
        raise ValueError(f"could not parse {MARKER_ASCII} {MARKER_CHINESE} +8613812345678")
    except ValueError as exc:
        details = crash_details(exc)
    assert "ValueError" in details
    data = details.encode("utf-8")
    assert not markers_in(data)
    assert b"13812345678" not in data
    assert all(m not in data for m in MARKERS)
