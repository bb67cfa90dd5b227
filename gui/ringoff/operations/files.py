"""Files a person asks for: a finished document (a PDF made in memory) written to the place
they chose, and where the files beside a vault are, for the pages that tell them.

Every document is written at once and atomically, readable only by its owner
(storage.atomic.write_atomic): a crash leaves the old file or the new one, never half of one.
"""

from __future__ import annotations

from pathlib import Path

from ..storage.atomic import write_atomic
from ..storage.keys import key_file_path


def save_document(path: Path, data: bytes) -> None:
    """Write *data* to *path* (a temporary file in the same folder renamed over it, mode 0600).
    Raises OSError when the folder cannot be written."""
    write_atomic(path, data)


def key_file_of(vault_path: Path) -> Path:
    """The key file kept beside the vault at *vault_path*."""
    return key_file_path(vault_path)
