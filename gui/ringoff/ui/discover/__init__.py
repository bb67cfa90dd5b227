"""Finding what is tied to a number: the usual services, any file or folder, pasted texts,
official checks.

Four tabs, each ending in one "Add the ticked ones" button; every addition is one transaction
(``vault.add_accounts``) through the session, and every rule (what is ticked, what is already
listed, how an account is made) is ``operations.importing``'s, the same as ``ringoff import``'s.
Ticks are never lost: leaving the page or another tab with ticks not yet added asks first, and
what the person unticked stays unticked.

The rooms: :mod:`.page` (the page and its tabs' frame), :mod:`.usual_tab` ("Which of these do
you use?", from ``core.usual_services``), :mod:`.file_tab` (any export, archive or mailbox, read
by a worker thread that never touches the vault; only names and evidence come back),
:mod:`.messages_tab` (pasted texts: cleared as soon as their senders are found),
:mod:`.official_tab` (一证通查 and the other official look-ups), :mod:`.import_preview` (the
finds of a file, ticked), :mod:`.common` (what the tabs share).
"""

from __future__ import annotations

from .common import CARRIERS, SHOWN_AT_FIRST, YZTC_PREF
from .file_tab import FileTab
from .messages_tab import SmsTab
from .official_tab import OfficialTab
from .page import DiscoverPage
from .usual_tab import ChecklistTab

__all__ = [
    "CARRIERS",
    "SHOWN_AT_FIRST",
    "YZTC_PREF",
    "ChecklistTab",
    "DiscoverPage",
    "FileTab",
    "OfficialTab",
    "SmsTab",
]
