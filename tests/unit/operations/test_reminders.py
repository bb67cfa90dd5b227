"""What a person does with reminders, without Qt: the state kept in the vault, the reminder days
dialog's save, "No, thanks", and which reminder comes next."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from helpers.vaults import FakeClock, make_vault

from ringoff.core.model import NumberStatus, PhoneNumber
from ringoff.operations import reminders as ops
from ringoff.operations.reminders import ReminderState
from ringoff.storage.vault import Vault

NOW = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


@pytest.fixture
def one_number(tmp_path: Path) -> Iterator[tuple[Vault, str]]:
    vault, _ = make_vault(tmp_path, clock=FakeClock(NOW))
    with vault:
        person = vault.add_person("Dad")
        number = vault.add_number(
            PhoneNumber(
                e164="+8613812345678",
                person_id=person.id,
                region="CN",
                status=NumberStatus.CANCEL_PLANNED,
                cancel_on=NOW.date() + timedelta(days=10),
            )
        )
        yield vault, number.id


def test_reminder_state_survives_bad_prefs() -> None:
    assert ReminderState.from_json("nonsense") == ReminderState()
    state = ReminderState.from_json(
        {"acknowledged": ["a", 3], "snoozed": {"b": "not a date", "c": "2026-03-02T09:00:00"}}
    )
    assert state.acknowledged == frozenset({"a"}) and dict(state.snoozed) == {}
    when = datetime(2026, 3, 2, 9, tzinfo=UTC)
    round_trip = ReminderState.from_json(ReminderState().snooze(["k"], when).to_json())
    assert dict(round_trip.snoozed) == {"k": when}
    assert round_trip.acknowledge(["k"]).snoozed == {}


def test_reminder_days_and_switches_are_saved_and_unchanged_ones_not_written(
    one_number: tuple[Vault, str],
) -> None:
    vault, number_id = one_number
    generation = vault.generation
    ops.set_reminder_days(vault, number_id, None, cancel_day=True, reissue=True)
    assert vault.generation == generation  # nothing changed, nothing written
    ops.set_reminder_days(vault, number_id, (7, 1), cancel_day=False, reissue=True)
    assert vault.number(number_id).reminder_days == (7, 1)
    state = ops.load_state(vault)
    assert number_id in state.skip_cancel_day and number_id not in state.skip_reissue
    kinds = {r.kind for r in ops.reminders_for(vault.numbers(), NOW.date(), UTC, state=state)}
    assert kinds == {"before_cancel", "before_reissue"}


def test_the_next_reminder_skips_what_was_dismissed(one_number: tuple[Vault, str]) -> None:
    vault, number_id = one_number
    first = ops.next_reminder(vault, NOW, UTC)
    assert first == datetime(2026, 3, 4, 9, tzinfo=UTC)  # 7 days before 11 March
    assert ops.next_reminder(vault, NOW, UTC, number_id=number_id) == first
    assert ops.next_reminder(vault, NOW, UTC, number_id="someone else") is None
    key = next(
        r.key for r in ops.reminders_for(vault.numbers(), NOW.date(), UTC) if r.due_utc == first
    )
    ops.acknowledge(vault, [key])
    assert ops.next_reminder(vault, NOW, UTC) == datetime(2026, 3, 8, 9, tzinfo=UTC)
    ops.snooze_until(vault, [key], datetime(2026, 3, 5, 9, tzinfo=UTC))  # acknowledged stays so
    assert ops.next_reminder(vault, NOW, UTC) == datetime(2026, 3, 8, 9, tzinfo=UTC)


def test_no_thanks_is_remembered_once(one_number: tuple[Vault, str]) -> None:
    vault, number_id = one_number
    assert not ops.offer_declined(vault, number_id)
    ops.decline_offer(vault, number_id)
    ops.decline_offer(vault, number_id)
    assert ops.offer_declined(vault, number_id)
    assert vault.pref(ops.DECLINED_PREF, None) == [number_id]
    assert ops.helper_wanted(vault) is None
    ops.remember_helper(vault, True)
    assert ops.helper_wanted(vault) is True
