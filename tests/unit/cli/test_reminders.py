"""``ringoff export-ics`` and ``ringoff remind`` in a child process, as a script would run them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import icalendar
from helpers.vaults import (
    MARKER_ASCII,
    MARKER_CHINESE,
    PASSPHRASE,
    default_vault,
    init_cli_vault,
    markers_in,
    open_with_passphrase,
    run_cli,
)

from ringoff.core.reminders import schedule_for
from ringoff.core.timeline import timeline_for_number
from ringoff.storage import schedule as schedule_mod

GENERIC = "Ringoff has a reminder for you"


def _vault_with_a_number(home: Path, cancel_in_days: int) -> Path:
    init_cli_vault(home)
    cancel_on = (datetime.now().astimezone().date() + timedelta(days=cancel_in_days)).isoformat()
    result = run_cli(
        "number",
        "add",
        "138 1234 5678",
        "--region",
        "CN",
        "--owner",
        MARKER_CHINESE,
        "--carrier",
        MARKER_ASCII,
        "--cancel-on",
        cancel_on,
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
        home=home,
    )
    assert result.returncode == 0, result.stderr
    return default_vault(home)


def write_app_schedule(path: Path) -> None:
    """The schedule the app keeps beside the vault, written here as the app would."""
    vault = open_with_passphrase(path)
    with vault:
        number = vault.numbers()[0]
        today = datetime.now(UTC).date()
        reminders = schedule_for(number.id, timeline_for_number(number, today), tz=UTC)
    schedule_mod.write_schedule(schedule_mod.schedule_path(path), reminders, set())


def test_export_ics(tmp_path: Path) -> None:
    home = tmp_path / "home"
    _vault_with_a_number(home, 20)
    out = tmp_path / "private.ics"
    result = run_cli(
        "export-ics",
        "--out",
        str(out),
        "--no-details",
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
        home=home,
    )
    assert result.returncode == 0, result.stderr
    raw = out.read_bytes()
    assert out.stat().st_mode & 0o777 == 0o600
    calendar = icalendar.Calendar.from_ical(raw)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 3  # last comfortable day, cancellation day, earliest reissue
    starts = sorted(e.decoded("dtstart") for e in events)
    assert starts[1] == datetime.now().astimezone().date() + timedelta(days=20)
    # The words of every event, not the random UIDs (which may happen to hold these digits).
    words = "\n".join(
        str(value)
        for component in calendar.walk()
        for name, value in component.property_items(recursive=False)
        if name not in ("UID", "DTSTAMP", "DTSTART", "DTEND", "CREATED", "LAST-MODIFIED")
    )
    assert "SUMMARY" in {n for e in events for n in e}, "the events must have words to check"
    for secret in ("5678", "1381", "138 1234"):
        assert secret not in words
    assert markers_in(raw) == []

    detailed = tmp_path / "detailed.ics"
    result = run_cli(
        "export-ics",
        "--out",
        str(detailed),
        "--number",
        "13812345678",
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
        home=home,
    )
    assert result.returncode == 0, result.stderr
    text = icalendar.Calendar.from_ical(detailed.read_bytes()).to_ical().decode("utf-8")
    assert "138 1234 5678" in text and MARKER_CHINESE in text


def test_export_ics_with_nothing_to_export(tmp_path: Path) -> None:
    home = tmp_path / "home"
    init_cli_vault(home)
    out = tmp_path / "none.ics"
    result = run_cli(
        "export-ics", "--out", str(out), "--passphrase-stdin", stdin=PASSPHRASE + "\n", home=home
    )
    assert result.returncode == 3, result.stderr
    assert "nothing to put in a calendar" in result.stderr
    assert not out.exists()


def test_remind_prints_only_the_generic_sentence(tmp_path: Path) -> None:
    home = tmp_path / "home"
    path = _vault_with_a_number(home, 10)
    # No schedule file yet: nothing to say, and no passphrase was asked for.
    result = run_cli("remind", home=home)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""

    # The schedule the app keeps beside the vault (written here as the app would).
    write_app_schedule(path)
    expected = len(
        schedule_mod.due_keys(
            schedule_mod.read_schedule(schedule_mod.schedule_path(path)), datetime.now(UTC)
        )
    )
    assert expected >= 2  # 30 and 14 days before are past; 7 days before is 3 days away

    result = run_cli("remind", home=home)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines == [GENERIC] * expected
    assert result.stderr == ""
    # Shown once: the next run has nothing to say.
    again = run_cli("remind", home=home)
    assert again.returncode == 0 and again.stdout == ""
