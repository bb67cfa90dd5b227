"""The window's "Put the dates in your phone's calendar" and ``ringoff export-ics`` write the same
bytes for the same vault and clock: one number or all, with or without the details, in English
and in Chinese, and with a number whose reminders were changed in the window."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from helpers.vaults import open_with_passphrase
from pytestqt.qtbot import QtBot

from ringoff.cli import build_parser
from ringoff.core.model import NumberStatus, PhoneNumber
from ringoff.operations.reminders import set_reminder_days
from ringoff.storage import keys
from ringoff.storage.vault import create_vault
from ringoff.ui.context import AppContext
from ringoff.ui.reminders import CalendarExportDialog

from .conftest import PASSPHRASE


def _cli_export(ctx: AppContext, out: Path, *extra: str, monkeypatch: pytest.MonkeyPatch) -> bytes:
    import ringoff.cli.reminders as cli_reminders

    monkeypatch.setattr(cli_reminders, "utc_now", ctx.clock)  # the window's clock
    vault = str(ctx.session.vault_path)
    argv = ["export-ics", "--vault", vault, "--out", str(out), *extra, "--passphrase-stdin"]
    args = build_parser().parse_args(argv)
    assert args.func(args, io.StringIO(), io.StringIO(PASSPHRASE + "\n")) == 0
    return out.read_bytes()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_window_and_the_command_line_write_the_same_file(
    qtbot: QtBot,
    make_ctx: Callable[..., AppContext],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
) -> None:
    ctx = make_ctx(lang=lang)
    path = ctx.session.vault_path
    vault, _ = create_vault(path, PASSPHRASE, kdf=keys.TEST_KDF, clock=ctx.clock)
    with vault:
        dad = vault.add_person("爸爸" if lang == "zh_CN" else "Dad")
        first = vault.add_number(
            PhoneNumber(
                e164="+8613812345678",
                person_id=dad.id,
                region="CN",
                status=NumberStatus.CANCEL_PLANNED,
                cancel_on=ctx.today() + timedelta(days=40),
            )
        )
        second = vault.add_number(
            PhoneNumber(
                e164="+14155550123",
                person_id=dad.id,
                region="US",
                status=NumberStatus.CANCEL_PLANNED,
                cancel_on=ctx.today() + timedelta(days=12),
            )
        )
        vault.add_number(PhoneNumber(e164="+8613712345678", person_id=dad.id, region="CN"))
        # As the reminder days dialog saves them: the CLI used to leave these switches out.
        set_reminder_days(vault, second.id, (7, 2), cancel_day=False, reissue=False)

    cases: list[tuple[str | None, bool]] = [(None, False), (None, True), (second.id, True)]
    from_cli = []
    for index, (number_id, details) in enumerate(cases):
        extra = [] if details else ["--no-details"]
        if number_id is not None:
            extra += ["--number", "+1 415 555 0123"]
        from_cli.append(
            _cli_export(ctx, tmp_path / f"cli{index}.ics", *extra, monkeypatch=monkeypatch)
        )

    ctx.session.adopt(open_with_passphrase(path, clock=ctx.clock))
    dialog = CalendarExportDialog(ctx, None, number_id=None)
    qtbot.addWidget(dialog)
    for index, (number_id, details) in enumerate(cases):
        dialog.which.setCurrentIndex(dialog.which.findData(number_id))
        dialog.private.setChecked(not details)
        saved = dialog.export_to(tmp_path / f"window{index}")
        assert saved.name == f"window{index}.ics"
        assert saved.read_bytes() == from_cli[index], (number_id, details)
        assert saved.stat().st_mode & 0o777 == 0o600
    assert from_cli[0] != from_cli[1]  # the details really differ
    # Its last comfortable day, then 7 and 2 days before cancellation; not on the day itself
    # nor before it may go to someone else (both switched off).
    assert from_cli[2].count(b"BEGIN:VALARM") == 3
    assert first.id != second.id
