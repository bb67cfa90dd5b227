"""`ringoff import`: report, then add, the accounts of a number found in a password export.

Runs ``python -m ringoff`` in a child process on the sample exports in tests/data/imports (made
by make_samples.py, whose invented secrets are searched for in everything Ringoff prints and
writes).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from helpers.vaults import PASSPHRASE, all_files_under, init_cli_vault, run_cli

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "imports"
SECRET = PASSPHRASE + "\n"


def _samples_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "ringoff_import_samples", SAMPLES / "make_samples.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _secrets() -> list[str]:
    """Every password, note, TOTP secret and custom field in the samples (first line each)."""
    out = ["pw-android-SECRET", "SECRET-NOTE-PIN 9911"]
    for entry in _samples_module().entries():
        for value in (entry.password, entry.note, entry.totp, entry.field):
            if value:
                out.append(value.splitlines()[0])
    return out


def _json(result: Any) -> Any:
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr}"
    assert "Traceback" not in result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("cli_import") / "home"
    init_cli_vault(home)
    added = run_cli(
        "number", "add", "138 1234 5678", "--region", "CN", "--owner", "Dad",
        "--passphrase-stdin", stdin=SECRET, home=home,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    return home


def _import(home: Path, file: Path, *extra: str) -> Any:
    return run_cli(
        "import", "--number", "+8613812345678", str(file), "--passphrase-stdin", *extra,
        stdin=SECRET, home=home,
    )  # fmt: skip


def _accounts(home: Path) -> tuple[str, list[dict[str, Any]]]:
    result = run_cli("list", "--json", "--passphrase-stdin", stdin=SECRET, home=home)
    data = _json(result)
    (number,) = [n for n in data["numbers"] if n["number"] == "+8613812345678"]
    return result.stdout, number["accounts"]


def _check_evidence(evidence: Any) -> None:
    assert set(evidence) == {"messages", "last", "signs_in_with_number"}
    assert evidence["messages"] is None or isinstance(evidence["messages"], int)
    assert evidence["last"] is None or len(evidence["last"]) == 10
    assert isinstance(evidence["signs_in_with_number"], bool)


def _check_shape(report: Any) -> None:
    assert set(report) == {"kind", "format", "rows", "added", "skipped", "finds"}
    assert isinstance(report["kind"], str) and isinstance(report["rows"], int)
    assert report["format"] == report["kind"]
    assert isinstance(report["skipped"], int)
    for entry in report["added"]:
        assert set(entry) == {"service", "name", "reason", "evidence"}
        assert entry["service"] is None or isinstance(entry["service"], str)
        assert isinstance(entry["name"], str) and entry["name"]
        assert entry["reason"] in (
            "uses this number",
            "texted this number",
            "official check",
            "known service",
        )
        _check_evidence(entry["evidence"])
    for find in report["finds"]:
        assert set(find) == {"service", "name", "ticked", "already", "evidence"}
        _check_evidence(find["evidence"])


def test_report_then_add_then_duplicates(home: Path, tmp_path: Path) -> None:
    sample = tmp_path / "chrome.csv"
    sample.write_bytes((SAMPLES / "chrome.csv").read_bytes())
    before = sample.read_bytes()

    dry = _json(_import(home, sample, "--json"))
    _check_shape(dry)
    assert dry["format"] == "chrome"
    assert dry["rows"] == len(_samples_module().entries()) + 1  # + the Android app row
    by_service = {e["service"]: e["reason"] for e in dry["added"] if e["service"]}
    for ident in ("google", "taobao", "jd", "alipay", "meituan"):
        assert by_service[ident] == "uses this number"
    # A known bank that signs in with a name: offered, unticked (no evidence for this number).
    assert "icbc" not in by_service
    (icbc,) = [f for f in dry["finds"] if f["service"] == "icbc"]
    assert icbc["ticked"] is False and icbc["evidence"]["signs_in_with_number"] is False
    names = {e["name"] for e in dry["added"]}
    assert not names & {"forum.example.org", "192.168.1.1", "bbs.example.cn"}  # others stay out
    assert dry["skipped"] == 0
    _, accounts = _accounts(home)
    assert accounts == []  # without --yes nothing is written

    done = _json(_import(home, sample, "--json", "--yes"))
    assert done["added"] == dry["added"]
    listed, accounts = _accounts(home)
    assert sorted(a["service"] or a["name"] for a in accounts) == sorted(
        e["service"] or e["name"] for e in dry["added"]
    )
    assert sample.read_bytes() == before  # the export is never changed

    again = _json(_import(home, sample, "--json", "--yes"))
    assert again["added"] == []
    assert again["skipped"] == len(dry["added"])
    _, accounts_after = _accounts(home)
    assert len(accounts_after) == len(accounts)

    # No password, note, TOTP or custom field anywhere: not printed, not in any file.
    text = run_cli(
        "import", "--number", "+8613812345678", str(sample), "--passphrase-stdin",
        stdin=SECRET, home=home,
    )  # fmt: skip
    assert text.returncode == 0 and "Chrome" in text.stdout
    secrets = _secrets()
    outputs = listed + json.dumps(done, ensure_ascii=False) + text.stdout + text.stderr
    for secret in secrets:
        assert secret not in outputs
    for path in all_files_under(home):
        data = path.read_bytes()
        for secret in secrets:
            assert secret.encode("utf-8") not in data, path.name
            assert secret.encode("utf-16-le") not in data, path.name
    assert sample.read_bytes() == before


def test_other_formats_report_their_format(home: Path) -> None:
    report = _json(_import(home, SAMPLES / "firefox.csv", "--json"))
    assert report["format"] == "firefox"
    assert report["rows"] > 0


def test_a_damaged_file_is_a_plain_message_and_changes_nothing(home: Path) -> None:
    _, before = _accounts(home)
    bad = SAMPLES / "malformed.csv"
    original = bad.read_bytes()
    result = _import(home, bad, "--yes", "--json")
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr
    assert "Line" in result.stderr
    assert result.stdout == ""
    assert bad.read_bytes() == original
    _, after = _accounts(home)
    assert after == before


def test_not_an_export_and_unknown_number(home: Path) -> None:
    result = _import(home, SAMPLES / "not_export.csv", "--json")
    assert result.returncode == 3 and "Traceback" not in result.stderr
    missing = run_cli(
        "import", "--number", "+8613900000001", str(SAMPLES / "chrome.csv"),
        "--passphrase-stdin", stdin=SECRET, home=home,
    )  # fmt: skip
    assert missing.returncode == 3 and "not in this vault" in missing.stderr


def test_escape_sequences_in_names_are_never_printed(home: Path, tmp_path: Path) -> None:
    evil = tmp_path / "evil.csv"
    evil.write_text(
        "name,url,username,password\n\x1b]52;c;aGVsbG8=\x07Evil\x1b[31m shop,,13812345678,pw\n",
        encoding="utf-8",
    )
    for extra in ((), ("--json",)):
        result = _import(home, evil, *extra)
        assert result.returncode == 0, result.stderr
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout
        assert "Evil" in result.stdout
