"""The plain-language problems of files and folders that are not one password export or
message archive (encrypted iPhone backups, empty folders, unknown files), in both languages.
"""

from __future__ import annotations

from ...core.errors import ImportProblem
from ...core.i18n import QT_TRANSLATE_NOOP, Text


def _problem(message: Text, hint: Text | None = None) -> ImportProblem:
    return ImportProblem(message, hint)


def _encrypted_backup() -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP(
            "Import",
            "This iPhone backup is locked with a password (encrypted), so its messages cannot "
            "be read.",
        ),
        QT_TRANSLATE_NOOP(
            "Import",
            "Connect the iPhone, open Finder (on Windows: iTunes or Apple Devices), select the "
            "iPhone, untick “Encrypt local backup” (it asks for the backup password), press "
            "“Back Up Now”, then choose the new backup folder here. You can tick it again "
            "afterwards.",
        ),
    )


def _no_messages_in_backup() -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP("Import", "This iPhone backup holds no messages file."),
        QT_TRANSLATE_NOOP(
            "Import",
            "Make a new backup of the whole iPhone on this computer (not to iCloud) and choose "
            "its folder.",
        ),
    )


def _nothing_in_folder() -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP(
            "Import",
            "This folder holds nothing Ringoff can read: no iPhone backup, mailbox, e-mails or "
            "message backups.",
        ),
        QT_TRANSLATE_NOOP(
            "Import", "Choose the file itself, or the folder of an iPhone backup or of e-mails."
        ),
    )


def _not_known() -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP(
            "Import",
            "Ringoff does not know this kind of file: it is not a password export, a backup of "
            "text messages or a mailbox.",
        ),
        QT_TRANSLATE_NOOP(
            "Import",
            "Choose a password export (.csv, .json, .xml, .zip, .1pux), an “SMS Backup & "
            "Restore” file, an iPhone backup folder or a mailbox (.mbox).",
        ),
    )


def _too_big_text() -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP("Import", "This text file is too large to be copied messages."),
        QT_TRANSLATE_NOOP("Import", "Check that you chose the right file."),
    )
