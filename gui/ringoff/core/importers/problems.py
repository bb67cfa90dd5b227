"""The plain-language problems a password export can have, in both languages.

Each function returns an :class:`~ringoff.core.errors.ImportProblem` (a message and a way
forward) for the readers to raise; none of them shows any of the file's content.
"""

from __future__ import annotations

from ..errors import ImportProblem
from ..i18n import QT_TRANSLATE_NOOP, Text
from .model import MAX_SITES


def _problem(message: Text, hint: Text | None = None) -> ImportProblem:
    return ImportProblem(message, hint)


def _msg_empty() -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP("Import", "This file is empty."),
        QT_TRANSLATE_NOOP("Import", "Export your passwords again and choose the new file."),
    )


def _msg_binary() -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP(
            "Import", "This file is not a text file, so it cannot be a password export."
        ),
        QT_TRANSLATE_NOOP(
            "Import", "Choose the .csv or .json file that your password manager saved."
        ),
    )


def _msg_not_export() -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP(
            "Import",
            "This file does not look like a password export: we could not find a web address "
            "or user name column.",
        ),
        QT_TRANSLATE_NOOP(
            "Import",
            "Export your passwords again from the browser or password manager and choose the "
            "CSV format.",
        ),
    )


def _msg_unclosed_quote(line: int) -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP(
            "Import", "Line {line} could not be read: a quote was opened and never closed."
        ).format(line=line),
        QT_TRANSLATE_NOOP(
            "Import", "The file may have been cut short or edited. Export your passwords again."
        ),
    )


def _msg_bad_line(line: int) -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP(
            "Import", "Line {line} could not be read: its quotes are not where they should be."
        ).format(line=line),
        QT_TRANSLATE_NOOP(
            "Import", "The file may have been cut short or edited. Export your passwords again."
        ),
    )


def _msg_line_too_long(line: int) -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP(
            "Import", "Line {line} could not be read: one of its cells is far too long."
        ).format(line=line)
    )


def _msg_encrypted_bitwarden() -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP(
            "Import",
            "This Bitwarden export is encrypted; export again and choose the unencrypted .json "
            "or .csv format.",
        )
    )


def _msg_bad_json(line: int) -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP(
            "Import", "This .json file is damaged or cut short (the problem is near line {line})."
        ).format(line=line),
        QT_TRANSLATE_NOOP("Import", "Export your passwords again and choose the new file."),
    )


def _msg_too_big(limit: int) -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP(
            "Import", "This file is larger than {mb} MB, more than any password export."
        ).format(mb=limit // (1024 * 1024)),
        QT_TRANSLATE_NOOP("Import", "Check that you chose the right file."),
    )


def _msg_too_many_sites() -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP(
            "Import",
            "This file lists more than {n} different sites, more than Ringoff can show.",
        ).format(n=MAX_SITES),
        QT_TRANSLATE_NOOP("Import", "Check that you chose the right file."),
    )


def _msg_zip_unknown() -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP(
            "Import",
            "This compressed file holds no export Ringoff knows (Dashlane, Proton Pass, "
            "Safari, 1Password .1pux).",
        ),
        QT_TRANSLATE_NOOP("Import", "Export your passwords again and choose the new file."),
    )


def _msg_zip_bad() -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP(
            "Import",
            "This compressed file is damaged, or unpacks to far more than any export could be.",
        ),
        QT_TRANSLATE_NOOP("Import", "Export your passwords again and choose the new file."),
    )


def _msg_encrypted_export() -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP("Import", "This export is locked with a password (encrypted)."),
        QT_TRANSLATE_NOOP(
            "Import", "Export again and choose the format without a password (CSV or JSON)."
        ),
    )


def _msg_json_unknown() -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP(
            "Import",
            "This .json file is not an export Ringoff knows (Bitwarden, Enpass, Proton Pass, "
            "1Password).",
        ),
        QT_TRANSLATE_NOOP("Import", "Export your passwords again, as CSV if you can."),
    )


def _msg_xml_unknown() -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP("Import", "This XML file is not a KeePass export."),
        QT_TRANSLATE_NOOP(
            "Import", "In KeePass choose File › Export › KeePass XML (2.x), or export as CSV."
        ),
    )
