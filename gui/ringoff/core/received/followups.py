"""Requests still waiting whose follow-up day has come (the received page's and home page's
banners).

Part of the received-number feature (:mod:`ringoff.core.received`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any, Protocol

from ..model import PhoneNumber
from .kinds import RequestStatus, status_of


class RequestSource(Protocol):
    """What :func:`due_followups` reads (storage.vault.Vault fits)."""

    def numbers(self) -> list[PhoneNumber]: ...

    def requests(self, number_id: str) -> list[dict[str, Any]]: ...


def is_due(request: Mapping[str, Any], today: date) -> bool:
    """Still waiting, and its follow-up day is today or already past."""
    follow = request.get("follow_up_on")
    if not follow or status_of(str(request.get("status", ""))) is not RequestStatus.WAITING:
        return False
    return date.fromisoformat(str(follow)) <= today


def due_followups(
    source: RequestSource, today: date, number_ids: Sequence[str] | None = None
) -> list[dict[str, Any]]:
    """Requests to follow up *today*: waiting, with a follow-up day today or earlier.

    Each is the vault's request row with ``number_id`` added, oldest follow-up first. Pass
    *number_ids* to look at some numbers only (the received page passes its own).
    """
    due: list[dict[str, Any]] = []
    for number in source.numbers():
        if number_ids is not None and number.id not in number_ids:
            continue
        for request in source.requests(number.id):
            if is_due(request, today):
                due.append({**request, "number_id": number.id})
    due.sort(key=lambda r: (str(r["follow_up_on"]), str(r["asked_on"])))
    return due
