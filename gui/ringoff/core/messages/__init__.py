"""Reading whole message archives to find every service that ever texted or mailed a number.

Formats (facts and sources in /work/shared/research/formats.md, repeated at each reader):

- Android "SMS Backup & Restore" XML (:func:`read_sms_backup`),
- a CSV or plain-text export of messages (:func:`read_message_table`, :func:`read_message_text`),
- iPhone ``sms.db`` from an unencrypted Finder/iTunes backup (:func:`read_sms_db`; the backup
  folder is resolved by ``operations.importing``),
- mbox (Google Takeout, Thunderbird, Apple Mail) and single .eml messages (:func:`read_mbox`,
  :func:`read_eml`),
- the reply of China's official look-up 一证通查 (:func:`read_official_reply`).

Privacy rule: a message body is looked at while its own message is read, to find the sender's
name (the 【签名】 or the service an English text names); then it is dropped. Only the sender,
the catalog service, the count and the last date survive, in :class:`SenderTally`. Nothing is
written anywhere: the readers take open streams or connections and return values.

Every reader streams: memory does not grow with the size of the archive, only with the number
of distinct senders (bounded by :data:`MAX_SENDERS`). ``cancel`` is called between chunks (at
least every :data:`CHUNK` bytes) and raises :class:`ImportCancelled` when it returns true;
``progress`` gets the bytes (or rows) read so far.

No Qt here. The rooms: ``model`` (results, limits), ``senders`` (who sent a text),
``sms_backup``, ``tables`` (CSV and plain text), ``iphone`` (sms.db), ``mail`` (mbox, .eml)
and ``official`` (一证通查).
"""

from __future__ import annotations

from .iphone import APPLE_EPOCH, apple_date, attributed_text, problem_not_sms_db, read_sms_db
from .mail import MAX_HEADER, MailTally, read_eml, read_mbox
from .model import (
    CHUNK,
    KIND_LABELS,
    MAX_FIELD,
    MAX_MEMO,
    MAX_SENDERS,
    ArchiveResult,
    Cancel,
    ImportCancelled,
    MessageFind,
    Progress,
)
from .official import looks_official_reply, read_official_reply
from .senders import SenderTally, is_service_address
from .sms_backup import read_sms_backup
from .tables import message_columns, read_message_table, read_message_text

__all__ = [
    "APPLE_EPOCH",
    "CHUNK",
    "KIND_LABELS",
    "MAX_FIELD",
    "MAX_HEADER",
    "MAX_MEMO",
    "MAX_SENDERS",
    "ArchiveResult",
    "Cancel",
    "ImportCancelled",
    "MailTally",
    "MessageFind",
    "Progress",
    "SenderTally",
    "apple_date",
    "attributed_text",
    "is_service_address",
    "looks_official_reply",
    "message_columns",
    "problem_not_sms_db",
    "read_eml",
    "read_mbox",
    "read_message_table",
    "read_message_text",
    "read_official_reply",
    "read_sms_backup",
    "read_sms_db",
]
