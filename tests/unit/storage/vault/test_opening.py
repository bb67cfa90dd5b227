"""The vault: round trips, encryption on disk, keys, locking, the sync-conflict guard, upgrades."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3
from helpers.vaults import (
    MARKER_ASCII,
    MARKER_CHINESE,
    PASSPHRASE,
    FakeClock,
    all_files_under,
    make_vault,
    markers_in,
    open_with_passphrase,
    snapshot,
)

from ringoff.core.errors import (
    ChangedElsewhere,
    NewerVersion,
    NotAVault,
    ReadOnly,
    UserError,
    VaultBusy,
    WrongSecret,
)
from ringoff.core.model import (
    Account,
    AccountStatus,
    Action,
    Category,
    NumberMode,
    NumberStatus,
    PhoneNumber,
    Replacement,
    Use,
)
from ringoff.storage import keys
from ringoff.storage import vault as vault_mod
from ringoff.storage.vault import Vault
from ringoff.storage.vault import opening as opening_mod

DATA = Path(__file__).resolve().parents[3] / "data"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def opened(tmp_path: Path, clock: FakeClock) -> Iterator[tuple[Vault, str]]:
    vault, recovery = make_vault(tmp_path, clock=clock)
    yield vault, recovery
    vault.close()


def _reopen(vault: Vault, clock: FakeClock | None = None) -> Vault:
    path = vault.path
    vault.close()
    return open_with_passphrase(path, clock=clock or FakeClock())


def _number(
    person_id: str, e164: str = "+8613812345678", region: str = "CN", **kw: object
) -> PhoneNumber:
    return PhoneNumber(e164=e164, person_id=person_id, region=region, **kw)  # type: ignore[arg-type]


def _direct(path: Path, raw: bytes) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path))
    conn.execute(keys.sqlcipher_key_pragma(raw))
    return conn


# --- round trips ---------------------------------------------------------------------------


def test_new_vault_is_empty_and_current(opened: tuple[Vault, str]) -> None:
    vault, recovery = opened
    assert vault.people() == []
    assert vault.numbers() == []
    assert vault.accounts() == []
    assert vault.schema_version == vault_mod.SCHEMA_VERSION
    assert vault.integrity_check() == []
    assert len(vault.vault_id) >= 20
    assert keys.parse_recovery_key(recovery)


def test_people_round_trip(opened: tuple[Vault, str]) -> None:
    vault, _ = opened
    a = vault.add_person("  王建国 ")
    b = vault.add_person("Mary")
    assert a.name == "王建国"
    vault.rename_person(b.id, "Mary Smith")
    assert vault.find_or_add_person("王建国").id == a.id
    c = vault.find_or_add_person("Li Na")
    vault = _reopen(vault)
    try:
        assert [(p.id, p.name) for p in vault.people()] == [
            (a.id, "王建国"),
            (b.id, "Mary Smith"),
            (c.id, "Li Na"),
        ]
        vault.add_number(_number(c.id))
        vault.remove_person(c.id, move_numbers_to=a.id)
        vault = _reopen(vault)
        assert [p.name for p in vault.people()] == ["王建国", "Mary Smith"]
        assert [n.person_id for n in vault.numbers()] == [a.id]
        vault.remove_person(a.id)  # None: the numbers go with the person
        vault = _reopen(vault)
        assert vault.numbers() == []
        assert [p.name for p in vault.people()] == ["Mary Smith"]
    finally:
        vault.close()


def test_numbers_round_trip(opened: tuple[Vault, str]) -> None:
    vault, _ = opened
    person = vault.add_person("Me")
    full = _number(
        person.id,
        carrier="China Mobile",
        status=NumberStatus.CANCEL_PLANNED,
        cancel_on=date(2027, 3, 15),
        new_number="+8613900001111",
        mode=NumberMode.RECEIVED,
        notes="备注 notes",
        reminder_days=(30, 7, 1),
        reissue_rule="cn_default",
        custom_reissue_days=90,
    )
    plain = _number(person.id, "+14155550123", region="US")
    vault.add_number(full)
    vault.add_number(plain)
    with pytest.raises(UserError):
        vault.add_number(replace(plain, id="other"))  # the same number twice
    vault = _reopen(vault)
    try:
        assert vault.numbers() == [full, plain]
        assert vault.number(full.id) == full
        assert vault.find_number("+14155550123") == plain
        assert vault.find_number("+10000000000") is None
        assert vault.numbers(person.id) == [full, plain]
        with pytest.raises(KeyError):
            vault.number("missing")
        changed = replace(plain, status=NumberStatus.CANCELLED, notes="gone", reminder_days=())
        vault.update_number(changed)
        vault = _reopen(vault)
        assert vault.number(plain.id) == changed
        vault.remove_number(full.id)
        vault = _reopen(vault)
        assert vault.numbers() == [changed]
    finally:
        vault.close()


def test_accounts_round_trip(opened: tuple[Vault, str]) -> None:
    vault, _ = opened
    person = vault.add_person("Me")
    number = vault.add_number(_number(person.id))
    a = Account(
        number_id=number.id,
        name="WeChat",
        service_id="wechat",
        uses=frozenset({Use.SIGN_IN, Use.PAYMENT}),
        action=Action.CHANGE,
        notes="n",
        checked_steps=frozenset({0, 2}),
        use_fallback=True,
    )
    b = Account(number_id=number.id, name="My club", action=Action.CLOSE)
    c = Account(number_id=number.id, name="Forum", action=Action.REMOVE)
    vault.add_account(a)
    vault.add_accounts([b, c])
    vault = _reopen(vault)
    try:
        assert vault.accounts(number.id) == [a, b, c]
        assert vault.account(a.id) == a
        done = vault.set_account_status(b.id, AccountStatus.CANNOT, "club closed")
        vault.update_account(replace(c, notes="x", checked_steps=frozenset({1})))
        vault = _reopen(vault)
        assert vault.account(b.id) == done
        assert vault.account(b.id).status is AccountStatus.CANNOT
        assert vault.account(b.id).reason == "club closed"
        assert vault.account(c.id).checked_steps == frozenset({1})
        removed = vault.remove_account(a.id)
        vault = _reopen(vault)
        assert [x.id for x in vault.accounts()] == [b.id, c.id]
        with pytest.raises(KeyError):
            vault.account(a.id)
        vault.restore_account(removed)
        vault = _reopen(vault)
        assert vault.account(a.id) == a
        # Removing the number removes its accounts (ON DELETE CASCADE).
        vault.remove_number(number.id)
        vault = _reopen(vault)
        assert vault.accounts() == []
        assert vault.integrity_check() == []
    finally:
        vault.close()


def test_user_services_prefs_messages_requests(opened: tuple[Vault, str]) -> None:
    vault, _ = opened
    person = vault.add_person("Me")
    number = vault.add_number(_number(person.id, mode=NumberMode.RECEIVED))
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
    vault = _reopen(vault)
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
        vault = _reopen(vault)
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
    number = vault.add_number(_number(person.id))
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
    vault = _reopen(vault)
    try:
        assert len(vault.history()) == 5
    finally:
        vault.close()


# --- nothing readable on disk ----------------------------------------------------------------


def _fill_with_markers(vault: Vault) -> None:
    both = f"{MARKER_ASCII} {MARKER_CHINESE}"
    person = vault.add_person(both)
    number = vault.add_number(_number(person.id, notes=both, carrier=MARKER_CHINESE))
    vault.add_account(Account(number_id=number.id, name=both, notes=both, reason=both))
    vault.save_user_service({"id": "svc-x", "names": {"en": both, "zh_CN": MARKER_CHINESE}})
    vault.set_pref("your_name", both)
    vault.add_received_message(number.id, both, None, date(2026, 1, 1), "bill", both)
    vault.add_request(number.id, both, None, "letter", date(2026, 1, 2), None, both)


def _assert_no_markers(folder: Path) -> list[Path]:
    files = all_files_under(folder)
    for f in files:
        assert markers_in(f.read_bytes()) == [], f"user data readable in {f.name}"
    return files


def test_no_plaintext_in_any_file(tmp_path: Path, clock: FakeClock) -> None:
    vault, _ = make_vault(tmp_path / "home", clock=clock)
    _fill_with_markers(vault)
    # While open: the WAL holds the recent writes.
    wal = Path(f"{vault.path}-wal")
    assert wal.exists() and wal.stat().st_size > 0
    files = _assert_no_markers(tmp_path)
    assert {f.name for f in files} >= {"test.ringoff", "test.ringoff.key", "test.ringoff-wal"}
    backup = vault.backup_to(tmp_path / "home" / "backups" / "manual.ringoff-backup")
    assert vault.auto_backup(tmp_path / "home" / "backups") is not None
    vault.close()
    files = _assert_no_markers(tmp_path)
    names = {f.name for f in files}
    assert {"test.ringoff", "test.ringoff.key", "test.ringoff.lock", backup.name} <= names
    assert len([n for n in names if n.endswith(".ringoff-backup")]) == 2
    # The markers really are in the vault: the test above could otherwise not fail.
    vault = open_with_passphrase(tmp_path / "home" / "test.ringoff")
    try:
        assert MARKER_CHINESE in vault.people()[0].name
    finally:
        vault.close()


def test_plain_sqlite_cannot_read_the_vault(opened: tuple[Vault, str]) -> None:
    vault, _ = opened
    vault.add_person(MARKER_ASCII)
    path = vault.path
    vault.close()
    conn = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT name FROM sqlite_master").fetchall()
    finally:
        conn.close()
    assert path.read_bytes()[:16] != vault_mod.SQLITE_MAGIC


def test_recovery_key_alone_opens_with_sqlcipher(opened: tuple[Vault, str]) -> None:
    vault, recovery = opened
    _fill_with_markers(vault)
    path = vault.path
    vault.close()
    raw = keys.parse_recovery_key(recovery)
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = \"x'{raw.hex()}'\"")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"people", "numbers", "accounts", "history", "prefs", "requests"} <= tables
        names = [r[0] for r in conn.execute("SELECT name FROM accounts")]
        assert names == [f"{MARKER_ASCII} {MARKER_CHINESE}"]
        assert conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
    finally:
        conn.close()


def test_file_modes_are_private(tmp_path: Path, clock: FakeClock) -> None:
    old_umask = os.umask(0o022)
    try:
        vault, _ = make_vault(tmp_path, clock=clock)
        vault.add_person("x")
        backups = tmp_path / "backups"
        made = vault.auto_backup(backups)
        assert made is not None
        manual = vault.backup_to(tmp_path / "elsewhere" / "copy.ringoff-backup")
        paths = [
            vault.path,
            keys.key_file_path(vault.path),
            Path(f"{vault.path}-wal"),
            Path(f"{vault.path}.lock"),
            made,
            keys.key_file_path(made),
            manual,
            keys.key_file_path(manual),
        ]
        vault.change_passphrase("another fine passphrase", kdf=keys.TEST_KDF)
        vault.close()
    finally:
        os.umask(old_umask)
    for p in paths:
        if p.exists():
            assert p.stat().st_mode & 0o777 == 0o600, p.name
    assert all(p.exists() for p in paths if not p.name.endswith("-wal"))


# --- secrets -------------------------------------------------------------------------------


def test_wrong_passphrase_changes_nothing(opened: tuple[Vault, str]) -> None:
    vault, _ = opened
    vault.add_person("x")
    path = vault.path
    vault.close()
    before = snapshot([path, keys.key_file_path(path)])
    with pytest.raises(WrongSecret):
        vault_mod.unlock_with_passphrase(path, "not the passphrase")
    assert snapshot([path, keys.key_file_path(path)]) == before


def test_open_with_a_random_key_is_wrong_secret(opened: tuple[Vault, str]) -> None:
    vault, _ = opened
    path = vault.path
    vault.close()
    before = snapshot([path])
    with pytest.raises(WrongSecret):
        vault_mod.open_vault(path, keys.new_raw_key())
    assert snapshot([path]) == before
    vault_mod.open_vault(path, vault_mod.unlock_with_passphrase(path, PASSPHRASE)).close()


def test_change_passphrase(opened: tuple[Vault, str]) -> None:
    vault, recovery = opened
    person = vault.add_person("王建国")
    path = vault.path
    vault.change_passphrase("新的密码 new passphrase", kdf=keys.TEST_KDF)
    vault.close()
    with pytest.raises(WrongSecret):
        vault_mod.unlock_with_passphrase(path, PASSPHRASE)
    vault = open_with_passphrase(path, "新的密码 new passphrase")
    try:
        assert vault.people() == [person]
    finally:
        vault.close()
    # The recovery key is unchanged: the raw key is the same.
    raw = vault_mod.unlock_with_recovery_key(path, recovery)
    vault_mod.open_vault(path, raw).close()


def test_rotate_recovery_key(opened: tuple[Vault, str]) -> None:
    vault, old_recovery = opened
    person = vault.add_person("王建国")
    path = vault.path
    new_recovery = vault.rotate_recovery_key(PASSPHRASE, kdf=keys.TEST_KDF)
    assert new_recovery != old_recovery
    vault.add_person("after rotation")  # the open vault keeps working (and its guard too)
    vault.close()
    with pytest.raises(WrongSecret):
        vault_mod.unlock_with_recovery_key(path, old_recovery)
    # Even bypassing the key file's check, the old raw key no longer decrypts the file.
    with pytest.raises(WrongSecret):
        vault_mod.open_vault(path, keys.parse_recovery_key(old_recovery))
    conn = _direct(path, keys.parse_recovery_key(old_recovery))
    try:
        with pytest.raises(sqlcipher3.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    finally:
        conn.close()
    vault = vault_mod.open_vault(path, vault_mod.unlock_with_recovery_key(path, new_recovery))
    try:
        assert [p.name for p in vault.people()] == [person.name, "after rotation"]
    finally:
        vault.close()
    vault = open_with_passphrase(path)
    vault.close()


def test_recovery_key_of_another_vault(tmp_path: Path) -> None:
    a, _ = make_vault(tmp_path / "a")
    b, recovery_b = make_vault(tmp_path / "b")
    a.close()
    b.close()
    with pytest.raises(WrongSecret):
        vault_mod.unlock_with_recovery_key(a.path, recovery_b)
    keys.key_file_path(a.path).unlink()  # without the key file the database itself refuses
    with pytest.raises(WrongSecret):
        vault_mod.unlock_with_recovery_key(a.path, recovery_b)


def test_nfd_passphrase_unlocks_an_nfc_vault(tmp_path: Path) -> None:
    import unicodedata

    phrase = "王建国 Ñandú café"
    vault, _ = make_vault(tmp_path, passphrase=unicodedata.normalize("NFC", phrase))
    vault.close()
    open_with_passphrase(vault.path, unicodedata.normalize("NFD", phrase)).close()


# --- one process at a time, and nothing for a read-only place ----------------------------------


def test_second_open_is_busy(opened: tuple[Vault, str]) -> None:
    vault, _ = opened
    raw = vault_mod.unlock_with_passphrase(vault.path, PASSPHRASE)
    with pytest.raises(VaultBusy):
        vault_mod.open_vault(vault.path, raw)
    code = (
        "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]);"
        "from ringoff.storage import vault as v; from ringoff.core.errors import VaultBusy\n"
        "try:\n    v.open_vault(Path(sys.argv[2]), bytes.fromhex(sys.argv[3]))\n"
        "except VaultBusy:\n    sys.exit(7)\n"
    )
    gui = str(Path(__file__).resolve().parents[4] / "gui")
    done = subprocess.run(
        [sys.executable, "-c", code, gui, str(vault.path), raw.hex()], check=False, timeout=60
    )
    assert done.returncode == 7
    vault.close()
    vault_mod.open_vault(vault.path, raw).close()  # released on close


def _refuse_writes_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    real_access = os.access

    def fake_access(path: object, mode: int, *args: object, **kwargs: object) -> bool:
        if Path(str(path)) == target and mode & os.W_OK:
            return False
        return real_access(path, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(opening_mod.os, "access", fake_access)


@pytest.mark.parametrize("which", ["file", "folder"])
def test_read_only_file_or_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, which: str
) -> None:
    vault, _ = make_vault(tmp_path)
    vault.close()
    path = vault.path
    before = snapshot([path, keys.key_file_path(path)])
    _refuse_writes_to(monkeypatch, path if which == "file" else path.parent)
    raw = vault_mod.unlock_with_passphrase(path, PASSPHRASE)
    with pytest.raises(ReadOnly):
        vault_mod.open_vault(path, raw)
    assert snapshot([path, keys.key_file_path(path)]) == before
    # A read-only open (backups) is still allowed.
    vault_mod.open_vault(path, raw, read_only=True).close()


def test_create_in_read_only_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _refuse_writes_to(monkeypatch, tmp_path)
    with pytest.raises(ReadOnly):
        make_vault(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_create_over_an_existing_file(tmp_path: Path) -> None:
    (tmp_path / "test.ringoff").write_bytes(b"precious")
    with pytest.raises(UserError):
        make_vault(tmp_path)
    assert (tmp_path / "test.ringoff").read_bytes() == b"precious"


def test_newer_version_is_refused_untouched(opened: tuple[Vault, str]) -> None:
    vault, recovery = opened
    path = vault.path
    vault.close()
    raw = keys.parse_recovery_key(recovery)
    conn = _direct(path, raw)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = snapshot([path, keys.key_file_path(path)])
    with pytest.raises(NewerVersion):
        vault_mod.open_vault(path, raw)
    assert snapshot([path, keys.key_file_path(path)]) == before


def test_encrypted_file_without_meta_is_not_a_vault(tmp_path: Path) -> None:
    raw = keys.new_raw_key()
    path = tmp_path / "other.db"
    conn = _direct(path, raw)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with pytest.raises(NotAVault):
        vault_mod.open_vault(path, raw)


# --- the sync-conflict guard ---------------------------------------------------------------

_OTHER_PROGRAM = {
    # Another program (or a sync client) touches the file: only its time changes.
    "touch": "import os,sys; st=os.stat(sys.argv[1]); "
    "os.utime(sys.argv[1], ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))",
    # It rewrites the same bytes in place.
    "rewrite": "import os,sys,time; p=sys.argv[1]; d=open(p,'rb').read(); time.sleep(0.02); "
    "f=open(p,'r+b'); f.write(d); f.close(); "
    "st=os.stat(p); os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))",
    # It replaces the file with another copy (a new inode, as sync clients usually do).
    "replace": "import os,shutil,sys; p=sys.argv[1]; shutil.copy2(p, p+'.sync'); "
    "os.replace(p+'.sync', p)",
    # It appends (the file grows).
    "append": "import sys; open(sys.argv[1],'ab').write(bytes(4096))",
}


@pytest.mark.parametrize("how", sorted(_OTHER_PROGRAM))
def test_change_elsewhere_stops_writes(opened: tuple[Vault, str], how: str) -> None:
    vault, _ = opened
    person = vault.add_person("before")
    vault.add_number(_number(person.id))
    subprocess.run(
        [sys.executable, "-c", _OTHER_PROGRAM[how], str(vault.path)], check=True, timeout=60
    )
    files = [vault.path, Path(f"{vault.path}-wal"), keys.key_file_path(vault.path)]
    before = snapshot(files)
    stat_before = os.stat(vault.path)
    with pytest.raises(ChangedElsewhere):
        vault.add_person("after")
    with pytest.raises(ChangedElsewhere):
        vault.set_pref("k", "v")
    with pytest.raises(ChangedElsewhere):
        vault.change_passphrase("another fine passphrase", kdf=keys.TEST_KDF)
    assert snapshot(files) == before
    assert os.stat(vault.path).st_mtime_ns == stat_before.st_mtime_ns


def test_deleted_file_stops_writes(opened: tuple[Vault, str]) -> None:
    vault, _ = opened
    vault.add_person("before")
    shutil.move(vault.path, vault.path.with_name("moved"))
    with pytest.raises(ChangedElsewhere):
        vault.add_person("after")
    assert not vault.path.exists()


def test_closing_after_a_change_elsewhere_leaves_the_other_file_alone(
    opened: tuple[Vault, str],
) -> None:
    """Closing must not checkpoint this process's WAL into a file someone else has changed."""
    vault, _ = opened
    person = vault.add_person("before")
    for i in range(20):
        number = vault.add_number(_number(person.id, f"+861381234{i:04d}"))
        vault.add_account(Account(number_id=number.id, name=str(i)))
    assert Path(f"{vault.path}-wal").stat().st_size > 0
    subprocess.run(
        [sys.executable, "-c", _OTHER_PROGRAM["rewrite"], str(vault.path)], check=True, timeout=60
    )
    theirs = vault.path.read_bytes()
    with pytest.raises(ChangedElsewhere):
        vault.add_person("after")
    vault.close()
    assert vault.path.read_bytes() == theirs


