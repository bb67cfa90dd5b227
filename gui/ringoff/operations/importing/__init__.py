"""Finding accounts in any file or folder a person has: one operation for the window and the CLI.

:func:`read_path` tells what the file or folder is (by its content, never only by its name),
reads it with the right reader of ``core.importers`` (password exports) or ``core.messages``
(message archives) and returns :class:`Found`: the kind, and one :class:`Find` per service,
each with its evidence for this number. :func:`choose` orders and ticks them against the
accounts a number already has; :func:`accounts_for` makes the accounts to add.

It runs on a worker thread in the window: it never writes anything (no vault, no file), never
changes the file it reads (SQLite files are opened read-only and immutable), and can be
cancelled between chunks. Qt-free. The rooms: ``finds`` (what a file gives, evidence in words),
``reading`` (the way in), ``archives`` (sms.db, iPhone backups, zips and folders of archives),
``choices`` (ticks, duplicates, accounts) and ``problems``.
"""

from __future__ import annotations

from ...core.dates import month_words
from ...core.messages import ImportCancelled
from .archives import SMS_DB_ID
from .choices import (
    Listed,
    accounts_for,
    additions,
    already_listed,
    choose,
    fresh_accounts,
)
from .finds import (
    MAX_FOLDER_FILES,
    MAX_TEXT_BYTES,
    Find,
    Found,
    FractionProgress,
    clean_name,
    evidence_json,
    evidence_text,
)
from .reading import read_path

__all__ = [
    "MAX_FOLDER_FILES",
    "MAX_TEXT_BYTES",
    "SMS_DB_ID",
    "Find",
    "Found",
    "FractionProgress",
    "ImportCancelled",
    "Listed",
    "accounts_for",
    "additions",
    "already_listed",
    "choose",
    "clean_name",
    "evidence_json",
    "evidence_text",
    "fresh_accounts",
    "month_words",
    "read_path",
]
