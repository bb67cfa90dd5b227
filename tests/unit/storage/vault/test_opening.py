"""Opening a vault: nothing readable on disk, wrong secrets, one process, read-only places."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
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
    NewerVersion,
    NotAVault,
    ReadOnly,
    UserError,
    VaultBusy,
    WrongSecret,
)
from ringoff.core.model import Account
from ringoff.storage import keys
from ringoff.storage import vault as vault_mod
from ringoff.storage.vault import Vault

from .common import direct, make_number

# --- nothing readable on disk ----------------------------------------------------------------


def _fill_with_markers(vault: Vault) -> None:
    both = f"{MARKER_ASCII} {MARKER_CHINESE}"
    person = vault.add_person(both)
    number = vault.add_number(make_number(person.id, notes=both, carrier=MARKER_CHINESE))
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


def test_recovery_key_of_another_vault(tmp_path: Path) -> None:
    a, _ = make_vault(tmp_path / "a")
    b, recovery_b = make_vault(tmp_path / "b")
    a.close()
    b.close()
    with pytest.raises(WrongSecret) as caught:
        vault_mod.unlock_with_recovery_key(a.path, recovery_b)
    assert caught.value.message == keys.NOT_THIS_VAULT
    keys.key_file_path(a.path).unlink()  # without the key file the database itself refuses
    with pytest.raises(WrongSecret) as caught:
        vault_mod.unlock_with_recovery_key(a.path, recovery_b)
    assert caught.value.message == keys.NOT_THIS_VAULT


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

    # Looked up where open_vault and create_vault call it.
    monkeypatch.setattr("ringoff.storage.vault.opening.os.access", fake_access)


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
    conn = direct(path, raw)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = snapshot([path, keys.key_file_path(path)])
    with pytest.raises(NewerVersion):
        vault_mod.open_vault(path, raw)
    assert snapshot([path, keys.key_file_path(path)]) == before


def test_encrypted_file_without_meta_is_not_a_vault(tmp_path: Path) -> None:
    raw = keys.new_raw_key()
    path = tmp_path / "other.db"
    conn = direct(path, raw)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with pytest.raises(NotAVault):
        vault_mod.open_vault(path, raw)
