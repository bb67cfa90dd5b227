"""The plan through the command line, for the people in shared/design/users.md.

- Mike (Ohio, an en_US system): his number lapses and nothing replaces it.
- Wang Jianguo: his old number's accounts move to his daughter Wang Fang's number; one of his
  banks (上海农商银行) is not in the catalog and is added by name as a bank.
- Impossible and past dates.

The contract (issue 17): every account carries ``action`` (change|remove|close) and ``target``
(E.164 or null), never ``change`` with a null target; the groups come in the documented order,
the phone company's last.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from helpers.vaults import PASSPHRASE, init_cli_vault, run_cli

from ringoff.core.plan import GROUP_ORDER

SECRET = PASSPHRASE + "\n"
DOCUMENTED_ORDER = ["banks", "payment", "via_bank", "hubs", "sign_in", "rest", "carrier"]


def _ok(result: Any) -> str:
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr}"
    assert "Traceback" not in result.stderr
    return str(result.stdout)


def _cli(home: Path, *args: str, env: dict[str, str] | None = None) -> Any:
    return run_cli(*args, "--passphrase-stdin", stdin=SECRET, home=home, env=env)


def _plan(home: Path, number: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_ok(_cli(home, "plan", "--number", number, "--json")))
    return data


def _accounts(plan: dict[str, Any]) -> list[dict[str, Any]]:
    return [a for g in plan["groups"] for a in g["accounts"]]


def _check_contract(plan: dict[str, Any]) -> None:
    groups = [g["group"] for g in plan["groups"]]
    assert groups == [g for g in DOCUMENTED_ORDER if g in groups]
    if "carrier" in groups:
        assert groups[-1] == "carrier"
    for a in _accounts(plan):
        assert a["action"] in ("change", "remove", "close")
        assert a["target"] is None or a["target"].startswith("+")
        assert not (a["action"] == "change" and a["target"] is None), a


def test_the_documented_order_is_the_code_order() -> None:
    assert [g.value for g in GROUP_ORDER] == DOCUMENTED_ORDER
    doc = (Path(__file__).resolve().parents[3] / "docs" / "plan-order.md").read_text("utf-8")
    positions = [doc.index(f"`{g}`") for g in DOCUMENTED_ORDER]
    assert positions == sorted(positions)


def test_mike_with_no_replacement(tmp_path: Path) -> None:
    home = tmp_path / "home"
    init_cli_vault(home)
    us = {"LC_ALL": "en_US.UTF-8", "LANG": "en_US.UTF-8"}
    # A US user's defaults: a national number without --region is a US number.
    out = _ok(_cli(home, "number", "add", "(614) 555-0142", "--owner", "Mike", env=us))
    assert out.strip() == "+16145550142"
    services = [
        "att",
        "doordash",
        "spotify",
        "whatsapp",
        "venmo",
        "paypal",
        "coinbase",
        "microsoft",
        "apple_id",
        "google",
        "bank_of_america",
    ]
    for service in services:
        _ok(_cli(home, "account", "add", service, "--number", "+16145550142"))
    plan = _plan(home, "+16145550142")
    _check_contract(plan)
    assert plan["replacement"] == "nothing" and plan["target"] is None
    accounts = {a["service"]: a for a in _accounts(plan)}
    assert all(a["target"] is None for a in accounts.values())
    assert all(a["action"] != "change" for a in accounts.values())
    assert accounts["google"]["action"] == "remove"  # Google describes removing it
    boa = accounts["bank_of_america"]
    assert boa["needs_number"] and boa["action"] == "close"
    assert "family member's number" in boa["what_to_do"]
    assert accounts["apple_id"]["needs_number"]  # two-factor needs a trusted number
    assert accounts["whatsapp"]["needs_number"]  # the number is the account
    assert accounts["att"]["action"] == "close" and not accounts["att"]["needs_number"]
    assert accounts["spotify"]["action"] == "remove" and not accounts["spotify"]["needs_number"]
    order = [a["service"] for a in _accounts(plan)]
    assert order[0] == "bank_of_america" and order[-1] == "att"
    assert order.index("coinbase") < order.index("paypal")  # money, not "government"
    for hub in ("google", "apple_id", "microsoft"):
        assert order.index(hub) < order.index("spotify")
        assert order.index(hub) < order.index("doordash")
    assert plan["carrier_gate"].startswith("Do not cancel the number yet")
    groups = {g["group"]: g for g in plan["groups"]}
    assert "tax app" not in groups["banks"]["why"]  # US words, not China's
    text = _ok(_cli(home, "plan", "--number", "+16145550142"))
    print("\nMike's plan:\n" + text)
    assert "new number" not in text.lower()
    assert "Remove this phone number from Google Account" in text


def test_wang_jianguo_moves_to_his_daughters_number(tmp_path: Path) -> None:
    home = tmp_path / "home"
    init_cli_vault(home)
    cn = {"LC_ALL": "zh_CN.UTF-8", "LANG": "zh_CN.UTF-8"}
    cancel_on = (date.today() + timedelta(days=42)).isoformat()
    out = _cli(
        home,
        "number",
        "add",
        "138 1234 5678",
        "--owner",
        "王建国",
        "--cancel-on",
        cancel_on,
        "--replace-with-family",
        "王芳:139 0000 1111",
        env=cn,
    )
    assert _ok(out).strip() == "+8613812345678"  # a zh_CN system: a mainland number
    assert out.stderr.strip() == ""  # a date ahead: no warning
    number = "+8613812345678"
    for service in ("china_mobile", "wechat", "tax_app", "alipay", "ccb", "icbc", "qq_mail"):
        _ok(_cli(home, "account", "add", service, "--number", number))
    _ok(
        _cli(home, "account", "add", "--number", number, "--name", "上海农商银行", "--kind", "bank")
    )
    plan = _plan(home, number)
    _check_contract(plan)
    assert plan["replacement"] == "family" and plan["replacement_name"] == "王芳"
    assert plan["target"] == "+8613900001111"
    accounts = _accounts(plan)
    by_name = {a["service"] or a["name"]: a for a in accounts}
    for key in ("icbc", "ccb", "alipay", "wechat", "tax_app", "上海农商银行"):
        assert by_name[key]["action"] == "change"
        assert by_name[key]["target"] == "+8613900001111"
        assert not by_name[key]["needs_number"]
    assert by_name["china_mobile"]["action"] == "close"
    banks = next(g for g in plan["groups"] if g["group"] == "banks")
    assert "上海农商银行" in [a["name"] for a in banks["accounts"]]  # a bank, planned first
    assert by_name["上海农商银行"]["kind"] == "bank"
    order = [a["service"] or a["name"] for a in accounts]
    assert order.index("上海农商银行") < order.index("alipay") < order.index("tax_app")
    assert order.index("tax_app") < order.index("qq_mail") < order.index("wechat")
    assert order[-1] == "china_mobile"
    text = _ok(_cli(home, "plan", "--number", number))
    assert "to 王芳's number, 139 **** 1111" in text
    print("\nWang Jianguo's plan:\n" + text)


def test_impossible_and_past_dates(tmp_path: Path) -> None:
    home = tmp_path / "home"
    init_cli_vault(home)
    bad = _cli(home, "number", "add", "+8613812345678", "--cancel-on", "2027-02-30")
    assert bad.returncode == 3, bad.stderr
    assert "Traceback" not in bad.stderr
    assert "2027-02-30" in bad.stderr
    listed = json.loads(_ok(_cli(home, "list", "--json")))
    assert listed["numbers"] == []  # nothing was added
    past = (date.today() - timedelta(days=3)).isoformat()
    result = _cli(home, "number", "add", "+8613812345678", "--cancel-on", past)
    _ok(result)
    assert "in the past" in result.stderr
    both = run_cli(
        "number",
        "add",
        "+8613812345679",
        "--new-number",
        "+8613900000000",
        "--no-replacement",
        "--passphrase-stdin",
        stdin=SECRET,
        home=home,
    )
    assert both.returncode == 2  # one choice only
