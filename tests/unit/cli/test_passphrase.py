"""``ringoff init`` and ``ringoff passwd`` refuse a common password in plain words (exit 3)."""

from __future__ import annotations

from pathlib import Path

from helpers.vaults import PASSPHRASE, default_vault, init_cli_vault, run_cli


def test_init_and_passwd_refuse_common_passwords(tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = run_cli("init", "--passphrase-stdin", stdin="P@ssword1\n", home=home)
    assert result.returncode == 3, result.stderr
    assert "most common passwords" in result.stderr and "Traceback" not in result.stderr
    assert not default_vault(home).exists()
    result = run_cli("init", "--lang", "zh_CN", "--passphrase-stdin", stdin="我的密码\n", home=home)
    assert result.returncode == 3 and "Traceback" not in result.stderr
    assert any("\u4e00" <= ch <= "\u9fff" for ch in result.stderr.replace("我的密码", ""))
    assert not default_vault(home).exists()

    init_cli_vault(home)
    before = (default_vault(home).with_suffix(".vault.key")).read_bytes()
    result = run_cli("passwd", "--passphrase-stdin", stdin=f"{PASSPHRASE}\nqwerty12\n", home=home)
    assert result.returncode == 3, result.stderr
    assert "most common passwords" in result.stderr
    assert default_vault(home).with_suffix(".vault.key").read_bytes() == before
