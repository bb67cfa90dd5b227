"""Run ``ringoff`` in a child process with the test suite's cheap key derivation.

The shipped program always derives keys at full cost and accepts nothing cheaper; a test
lowers both here, inside the child, before the command runs (never through the environment).
"""

from __future__ import annotations

import sys

from ringoff.storage import keys

keys.KDF_FLOOR = keys.TEST_KDF
keys.WRITE_KDF = keys.TEST_KDF

from ringoff.cli import main  # noqa: E402


def _full_disk() -> None:
    """``CLI_CHILD_DISK_FULL=1`` (read by this test helper only, never by Ringoff): every
    new file and every flush fails with ENOSPC, as on a full disk, at the system calls."""
    import errno
    import os

    real_open, real_fsync = os.open, os.fsync

    def full(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    def open_(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if flags & os.O_CREAT:
            full()
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    os.open = open_  # type: ignore[assignment]
    os.fsync = full  # type: ignore[assignment]
    del real_fsync


if __import__("os").environ.get("CLI_CHILD_DISK_FULL") == "1":
    _full_disk()

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
