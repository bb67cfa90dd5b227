"""`ringoff print`: the checklist PDF from the command line, in a child process as a user runs it.

The PDF's text is read back with pdftotext; without it those checks are skipped.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from helpers.vaults import CLI_CHILD, PASSPHRASE, PYTHON, ROOT, cli_env, init_cli_vault, run_cli

SECRET = PASSPHRASE + "\n"

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None,
    reason="pdftotext (poppler-utils) is not installed, so the PDF text cannot be read back",
)


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True)
    assert out.returncode == 0, out.stderr
    return out.stdout.decode("utf-8")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Wang Jianguo's number, moving to his daughter's: ICBC (to do), Alipay (to do), Taobao
    (done) and 上海农商银行, a bank the catalog does not know, added by name as a bank."""
    home = tmp_path_factory.mktemp("print") / "home"
    init_cli_vault(home)
    ok(
        run_cli(
            "number", "add", "138 1234 5678", "--region", "CN", "--owner", "王建国",
            "--cancel-on", "2031-03-15", "--replace-with-family", "王芳:139 0000 1111",
            "--passphrase-stdin", stdin=SECRET, home=home,
        )
    )  # fmt: skip
    ok(
        run_cli(
            "account", "add", "--number", "13812345678", "--name", "上海农商银行", "--kind",
            "bank", "--passphrase-stdin", stdin=SECRET, home=home,
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
        assert "已办好 1 · 办不了 0 · 待办 3" in flat  # the labels are translated too
        assert "中国工商银行" in text and "支付宝" in text
        assert "2031年3月15日" in text
        assert "打开中国工商银行手机银行App" in "".join(text.split())  # an ICBC step, in Chinese
        assert re.search(r"已经办好：淘宝", flat)
        # The bank visits list names the local bank added by name; each bank page says which
        # number to change to and gives the clerk one sentence.
        visits = flat[flat.index("去银行") : flat.index("1. ")]
        # (ICBC's steps are in its app since the catalog update of 2026-12, so no visit.)
        assert "上海农商银行" in visits and "中国工商银行" not in visits
        assert "王芳" in flat and "139 **** 1111" in flat
        assert "给柜员看" in flat
        # The text layer holds the real characters, not Kangxi radical look-alikes (⼯ ⾏).
        assert not re.search("[\u2f00-\u2fdf\u2e80-\u2eff]", text)
        assert "工商银行" in text and "农商银行" in text
    else:
        assert "1 done · 0 can't be done · 3 to do" in flat
        assert "Industrial and Commercial Bank of China" in flat
        assert "Open the ICBC mobile-banking app" in flat.replace("- ", "-")
        assert "Saturday 15 March 2031" in flat
        assert re.search(r"Already done: Taobao", flat)
        assert "中国工商银行" not in text
        assert "to 王芳's number, 139 **** 1111" in flat.replace("王 芳", "王芳")  # wrapped
        assert "Show this to the clerk:" in flat


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


# Runs ``ringoff print`` as cli_child.py does (the cheap test KDF), then reports which modules
# the command loaded: the PDF needs fonts, so a QGuiApplication, never the widgets.
NO_WIDGETS_PROBE = """
import json, runpy, sys
main = runpy.run_path(sys.argv.pop(1))["main"]
code = main(sys.argv[1:])
print(json.dumps({
    "code": code,
    "loaded": sorted(m for m in sys.modules if m.startswith(("PySide6", "ringoff.ui"))),
}))
"""


def test_print_never_loads_the_widgets(home: Path, tmp_path: Path) -> None:
    out = tmp_path / "list.pdf"
    result = subprocess.run(
        [PYTHON, "-c", NO_WIDGETS_PROBE, str(CLI_CHILD), "print", "--number", "13812345678",
         "--out", str(out), "--lang", "zh_CN", "--passphrase-stdin"],
        input=SECRET, capture_output=True, text=True, encoding="utf-8",
        env=cli_env(home, None), cwd=str(ROOT), timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    assert out.read_bytes().startswith(b"%PDF-")
    loaded = report["loaded"]
    assert "PySide6.QtGui" in loaded  # the probe sees Qt at all
    assert "PySide6.QtWidgets" not in loaded
    assert "PySide6.QtPrintSupport" not in loaded
    assert not [m for m in loaded if m.startswith("ringoff.ui")], loaded


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


def _page_size(path: Path) -> str:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    match = re.search(r"^Page size:\s+(.*)$", out.stdout, re.M)
    assert match, out.stdout
    return match.group(1)


@needs_pdftotext
def test_paper_size_follows_the_locale(home: Path, tmp_path: Path) -> None:
    sizes = {}
    for name, env, extra in (
        ("us", {"LC_ALL": "", "LC_PAPER": "en_US.UTF-8", "LANG": "en_US.UTF-8"}, []),
        ("cn", {"LC_ALL": "", "LC_PAPER": "zh_CN.UTF-8", "LANG": "zh_CN.UTF-8"}, []),
        ("forced", {"LC_ALL": "", "LC_PAPER": "en_US.UTF-8"}, ["--paper", "a4"]),
    ):
        out = tmp_path / f"{name}.pdf"
        ok(
            run_cli(
                "print", "--number", "13812345678", "--out", str(out), "--lang", "en", *extra,
                "--passphrase-stdin", stdin=SECRET, home=home, env=env,
            )
        )  # fmt: skip
        sizes[name] = _page_size(out)
    assert "letter" in sizes["us"].lower() or sizes["us"].startswith("612 x 792")
    assert "A4" in sizes["cn"] or sizes["cn"].startswith("595")
    assert "A4" in sizes["forced"] or sizes["forced"].startswith("595")
