"""Promise: reading a message archive or password export keeps nothing of it but the senders.

Every kind of archive and export (made by tests/data/archives/make_archives.py, whose bodies
carry BODY_MARKER and whose codes and passwords carry CODE_MARKER) is imported through the
command line with --yes. Then: no marker in anything printed, in any file under the home
folder, nor in any row of the vault once decrypted with the recovery key; the archives are
byte for byte unchanged and nothing was created beside them (no SQLite -wal/-shm files).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import sqlcipher3
from helpers.vaults import PASSPHRASE, all_files_under, default_vault, init_cli_vault, run_cli

from ringoff.storage import keys

ARCHIVES = Path(__file__).resolve().parents[1] / "data" / "archives"


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_archives", ARCHIVES / "make_archives.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _tree(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_archives_leave_only_senders(tmp_path: Path) -> None:
    m = _module()
    src = tmp_path / "archives"
    src.mkdir()
    msgs, _ = m.realistic_messages()
    paths = [
        m.write_sms_backup(src / "sms-1.xml", msgs),
        m.write_message_csv(src / "messages.csv", msgs),
        m.write_iphone_backup(src / "iphone", msgs),
    ]
    mail = m.write_mail_folders(src / "mail")
    paths += [mail["takeout"], mail["thunderbird"], mail["apple_mail"], mail["eml"]]
    paths += sorted(m.write_password_exports(src / "passwords").values())
    before = _tree(src)

    home = tmp_path / "home"
    recovery = init_cli_vault(home)
    secret = PASSPHRASE + "\n"
    added = run_cli(
        "number", "add", "138 1234 5678", "--region", "CN", "--passphrase-stdin",
        stdin=secret, home=home,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    printed = ""
    total_added = 0
    for i, path in enumerate(paths):
        for extra in (("--json",), ()) if i in (0, len(paths) - 1) else (("--json",),):
            result = run_cli(
                "import", "--number", "+8613812345678", str(path), "--yes", "--passphrase-stdin",
                *extra, stdin=secret, home=home,
            )  # fmt: skip
            assert result.returncode == 0, (path.name, result.stderr)
            assert "Traceback" not in result.stderr
            printed += result.stdout + result.stderr
            if extra:
                total_added += len(json.loads(result.stdout)["added"])
    assert total_added >= 45  # the services were found and added

    markers = [m.BODY_MARKER, "pw" + m.CODE_MARKER, "G-" + m.CODE_MARKER[:4], m.CODE_MARKER]
    for marker in markers:
        assert marker not in printed
    for path in all_files_under(home):
        data = path.read_bytes()
        for marker in markers:
            assert marker.encode() not in data, path.name
            assert marker.encode("utf-16-le") not in data, path.name

    # The vault itself, decrypted with the recovery key: every row of every table.
    conn = sqlcipher3.connect(str(default_vault(home)))
    conn.execute(keys.sqlcipher_key_pragma(keys.parse_recovery_key(recovery)))
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    rows = [repr(row) for t in tables for row in conn.execute(f'SELECT * FROM "{t}"')]
    conn.close()
    dump = "\n".join(rows)
    assert "ICBC" in dump or "工商银行" in dump  # the dump really is readable
    for marker in markers:
        assert marker not in dump

    assert _tree(src) == before  # nothing changed, nothing created beside the archives
