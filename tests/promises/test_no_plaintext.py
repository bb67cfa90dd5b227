"""Promise: nothing a person enters is readable in any file Ringoff writes.

The command line is used the way a person would (create, add a number and accounts, change the
passphrase, back up), with marker strings as the data. Then every byte of every file under the
home folder and the backup folder is searched for the markers, in UTF-8 and UTF-16.
tests/unit/storage/vault/test_opening.py does the same for every kind of data through the library.
"""

from __future__ import annotations

from pathlib import Path

from helpers.vaults import (
    MARKER_ASCII,
    MARKER_CHINESE,
    MARKERS,
    PASSPHRASE,
    all_files_under,
    markers_in,
    run_cli,
)

BOTH = f"{MARKER_ASCII} {MARKER_CHINESE}"
NEW_PASSPHRASE = "another long passphrase 另一个"


def test_cli_session_leaves_no_plaintext(tmp_path: Path) -> None:
    home = tmp_path / "home"
    secret = PASSPHRASE + "\n"
    steps: list[tuple[tuple[str, ...], str]] = [
        (("init", "--passphrase-stdin"), secret),
        (
            (
                "number",
                "add",
                "13812345678",
                "--region",
                "CN",
                "--owner",
                BOTH,
                "--carrier",
                BOTH,
                "--cancel-on",
                "2027-03-15",
                "--passphrase-stdin",
            ),
            secret,
        ),
        (
            ("account", "add", "--name", BOTH, "--number", "+8613812345678", "--passphrase-stdin"),
            secret,
        ),
        (
            (
                "account",
                "set",
                BOTH,
                "--number",
                "+8613812345678",
                "--status",
                "cannot",
                "--reason",
                BOTH,
                "--passphrase-stdin",
            ),
            secret,
        ),
        (
            ("backup", "--out", str(tmp_path / "out" / "b.ringoff-backup"), "--passphrase-stdin"),
            secret,
        ),
        (("passwd", "--passphrase-stdin"), f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n"),
    ]
    for args, stdin in steps:
        result = run_cli(*args, stdin=stdin, home=home)
        assert result.returncode == 0, (args, result.stderr)
    listed = run_cli("list", "--json", "--passphrase-stdin", stdin=NEW_PASSPHRASE + "\n", home=home)
    # The control: the data really went in, so its absence from the files means something.
    assert listed.returncode == 0 and listed.stdout.count(MARKER_CHINESE) >= 2

    files = all_files_under(tmp_path)
    names = {f.name for f in files}
    assert {"ringoff.vault", "ringoff.vault.key", "b.ringoff-backup"} <= names
    # backup --out FILE writes that file and nothing beside it (issue 15).
    assert "b.ringoff-backup.key" not in names
    for f in files:
        data = f.read_bytes()
        assert markers_in(data) == [], f"user data readable in {f}"
        # Neither passphrase is stored anywhere either.
        for phrase in (PASSPHRASE, NEW_PASSPHRASE):
            assert phrase.encode() not in data, f"a passphrase is readable in {f}"
    assert len(MARKERS) == 4
