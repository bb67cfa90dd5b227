"""What a person must have at hand for a step, in plain words.

Catalog entries list their needs as short codes (``requires = ["in_person", "id_card"]``, see
docs/catalog.md and :data:`ringoff.core.catalog.REQUIREMENTS`). Screens and printed checklists show
them as a "what to bring" list: :func:`in_words` turns the codes into translatable texts, in the
order given, without repeats, skipping codes it does not know (a newer catalog may add some).

No Qt here: the texts are :class:`~ringoff.core.i18n.Text` values, translated where they are shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from .i18n import QT_TRANSLATE_NOOP, Text

REQUIREMENT_TEXTS: Final[dict[str, Text]] = {
    "old_sms": QT_TRANSLATE_NOOP(
        "Requirements", "Your phone with the old SIM card in it, to receive a text"
    ),
    "new_sms": QT_TRANSLATE_NOOP(
        "Requirements", "Your phone with the new SIM card in it, to receive a text"
    ),
    "payment_password": QT_TRANSLATE_NOOP("Requirements", "Your payment password (PIN)"),
    "login_password": QT_TRANSLATE_NOOP("Requirements", "The password you sign in with"),
    "id_card": QT_TRANSLATE_NOOP("Requirements", "Your ID card"),
    "face_check": QT_TRANSLATE_NOOP(
        "Requirements", "Your own face, for a face check with the phone's camera"
    ),
    "bank_card": QT_TRANSLATE_NOOP(
        "Requirements", "The bank card, and the phone number the bank has for it"
    ),
    "in_person": QT_TRANSLATE_NOOP("Requirements", "A visit to a branch or service hall"),
    "customer_service": QT_TRANSLATE_NOOP(
        "Requirements", "A call or chat with customer service, and some patience"
    ),
    "email": QT_TRANSLATE_NOOP("Requirements", "Access to your email, to receive a message"),
    "old_device": QT_TRANSLATE_NOOP(
        "Requirements", "A phone or computer that is already signed in to this account"
    ),
    "security_questions": QT_TRANSLATE_NOOP(
        "Requirements", "The answers to your security questions"
    ),
}


def requirement_text(code: str) -> Text | None:
    """The plain words for one requirement code, or None for a code this version does not know."""
    return REQUIREMENT_TEXTS.get(code)


def in_words(codes: Iterable[str]) -> list[Text]:
    """The known codes of *codes* in plain words, in their order, each once."""
    seen: set[str] = set()
    out: list[Text] = []
    for code in codes:
        text = REQUIREMENT_TEXTS.get(code)
        if text is not None and code not in seen:
            seen.add(code)
            out.append(text)
    return out


__all__ = ["REQUIREMENT_TEXTS", "in_words", "requirement_text"]
