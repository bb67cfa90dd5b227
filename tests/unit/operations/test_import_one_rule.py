"""One duplicate rule: the same password export adds the same accounts from ``ringoff import``
and from the window (the operations calls of ui/discover.py: read_path, choose, accounts_for,
then fresh_accounts just before adding), and neither adds a service the list already has under
another language's name, whether that entry came from the catalog or was typed by hand."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from helpers.vaults import PASSPHRASE, default_vault, init_cli_vault, open_with_passphrase, run_cli

from ringoff.core.accounts import new_account
from ringoff.core.catalog import Catalog
from ringoff.core.model import Account, PhoneNumber
from ringoff.operations import importing
from ringoff.storage.catalog_store import load_catalog

EXPORT = Path(__file__).resolve().parents[2] / "data" / "imports" / "chrome.csv"
E164 = "+8613812345678"
SECRET = PASSPHRASE + "\n"


def _catalog(vault: Any) -> Catalog:
    """The catalog both the window and the CLI use: the shipped one plus the person's own."""
    catalog: Catalog = load_catalog().with_user_services(vault.user_services())
    return catalog


def _number(vault: Any) -> PhoneNumber:
    number: PhoneNumber | None = vault.find_number(E164)
    assert number is not None
    return number


def _home_with_list(tmp_path: Path) -> Path:
    """A home whose number already has Taobao (from the catalog, under its Chinese name) and
    "支付宝" typed by hand (no catalog link): Alipay's Chinese name."""
    home = tmp_path / "home"
    init_cli_vault(home)
    added = run_cli(
        "number", "add", "138 1234 5678", "--region", "CN", "--owner", "Dad",
        "--passphrase-stdin", stdin=SECRET, home=home,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    with open_with_passphrase(default_vault(home)) as vault:
        catalog, number = _catalog(vault), _number(vault)
        taobao = new_account(catalog, number, service_id="taobao", name="", lang="zh_CN")
        assert taobao.name == catalog.get("taobao").names["zh_CN"] != "Taobao"  # type: ignore[union-attr]
        typed = new_account(catalog, number, service_id=None, name="支付宝", lang="zh_CN")
        vault.add_accounts([taobao, typed])
    return home


def _window_import(home: Path, lang: str = "en") -> None:
    """What the window's file tab does, without its widgets (ui/discover.py FileTab and
    DiscoverPage.add_accounts)."""
    with open_with_passphrase(default_vault(home)) as vault:
        catalog, number = _catalog(vault), _number(vault)
        found = importing.read_path(EXPORT, number=number, catalog=catalog, lang=lang)
        finds = importing.choose(found, vault.accounts(number.id), catalog)
        accounts = importing.accounts_for([f for f in finds if f.ticked], catalog, number, lang)
        fresh = importing.fresh_accounts(accounts, vault.accounts(number.id), catalog)
        if fresh:
            vault.add_accounts(fresh)


def _cli_import(home: Path) -> None:
    result = run_cli(
        "import", "--number", E164, str(EXPORT), "--yes", "--json", "--passphrase-stdin",
        stdin=SECRET, home=home,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def _accounts(home: Path) -> list[tuple[str, str | None, tuple[str, ...], str]]:
    with open_with_passphrase(default_vault(home)) as vault:
        accounts: list[Account] = vault.accounts(_number(vault).id)
    return sorted(
        (a.name, a.service_id, tuple(sorted(u.value for u in a.uses)), a.action.value)
        for a in accounts
    )


def test_cli_and_window_add_the_same_accounts_from_the_same_export(tmp_path: Path) -> None:
    cli_home = _home_with_list(tmp_path / "cli")
    window_home = tmp_path / "window" / "home"
    shutil.copytree(cli_home, window_home)
    before = _accounts(cli_home)
    assert _accounts(window_home) == before

    _cli_import(cli_home)
    _window_import(window_home)
    by_cli, by_window = _accounts(cli_home), _accounts(window_home)
    assert by_cli == by_window
    added = [a for a in by_cli if a not in before]
    assert {"google", "jd"} <= {service for _, service, _, _ in added}
    # Already listed under another language's name: from the catalog (淘宝) or typed (支付宝).
    assert not [a for a in added if a[1] in ("taobao", "alipay")]
    assert len(by_cli) == len({(name.casefold(), service) for name, service, _, _ in by_cli})

    # Once more from both sides: nothing new, and still the same lists.
    _cli_import(cli_home)
    _window_import(window_home)
    assert _accounts(cli_home) == _accounts(window_home) == by_cli


def test_fresh_accounts_drops_what_is_listed_under_any_name() -> None:
    catalog = load_catalog()
    number = PhoneNumber(e164=E164, person_id="p", region="CN")
    wechat = catalog.get("wechat")
    assert wechat is not None and wechat.names["zh_CN"] != wechat.names["en"]
    typed = new_account(catalog, number, service_id=None, name=wechat.names["zh_CN"], lang="en")
    english = new_account(catalog, number, service_id="wechat", name="", lang="en")
    other = new_account(catalog, number, service_id=None, name="Corner Shop", lang="en")
    again = new_account(catalog, number, service_id=None, name=" corner shop ", lang="en")
    assert importing.fresh_accounts([english, other, again], [typed], catalog) == [other]
    assert importing.fresh_accounts([english, other], [], catalog) == [english, other]
    ids, names = importing.already_listed([english], catalog)
    assert ids == {"wechat"} and wechat.names["zh_CN"].casefold() in names
