"""History, own services, preferences, received messages and requests."""

from __future__ import annotations

from datetime import date

from helpers.vaults import FakeClock

from ringoff.core.model import Account, AccountStatus, NumberMode
from ringoff.storage.vault import Vault

from .common import make_number, reopen


def test_user_services_prefs_messages_requests(opened: tuple[Vault, str]) -> None:
    vault, _ = opened
    person = vault.add_person("Me")
    number = vault.add_number(make_number(person.id, mode=NumberMode.RECEIVED))
    service = {"id": "my-bank", "names": {"en": "My bank", "zh_CN": "我的银行"}, "steps": [1, 2]}
    vault.save_user_service(service)
    vault.save_user_service({"id": "other", "names": {"en": "Other"}})
    vault.set_pref("your_name", "王建国")
    vault.set_pref("columns", {"a": [1, 2]})
    m1 = vault.add_received_message(number.id, "ICBC", "icbc", date(2026, 2, 1), "bill", "账单")
    m2 = vault.add_received_message(number.id, "Clinic", None, date(2026, 1, 5), "appointment")
    r1 = vault.add_request(
        number.id, "ICBC", "icbc", "phone", date(2026, 2, 2), date(2026, 2, 16), "asked"
    )
    vault = reopen(vault)
    try:
        assert sorted(vault.user_services(), key=lambda s: s["id"]) == [
            service,
            {"id": "other", "names": {"en": "Other"}},
        ]
        assert vault.pref("your_name", "") == "王建国"
        assert vault.pref("columns", None) == {"a": [1, 2]}
        assert vault.pref("missing", 42) == 42
        messages = vault.received_messages(number.id)
        assert [m["id"] for m in messages] == [m2, m1]  # ordered by date
        assert messages[1] == {
            "id": m1,
            "sender": "ICBC",
            "service_id": "icbc",
            "received_on": "2026-02-01",
            "kind": "bill",
            "what": "账单",
        }
        assert vault.requests(number.id) == [
            {
                "id": r1,
                "sender": "ICBC",
                "service_id": "icbc",
                "channel": "phone",
                "asked_on": "2026-02-02",
                "follow_up_on": "2026-02-16",
                "status": "waiting",
                "notes": "asked",
            }
        ]
        vault.save_user_service({**service, "steps": [3]})
        vault.delete_user_service("other")
        vault.set_pref("your_name", "Mary")
        vault.remove_received_message(m2)
        vault.set_request_status(r1, "answered")
        vault = reopen(vault)
        assert vault.user_services() == [{**service, "steps": [3]}]
        assert vault.pref("your_name", "") == "Mary"
        assert [m["id"] for m in vault.received_messages(number.id)] == [m1]
        assert vault.requests(number.id)[0]["status"] == "answered"
    finally:
        vault.close()


def test_history_records_events(opened: tuple[Vault, str], clock: FakeClock) -> None:
    vault, _ = opened
    vault.actor = "Mary"
    person = vault.add_person("Me")
    clock.advance(minutes=1)
    number = vault.add_number(make_number(person.id))
    clock.advance(minutes=1)
    account = vault.add_account(Account(number_id=number.id, name="WeChat"))
    clock.advance(minutes=1)
    vault.set_account_status(account.id, AccountStatus.DONE)
    clock.advance(minutes=1)
    vault.remove_account(account.id)
    events = [(h.event, h.actor, h.number_id, h.account_id) for h in vault.history()]
    assert events == [
        ("account_removed", "Mary", number.id, None),
        ("account_status", "Mary", number.id, account.id),
        ("account_added", "Mary", number.id, account.id),
        ("number_added", "Mary", number.id, None),
        ("person_added", "Mary", None, None),
    ]
    newest = vault.history()[0]
    assert newest.at == clock.now
    assert vault.history()[1].details == {"name": "WeChat", "status": "done"}
    assert [h.event for h in vault.history(limit=2)] == ["account_removed", "account_status"]
    assert len(vault.history(number_id=number.id)) == 4
    gen = vault.generation
    vault.set_pref("x", 1)
    assert vault.generation == gen + 1
    summary = vault.summary()
    assert (summary.people, summary.numbers, summary.accounts) == (1, 1, 0)
    assert summary.last_change == clock.now
    vault = reopen(vault)
    try:
        assert len(vault.history()) == 5
    finally:
        vault.close()
