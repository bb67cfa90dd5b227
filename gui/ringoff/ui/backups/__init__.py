"""Backups and moving house, as the window shows them: the backups dialog (the list, a backup
now, restoring), the transfer dialog of a new computer, and the parts they share.

The rules (where backups go, names, the automatic policy, checks, restoring, the transfer
file) live in operations/backups and operations/transfer; these files are widgets only.
"""

from __future__ import annotations

from .dialog import PATH_ROLE, BackupsDialog
from .parts import SecretBox, backups_folder, main_window_of, size_text
from .transfer import ImportTransferDialog

__all__ = [
    "PATH_ROLE",
    "BackupsDialog",
    "ImportTransferDialog",
    "SecretBox",
    "backups_folder",
    "main_window_of",
    "size_text",
]
