"""Requirement codes in plain words: every catalog code has words, unknown codes are skipped."""

from __future__ import annotations

from ringoff.core.catalog import REQUIREMENTS
from ringoff.core.requirements import REQUIREMENT_TEXTS, in_words, requirement_text


def test_every_catalog_code_has_words() -> None:
    assert set(REQUIREMENT_TEXTS) == set(REQUIREMENTS)
    sources = [t.source for t in REQUIREMENT_TEXTS.values()]
    assert len(set(sources)) == len(sources)  # no two codes read the same
    assert all(t.context == "Requirements" for t in REQUIREMENT_TEXTS.values())


def test_in_words_keeps_order_drops_repeats_and_unknown_codes() -> None:
    words = in_words(["in_person", "id_card", "teleport", "in_person", "bank_card"])
    assert [str(w) for w in words] == [
        "A visit to a branch or service hall",
        "Your ID card",
        "The bank card, and the phone number the bank has for it",
    ]
    assert requirement_text("teleport") is None
    assert str(requirement_text("old_sms")).startswith("Your phone with the old SIM card")