def test_own_writes_do_not_trip_the_guard(opened: tuple[Vault, str]) -> None:
    vault, _ = opened
    person = vault.add_person("p")
    number = vault.add_number(_number(person.id))
    size = vault.path.stat().st_size
    # Enough writes to pass SQLite's automatic checkpoint (the main file changes then).
    for i in range(300):
        vault.add_account(Account(number_id=number.id, name=f"account {i} " + "x" * 500))
    assert vault.path.stat().st_size > size  # a checkpoint did write the main file
    vault.set_pref("done", True)
    assert len(vault.accounts()) == 300


# --- upgrades ------------------------------------------------------------------------------

GOLDEN_PASSPHRASE = "golden vault passphrase"


def test_golden_v1_vault_is_upgraded(tmp_path: Path) -> None:
    src = DATA / "vault_v1.ringoff"
    path = tmp_path / "vault_v1.ringoff"
    shutil.copyfile(src, path)
    shutil.copyfile(keys.key_file_path(src), keys.key_file_path(path))
    raw = vault_mod.unlock_with_passphrase(path, GOLDEN_PASSPHRASE)
    conn = _direct(path, raw)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    clock = FakeClock()
    backups = tmp_path / "backups"
    vault = vault_mod.open_vault(path, raw, clock=clock, backups_dir=backups)
    try:
        assert vault.schema_version == vault_mod.SCHEMA_VERSION == 3
        assert [p.name for p in vault.people()] == ["王建国", "Mary"]
        numbers = vault.numbers()
        assert [n.e164 for n in numbers] == ["+8613812345678", "+14155550123"]
        assert numbers[0].cancel_on == date(2027, 3, 15)
        assert numbers[0].notes == "老号码 old number"
        accounts = vault.accounts(numbers[0].id)
        assert [(a.name, a.status) for a in accounts] == [
            ("WeChat", AccountStatus.DONE),
            ("支付宝", AccountStatus.TODO),
        ]
        assert vault.pref("your_name", "") == "王建国"
        assert vault.user_services()[0]["id"] == "golden-service"
        assert len(vault.history()) >= 6
        # The new tables exist and work.
        assert vault.received_messages(numbers[0].id) == []
        vault.add_request(numbers[0].id, "Bank", None, "phone", date(2026, 3, 1), None)
        assert len(vault.requests(numbers[0].id)) == 1
        # Version 3: what replaces a number. Old rows had only new_number: none was set, so
        # nothing replaces it; a family member's number can now be chosen and is kept.
        assert numbers[0].replacement is None
        assert numbers[0].replaced_by is Replacement.NOTHING and numbers[0].target is None
        vault.update_number(
            replace(
                numbers[0],
                replacement=Replacement.FAMILY,
                replacement_name="女儿王芳",
                new_number="+8613900001111",
            )
        )
        again = vault.number(numbers[0].id)
        assert again.replaced_by is Replacement.FAMILY
        assert (again.target, again.replacement_name) == ("+8613900001111", "女儿王芳")
        # ... and the kind of an account the catalog does not know.
        assert all(a.kind is None for a in accounts)
        local = vault.add_account(
            Account(number_id=numbers[0].id, name="上海农商银行", kind=Category.BANK)
        )
        assert vault.account(local.id).kind is Category.BANK
        assert vault.integrity_check() == []
    finally:
        vault.close()
    found = vault_mod.list_backups(backups, path.stem)
    assert [b.tag for b in found] == ["before-upgrade"]
    conn = _direct(found[0].path, raw)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "requests" not in tables
        assert conn.execute("SELECT count(*) FROM accounts").fetchone()[0] == 3
    finally:
        conn.close()
    # Opening again does not upgrade (or back up) a second time.
    vault = open_with_passphrase(path, GOLDEN_PASSPHRASE, backups_dir=backups)
    vault.close()
    assert len(vault_mod.list_backups(backups, path.stem)) == 1


def test_old_vault_without_migrate_is_refused_untouched(tmp_path: Path) -> None:
    src = DATA / "vault_v1.ringoff"
    path = tmp_path / "v1.ringoff"
    shutil.copyfile(src, path)
    shutil.copyfile(keys.key_file_path(src), keys.key_file_path(path))
    before = snapshot([path])
    raw = vault_mod.unlock_with_passphrase(path, GOLDEN_PASSPHRASE)
    with pytest.raises(NewerVersion):
        vault_mod.open_vault(path, raw, migrate=False)
    assert snapshot([path]) == before
    assert not (tmp_path / "backups").exists()
