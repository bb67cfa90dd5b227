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
    backups_folder,
    kdf,
    lang_of,
    open_vault,
    refuse_existing,
    tr,
    vault_path,
)


def cmd_init(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from ..operations import keys as key_ops
    from ..storage.vault import create_vault

    path = vault_path(args)
    secrets = Secrets(args, stdin)
    passphrase = secrets.get(0, QT_TRANSLATE_NOOP("Cli", "Choose a passphrase:"))
    key_ops.check_new_passphrase(passphrase)  # too weak: said before it is typed again
    if not secrets._from_stdin:
        again = secrets.get(1, QT_TRANSLATE_NOOP("Cli", "Type it again:"))
        key_ops.check_new_passphrase(passphrase, again)
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
    from ..operations import keys as key_ops

    vault, secrets = open_vault(args, stdin)
    with vault:
        new = secrets.get(1, QT_TRANSLATE_NOOP("Cli", "New passphrase:"))
        key_ops.change_passphrase(vault, new, kdf())
    print(tr(QT_TRANSLATE_NOOP("Cli", "The passphrase has been changed.")), file=out)
    return EXIT_OK


def cmd_new_recovery_key(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    """A new recovery key in force (database and backups re-encrypted); printed once."""
    from ..operations import keys as key_ops
    from ..storage import vault as vault_mod

    path = vault_path(args)
    secrets = Secrets(args, stdin)
    if secrets.use_recovery:
        raise UsageError("new-recovery-key needs the passphrase (--passphrase-stdin)")
    passphrase = secrets.get(0, QT_TRANSLATE_NOOP("Cli", "Passphrase:"))
    raw = vault_mod.unlock_with_passphrase(path, passphrase)
    vault = vault_mod.open_vault(path, raw, backups_dir=backups_folder(path))
    with vault:
        for note in vault.notes:
            print(tr(note), file=sys.stderr)
        recovery = key_ops.new_recovery_key(vault, passphrase)
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
    from ..operations import backups as backup_ops

    target = Path(args.out).expanduser()
    vault, _ = open_vault(args, stdin)
    with vault:
        if target.is_dir():
            # A folder: named as the window's "Make a backup now", its key file beside it.
            made = backup_ops.make_backup(vault, target)
        else:
            refuse_existing(target, args.force)
            made = backup_ops.backup_to_file(vault, target, overwrite=args.force)
    print(made, file=out)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from datetime import datetime

    from ..core.dates import day_and_time
    from ..operations import backups as backup_ops

    path = vault_path(args)
    backup = Path(args.file).expanduser()
    secrets = Secrets(args, stdin)
    prompt = (
        QT_TRANSLATE_NOOP("Cli", "Recovery key:")
        if secrets.use_recovery
        else QT_TRANSLATE_NOOP("Cli", "Passphrase:")
    )
    # A backup made with `backup --out FILE` has no key file: the vault's own opens it.
    raw = backup_ops.unlock_backup(
        backup, path, secrets.get(0, prompt), recovery=secrets.use_recovery
    )
    summary = backup_ops.check_backup(backup, raw, path).summary
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
                when=day_and_time(
                    summary.last_change.astimezone(),
                    datetime.now().astimezone().date(),
                    lang_of(args),
                )
                if summary.last_change
                else "-",
            )
        ),
        file=out,
    )
    try:
        result = backup_ops.restore(
            path, backup, raw, folder=backups_folder(path), other_vault_ok=args.force
        )
    except UserError as exc:
        if not backup_ops.is_other_vault_refusal(exc):
            raise
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
    from ..operations.keys import spelled_key

    line = stdin.readline() if args.recovery_key_stdin else getpass.getpass("Recovery key: ")
    print(spelled_key(line).hex(), file=out)
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
