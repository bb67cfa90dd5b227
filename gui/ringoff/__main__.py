"""``python -m ringoff``: the same as the ``ringoff`` command."""

import sys

from ringoff.cli import main

sys.exit(main())
