"""The calendar file as one operation: which numbers go in, their switches, the file on disk."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from helpers.vaults import FakeClock, make_vault
from icalendar import Calendar

from ringoff.core.ics import NothingToExport
from ringoff.core.model import NumberMode, NumberStatus, PhoneNumber
from ringoff.operations.calendar import (
    calendar_file,
    calendar_input,
    calendar_numbers,
    save_calendar,
    with_ics_suffix,
)
from ringoff.operations.reminders import set_reminder_days
from ringoff.storage.vault import Vault

NOW = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
TODAY = NOW.date()


Family = tuple[Vault, dict[str, str]]


@pytest.fixture
def family(tmp_path: Path) -> Iterator[Family]:
    vault, ids = _family(tmp_path / "v")
    with vault:
        yield vault, ids


def _family(folder: Path) -> Family:
    vault, _ = make_vault(folder, clock=FakeClock(NOW))
    dad = vault.add_person("Dad")
    mum = vault.add_person("Mum")
    ids = {}
    for key, e164, person, cancel, mode in (
        ("dad", "+8613812345678", dad.id, TODAY + timedelta(days=40), NumberMode.OWN),
        ("mum", "+8613912345678", mum.id, TODAY + timedelta(days=10), NumberMode.OWN),
        ("undated", "+8613712345678", mum.id, None, NumberMode.OWN),
        ("received", "+8613612345678", dad.id, TODAY + timedelta(days=5), NumberMode.RECEIVED),
    ):
        number = vault.add_number(
            PhoneNumber(
                e164=e164,
                person_id=person,
                region="CN",
                status=NumberStatus.CANCEL_PLANNED if cancel else NumberStatus.IN_USE,
                cancel_on=cancel,
                mode=mode,
            )
        )
        ids[key] = number.id
    return vault, ids


def _events(data: bytes) -> dict[str, Any]:
    return {str(e["SUMMARY"]): e for e in Calendar.from_ical(data).walk("VEVENT")}


def _fire_days(event: Any) -> list[date]:
    start = event.decoded("DTSTART")
    return sorted(
        (datetime.combine(start, time()) + a.decoded("TRIGGER")).date()
        for a in event.walk("VALARM")
    )


def test_only_own_numbers_with_a_date_go_in(family: Family) -> None:
    vault, ids = family
    assert [n.id for n in calendar_numbers(vault)] == [ids["dad"], ids["mum"]]
    events = calendar_input(vault, number_id=None, today=TODAY)
    assert [n.number_id for n in events.numbers] == [ids["dad"], ids["mum"]]
    assert [(n.label, n.owner) for n in events.numbers] == [
        ("138 1234 5678", "Dad"),
        ("139 1234 5678", "Mum"),
    ]
    assert events.vault_id == vault.vault_id


def test_each_number_s_own_days_and_switches_are_followed(family: Family) -> None:
    vault, ids = family
    set_reminder_days(vault, ids["mum"], (3,), cancel_day=False, reissue=False)
    data = calendar_file(vault, number_id=None, lang="en", include_details=True, now_utc=NOW)
    events = _events(data)
    mum_cancel = events["Cancellation day of 139 1234 5678 (Mum)"]
    assert _fire_days(mum_cancel) == [TODAY + timedelta(days=7)]  # 3 days before, not on the day
    assert _fire_days(events["Earliest day 139 1234 5678 (Mum) may go to someone else"]) == []
    dad_cancel = events["Cancellation day of 138 1234 5678 (Dad)"]
    cancel = TODAY + timedelta(days=40)
    assert _fire_days(dad_cancel) == sorted(
        cancel - timedelta(days=d) for d in (30, 14, 7, 3, 1, 0)
    )
    assert _fire_days(events["Earliest day 138 1234 5678 (Dad) may go to someone else"])


def test_one_number_or_a_plain_message(family: Family) -> None:
    vault, ids = family
    one = calendar_file(vault, number_id=ids["dad"], lang="en", include_details=False, now_utc=NOW)
    assert len(_events(one)) == 3 and "Phone number 1" in next(iter(_events(one)))
    for number_id in (ids["undated"], ids["received"]):
        with pytest.raises(NothingToExport) as caught:
            calendar_file(vault, number_id=number_id, lang="en", include_details=False, now_utc=NOW)
        assert "no cancellation date" in caught.value.message.source


def test_the_zone_decides_which_day_today_is(family: Family) -> None:
    vault, ids = family
    late = datetime(2026, 3, 1, 23, 30, tzinfo=UTC)  # already 2 March in Beijing
    beijing = timezone(timedelta(hours=8))
    here = calendar_input(vault, number_id=ids["dad"], today=date(2026, 3, 2))
    there = calendar_file(
        vault, number_id=ids["dad"], lang="en", include_details=True, now_utc=late, zone=beijing
    )
    from ringoff.core.ics import export_ics

    assert there == export_ics(here, lang="en", include_details=True, now_utc=late)


def test_saved_owner_only_and_nothing_written_when_nothing_to_export(
    family: Family, tmp_path: Path
) -> None:
    vault, ids = family
    target = tmp_path / "out" / "dates.ics"
    written = save_calendar(
        vault, target, number_id=None, lang="zh_CN", include_details=False, now_utc=NOW
    )
    assert written == target and target.stat().st_mode & 0o777 == 0o600
    assert "号码 1" in target.read_text("utf-8")
    empty = tmp_path / "empty.ics"
    with pytest.raises(NothingToExport):
        save_calendar(
            vault, empty, number_id=ids["undated"], lang="en", include_details=False, now_utc=NOW
        )
    assert not empty.exists()


def test_a_name_without_the_ending_gets_it() -> None:
    assert with_ics_suffix(Path("/x/dates")) == Path("/x/dates.ics")
    assert with_ics_suffix(Path("/x/dates.ICS")) == Path("/x/dates.ICS")
