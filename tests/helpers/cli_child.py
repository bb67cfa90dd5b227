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

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
