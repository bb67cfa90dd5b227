"""What ships, tried as a person installs it: the wheel, in a fresh virtual environment outside
the checkout, with no path into the source tree.

The first release passed every test from a checkout and shipped a wheel with no catalog and no
Chinese. These tests build the wheel (``pip wheel .``), install it NOT editable into a new venv
in a temporary folder, and run the installed ``ringoff`` from another folder: the catalog is
complete, Chinese is there, the demo shows accounts, a long checklist prints, and the command
line's round trip works.

Marked ``installed`` (minutes: the venv installs PySide6); `.ci/run` runs them after the
README's test command: ``python -m pytest -m installed tests/installed``.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
import venv
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.installed

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple 2024"
HAN = "\u4e00-\u9fff"


class Installed:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.bin = folder / "venv" / ("Scripts" if os.name == "nt" else "bin")
        self.python = self.bin / ("python.exe" if os.name == "nt" else "python")
        self.work = folder / "elsewhere"  # the current folder: not the checkout
        self.work.mkdir()
        self.home = folder / "home"

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
        env.update(
            {
                "RINGOFF_HOME": str(self.home),
                "QT_QPA_PLATFORM": "offscreen",
                "PYTHONNOUSERSITE": "1",
                "LANG": "en_US.UTF-8",
                "LANGUAGE": "",
                "LC_ALL": "",
            }
        )
        env.update(extra)
        return env

    def run(
        self, *args: str, stdin: str = "", timeout: float = 180, **extra: str
    ) -> subprocess.CompletedProcess[str]:
        script = self.bin / ("ringoff.exe" if os.name == "nt" else "ringoff")
        return subprocess.run(
            [str(script), *args],
            input=stdin,
            capture_output=True,
            text=True,
            cwd=self.work,
            env=self.env(**extra),
            timeout=timeout,
            check=False,
        )

    def python_code(self, code: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.python), "-c", code],
            capture_output=True,
            text=True,
            cwd=self.work,
            env=self.env(**extra),
            timeout=180,
            check=False,
        )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    folder = tmp_path_factory.mktemp("installed")
    wheels = folder / "wheels"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert build.returncode == 0, build.stdout + build.stderr
    (wheel,) = wheels.glob("ringoff-*.whl")
    venv.create(folder / "venv", with_pip=True)
    result = Installed(folder)
    # The same dependency versions as the environment running the tests (the suite has just
    # passed on them), so this checks the package, not that day's newest releases.
    pins = folder / "constraints.txt"
    freeze = subprocess.run(
        [sys.executable, "-m", "pip", "freeze", "--exclude-editable"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pins.write_text(freeze, "utf-8")
    install = subprocess.run(
        [str(result.python), "-m", "pip", "install", "-q", "-c", str(pins), str(wheel)],
        capture_output=True,
        text=True,
        cwd=result.work,
        check=False,
        timeout=900,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    yield result
    shutil.rmtree(folder, ignore_errors=True)


def test_the_package_is_not_the_checkout(installed: Installed) -> None:
    found = installed.python_code("import ringoff, sys; print(ringoff.__file__)")
    assert found.returncode == 0, found.stderr
    location = Path(found.stdout.strip()).resolve()
    assert ROOT not in location.parents, location
    assert installed.folder in location.parents


def test_lists_every_service(installed: Installed) -> None:
    result = installed.run("catalog", "--json")
    assert result.returncode == 0, result.stderr
    services = json.loads(result.stdout)
    assert len(services) >= 200
    assert {"wechat", "alipay", "icbc"} <= {s["id"] for s in services}


def test_the_catalog_cache_ships_and_is_used(installed: Installed) -> None:
    code = (
        "from ringoff.storage import resources as r; import json; "
        "print(json.dumps([str(r.resources_root()), r.shipped_catalog_cache().is_file()]))"
    )
    result = installed.python_code(code)
    assert result.returncode == 0, result.stderr
    root, has_cache = json.loads(result.stdout)
    assert installed.folder in Path(root).parents
    assert has_cache
    # The build-time cache holds every entry: a start parses none. (It may write the user's
    # cache, the same entries with the files' sizes and times, so later starts read no file.)
    assert installed.run("catalog", "--json").returncode == 0
    same = (
        "from ringoff.storage import resources as r; import json\n"
        "from ringoff.core.catalog.cache import decode_cache\n"
        "seed = decode_cache(r.shipped_catalog_cache().read_bytes()).entries\n"
        "user = r.user_catalog_cache()\n"
        "mine = decode_cache(user.read_bytes()).entries if user.is_file() else seed\n"
        "print(json.dumps(bool(seed) and {k: v[:3] for k, v in mine.items()} "
        "== {k: v[:3] for k, v in seed.items()}))"
    )
    result = installed.python_code(same)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) is True


def _a_translated_message() -> tuple[str, str, str]:
    """(context, source, translation) of a finished, placeholder-free message of the .ts."""
    import xml.etree.ElementTree as ET

    ts = ROOT / "resources" / "i18n" / "ringoff_zh_CN.ts"
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            source = message.findtext("source") or ""
            if (
                node is None
                or node.get("type")
                or not node.text
                or "{" in source
                or "Ringoff" in (node.text or "")
            ):
                continue
            if message.get("numerus") or "%" in source or "&" in source or "'" in source:
                continue
            return name, source, node.text
    raise AssertionError("no translated message in the .ts")


def test_speaks_chinese(installed: Installed) -> None:
    context, source, wanted = _a_translated_message()
    code = (
        "import sys\n"
        "from ringoff.services.translations import set_language, translate\n"
        "from ringoff.core.i18n import Text\n"
        "print(set_language('zh_CN'))\n"
        "print(translate(Text(sys.argv[1], sys.argv[2])))\n"
    )
    result = subprocess.run(
        [str(installed.python), "-c", code, context, source],
        capture_output=True,
        text=True,
        cwd=installed.work,
        env=installed.env(),
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lang, text = result.stdout.split("\n")[:2]
    assert lang == "zh_CN"
    assert text == wanted, (context, source, text)
    # And the command line in Chinese: a plain message of the user's world.
    refused = installed.run("--lang", "zh_CN", "list", "--passphrase-stdin", stdin="x\n")
    assert refused.returncode == 3, refused.stderr
    assert any("\u4e00" <= ch <= "\u9fff" for ch in refused.stderr), refused.stderr


def test_the_demo_opens_and_shows_accounts(installed: Installed) -> None:
    smoke = installed.run("--demo", "--smoke", timeout=120)
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    code = (
        "import tempfile, datetime, pathlib\n"
        "from ringoff.storage.resources import load_catalog\n"
        "from ringoff.operations.demo import make_demo_vault\n"
        "folder = pathlib.Path(tempfile.mkdtemp())\n"
        "vault = make_demo_vault(load_catalog(), 'en', datetime.date.today(), folder)\n"
        "print(sum(len(vault.accounts(n.id)) for n in vault.numbers()))\n"
        "vault.close()\n"
    )
    result = installed.python_code(code)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip().splitlines()[-1]) > 10


def _init(installed: Installed) -> None:
    result = installed.run("init", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr


def test_cli_round_trip_and_a_long_checklist(installed: Installed) -> None:
    _init(installed)
    phrase = PASSPHRASE + "\n"
    added = installed.run(
        "number", "add", "+8613812345678", "--owner", "Dad", "--passphrase-stdin", stdin=phrase
    )
    assert added.returncode == 0, added.stderr
    wechat = installed.run(
        "account",
        "add",
        "--number",
        "+8613812345678",
        "wechat",
        "--passphrase-stdin",
        stdin=phrase,
    )
    assert wechat.returncode == 0, wechat.stderr
    listed = installed.run("list", "--json", "--passphrase-stdin", stdin=phrase)
    assert listed.returncode == 0, listed.stderr
    (number,) = json.loads(listed.stdout)["numbers"]
    assert [a["service"] for a in number["accounts"]] == ["wechat"]

    # 200+ accounts through one import of a browser export, then the printed checklist.
    catalog = json.loads(installed.run("catalog", "--json").stdout)
    export = installed.work / "passwords.csv"
    with export.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["name", "url", "username", "password", "note"])
        for service in catalog:
            for domain in service["domains"][:1]:
                writer.writerow([domain, f"https://{domain}/", "13812345678", "pw", ""])
    imported = installed.run(
        "import",
        "--number",
        "+8613812345678",
        str(export),
        "--yes",
        "--passphrase-stdin",
        stdin=phrase,
        timeout=300,
    )
    assert imported.returncode == 0, imported.stderr
    listed = json.loads(installed.run("list", "--json", "--passphrase-stdin", stdin=phrase).stdout)
    count = len(listed["numbers"][0]["accounts"])
    assert count >= 150, count
    pdf = installed.work / "checklist.pdf"
    printed = installed.run(
        "print",
        "--number",
        "+8613812345678",
        "--out",
        str(pdf),
        "--passphrase-stdin",
        stdin=phrase,
        timeout=300,
    )
    assert printed.returncode == 0, printed.stdout + printed.stderr
    assert "Fatal Python error" not in printed.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    assert pdf.stat().st_size > 20_000
