"""Key changes on an open vault: a new passphrase, a new recovery key, and key checks.

The crash-safe steps themselves live in :mod:`ringoff.storage.keychange`
(docs/key-protocol.md); these methods are what the window and the command line call.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable

from .. import keychange, keys
from .connection import VaultBase
from .errors import sorted_errors


class KeysMixin(VaultBase):
    """Passphrase and recovery-key changes (a part of :class:`~.opening.Vault`)."""

    def change_passphrase(self, new_passphrase: str, kdf: keys.KdfParams | None = None) -> None:
        """Rewrap the key under a new passphrase: the live key file and every backup's.

        The database is not touched. Afterwards the old passphrase opens nothing Ringoff keeps.
        """
        self.install_key_file(self.rewrap_job(new_passphrase, kdf)())

    def rewrap_job(
        self, new_passphrase: str, kdf: keys.KdfParams | None = None
    ) -> Callable[[], keys.KeyFile]:
        """A job for a worker thread: this vault's key wrapped under *new_passphrase* (slow).

        The job touches no file and no connection; hand its result to :meth:`install_key_file`
        on the owning thread. Same effect as :meth:`change_passphrase`, without blocking it.
        """
        raw_key, vault_id = self._raw_key, self.vault_id
        return lambda: keys.wrap(raw_key, new_passphrase, vault_id, kdf)

    def install_key_file(self, key_file: keys.KeyFile) -> None:
        """Write a key file made by :meth:`rewrap_job` here and beside every backup."""
        self._check_unchanged()
        if key_file.vault_id != self.vault_id or not key_file.matches(self._raw_key):
            raise ValueError("this key file was made for another vault or key")
        if key_file.pending is not None:
            raise ValueError("a passphrase change installs a key file with one key")
        keychange.step("write-key-file")
        keys.write_key_file(self.path, key_file)
        # Backups whose key files wrapped the same key under the old passphrase follow.
        keychange.sync_backup_key_files(key_file, self.backups_dirs(), self.path.stem)

    def rotate_recovery_key(
        self,
        passphrase: str,
        kdf: keys.KdfParams | None = None,
        *,
        prepared: keychange.PreparedKey | None = None,
    ) -> str:
        """Put a fresh key in force (database and backups re-encrypted); return its recovery key.

        The crash-safe protocol of docs/key-protocol.md: the key file first holds both keys,
        then the database and the backups move to the new key, then the key file drops the old
        one. The passphrase opens the vault at every instant. *prepared* comes from
        :func:`keychange.prepare_new_key` in a worker thread (the slow part).
        """
        self._check_unchanged()
        if prepared is None:
            prepared = keychange.prepare_new_key(self.path, passphrase)
        self.begin_new_recovery_key(prepared)
        return self.commit_new_recovery_key(prepared.new_key)

    def begin_new_recovery_key(self, prepared: keychange.PreparedKey) -> str:
        """Step 1: the new key is wrapped beside the old one; returns it to be shown and kept.

        Both keys open the vault until :meth:`commit_new_recovery_key`; if that never comes,
        the next open undoes this step.
        """
        with sorted_errors():
            keychange.begin_new_key(self, prepared)
        return keys.format_recovery_key(prepared.new_key)

    def key_in_force(self) -> bytes:
        """The raw key, for :func:`restore_backup` only (so a restore keeps the key in force)."""
        return self._raw_key

    def opens_with(self, raw_key: bytes) -> bool:
        """Is *raw_key* the key in force (e.g. a recovery key typed to print the kit again)?"""
        return hmac.compare_digest(raw_key, self._raw_key)

    def check_recovery_key(self, text: str) -> str:
        """The typed recovery key, spelled as on the kit, if it is the key in force now.

        For printing the Emergency Kit again; :class:`~ringoff.core.errors.WrongSecret` with a
        plain message for a mistyped key, another vault's or an older one
        (:func:`ringoff.storage.keys.check_recovery_key`).
        """
        return keys.format_recovery_key(keys.check_recovery_key(text, self.opens_with))

    def commit_new_recovery_key(self, new_key: bytes) -> str:
        """The new key in force: database and backups re-encrypted, old key dropped."""
        self._check_unchanged()
        with sorted_errors():
            return keychange.commit_new_key(self, new_key)
