"""The calendar file (.ics): which numbers go in, how each is named, and writing the file.

The window's "Put the dates in your phone's calendar" and ``ringoff export-ics`` both come
here, so they choose the same numbers (the person's own numbers with a cancellation date), name
them the same way, follow each number's reminder days and its two switches (the reminder on the
cancellation day, the one before the number may go to someone else), and write the file
owner-only and atomically. Qt-free; the clock and the zone are passed in.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from ..core import phone
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.ics import IcsInput, IcsNumber, NothingToExport, export_ics
from ..core.model import NumberMode, PhoneNumber
from ..core.timeline import local_today, timeline_for_number
from ..storage.atomic import write_atomic
from .reminders import load_state

if TYPE_CHECKING:
    from ..storage.vault import Vault


def calendar_numbers(vault: Vault) -> list[PhoneNumber]:
    """The numbers a calendar file can hold: the person's own, with a cancellation date."""
    return [n for n in vault.numbers() if n.mode is NumberMode.OWN and n.cancel_on is not None]


def _today(now_utc: datetime, zone: tzinfo | None) -> date:
    if zone is None:
        return now_utc.astimezone().date()  # the computer's own zone, as the window's clock
    return local_today(now_utc, zone)


def calendar_input(vault: Vault, *, number_id: str | None, today: date) -> IcsInput:
    """What goes into the file: one number (by id) or all of :func:`calendar_numbers`.

    Raises NothingToExport when the chosen number, or every number, has no cancellation date.
    """
    chosen = [n for n in calendar_numbers(vault) if number_id is None or n.id == number_id]
    if number_id is not None and not chosen:
        raise NothingToExport(
            QT_TRANSLATE_NOOP(
                "Calendar",
                "This number has no cancellation date yet, so there is nothing to put in a "
                "calendar.",
            )
        )
    names = {p.id: p.name for p in vault.people()}
    state = load_state(vault)
    numbers = [
        IcsNumber(
            number_id=n.id,
            timeline=timeline_for_number(n, today),
            label=phone.display(n.e164, n.region),
            owner=names.get(n.person_id, ""),
            reminder_days=n.reminder_days,
            cancel_day_alarm=n.id not in state.skip_cancel_day,
            reissue_alarm=n.id not in state.skip_reissue,
        )
        for n in chosen
    ]
    return IcsInput(vault_id=vault.vault_id, numbers=numbers)


def calendar_file(
    vault: Vault,
    *,
    number_id: str | None,
    lang: str,
    include_details: bool,
    now_utc: datetime,
    zone: tzinfo | None = None,
) -> bytes:
    """The .ics file's bytes for one number or all (NothingToExport when there is none).

    *zone* decides which day "today" is (None: the computer's zone at *now_utc*).
    """
    events = calendar_input(vault, number_id=number_id, today=_today(now_utc, zone))
    return export_ics(events, lang=lang, include_details=include_details, now_utc=now_utc)


def with_ics_suffix(path: Path) -> Path:
    """*path*, with ".ics" added when a file dialog gave a name without it."""
    return path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics")


def save_calendar(
    vault: Vault,
    target: Path,
    *,
    number_id: str | None,
    lang: str,
    include_details: bool,
    now_utc: datetime,
    zone: tzinfo | None = None,
) -> Path:
    """Write the calendar file to *target*, owner-only and atomically; the path written.

    Nothing is written when there is nothing to export (NothingToExport) or the disk refuses
    (a plain UserError from storage).
    """
    data = calendar_file(
        vault,
        number_id=number_id,
        lang=lang,
        include_details=include_details,
        now_utc=now_utc,
        zone=zone,
    )
    write_atomic(target, data)
    return target


__all__ = [
    "calendar_file",
    "calendar_input",
    "calendar_numbers",
    "save_calendar",
    "with_ics_suffix",
]
