"""Promise: a damaged, foreign or newer vault, or a wrong secret, never changes a byte.

Each case hands the command line a bad vault (or a bad secret). It must end with exit code 3,
one plain line on stderr and no traceback, and every input file must be byte-identical after.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlcipher3
from helpers.vaults import (
    MARKER_ASCII,
    PASSPHRASE,
    make_vault,
    run_cli,
    snapshot,
)

from ringoff.core.model import Account, PhoneNumber
from ringoff.storage import keys

PAGE = 4096


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A closed vault with some data, and its recovery key."""
    folder = tmp_path_factory.mktemp("good")
    vault, recovery = make_vault(folder, name="v.ringoff")
    person = vault.add_person(MARKER_ASCII)
    number = vault.add_number(PhoneNumber(e164="+8613812345678", person_id=person.id, region="CN"))
    vault.add_accounts(
        [Account(number_id=number.id, name=f"account {i} " + "x" * 200) for i in range(60)]
    )
    vault.close()
    Path(f"{vault.path}.lock").unlink()
    return vault.path, recovery


@pytest.fixture(scope="module")
def other_recovery(tmp_path_factory: pytest.TempPathFactory) -> str:
    vault, recovery = make_vault(tmp_path_factory.mktemp("other"))
    vault.close()
    return recovery


def _flip(offset_of: Callable[[int], int]) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        data = bytearray(path.read_bytes())
        data[offset_of(len(data))] ^= 0x04
        path.write_bytes(bytes(data))

    return damage


def _truncate(size_of: Callable[[int], int]) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        data = path.read_bytes()
        path.write_bytes(data[: size_of(len(data))])

    return damage


def _random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(11).randbytes(path.stat().st_size))


