"""The next start knows when Ringoff did not close normally, and what it may show of it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from ringoff.services.crash import fault_log_details
from ringoff.storage.runmarker import RunMarker

ROOT = Path(__file__).resolve().parents[3]


def test_a_normal_quit_leaves_nothing(tmp_path: Path) -> None:
    marker = RunMarker(tmp_path / "v.ringoff")
    assert not marker.previous().ended_badly
    marker.begin(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    assert marker.path.exists()
    assert json.loads(marker.path.read_text())["pid"] == os.getpid()
    assert marker.path.stat().st_mode & 0o777 == 0o600
    marker.end()
    assert not marker.path.exists() and not marker.crash_path.exists()
    assert not RunMarker(tmp_path / "v.ringoff").previous().ended_badly


def test_a_marker_of_a_running_window_is_not_a_crash(tmp_path: Path) -> None:
    marker = RunMarker(tmp_path / "v.ringoff")
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        marker.path.write_text(json.dumps({"pid": sleeper.pid, "started": "2026-12-01T09:00"}))
        assert not marker.previous().ended_badly
    finally:
        sleeper.kill()
        sleeper.wait()
    assert marker.previous().ended_badly  # that process is gone now


def test_an_abort_is_noticed_with_safe_details(tmp_path: Path) -> None:
    """A process that dies of a fatal error (as PySide6 6.12.0 made Ringoff do) leaves the
    marker and the native stack; the details shown hold no folder names."""
    vault = tmp_path / "private-folder-of-wang" / "v.ringoff"
    vault.parent.mkdir()
    code = (
        "import sys, ctypes; sys.path.insert(0, sys.argv[1])\n"
        "from pathlib import Path\n"
        "from ringoff.storage.runmarker import RunMarker\n"
        "RunMarker(Path(sys.argv[2])).begin()\n"
        "ctypes.string_at(0)\n"  # a segmentation fault, like a native crash
    )
    died = subprocess.run(
        [sys.executable, "-c", code, str(ROOT / "gui"), str(vault)], capture_output=True
    )
    assert died.returncode != 0
    previous = RunMarker(vault).previous()
    assert previous.ended_badly
    assert previous.started is not None
    assert "Segmentation fault" in previous.crash_report or "Fatal" in previous.crash_report
    details = fault_log_details(previous.crash_report)
    assert "private-folder-of-wang" not in details
    assert "Ringoff" in details


def test_a_damaged_marker_still_counts(tmp_path: Path) -> None:
    marker = RunMarker(tmp_path / "v.ringoff")
    marker.path.write_bytes(b"\xff\x00 not json")
    assert marker.previous().ended_badly
