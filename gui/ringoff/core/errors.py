"""Errors of the user's world, as opposed to bugs.

A :class:`UserError` is a known problem (wrong passphrase, damaged file, disk full...) with a plain
message in the user's language and, where there is one, a way forward. Anything else that escapes
is a bug and is reported with a "copy details" dialog (ui) or exit code 1 (cli).
"""

from __future__ import annotations

from .i18n import QT_TRANSLATE_NOOP, Text


class UserError(Exception):
    """A problem of the user's world, with a plain translatable message."""

    #: A short stable identifier, used by tests and by the UI to offer the right way forward.
    kind: str = "user"

    def __init__(self, message: Text, hint: Text | None = None) -> None:
        super().__init__(message.render())
        self.message = message
        self.hint = hint


class WrongSecret(UserError):
    kind = "wrong_secret"


class NotAVault(UserError):
    kind = "not_a_vault"


class DamagedVault(UserError):
    kind = "damaged"


class KeyFileMissing(UserError):
    kind = "key_file_missing"


class NewerVersion(UserError):
    kind = "newer_version"


class VaultBusy(UserError):
    kind = "busy"


class ReadOnly(UserError):
    kind = "read_only"


class DiskFull(UserError):
    kind = "disk_full"


class ChangedElsewhere(UserError):
    """The vault file was changed by another computer (a synced folder) or program."""

    kind = "changed_elsewhere"


class ImportProblem(UserError):
    kind = "import"


class CatalogMissing(UserError):
    """The shipped list of services is missing or empty: a broken installation."""

    kind = "catalog_missing"


CATALOG_MISSING = QT_TRANSLATE_NOOP(
    "Errors",
    "Ringoff's list of apps, banks and services is missing from this installation, so it "
    "cannot suggest apps or explain their steps.",
)
CATALOG_MISSING_HINT = QT_TRANSLATE_NOOP(
    "Errors", "Please install Ringoff again. Your own list of numbers and accounts is not affected."
)