def _plain_sqlite(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE people (id TEXT, name TEXT)")
    conn.execute("INSERT INTO people VALUES ('1', 'someone')")
    conn.commit()
    conn.close()


def _directory(path: Path) -> None:
    path.unlink()
    path.mkdir()
    (path / "inside.txt").write_text("a file in a folder")


def _newer_schema(recovery: str) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        conn = sqlcipher3.connect(str(path))
        conn.execute(keys.sqlcipher_key_pragma(keys.parse_recovery_key(recovery)))
        conn.execute("PRAGMA user_version = 99")
        conn.commit()
        conn.close()

    return damage


def _damaged_key_file(path: Path) -> None:
    key = keys.key_file_path(path)
    key.write_bytes(key.read_bytes()[:100])


def _other_key_file(path: Path) -> None:
    """A key file for the same passphrase, but wrapping another vault's key."""
    kf = keys.wrap(keys.new_raw_key(), PASSPHRASE, "other", keys.TEST_KDF)
    keys.write_key_file(path, kf)


FILE_DAMAGE: dict[str, Callable[[Path], None]] = {
    "zero bytes": _truncate(lambda n: 0),
    "truncated to 100 bytes": _truncate(lambda n: 100),
    "truncated to one page": _truncate(lambda n: PAGE),
    "truncated to half": _truncate(lambda n: n // 2),
    "truncated mid-page": _truncate(lambda n: n - 1000),
    "flipped byte in the salt": _flip(lambda n: 3),
    "flipped byte in page 1": _flip(lambda n: 200),
    "flipped byte in page 1 hmac": _flip(lambda n: PAGE - 5),
    "flipped byte in page 2": _flip(lambda n: PAGE + 1500),
    "flipped byte in the middle": _flip(lambda n: n // 2 + 77),
    "flipped last byte": _flip(lambda n: n - 1),
    "random bytes": _random_bytes,
    "plain sqlite file": _plain_sqlite,
    "a directory": _directory,
    "damaged key file": _damaged_key_file,
    "key file of another key": _other_key_file,
}


def _prepare(good: tuple[Path, str], tmp_path: Path) -> Path:
    src, _ = good
    path = tmp_path / src.name
    shutil.copyfile(src, path)
    shutil.copyfile(keys.key_file_path(src), keys.key_file_path(path))
    return path


def _inputs(path: Path) -> list[Path]:
    return [path, keys.key_file_path(path)]


def _assert_refused_untouched(path: Path, args: list[str], stdin: str) -> str:
    before = snapshot(_inputs(path))
    result = run_cli(*args, "--vault", str(path), stdin=stdin, home=path.parent / "home")
    assert result.returncode == 3, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    assert "Traceback" not in result.stderr
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, result.stderr
    assert snapshot(_inputs(path)) == before
    return lines[0]


@pytest.mark.parametrize("case", sorted(FILE_DAMAGE))
def test_damaged_files(good: tuple[Path, str], tmp_path: Path, case: str) -> None:
    path = _prepare(good, tmp_path)
    FILE_DAMAGE[case](path)
    _assert_refused_untouched(path, ["list", "--passphrase-stdin"], PASSPHRASE + "\n")


def test_newer_schema_version(good: tuple[Path, str], tmp_path: Path) -> None:
    path = _prepare(good, tmp_path)
    _newer_schema(good[1])(path)
    line = _assert_refused_untouched(path, ["list", "--passphrase-stdin"], PASSPHRASE + "\n")
    assert "newer version" in line


def test_wrong_passphrase(good: tuple[Path, str], tmp_path: Path) -> None:
    path = _prepare(good, tmp_path)
    line = _assert_refused_untouched(path, ["list", "--passphrase-stdin"], "not it at all\n")
    assert "passphrase" in line.lower()


def test_wrong_recovery_key(good: tuple[Path, str], other_recovery: str, tmp_path: Path) -> None:
    path = _prepare(good, tmp_path)
    _assert_refused_untouched(path, ["list", "--recovery-key-stdin"], other_recovery + "\n")
    # Without the key file to compare with, the database itself refuses the other key.
    keys.key_file_path(path).unlink()
    _assert_refused_untouched(path, ["list", "--recovery-key-stdin"], other_recovery + "\n")


def test_mistyped_recovery_key(good: tuple[Path, str], tmp_path: Path) -> None:
    path = _prepare(good, tmp_path)
    recovery = good[1]
    typo = ("A" if recovery[0] != "A" else "B") + recovery[1:]
    line = _assert_refused_untouched(path, ["list", "--recovery-key-stdin"], typo + "\n")
    assert "typing mistake" in line


def test_missing_key_file_offers_the_recovery_key(good: tuple[Path, str], tmp_path: Path) -> None:
    path = _prepare(good, tmp_path)
    keys.key_file_path(path).unlink()
    line = _assert_refused_untouched(path, ["list", "--passphrase-stdin"], PASSPHRASE + "\n")
    assert "recovery key" in line
    result = run_cli(
        "list",
        "--vault",
        str(path),
        "--recovery-key-stdin",
        stdin=good[1] + "\n",
        home=tmp_path / "home",
    )
    assert result.returncode == 0, result.stderr
    assert "account 59" in result.stdout


def test_damaged_key_file_with_the_recovery_key_opens(
    good: tuple[Path, str], tmp_path: Path
) -> None:
    path = _prepare(good, tmp_path)
    _damaged_key_file(path)
    result = run_cli(
        "list",
        "--vault",
        str(path),
        "--recovery-key-stdin",
        stdin=good[1] + "\n",
        home=tmp_path / "home",
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0,
    reason="root ignores file permissions; the read-only check is covered by "
    "tests/unit/storage/vault/test_opening.py::test_read_only_file_or_folder (os.access patched)",
)
def test_read_only_file(good: tuple[Path, str], tmp_path: Path) -> None:
    path = _prepare(good, tmp_path)
    path.chmod(0o400)
    try:
        _assert_refused_untouched(path, ["list", "--passphrase-stdin"], PASSPHRASE + "\n")
    finally:
        path.chmod(0o600)


def test_the_good_vault_opens(good: tuple[Path, str], tmp_path: Path) -> None:
    """The control: the undamaged copy opens, so the refusals above are about the damage."""
    path = _prepare(good, tmp_path)
    result = run_cli(
        "list", "--vault", str(path), "--passphrase-stdin", stdin=PASSPHRASE + "\n", home=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "account 0" in result.stdout
