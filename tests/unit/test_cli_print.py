"""`ringoff print`: the checklist PDF from the command line, in a child process as a user runs it.

The PDF's text is read back with pdftotext; without it those checks are skipped.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from helpers.vaults import PASSPHRASE, init_cli_vault, run_cli

SECRET = PASSPHRASE + "\n"

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None,
    reason="pdftotext (poppler-utils) is not installed, so the PDF text cannot be read back",
)


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True)
    assert out.returncode == 0, out.stderr
    return out.stdout.decode("utf-8")


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vault with one Chinese number: ICBC (to do), Alipay (to do), Taobao (done)."""
    home = tmp_path_factory.mktemp("print") / "home"
    init_cli_vault(home)
    ok(
        run_cli(
            "number", "add", "138 1234 5678", "--region", "CN", "--owner", "王建国",
            "--cancel-on", "2031-03-15", "--passphrase-stdin", stdin=SECRET, home=home,
        )
    )  # fmt: skip
    for service in ("icbc", "alipay", "taobao"):
        ok(
            run_cli(
                "account", "add", "--number", "13812345678", service, "--passphrase-stdin",
                stdin=SECRET, home=home,
            )
        )  # fmt: skip
    ok(
        run_cli(
            "account", "set", "--number", "13812345678", "taobao", "--status", "done",
            "--passphrase-stdin", stdin=SECRET, home=home,
        )
    )  # fmt: skip
    return home


@needs_pdftotext
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_print_writes_a_private_pdf(home: Path, tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"list-{lang}.pdf"
    stdout = ok(
        run_cli(
            "print", "--number", "13812345678", "--out", str(out), "--lang", lang,
            "--passphrase-stdin", stdin=SECRET, home=home,
        )
    )  # fmt: skip
    assert stdout.strip() == str(out)
    assert out.read_bytes().startswith(b"%PDF-")
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left
    text = pdf_text(out)
    flat = " ".join(text.split())
    assert "王建国" in text
    assert "138 **** 5678" in text and "138 1234 5678" not in text
    if lang == "zh_CN":
        assert "共 3 项，已完成 1 项。" in flat  # the labels are translated too
        assert "中国工商银行" in text and "支付宝" in text
        assert "2031年3月15日" in text
        assert "打开中国工商银行手机银行App" in "".join(text.split())  # an ICBC step, in Chinese
        assert re.search(r"已经办好：淘宝", flat)
    else:
        assert "1 of 3 done." in flat
        assert "Industrial and Commercial Bank of China" in flat
        assert "Open the ICBC mobile-banking app" in flat.replace("- ", "-")
        assert "Saturday 15 March 2031" in flat
        assert re.search(r"Already done: Taobao", flat)
        assert "中国工商银行" not in text


@needs_pdftotext
def test_print_whole_number_and_no_display(home: Path, tmp_path: Path) -> None:
    out = tmp_path / "whole.pdf"
    # A terminal without a display and without QT_QPA_PLATFORM: the command picks offscreen.
    ok(
        run_cli(
            "print", "--number", "+8613812345678", "--out", str(out), "--whole-number",
            "--lang", "en", "--passphrase-stdin", stdin=SECRET, home=home,
            env={"QT_QPA_PLATFORM": "", "DISPLAY": "", "WAYLAND_DISPLAY": ""},
        )
    )  # fmt: skip
    assert "138 1234 5678" in pdf_text(out)


def test_print_user_errors_exit_3(home: Path, tmp_path: Path) -> None:
    cases = [
        (["--number", "13900000000", "--out", str(tmp_path / "a.pdf")], "13900000000"),
        (["--number", "13812345678", "--out", str(tmp_path / "missing" / "a.pdf")], "missing"),
        (["--number", "13812345678", "--out", str(tmp_path)], str(tmp_path)),
    ]
    for args, mentioned in cases:
        result = run_cli(
            "print", *args, "--lang", "en", "--passphrase-stdin", stdin=SECRET, home=home
        )
        assert result.returncode == 3, (args, result.stderr)
        assert "Traceback" not in result.stderr
        assert mentioned in result.stderr
    wrong = run_cli(
        "print", "--number", "13812345678", "--out", str(tmp_path / "b.pdf"),
        "--passphrase-stdin", stdin="not the passphrase\n", home=home,
    )  # fmt: skip
    assert wrong.returncode == 3
    assert not list(tmp_path.glob("*.pdf"))
