"""The data a person keeps in Ringoff: people, their phone numbers and the accounts tied to them.

Plain dataclasses, no Qt and no storage. storage.repo turns them into rows and back.
Enum values are stable identifiers: they appear in the vault, in `ringoff list --json` and in the
catalog files, so never rename one.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


def new_id() -> str:
    """A fresh random identifier (no meaning, safe to show in JSON)."""
    return uuid.uuid4().hex[:12]


class NumberStatus(StrEnum):
    IN_USE = "in_use"
    CANCEL_PLANNED = "cancel_planned"
    CANCELLED = "cancelled"


class NumberMode(StrEnum):
    """Whose troubles the number brings: the user's own old number, or one they received."""

    OWN = "own"
    RECEIVED = "received"  # "this number was someone else's" (a recycled number)


class Replacement(StrEnum):
    """What takes the old number's place in the person's accounts."""

    NEW_NUMBER = "new_number"  # the person's own new number
    FAMILY = "family"  # a family member's number ("Mum's mobile")
    SIGN_IN_ONLY = "sign_in_only"  # an email address or app sign-in, no phone number
    NOTHING = "nothing"  # nothing: the number is removed (or the account closed)


class Use(StrEnum):
    """How an account uses the number."""

    SIGN_IN = "sign_in"
    CODES = "codes"
    RECOVERY = "recovery"
    PAYMENT = "payment"
    NOTIFICATIONS = "notifications"


class Action(StrEnum):
    CHANGE = "change"  # change to the number that replaces the old one (PhoneNumber.target)
    REMOVE = "remove"  # remove the number from the account
    CLOSE = "close"  # close the account


class AccountStatus(StrEnum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANNOT = "cannot"  # cannot be done; the reason says why


class Category(StrEnum):
    BANK = "bank"
    PAYMENT = "payment"
    SOCIAL = "social"
    MESSAGING = "messaging"
    EMAIL = "email"
    SHOPPING = "shopping"
    GOVERNMENT = "government"
    TRAVEL = "travel"
    TRANSPORT = "transport"
    FOOD = "food"
    ENTERTAINMENT = "entertainment"
    GAMES = "games"
    CLOUD = "cloud"
    TELECOM = "telecom"
    DEVICE = "device"
    FINANCE = "finance"
    HEALTH = "health"
    EDUCATION = "education"
    WORK = "work"
    OTHER = "other"


@dataclass
class Person:
    name: str
    id: str = field(default_factory=new_id)


@dataclass
class PhoneNumber:
    """A phone number, always stored in E.164 (``+8613812345678``)."""

    e164: str
    person_id: str
    region: str  # ISO 3166 code of the carrier's country, e.g. "CN", "US"
    carrier: str = ""
    status: NumberStatus = NumberStatus.IN_USE
    cancel_on: date | None = None
    new_number: str | None = None  # E.164 of the replacing number (own or family), if any
    mode: NumberMode = NumberMode.OWN
    notes: str = ""
    reminder_days: tuple[int, ...] | None = None  # None: the default schedule
    reissue_rule: str | None = None  # timeline rule id; None: the region's rule
    custom_reissue_days: int | None = None  # for the "custom" rule
    # What replaces the number; None (older vaults, callers that only set new_number): a new
    # number when new_number is set, else nothing. See :attr:`replaced_by`.
    replacement: Replacement | None = None
    replacement_name: str = ""  # whose number it is for FAMILY, e.g. "Mum's mobile"
    id: str = field(default_factory=new_id)

    @property
    def replaced_by(self) -> Replacement:
        if self.replacement is not None:
            numbered = self.replacement in (Replacement.NEW_NUMBER, Replacement.FAMILY)
            if numbered and self.new_number is None:  # a number-kind choice without a number
                return Replacement.NOTHING
            return self.replacement
        return Replacement.NEW_NUMBER if self.new_number else Replacement.NOTHING

    @property
    def target(self) -> str | None:
        """The E.164 number accounts change to, or None when no number replaces this one."""
        if self.replaced_by in (Replacement.NEW_NUMBER, Replacement.FAMILY):
            return self.new_number
        return None


@dataclass
class Account:
    """An account tied to a number: a catalog service or one the user named."""

    number_id: str
    name: str  # the shown name: the catalog name in the user's language, or the user's own
    service_id: str | None = None
    uses: frozenset[Use] = frozenset()
    action: Action = Action.CHANGE
    status: AccountStatus = AccountStatus.TODO
    reason: str = ""  # why it cannot be done
    notes: str = ""
    checked_steps: frozenset[int] = frozenset()  # indices of ticked steps of the current path
    use_fallback: bool = False  # "the old number already doesn't work"
    kind: Category | None = None  # for an account the catalog does not know: bank, payment...
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class HistoryEntry:
    """One line of the history: what changed and when, so a family can see who did what.

    *event* is a stable identifier ("account_status", "number_added", ...) and *details* its
    values; the UI words it in the language in use when it is shown (ui/history.py).
    """

    at: datetime
    actor: str  # who was at the keyboard (the vault setting "your name"), may be empty
    event: str
    details: dict[str, str] = field(default_factory=dict)
    number_id: str | None = None
    account_id: str | None = None
    id: str = field(default_factory=new_id)
