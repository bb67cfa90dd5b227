"""The README's recipe for opening a vault without Ringoff works, as written."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from helpers.vaults import MARKER_ASCII, MARKER_CHINESE, make_vault

from ringoff.core.model import Account, PhoneNumber

ROOT = Path(__file__).resolve().parents[2]


def _recipe() -> str:
    readme = (ROOT / "README.md").read_text("utf-8")
    block = re.search(
        r"<!-- open-format-recipe -->\s*```python\n(.*?)```\s*<!-- /open-format-recipe -->",
        readme,
        re.S,
    )
    assert block is not None, "the README lost its recipe"
    return block.group(1)


def test_the_readme_recipe_opens_a_vault(tmp_path: Path) -> None:
    vault, recovery = make_vault(tmp_path / "data", name="ringoff.vault")
    person = vault.add_person(MARKER_CHINESE)
    number = vault.add_number(PhoneNumber(e164="+8613812345678", person_id=person.id, region="CN"))
    vault.add_accounts([Account(number_id=number.id, name=MARKER_ASCII)])
    vault.close()
    script = tmp_path / "open_vault.py"
    script.write_text(_recipe(), "utf-8")
    # As a person types it from the Emergency Kit: groups separated by spaces, lower case.
    typed = recovery.replace("-", " ").lower()
    result = subprocess.run(
        [sys.executable, "-I", str(script), str(vault.path)],
        input=typed + "\n",
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert f"+8613812345678\t{MARKER_CHINESE}\t{MARKER_ASCII}" in result.stdout


def test_the_recipe_needs_only_sqlcipher3() -> None:
    imports = set(re.findall(r"^import (\w+)", _recipe(), re.M))
    assert imports == {"sys", "sqlcipher3"}
