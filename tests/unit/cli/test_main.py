"""The command line contract: JSON shape, exit codes, secrets on stdin, backup and restore.

Each test runs ``python -m ringoff`` in a child process (see helpers.vaults.run_cli), as a
script or the reminder agent would. The flows are grouped to keep the number of processes low.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from helpers.vaults import (
    MARKER_ASCII,
    MARKER_CHINESE,
    PASSPHRASE,
    default_vault,
    init_cli_vault,
    make_vault,
    run_cli,
)

from ringoff.storage import keys
from ringoff.storage import vault as vault_mod

E164 = re.compile(r"^\+[1-9]\d{6,14}$")
NEW_PASSPHRASE = "a brand new passphrase 新"


def _ok(result: Any) -> str:
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr}"
    assert "Traceback" not in result.stderr
    return str(result.stdout)


def _user_error(result: Any) -> str:
    assert result.returncode == 3, f"exit {result.returncode}: {result.stdout} {result.stderr}"
    assert "Traceback" not in result.stderr
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


def _check_list_shape(data: Any) -> None:
    assert isinstance(data, dict) and isinstance(data["numbers"], list)
    for n in data["numbers"]:
        assert E164.match(n["number"])
        assert isinstance(n["owner"], str)
        assert isinstance(n["region"], str) and len(n["region"]) == 2
        assert n["status"] in ("in_use", "cancel_planned", "cancelled")
        assert n["cancel_on"] is None or date.fromisoformat(n["cancel_on"])
        assert isinstance(n["accounts"], list)
        for a in n["accounts"]:
            assert isinstance(a["id"], str) and a["id"]
            assert a["service"] is None or isinstance(a["service"], str)
            assert isinstance(a["name"], str)
            assert a["status"] in ("todo", "in_progress", "done", "cannot")


def test_full_flow(tmp_path: Path) -> None:
    home = tmp_path / "home"
    recovery = init_cli_vault(home)
    path = default_vault(home)
    assert path.exists() and keys.key_file_path(path).exists()
    keys.parse_recovery_key(recovery)  # the last line printed is a valid recovery key
    secret = PASSPHRASE + "\n"

    out = _ok(
        run_cli(
            "number",
            "add",
            "138 1234 5678",
            "--region",
            "CN",
            "--owner",
            MARKER_CHINESE,
            "--cancel-on",
            "2027-03-15",
            "--passphrase-stdin",
            stdin=secret,
            home=home,
        )
    )
    assert out.strip() == "+8613812345678"
    wechat_id = _ok(
        run_cli(
            "account",
            "add",
            "wechat",
            "--number",
            "+8613812345678",
            "--passphrase-stdin",
            stdin=secret,
            home=home,
        )
    ).strip()
    own_id = _ok(
        run_cli(
            "account",
            "add",
            "--name",
            MARKER_ASCII,
            "--number",
            "13812345678",
            "--passphrase-stdin",
            stdin=secret,
            home=home,
        )
    ).strip()
    _ok(
        run_cli(
            "account",
            "set",
            wechat_id,
            "--number",
            "+8613812345678",
            "--status",
            "done",
            "--passphrase-stdin",
            stdin=secret,
            home=home,
        )
    )
    data = json.loads(_ok(run_cli("list", "--json", "--passphrase-stdin", stdin=secret, home=home)))
    _check_list_shape(data)
    assert len(data["numbers"]) == 1
    number = data["numbers"][0]
    assert (number["number"], number["owner"], number["region"]) == (
        "+8613812345678",
        MARKER_CHINESE,
        "CN",
    )
    assert (number["status"], number["cancel_on"]) == ("cancel_planned", "2027-03-15")
    by_id = {a["id"]: a for a in number["accounts"]}
    assert by_id[wechat_id]["service"] == "wechat"
    assert by_id[wechat_id]["status"] == "done"
    assert by_id[own_id] == {**by_id[own_id], "service": None, "name": MARKER_ASCII}
    assert by_id[own_id]["status"] == "todo"

    # A backup, then a change, then the restore brings the backup's state back.
    backup = tmp_path / "out" / "copy.ringoff-backup"
    out = _ok(
        run_cli("backup", "--out", str(backup), "--passphrase-stdin", stdin=secret, home=home)
    )
    assert backup.exists() and str(backup) in out
    _ok(
        run_cli(
            "account",
            "set",
            MARKER_ASCII,
            "--number",
            "+8613812345678",
            "--status",
            "cannot",
            "--reason",
            "closed",
            "--passphrase-stdin",
            stdin=secret,
            home=home,
        )
    )
    out = _ok(run_cli("restore", str(backup), "--passphrase-stdin", stdin=secret, home=home))
    assert "before-restore" in out
    data = json.loads(_ok(run_cli("list", "--json", "--passphrase-stdin", stdin=secret, home=home)))
    statuses = {a["id"]: a["status"] for a in data["numbers"][0]["accounts"]}
    assert statuses == {wechat_id: "done", own_id: "todo"}

    assert "good order" in _ok(run_cli("check", "--passphrase-stdin", stdin=secret, home=home))

    # passwd: the current passphrase on the first line, the new one on the second.
    _ok(
        run_cli(
            "passwd", "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n", home=home
        )
    )
    _user_error(run_cli("list", "--passphrase-stdin", stdin=secret, home=home))
    _ok(run_cli("list", "--passphrase-stdin", stdin=NEW_PASSPHRASE + "\n", home=home))

    # The recovery key still opens it, and its hex form opens the file with SQLCipher.
    _ok(run_cli("list", "--recovery-key-stdin", stdin=recovery.lower() + "\n", home=home))
    hex_key = _ok(
        run_cli("recovery-key-hex", "--recovery-key-stdin", stdin=recovery + "\n", home=home)
    ).strip()
    assert re.fullmatch(r"[0-9a-f]{64}", hex_key)
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = \"x'{hex_key}'\"")
        names = {r[0] for r in conn.execute("SELECT name FROM accounts")}
        assert MARKER_ASCII in names
    finally:
        conn.close()


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    home = tmp_path / "home"
    for args in (
        ("no-such-command",),
        ("account", "set", "x", "--number", "1", "--status", "finished"),
        ("account", "add", "--number", "1"),  # neither a service nor --name
        ("number",),
        ("list", "--passphrase-stdin", "--recovery-key-stdin"),
    ):
        result = run_cli(*args, home=home)
        assert result.returncode == 2, (args, result.stderr)
        assert "Traceback" not in result.stderr
    # A secret expected on stdin that is not there is a usage error too.
    init_cli_vault(home)
    result = run_cli("passwd", "--passphrase-stdin", stdin=PASSPHRASE + "\n", home=home)
    assert result.returncode == 2, result.stderr
    assert not list(tmp_path.rglob("*.ringoff-backup"))


def test_user_errors_exit_3(tmp_path: Path) -> None:
    home = tmp_path / "home"
    # No vault yet.
    _user_error(run_cli("list", "--passphrase-stdin", stdin=PASSPHRASE + "\n", home=home))
    # A passphrase that is too weak is refused before anything is created.
    _user_error(run_cli("init", "--passphrase-stdin", stdin="123456\n", home=home))
    assert not default_vault(home).exists()
    init_cli_vault(home)
    # A second init does not overwrite the vault.
    before = default_vault(home).read_bytes()
    _user_error(run_cli("init", "--passphrase-stdin", stdin=PASSPHRASE + "\n", home=home))
    assert default_vault(home).read_bytes() == before
    secret = PASSPHRASE + "\n"
    line = _user_error(
        run_cli("plan", "--number", "+8613900000000", "--passphrase-stdin", stdin=secret, home=home)
    )
    assert "+8613900000000" in line
    _user_error(
        run_cli(
            "number",
            "add",
            "13812345678",
            "--cancel-on",
            "15/03/2027",
            "--passphrase-stdin",
            stdin=secret,
            home=home,
        )
    )
    _user_error(run_cli("recovery-key-hex", "--recovery-key-stdin", stdin="ABCD-EFGH\n", home=home))


def test_a_vault_open_elsewhere_is_busy(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path / "home" / "data", name="ringoff.vault")
    try:
        before = vault.path.read_bytes()
        line = _user_error(
            run_cli("list", "--passphrase-stdin", stdin=PASSPHRASE + "\n", home=tmp_path / "home")
        )
        # The holder is this test process, a command, not "another Ringoff window" (issue 23).
        assert "Ringoff command" in line and "window" not in line
        assert vault.path.read_bytes() == before
    finally:
        vault.close()


def test_catalog_and_plan_json(tmp_path: Path) -> None:
    home = tmp_path / "home"
    out = _ok(run_cli("catalog", "--search", "wechat", "--json", home=home))
    found = json.loads(out)
    assert isinstance(found, list) and any(s.get("id") == "wechat" for s in found)
    init_cli_vault(home)
    secret = PASSPHRASE + "\n"
    _ok(run_cli("number", "add", "+8613812345678", "--passphrase-stdin", stdin=secret, home=home))
    _ok(
        run_cli(
            "account",
            "add",
            "wechat",
            "--number",
            "+8613812345678",
            "--passphrase-stdin",
            stdin=secret,
            home=home,
        )
    )
    plan = json.loads(
        _ok(
            run_cli(
                "plan",
                "--number",
                "+8613812345678",
                "--json",
                "--passphrase-stdin",
                stdin=secret,
                home=home,
            )
        )
    )
    assert "wechat" in json.dumps(plan, ensure_ascii=False).lower()
    # The vault made by the CLI is a normal vault (readable with the library).
    raw = vault_mod.unlock_with_passphrase(default_vault(home), PASSPHRASE)
    vault = vault_mod.open_vault(default_vault(home), raw)
    try:
        assert [a.service_id for a in vault.accounts()] == ["wechat"]
    finally:
        vault.close()


@pytest.mark.parametrize("flag", ["--passphrase-stdin", "--recovery-key-stdin"])
def test_missing_key_file(tmp_path: Path, flag: str) -> None:
    home = tmp_path / "home"
    recovery = init_cli_vault(home)
    keys.key_file_path(default_vault(home)).unlink()
    secret = (PASSPHRASE if flag == "--passphrase-stdin" else recovery) + "\n"
    result = run_cli("list", "--json", flag, stdin=secret, home=home)
    if flag == "--passphrase-stdin":
        assert "recovery key" in _user_error(result)
    else:
        assert json.loads(_ok(result)) == {"numbers": []}


def test_the_busy_message_names_what_holds_the_vault(tmp_path: Path) -> None:
    """Issue 23: a command holding the vault is never called 'another Ringoff window'."""
    from helpers.holder import held_by

    from ringoff.storage import lockfile

    home = tmp_path / "home"
    init_cli_vault(home)
    secret = PASSPHRASE + "\n"
    path = default_vault(home)
    with held_by(path, lockfile.WINDOW):
        line = _user_error(run_cli("list", "--passphrase-stdin", stdin=secret, home=home))
        assert "already open in another Ringoff window" in line
    with held_by(path, lockfile.COMMAND, "list"):
        line = _user_error(run_cli("list", "--passphrase-stdin", stdin=secret, home=home))
        assert "“ringoff list”" in line and "window" not in line
        line = _user_error(
            run_cli("list", "--lang", "zh_CN", "--passphrase-stdin", stdin=secret, home=home)
        )
        assert "一个号码解绑助手命令（“ringoff list”）正在使用您的资料" in line
    _ok(run_cli("list", "--passphrase-stdin", stdin=secret, home=home))
