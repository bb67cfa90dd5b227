"""Helpers for tests that need a vault or the command line.

* :func:`make_vault` creates a real vault quickly (the cheap test KDF, never the default one).
* :class:`FakeClock` is a clock that tests move by hand.
* :func:`run_cli` runs ``python -m ringoff`` in a child process with a private home folder.
* :func:`snapshot` and :func:`raw_bytes_of` read files as bytes, to prove nothing changed and
  that nothing readable was written.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ringoff.storage import keys
from ringoff.storage import vault as vault_mod

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "gui"
PYTHON = sys.executable
CLI_CHILD = Path(__file__).resolve().with_name("cli_child.py")

PASSPHRASE = "correct horse battery staple"
#: Markers entered as user data; the raw bytes of every file on disk are searched for them.
MARKER_ASCII = "ZqxMarker7781"
MARKER_CHINESE = "王建国标记"
MARKERS: tuple[bytes, ...] = (
    MARKER_ASCII.encode("utf-8"),
    MARKER_CHINESE.encode("utf-8"),
    MARKER_ASCII.encode("utf-16-le"),
    MARKER_CHINESE.encode("utf-16-le"),
)


@dataclass
class FakeClock:
    """A clock that moves only when told to (UTC, timezone-aware)."""

    now: datetime = field(default_factory=lambda: datetime(2026, 3, 1, 9, 0, tzinfo=UTC))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now = self.now + timedelta(**delta)


def make_vault(
    folder: Path,
    name: str = "test.ringoff",
    passphrase: str = PASSPHRASE,
    clock: FakeClock | None = None,
) -> tuple[vault_mod.Vault, str]:
    """A new open vault in *folder* (cheap KDF) and its recovery key."""
    folder.mkdir(parents=True, exist_ok=True)
    return vault_mod.create_vault(
        folder / name, passphrase, kdf=keys.TEST_KDF, clock=clock or FakeClock()
    )


def open_with_passphrase(
    path: Path, passphrase: str = PASSPHRASE, **kwargs: object
) -> vault_mod.Vault:
    raw = vault_mod.unlock_with_passphrase(path, passphrase)
    return vault_mod.open_vault(path, raw, **kwargs)  # type: ignore[arg-type]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(paths: Iterable[Path]) -> dict[str, bytes | None]:
    """Every file's bytes (None when missing, "<dir>" marker for a folder) to compare later."""
    result: dict[str, bytes | None] = {}
    for p in paths:
        if p.is_dir():
            result[str(p)] = b"<dir>" + repr(sorted(os.listdir(p))).encode()
        elif p.exists():
            result[str(p)] = p.read_bytes()
        else:
            result[str(p)] = None
    return result


def vault_files(vault_path: Path) -> list[Path]:
    """The vault and everything Ringoff keeps beside it (key, WAL, shared memory, lock)."""
    return [
        vault_path,
        keys.key_file_path(vault_path),
        Path(f"{vault_path}-wal"),
        Path(f"{vault_path}-shm"),
        Path(f"{vault_path}.lock"),
    ]


def all_files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def markers_in(data: bytes) -> list[bytes]:
    return [m for m in MARKERS if m in data]


# --- the command line in a child process ---------------------------------------------------


def cli_env(home: Path, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RINGOFF_")}
    env.update(
        {
            "PYTHONPATH": str(GUI),
            "RINGOFF_HOME": str(home),
            "QT_QPA_PLATFORM": "offscreen",
            "LC_ALL": "en_US.UTF-8",
            "LANG": "en_US.UTF-8",
            "PYTHONIOENCODING": "utf-8",
            "PYTHONDONTWRITEBYTECODE": "1",
        }
    )
    if extra:
        env.update(extra)
    return env


def run_cli(
    *args: str,
    stdin: str = "",
    home: Path,
    env: Mapping[str, str] | None = None,
    timeout: float = 60,
    python_args: Iterable[str] = (),
) -> subprocess.CompletedProcess[str]:
    """Run ``ringoff *args`` (cheap test KDF, see cli_child.py) with *stdin*; text results."""
    return subprocess.run(
        [PYTHON, *python_args, str(CLI_CHILD), *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=cli_env(home, env),
        cwd=str(ROOT),
        timeout=timeout,
        check=False,
    )


def default_vault(home: Path) -> Path:
    """Where ``ringoff`` keeps its vault when RINGOFF_HOME is *home*."""
    return home / "data" / "ringoff.vault"


def init_cli_vault(home: Path, passphrase: str = PASSPHRASE) -> str:
    """Create the default vault under *home* through the CLI; return its recovery key."""
    result = run_cli("init", "--passphrase-stdin", stdin=passphrase + "\n", home=home)
    assert result.returncode == 0, result.stderr
    lines = [ln.strip() for ln in result.stdout.splitlines() if ln.strip()]
    return lines[-1]
