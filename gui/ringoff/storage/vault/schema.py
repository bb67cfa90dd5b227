"""The vault's tables, one script per schema version, and how a script is run.

``PRAGMA user_version`` holds the version; :data:`MIGRATIONS` maps a version to the script
that brings the previous one to it (version 1 creates everything), each run inside one
transaction by :func:`run_script`.
"""

from __future__ import annotations

import sqlcipher3

SCHEMA_VERSION = 3
SQLITE_MAGIC = b"SQLite format 3\x00"


_SCHEMA_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE people (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE numbers (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people(id),
    e164 TEXT NOT NULL, region TEXT NOT NULL, carrier TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL, cancel_on TEXT, new_number TEXT, mode TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '', reminder_days TEXT, reissue_rule TEXT,
    custom_reissue_days INTEGER, created_at TEXT NOT NULL
);
CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    number_id TEXT NOT NULL REFERENCES numbers(id) ON DELETE CASCADE,
    service_id TEXT, name TEXT NOT NULL, uses TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL, status TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '', checked_steps TEXT NOT NULL DEFAULT '',
    use_fallback INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX accounts_by_number ON accounts(number_id);
CREATE TABLE history (
    id TEXT PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, event TEXT NOT NULL,
    details TEXT NOT NULL, number_id TEXT, account_id TEXT
);
CREATE INDEX history_by_time ON history(at);
CREATE TABLE user_services (id TEXT PRIMARY KEY, data TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE prefs (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

# Version 2: "this number was someone else's" - messages meant for a previous owner and the
# requests the user sent to institutions about them.
_SCHEMA_V2 = """
CREATE TABLE received_messages (
    id TEXT PRIMARY KEY,
    number_id TEXT NOT NULL REFERENCES numbers(id) ON DELETE CASCADE,
    sender TEXT NOT NULL, service_id TEXT, received_on TEXT NOT NULL,
    kind TEXT NOT NULL, what TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL
);
CREATE TABLE requests (
    id TEXT PRIMARY KEY,
    number_id TEXT NOT NULL REFERENCES numbers(id) ON DELETE CASCADE,
    sender TEXT NOT NULL, service_id TEXT, channel TEXT NOT NULL DEFAULT '',
    asked_on TEXT NOT NULL, follow_up_on TEXT, status TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL
);
"""

# Version 3: what replaces a number (a new number, a family member's number, email/app sign-in
# only, or nothing) and whose it is; the kind (bank, payment...) of an account the catalog does
# not know. NULL replacement: derived from new_number, as versions 1 and 2 did.
_SCHEMA_V3 = """
ALTER TABLE numbers ADD COLUMN replacement TEXT;
ALTER TABLE numbers ADD COLUMN replacement_name TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN kind TEXT;
"""

MIGRATIONS: dict[int, str] = {1: _SCHEMA_V1, 2: _SCHEMA_V2, 3: _SCHEMA_V3}


def run_script(conn: sqlcipher3.Connection, script: str) -> None:
    """Run *script* statement by statement inside the caller's transaction.

    ``executescript`` would commit first; a migration must stay one transaction.
    """
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)
