"""Help for the new holder of a recycled number: messages meant for the previous owner.

A person gets a number that belonged to someone else and receives that person's bank notices,
verification codes and calls. This package holds the Qt-free part of the "received" page
(ui/received.py), one room each:

* the kinds of message a person records (:class:`MessageKind`), the ways they asked an
  institution (:class:`Channel`) and the state of each request (:class:`RequestStatus`);
* :func:`records_from_paste`: pasted texts -> one record per sender, through
  :func:`ringoff.core.sms.recognise`. Only the sender, a count and a guessed kind survive; the
  message bodies and their codes are dropped;
* :func:`group_by_sender` and :func:`guidance_for`: what to do next for each sender, from the
  catalog when it knows the service, else general advice;
* :func:`request_message`: ready-made polite messages in Chinese and English (fixed texts in each
  language, not translations of the interface: a person may need the English one while using
  Ringoff in Chinese);
* :data:`CARRIER_CLEARING`: the Chinese carriers' "二次号码焕新" service (facts.md section 3);
* :func:`due_followups`: requests that are still waiting and whose follow-up day has come, for
  the received page's banner and, later, the home page's reminder banner.

User-facing interface texts are :class:`~ringoff.core.i18n.Text` values (context "Recipient",
kept from the module's first name so the translations stay).
"""

from __future__ import annotations

from .carriers import (
    CARRIER_CLEARING,
    CarrierClearing,
    carrier_clearing_for,
    is_own_carrier,
    shows_carrier_clearing,
)
from .followups import (
    RequestSource,
    due_followups,
    is_due,
)
from .guidance import (
    DONT_DO,
    MESSAGE_LANGUAGES,
    TEMPLATE_TEXTS,
    Guidance,
    Template,
    guidance_for,
    message_language,
    request_message,
    sender_name,
)
from .kinds import (
    CHANNEL_TEXTS,
    DEFAULT_FOLLOW_UP_DAYS,
    KIND_TEXTS,
    STATUS_TEXTS,
    Channel,
    MessageKind,
    RequestStatus,
    channel_of,
    follow_up_day,
    kind_of,
    status_of,
)
from .senders import (
    PastedSender,
    PasteResult,
    SenderGroup,
    group_by_sender,
    guess_kind,
    records_from_paste,
    sender_key,
)

__all__ = [
    "CARRIER_CLEARING",
    "CHANNEL_TEXTS",
    "DEFAULT_FOLLOW_UP_DAYS",
    "DONT_DO",
    "KIND_TEXTS",
    "MESSAGE_LANGUAGES",
    "STATUS_TEXTS",
    "TEMPLATE_TEXTS",
    "CarrierClearing",
    "Channel",
    "Guidance",
    "MessageKind",
    "PasteResult",
    "PastedSender",
    "RequestSource",
    "RequestStatus",
    "SenderGroup",
    "Template",
    "carrier_clearing_for",
    "channel_of",
    "due_followups",
    "follow_up_day",
    "group_by_sender",
    "guess_kind",
    "guidance_for",
    "is_due",
    "is_own_carrier",
    "kind_of",
    "message_language",
    "records_from_paste",
    "request_message",
    "sender_key",
    "sender_name",
    "shows_carrier_clearing",
    "status_of",
]
