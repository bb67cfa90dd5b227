"""The sync-conflict guard: a file changed elsewhere is never written over."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.vaults import snapshot

from ringoff.core.errors import ChangedElsewhere
from ringoff.core.model import Account
from ringoff.storage import keys
from ringoff.storage.vault import Vault

from .common import make_number

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
    vault.add_number(make_number(person.id))
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
        number = vault.add_number(make_number(person.id, f"+861381234{i:04d}"))
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
    number = vault.add_number(make_number(person.id))
    size = vault.path.stat().st_size
    # Enough writes to pass SQLite's automatic checkpoint (the main file changes then).
    for i in range(300):
        vault.add_account(Account(number_id=number.id, name=f"account {i} " + "x" * 500))
    assert vault.path.stat().st_size > size  # a checkpoint did write the main file
    vault.set_pref("done", True)
    assert len(vault.accounts()) == 300
