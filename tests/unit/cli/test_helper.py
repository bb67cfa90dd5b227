"""``ringoff reminders on|off|status`` in child processes: the helper really starts at once.

The login entry goes to a throwaway home (HOME and XDG_CONFIG_HOME); the helper is a real
``ringoff agent`` process, with no notification service (RINGOFF_NOTIFY=none), found through its
local socket and stopped by ``reminders off`` (and by the test, whatever happens).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.vaults import default_vault, run_cli

from ringoff.services.agent import helper_is_running, stop_helper


@pytest.fixture
def home(tmp_path: Path, qapp: object) -> Iterator[Path]:
    home = tmp_path / "home"
    yield home
    stop_helper(default_vault(home).resolve())


def _env(home: Path) -> dict[str, str]:
    return {
        "HOME": str(home / "user"),
        "XDG_CONFIG_HOME": str(home / "user" / ".config"),
        "RINGOFF_NOTIFY": "none",
    }


def _wait(condition: object, seconds: float = 20) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


def test_on_starts_the_helper_now_and_at_login_off_stops_both(home: Path) -> None:
    from unit.cli.test_reminders import _vault_with_a_number, write_app_schedule

    path = _vault_with_a_number(home, 20).resolve()
    write_app_schedule(path)
    env = _env(home)
    entry = home / "user" / ".config" / "autostart" / "ringoff-reminders.desktop"

    status = run_cli("reminders", "status", "--json", home=home, env=env)
    assert status.returncode == 0, status.stderr
    report = json.loads(status.stdout)
    assert report["on"] is False and report["login_entry"] is None
    assert report["helper_running"] is False
    assert report["next"] is not None and report["next"].endswith("Z")

    on = run_cli("reminders", "on", home=home, env=env)
    assert on.returncode == 0, on.stderr
    assert "are on" in on.stdout and str(entry) in on.stdout
    assert entry.is_file() and f"agent --vault {path}" in entry.read_text("utf-8")
    assert _wait(lambda: helper_is_running(path)), "the helper did not start at once"

    report = json.loads(run_cli("reminders", "status", "--json", home=home, env=env).stdout)
    assert report["on"] is True and report["login_entry"] == str(entry)
    assert report["helper_running"] is True
    # Turning it on again starts no second helper (one per vault).
    assert run_cli("reminders", "on", home=home, env=env).returncode == 0

    off = run_cli("reminders", "off", home=home, env=env)
    assert off.returncode == 0, off.stderr
    assert "are off" in off.stdout
    assert not entry.exists()
    assert _wait(lambda: not helper_is_running(path)), "the helper did not quit"


def test_status_in_chinese(home: Path) -> None:
    from unit.cli.test_reminders import _vault_with_a_number, write_app_schedule

    path = _vault_with_a_number(home, 20)
    result = run_cli("--lang", "zh_CN", "reminders", "status", home=home, env=_env(home))
    assert result.returncode == 0, result.stderr
    assert "提醒已关闭" in result.stdout
    write_app_schedule(path)
    result = run_cli("--lang", "zh_CN", "reminders", "status", home=home, env=_env(home))
    # The next reminder in Chinese words ("12月11日 星期五 09:00"), not an ISO date.
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("下一次提醒")]
    when = line.split("：", 1)[1]
    assert "月" in when and "星期" in when and "-" not in when, result.stdout
