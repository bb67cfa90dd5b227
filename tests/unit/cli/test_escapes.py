"""Issue 23: names with terminal escapes (OSC 52 clipboard writes, colours) are stored and printed
clean by ``ringoff import`` and ``ringoff list``, whether they came in now or were stored before."""

from __future__ import annotations

import json
from pathlib import Path

from helpers.vaults import PASSPHRASE, default_vault, init_cli_vault, open_with_passphrase, run_cli

from ringoff.core.model import Account

SECRET = PASSPHRASE + "\n"
OSC52 = "\x1b]52;c;ZWNobyBwd25lZA==\x07"
CONTROL = ("\x1b", "\x07", "\x9b", "\x9d", "\u202e")


def _no_controls(text: str) -> None:
    assert not [c for c in CONTROL if c in text], repr(text)


def test_escapes_in_imported_and_stored_names_never_reach_the_terminal(tmp_path: Path) -> None:
    home = tmp_path / "home"
    init_cli_vault(home)
    owner = f"Dad\x1b[31m{OSC52}"
    result = run_cli(
        "number", "add", "138 1234 5678", "--region", "CN", "--owner", owner,
        "--passphrase-stdin", stdin=SECRET, home=home,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    export = tmp_path / "chrome.csv"
    export.write_text(
        "name,url,username,password,note\n"
        f'"Evil{OSC52}Shop",https://evil-shop.example/login,+86 138-1234-5678,pw-1,\n'
        f'"\x1b[2J\x1b[31mRed\x1b[0m\u202eMart",https://red-mart.example,13812345678,pw-2,\n',
        encoding="utf-8",
    )
    for extra in ((), ("--json",), ("--yes",)):
        result = run_cli(
            "import", "--number", "+8613812345678", str(export), *extra,
            "--passphrase-stdin", stdin=SECRET, home=home,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        _no_controls(result.stdout)
    assert "EvilShop" in result.stdout

    # A name stored by an older Ringoff (before the vault cleaned names) is printed clean too.
    path = default_vault(home)
    vault = open_with_passphrase(path)
    try:
        number = vault.numbers()[0]
        stored = [a.name for a in vault.accounts(number.id)]
        assert "EvilShop" in stored and all("\x1b" not in n for n in stored)
        assert [p.name for p in vault.people()] == ["Dad"]
        with vault._write() as conn:  # bypass the cleaning, as old data would
            conn.execute(
                "UPDATE accounts SET name = ? WHERE name = 'EvilShop'", (f"Old{OSC52}Name",)
            )
    finally:
        vault.close()
    listed = run_cli("list", "--passphrase-stdin", stdin=SECRET, home=home)
    assert listed.returncode == 0, listed.stderr
    _no_controls(listed.stdout)
    assert "OldName" in listed.stdout and "Dad" in listed.stdout
    as_json = run_cli("list", "--json", "--passphrase-stdin", stdin=SECRET, home=home)
    _no_controls(as_json.stdout)
    names = [a["name"] for n in json.loads(as_json.stdout)["numbers"] for a in n["accounts"]]
    assert "OldName" in names
    planned = run_cli(
        "plan", "--number", "+8613812345678", "--passphrase-stdin", stdin=SECRET, home=home
    )
    assert planned.returncode == 0, planned.stderr
    _no_controls(planned.stdout)


def test_the_vault_stores_names_clean(tmp_path: Path) -> None:
    from helpers.vaults import make_vault

    from ringoff.core.model import PhoneNumber

    vault, _ = make_vault(tmp_path)
    try:
        person = vault.add_person(f"Wang{OSC52}")
        vault.rename_person(person.id, f"Wang \x1b[1mFang{OSC52}")
        number = vault.add_number(
            PhoneNumber("+8613812345678", person.id, "CN", carrier="China\x1b[5m Mobile")
        )
        (added,) = vault.add_accounts([Account(number.id, f"Bank{OSC52}", notes=f"a\nb{OSC52}")])
        assert added.name == "Bank"
        added.name = "\u202eBank 2\x07"
        vault.update_account(added)
        (stored,) = vault.accounts(number.id)
        assert (stored.name, stored.notes) == ("Bank 2", "a\nb")
        assert [p.name for p in vault.people()] == ["Wang Fang"]
        assert vault.number(number.id).carrier == "China Mobile"
        assert all("\x1b" not in json.dumps(h.details) for h in vault.history())
    finally:
        vault.close()
