"""The keys to a person's information: a new passphrase (with its strength check), a new
recovery key, and checking a recovery key someone typed.

The window (ui/security, ui/backups) and the command line (cli/vaults) use these same
functions, so a weak passphrase or a wrong recovery key is refused by one rule everywhere. The
slow parts (the key derivation) are plain functions or jobs a worker thread may run; writing
stays with the caller's thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.errors import UserError, WrongSecret
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.passphrase import Verdict, check
from ..storage import keychange
from ..storage import keys as keys_mod
from ..storage import vault as vault_mod

if TYPE_CHECKING:
    from ..storage.keychange import PreparedKey
    from ..storage.keys import KdfParams, KeyFile
    from ..storage.transfer import Transfer
    from ..storage.vault import Vault


class NewPassphraseProblem(UserError):
    """A new passphrase that is too weak, or typed differently the second time."""

    kind = "new_passphrase"


# Said when the second typing differs (the same words in the window and the command line).
NOT_THE_SAME = QT_TRANSLATE_NOOP(
    "ChangePassphraseDialog", "The two passphrases are not the same. Please type them again."
)
# Said when a typed recovery key is well formed but not the one in force now.
NOT_THIS_KEY = QT_TRANSLATE_NOOP(
    "PrintKitDialog",
    "This is not the recovery key of your information. Perhaps it is an older "
    "key: check the date on your Emergency Kit.",
)


# -- a new passphrase ----------------------------------------------------------------------


def strength(passphrase: str) -> Verdict:
    """How strong *passphrase* is, with the words to say about it (core.passphrase)."""
    return check(passphrase)


def check_new_passphrase(new: str, again: str | None = None) -> None:
    """Refuse a too-weak new passphrase, or one typed differently the second time.

    *again* is None when the person was not asked twice (a passphrase read from a pipe).
    Raises :class:`NewPassphraseProblem` with the words to show.
    """
    verdict = check(new)
    if not verdict.acceptable:
        raise NewPassphraseProblem(verdict.message)
    if again is not None and again != new:
        raise NewPassphraseProblem(NOT_THE_SAME)


def kdf_for(session_kdf: KdfParams | None) -> KdfParams:
    """The key-derivation cost for a new key file: the session's (tests), else the default."""
    return session_kdf or keys_mod.DEFAULT_KDF


def write_kdf() -> KdfParams:
    """The full key-derivation cost the command line always writes new key files with."""
    return keys_mod.WRITE_KDF


def new_passphrase_job(vault: Vault, new: str, kdf: KdfParams) -> Callable[[], KeyFile]:
    """After :func:`check_new_passphrase`: a job for a worker (the slow wrapping, no file
    touched). Hand its result to :func:`install_passphrase` on the vault's own thread."""
    return vault.rewrap_job(new, kdf)


def install_passphrase(vault: Vault, key_file: KeyFile) -> None:
    """Put the key file made by :func:`new_passphrase_job` in force, here and beside every
    backup: afterwards the old passphrase opens nothing Ringoff keeps."""
    vault.install_key_file(key_file)


def change_passphrase(vault: Vault, new: str, kdf: KdfParams, again: str | None = None) -> None:
    """All at once (the command line): check the new passphrase, then put it in force."""
    check_new_passphrase(new, again)
    install_passphrase(vault, new_passphrase_job(vault, new, kdf)())


# -- a new recovery key --------------------------------------------------------------------


def prepare_new_recovery_key(vault_path: Path, passphrase: str) -> PreparedKey:
    """Check the passphrase and make a new key (slow; a worker may run it; writes nothing)."""
    return keychange.prepare_new_key(vault_path, passphrase)


def begin_new_recovery_key(vault: Vault, prepared: PreparedKey) -> str:
    """Step 1: the new key is kept beside the old one; returns it, formatted, to be shown.

    Both keys open the vault until :func:`commit_new_recovery_key`; if that never comes (the
    person never said they kept it), the next opening undoes this step.
    """
    return vault.begin_new_recovery_key(prepared)


def commit_new_recovery_key(vault: Vault, new_key: bytes) -> str:
    """The new key in force: the information and its backups re-encrypted, the old key gone."""
    return vault.commit_new_recovery_key(new_key)


def new_recovery_key(vault: Vault, passphrase: str) -> str:
    """All at once (the command line): a new recovery key in force; returns it, formatted."""
    prepared = prepare_new_recovery_key(vault.path, passphrase)
    begin_new_recovery_key(vault, prepared)
    return commit_new_recovery_key(vault, prepared.new_key)


# -- checking a typed recovery key ---------------------------------------------------------


def spelled_key(typed: str) -> bytes:
    """The raw key a typed recovery key spells (typos caught by its checksum); no vault asked."""
    return keys_mod.parse_recovery_key(typed)


def format_recovery_key(raw_key: bytes) -> str:
    """*raw_key* as a person writes it down (groups of four)."""
    return keys_mod.format_recovery_key(raw_key)


def check_recovery_key(typed: str, against: Vault | Path | Transfer) -> bytes:
    """The raw key of *typed* once it is known to open *against*; a UserError otherwise.

    *against* is the open vault (its key in force: printing the kit again), a vault or backup
    file (unlocking, restoring; the database itself decides, so a damaged key file never
    refuses the right key), or a transfer file read with ``storage.transfer.read_transfer``.
    A key that is not well formed says so (storage.keys); a wrong one says which to look for.
    """
    if isinstance(against, Path):
        return vault_mod.unlock_with_recovery_key(against, typed)
    if isinstance(against, vault_mod.Vault):
        raw = spelled_key(typed)
        if not against.opens_with(raw):
            raise WrongSecret(NOT_THIS_KEY)
        return raw
    from ..storage import transfer

    return transfer.transfer_raw_key(against, recovery_key=typed)
