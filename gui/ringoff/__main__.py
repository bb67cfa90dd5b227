"""``python -m ringoff``: the same as the ``ringoff`` command."""

import sys

from ringoff.launcher import main

sys.exit(main())
