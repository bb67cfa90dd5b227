"""The other side: help for someone whose number used to belong to someone else.

Route ``("received", number_id)``, opened from the home card of a number whose mode is
"received". The rooms: :mod:`.page` (the page, top to bottom: a calm explanation, follow-ups
that are due, what arrived for the previous owner, what to do about each sender, what never to
do, the carriers' clearing service, the log of requests), :mod:`.sender_card` (one sender: what
to do next and the ready-made messages) and :mod:`.dialogs` (record, paste, log a request).
The rules are in :mod:`ringoff.core.received`.

Every write goes through ``ctx.session.write``; the page then rebuilds its content from the
vault (keeping the scroll position), so nothing it shows can go stale.
"""

from __future__ import annotations

from .dialogs import PasteDialog, RecordDialog, RequestDialog
from .page import ReceivedPage
from .sender_card import SenderCard

__all__ = ["PasteDialog", "ReceivedPage", "RecordDialog", "RequestDialog", "SenderCard"]
