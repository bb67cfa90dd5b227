"""`ringoff list --json` tells a received number ("this number was someone else's") by its mode."""

from __future__ import annotations

import json
from pathlib import Path

from helpers.vaults import PASSPHRASE, default_vault, make_vault, run_cli

from ringoff.core.model import NumberMode, PhoneNumber


def test_list_json_gives_each_number_its_mode(tmp_path: Path) -> None:
    home = tmp_path / "home"
    path = default_vault(home)
    vault, _ = make_vault(path.parent, name=path.name)
    with vault:
        me = vault.find_or_add_person("Me")
        vault.add_number(PhoneNumber(e164="+8613812345678", person_id=me.id, region="CN"))
        vault.add_number(
            PhoneNumber(
                e164="+8613912345678", person_id=me.id, region="CN", mode=NumberMode.RECEIVED
            )
        )

    result = run_cli("list", "--json", "--passphrase-stdin", stdin=PASSPHRASE + "\n", home=home)
    assert result.returncode == 0, result.stderr
    modes = {n["number"]: n["mode"] for n in json.loads(result.stdout)["numbers"]}
    assert modes == {"+8613812345678": "own", "+8613912345678": "received"}
