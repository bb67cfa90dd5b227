"""``init``, ``passwd``, ``new-recovery-key``, ``backup``, ``restore``, ``check``,
``recovery-key-hex``: the vault itself and its keys."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any, TextIO

from ..core.errors import UserError
from ..core.i18n import QT_TRANSLATE_NOOP
from .common import (
    EXIT_OK,
    Secrets,
    UsageError,
    add_command,
    kdf,
    open_vault,
    refuse_existing,
    settings_backups_dir,
    tr,
    vault_path,
)


def cmd_init(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from ..core.passphrase import check
    from ..storage.vault import create_vault

    path = vault_path(args)
    secrets = Secrets(args, stdin)
    passphrase = secrets.get(0, QT_TRANSLATE_NOOP("Cli", "Choose a passphrase:"))
    verdict = check(passphrase)
    if not verdict.acceptable:
        raise UserError(verdict.message)
    if not secrets._from_stdin:
        again = secrets.get(1, QT_TRANSLATE_NOOP("Cli", "Type it again:"))
        if again != passphrase:
            raise UserError(QT_TRANSLATE_NOOP("Cli", "The two passphrases are not the same."))
    from ..storage.atomic import make_private_dirs

    make_private_dirs(path.parent)
    vault, recovery = create_vault(path, passphrase, kdf=kdf())
    vault.close()
    print(
        tr(QT_TRANSLATE_NOOP("Cli", "Created the vault {path}.").format(path=str(path))), file=out
    )
    print(
        tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Your recovery key (write it down and keep it safe; it is shown only once):",
            )
        ),
        file=out,
    )
    print(recovery, file=out)
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from ..core.passphrase import check

    vault, secrets = open_vault(args, stdin)
    with vault:
        new = secrets.get(1, QT_TRANSLATE_NOOP("Cli", "New passphrase:"))
        verdict = check(new)
        if not verdict.acceptable:
            raise UserError(verdict.message)
        vault.change_passphrase(new, kdf())
    print(tr(QT_TRANSLATE_NOOP("Cli", "The passphrase has been changed.")), file=out)
    return EXIT_OK


def cmd_new_recovery_key(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    """A new recovery key in force (database and backups re-encrypted); printed once."""
    from ..storage import keychange
    from ..storage import vault as vault_mod

    path = vault_path(args)
    secrets = Secrets(args, stdin)
    if secrets.use_recovery:
        raise UsageError("new-recovery-key needs the passphrase (--passphrase-stdin)")
    passphrase = secrets.get(0, QT_TRANSLATE_NOOP("Cli", "Passphrase:"))
    raw = vault_mod.unlock_with_passphrase(path, passphrase)
    vault = vault_mod.open_vault(path, raw, backups_dir=settings_backups_dir())
    with vault:
        for note in vault.notes:
            print(tr(note), file=sys.stderr)
        prepared = keychange.prepare_new_key(path, passphrase)
        vault.begin_new_recovery_key(prepared)
        recovery = vault.commit_new_recovery_key(prepared.new_key)
    print(
        tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "A new recovery key is in force; the old one no longer opens your information "
                "or its backups. Your passphrase is unchanged. Write the new key down and keep "
                "it safe (it is shown only once):",
            )
        ),
        file=out,
    )
    print(recovery, file=out)
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    target = Path(args.out).expanduser()
    vault, _ = open_vault(args, stdin)
    with vault:
        if target.is_dir():
            # A folder: Ringoff names the backup and puts its key file beside it there.
            made = vault.backup_to(target / vault._backup_name("manual"))
        else:
            refuse_existing(target, args.force)
            made = vault.backup_to(target, with_key_file=False, overwrite=args.force)
    print(made, file=out)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from ..storage import keys
    from ..storage import vault as vault_mod

    path = vault_path(args)
    backup = Path(args.file).expanduser()
    secrets = Secrets(args, stdin)
    key_source = backup if keys.key_file_path(backup).exists() else path
    if secrets.use_recovery:
        raw = vault_mod.unlock_with_recovery_key(
            backup, secrets.get(0, QT_TRANSLATE_NOOP("Cli", "Recovery key:"))
        )
    else:
        # A backup made with `backup --out FILE` has no key file: the vault's own opens it.
        raw = vault_mod.unlock_with_passphrase(
            key_source, secrets.get(0, QT_TRANSLATE_NOOP("Cli", "Passphrase:"))
        )
    contents = vault_mod.read_backup_contents(backup, raw)
    summary = contents.summary
    print(
        tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "The backup holds {people} people, {numbers} numbers and {accounts} accounts; "
                "its last change was on {when}.",
            ).format(
                people=summary.people,
                numbers=summary.numbers,
                accounts=summary.accounts,
                when=summary.last_change.astimezone().strftime("%Y-%m-%d %H:%M")
                if summary.last_change
                else "-",
            )
        ),
        file=out,
    )
    try:
        result = vault_mod.restore_backup(
            path, backup, raw, other_vault_ok=args.force, backups_dir=settings_backups_dir()
        )
    except vault_mod.OtherVault as exc:
        raise UserError(
            exc.message,
            QT_TRANSLATE_NOOP("Cli", "To replace your vault with it anyway, add --force."),
        ) from None
    if result.safety is not None:
        kept = QT_TRANSLATE_NOOP("Cli", "The replaced vault was kept as {safety}.").format(
            safety=str(result.safety)
        )
    else:
        kept = QT_TRANSLATE_NOOP("Cli", "There was no vault here to keep, so none was kept.")
    print(
        tr(
            QT_TRANSLATE_NOOP("Cli", "Restored {numbers} numbers and {accounts} accounts.").format(
                numbers=summary.numbers, accounts=summary.accounts
            )
        ),
        file=out,
    )
    print(tr(kept), file=out)
    if result.key_file_replaced:
        print(
            tr(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "It opens with the passphrase or recovery key you just used for the backup.",
                )
            ),
            file=out,
        )
    return EXIT_OK


def cmd_check(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    vault, _ = open_vault(args, stdin)
    with vault:
        problems = vault.integrity_check()
    if problems:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Cli", "The vault has problems: {problems}. Restore a backup to be safe."
            ).format(problems="; ".join(problems[:5]))
        )
    print(tr(QT_TRANSLATE_NOOP("Cli", "The vault is in good order.")), file=out)
    return EXIT_OK


def cmd_recovery_hex(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    """Print the raw SQLCipher key for a recovery key, to open the vault with other tools."""
    from ..storage.keys import parse_recovery_key

    line = stdin.readline() if args.recovery_key_stdin else getpass.getpass("Recovery key: ")
    print(parse_recovery_key(line).hex(), file=out)
    return EXIT_OK


def add_commands(sub: Any) -> None:
    add_command(sub, "init", cmd_init, "create a new vault and print its recovery key")
    add_command(sub, "passwd", cmd_passwd, "change the passphrase (new one on the second line)")
    add_command(
        sub,
        "new-recovery-key",
        cmd_new_recovery_key,
        "put a new recovery key in force (re-encrypts the vault and its backups) and print it",
    )
    p = add_command(
        sub, "backup", cmd_backup, "write an encrypted backup (to a FILE or into a FOLDER)"
    )
    p.add_argument("--out", required=True, metavar="FILE|FOLDER")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p = add_command(
        sub, "restore", cmd_restore, "replace the vault with a backup (after checking it)"
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--force", action="store_true", help="restore even a backup of a different vault"
    )
    add_command(sub, "check", cmd_check, "check the vault's integrity")
    p = add_command(
        sub,
        "recovery-key-hex",
        cmd_recovery_hex,
        "print the raw SQLCipher key spelled by a recovery key",
        secrets=False,
    )
    p.add_argument("--recovery-key-stdin", action="store_true")
