"""The command line's key and backup commands: new-recovery-key, backup --out FILE|FOLDER,
overwrite refusal, restore that asks for another vault's backup, and a full disk (exit 3)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from helpers.vaults import PASSPHRASE, default_vault, init_cli_vault, run_cli

from ringoff.storage import keys

SECRET = PASSPHRASE + "\n"


def _ok(result: Any) -> str:
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr}"
    assert "Traceback" not in result.stderr
    return str(result.stdout)


def _user_error(result: Any) -> str:
    assert result.returncode == 3, f"exit {result.returncode}: {result.stdout} {result.stderr}"
    assert "Traceback" not in result.stderr
    return str(result.stderr)


def test_new_recovery_key_prints_a_key_in_force_and_the_passphrase_keeps_working(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    old = init_cli_vault(home)
    (home / "data" / "backups").mkdir()
    _ok(
        run_cli(
            "backup",
            "--out",
            str(home / "data" / "backups"),
            "--passphrase-stdin",
            stdin=SECRET,
            home=home,
        )
    )
    out = _ok(run_cli("new-recovery-key", "--passphrase-stdin", stdin=SECRET, home=home))
    new = out.strip().splitlines()[-1]
    assert keys.parse_recovery_key(new) != keys.parse_recovery_key(old)
    assert "in force" in out
    _ok(run_cli("list", "--passphrase-stdin", stdin=SECRET, home=home))
    _ok(run_cli("list", "--recovery-key-stdin", stdin=new + "\n", home=home))
    _user_error(run_cli("list", "--recovery-key-stdin", stdin=old + "\n", home=home))
    # The backup went with it: the old key opens nothing.
    (backup,) = (home / "data" / "backups").glob("*.ringoff-backup")
    _user_error(
        run_cli("restore", str(backup), "--recovery-key-stdin", stdin=old + "\n", home=home)
    )


def test_backup_out_refuses_an_existing_file_and_writes_no_second_file(tmp_path: Path) -> None:
    """Issue 15: `backup --out FILE` overwrote an unrelated file and wrote FILE.key beside it."""
    home = tmp_path / "home"
    init_cli_vault(home)
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear Wang", encoding="utf-8")
    err = _user_error(
        run_cli("backup", "--out", str(letter), "--passphrase-stdin", stdin=SECRET, home=home)
    )
    assert "--force" in err
    assert letter.read_text(encoding="utf-8") == "Dear Wang"
    target = tmp_path / "copy.ringoff-backup"
    _ok(run_cli("backup", "--out", str(target), "--passphrase-stdin", stdin=SECRET, home=home))
    assert target.exists() and not keys.key_file_path(target).exists()
    _user_error(
        run_cli("backup", "--out", str(target), "--passphrase-stdin", stdin=SECRET, home=home)
    )
    _ok(
        run_cli(
            "backup", "--out", str(target), "--force", "--passphrase-stdin", stdin=SECRET, home=home
        )
    )
    # Such a backup restores with the vault's own key file.
    out = _ok(run_cli("restore", str(target), "--passphrase-stdin", stdin=SECRET, home=home))
    assert "before-restore" in out


def test_backup_out_folder_names_the_backup_inside_it(tmp_path: Path) -> None:
    """Issue 23: `backup --out FOLDER` exited 1."""
    home = tmp_path / "home"
    init_cli_vault(home)
    folder = tmp_path / "usb stick"
    folder.mkdir()
    out = _ok(
        run_cli("backup", "--out", str(folder), "--passphrase-stdin", stdin=SECRET, home=home)
    )
    (made,) = folder.glob("*.ringoff-backup")
    assert str(made) in out and keys.key_file_path(made).exists()


def test_restore_of_another_vaults_backup_needs_force(tmp_path: Path) -> None:
    home, other_home = tmp_path / "home", tmp_path / "other"
    init_cli_vault(home)
    init_cli_vault(other_home, "their own passphrase")
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    _ok(
        run_cli(
            "backup",
            "--out",
            str(theirs),
            "--passphrase-stdin",
            stdin="their own passphrase\n",
            home=other_home,
        )
    )
    (backup,) = theirs.glob("*.ringoff-backup")
    before = default_vault(home).read_bytes()
    err = _user_error(
        run_cli(
            "restore", str(backup), "--passphrase-stdin", stdin="their own passphrase\n", home=home
        )
    )
    assert "different vault" in err and "--force" in err
    assert default_vault(home).read_bytes() == before
    out = _ok(
        run_cli(
            "restore",
            str(backup),
            "--force",
            "--passphrase-stdin",
            stdin="their own passphrase\n",
            home=home,
        )
    )
    assert "holds 0 people" in out and "kept as" in out
    _ok(run_cli("list", "--passphrase-stdin", stdin="their own passphrase\n", home=home))


def test_a_full_disk_is_a_plain_message_and_exit_3(tmp_path: Path) -> None:
    """Issue 15: list, check, number add exited 1 with a bug report on a full disk."""
    home = tmp_path / "home"
    init_cli_vault(home)
    before = default_vault(home).read_bytes()
    full = {"CLI_CHILD_DISK_FULL": "1"}
    for args in (("list",), ("check",), ("number", "add", "+8613900001111")):
        err = _user_error(run_cli(*args, "--passphrase-stdin", stdin=SECRET, home=home, env=full))
        assert "disk is full" in err, args
    err = _user_error(
        run_cli(
            "backup",
            "--out",
            str(tmp_path / "b.ringoff-backup"),
            "--passphrase-stdin",
            stdin=SECRET,
            home=home,
            env=full,
        )
    )
    assert "disk is full" in err
    assert default_vault(home).read_bytes() == before
    assert not (tmp_path / "b.ringoff-backup").exists()


def test_print_and_export_ics_refuse_an_existing_file_unless_forced(tmp_path: Path) -> None:
    home = tmp_path / "home"
    init_cli_vault(home)
    _ok(
        run_cli(
            "number",
            "add",
            "+8613812345678",
            "--cancel-on",
            "2027-03-15",
            "--passphrase-stdin",
            stdin=SECRET,
            home=home,
        )
    )
    for command in (("print", "--number", "+8613812345678"), ("export-ics",)):
        target = tmp_path / f"{command[0]}.out"
        target.write_text("keep me", encoding="utf-8")
        err = _user_error(
            run_cli(*command, "--out", str(target), "--passphrase-stdin", stdin=SECRET, home=home)
        )
        assert "--force" in err, command
        assert target.read_text(encoding="utf-8") == "keep me"
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
            [
                "home",
                *(f"{c}.out" for c in ("print", "export-ics") if (tmp_path / f"{c}.out").exists()),
            ]
        )
    target = tmp_path / "export-ics.out"
    _ok(
        run_cli(
            "export-ics",
            "--out",
            str(target),
            "--force",
            "--passphrase-stdin",
            stdin=SECRET,
            home=home,
        )
    )
    assert target.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")


def test_a_key_file_that_is_a_fifo_or_a_device_is_exit_3_and_never_hangs(tmp_path: Path) -> None:
    """Issue 23: a FIFO key file hung forever; /dev/zero ate memory (exit 1)."""
    import os

    home = tmp_path / "home"
    recovery = init_cli_vault(home)
    key_path = keys.key_file_path(default_vault(home))
    key_path.unlink()
    os.mkfifo(key_path)
    err = _user_error(run_cli("list", "--passphrase-stdin", stdin=SECRET, home=home, timeout=30))
    assert "damaged" in err and "recovery key" in err
    _ok(run_cli("list", "--recovery-key-stdin", stdin=recovery + "\n", home=home, timeout=30))
    key_path.unlink()
    key_path.symlink_to("/dev/zero")
    err = _user_error(run_cli("list", "--passphrase-stdin", stdin=SECRET, home=home, timeout=30))
    assert "damaged" in err


def test_the_command_line_keeps_backups_where_the_window_does(tmp_path: Path) -> None:
    """operations.backups: the folder chosen in the window's settings, the window's names, and
    a single-file backup that restores with the passphrase (the vault's own key file)."""
    from ringoff.storage.settings import Settings

    home = tmp_path / "home"
    init_cli_vault(home)
    chosen = tmp_path / "usb stick"
    Settings(home / "config" / "settings.json").set("backups_dir", str(chosen))
    folder = tmp_path / "out"
    folder.mkdir()
    _ok(run_cli("backup", "--out", str(folder), "--passphrase-stdin", stdin=SECRET, home=home))
    (made,) = folder.glob("*.ringoff-backup")
    assert made.name.startswith("ringoff-") and made.name.endswith("-manual.ringoff-backup")
    single = tmp_path / "single copy"
    _ok(run_cli("backup", "--out", str(single), "--passphrase-stdin", stdin=SECRET, home=home))
    assert not keys.key_file_path(single).exists()
    out = _ok(run_cli("restore", str(single), "--passphrase-stdin", stdin=SECRET, home=home))
    assert "kept as" in out
    (kept,) = chosen.glob("*-before-restore.ringoff-backup")
    assert str(kept) in out


def test_restore_says_when_the_backup_was_last_changed_in_words(tmp_path: Path) -> None:
    from unit.cli.test_reminders import _vault_with_a_number

    home = tmp_path / "home"
    _vault_with_a_number(home, 20)
    target = tmp_path / "copy.ringoff-backup"
    _ok(run_cli("backup", "--out", str(target), "--passphrase-stdin", stdin=SECRET, home=home))
    out = _ok(run_cli("restore", str(target), "--passphrase-stdin", stdin=SECRET, home=home))
    # "its last change was on Tuesday 1 December, 16:40", as the window says it; not ISO.
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    assert any(f"last change was on {day} " in out for day in days), out
    zh = _ok(
        run_cli(
            "--lang", "zh_CN", "restore", str(target), "--passphrase-stdin", stdin=SECRET, home=home
        )
    )
    assert "星期" in zh and not re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d", zh), zh
