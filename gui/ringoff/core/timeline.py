"""Key dates for a number: when to finish, when it is cancelled, when it may go to someone else.

Everything here is calendar arithmetic on :class:`~datetime.date` values in the user's own time
zone. Nothing reads the clock: the caller works out *today* with :func:`local_today` from an
injected clock and zone, and passes it in.

How long a carrier waits before giving a cancelled number to a new customer differs by country.
Each :class:`ReissueRule` carries its source, in a comment here and in its ``source`` field, and
says whether that source is a regulation (``confirmed``) or only a report or a cautious guess.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum

from .i18n import QT_TRANSLATE_NOOP, Text
from .model import PhoneNumber

#: Days between the "last comfortable day" and the cancellation day, unless the caller says.
DEFAULT_BUFFER_DAYS = 7
#: How many accounts a person can reasonably move in a day (the plan's pace for warnings).
DEFAULT_PER_DAY = 2.0
#: Bounds for a rule the user sets: at least one day, at most ten years.
CUSTOM_MIN_DAYS = 1
CUSTOM_MAX_DAYS = 3650


@dataclass(frozen=True)
class ReissueRule:
    """How soon after cancellation a carrier may hand the number to someone else."""

    id: str
    region: str  # ISO 3166 code, or "" for a rule that is not tied to one country
    min_days: int  # earliest reissue = cancellation day + min_days
    max_days: int | None  # the latest the number stays out of use, when a rule fixes it
    confirmed: bool  # True: a regulation says so; False: a report, an estimate or a guess
    why: Text  # one or two plain sentences for the user
    source: str  # where the figure comes from (a URL, or a citation when no stable URL exists)


# China. 《电信服务规范》 (信息产业部令第36号, 2005) lets a carrier give a cancelled number to
# someone else 90 days after cancellation, as explained by a 国家应急广播 article (see
# /work/shared/research/facts.md, section 3). No stable official URL was found for the text,
# so the source field names the regulation itself.
CN = ReissueRule(
    id="cn_90",
    region="CN",
    min_days=90,
    max_days=None,
    confirmed=True,
    why=QT_TRANSLATE_NOOP(
        "Timeline",
        "In mainland China, the telecom service rules allow a carrier to give a cancelled "
        "number to someone else 90 days after it is cancelled.",
    ),
    source="《电信服务规范》(信息产业部令第36号, 2005), 90-day rule as reported by 国家应急广播",
)

# China, numbers closed for unpaid bills. Press reports describe about 30 days of arrears before
# the line is suspended and about 60 more days before it is closed, but no official text was
# found that says so. Shown as a note only; it never changes a date.
ARREARS_CN = QT_TRANSLATE_NOOP(
    "Timeline",
    "Unconfirmed: news reports say that a number with unpaid bills is suspended after about "
    "30 days and closed about 60 days later. We found no official rule that says this, so "
    "Ringoff does not use it to work out dates.",
)

# United States. FCC 18-177 (December 2018, CG Docket 17-59; 84 FR 11226) set a minimum "aging"
# period of 45 days before a disconnected number is reassigned, and 47 CFR 52.15(f)(1)(ii) keeps
# the existing maximum of 90 days for residential numbers (365 days for business numbers).
# https://docs.fcc.gov/public/attachments/FCC-18-177A1.pdf
# https://www.law.cornell.edu/cfr/text/47/52.15
US = ReissueRule(
    id="us_fcc",
    region="US",
    min_days=45,
    max_days=90,
    confirmed=True,
    why=QT_TRANSLATE_NOOP(
        "Timeline",
        "In the United States, FCC rules say a disconnected number must wait at least 45 days "
        "before it goes to someone new, and a home number at most 90 days.",
    ),
    source="https://docs.fcc.gov/public/attachments/FCC-18-177A1.pdf",
)

# India. The TRAI Telecom Consumers Protection (Sixth Amendment) Regulations 2013 forbid
# deactivating a prepaid connection for fewer than 90 days of non-usage (TRAI press release
# 12/2013, reproduced by India Consumer Forum), and press reports (India TV, 2024) say operators
# reuse numbers inactive for more than 90 days. That is an estimate, not a rule about the time
# after cancellation, so it is marked unconfirmed.
IN = ReissueRule(
    id="in_trai",
    region="IN",
    min_days=90,
    max_days=None,
    confirmed=False,
    why=QT_TRANSLATE_NOOP(
        "Timeline",
        "In India, numbers are reported to be given to new customers after about 90 days. "
        "This is an estimate, not a fixed rule.",
    ),
    source=(
        "https://www.indiaconsumerforum.org/"
        "trais-direction-to-service-providers-on-deactivation-of-connection-due-to-non-usage/"
    ),
)

# Everywhere else, including the United Kingdom: Ofcom has no specific rule on how operators
# manage mobile numbers (Mobile News, 2014) and no EU-wide rule was found. Ringoff assumes the
# worst plausible case it can defend, 30 days, and says plainly that this is its own guess.
DEFAULT = ReissueRule(
    id="default",
    region="",
    min_days=30,
    max_days=None,
    confirmed=False,
    why=QT_TRANSLATE_NOOP(
        "Timeline",
        "We know of no fixed rule for this country. To be safe, Ringoff assumes the number "
        "could go to someone else 30 days after it is cancelled.",
    ),
    source="Ringoff's own cautious assumption (no official rule found; Ofcom: none for the UK)",
)

RULES: dict[str, ReissueRule] = {rule.id: rule for rule in (CN, US, IN, DEFAULT)}
_BY_REGION: dict[str, ReissueRule] = {rule.region: rule for rule in (CN, US, IN)}

CUSTOM_ID = "custom"


def custom(days: int) -> ReissueRule:
    """A rule the user sets: the number may be reissued *days* days after cancellation."""
    if isinstance(days, bool) or not isinstance(days, int):
        raise TypeError("days must be an int")
    if not CUSTOM_MIN_DAYS <= days <= CUSTOM_MAX_DAYS:
        raise ValueError(f"days must be between {CUSTOM_MIN_DAYS} and {CUSTOM_MAX_DAYS}")
    return ReissueRule(
        id=CUSTOM_ID,
        region="",
        min_days=days,
        max_days=None,
        confirmed=False,
        why=QT_TRANSLATE_NOOP(
            "Timeline", "You set this yourself: {days} days after cancellation."
        ).format(days=days),
        source="",
    )


def rule_for(
    region: str, rule_id: str | None = None, custom_days: int | None = None
) -> ReissueRule:
    """The rule a number uses: the one it names, else its region's, else the cautious default.

    ``rule_id="custom"`` needs *custom_days*; without them (or with an id this version does not
    know, e.g. from a newer vault) the region's rule is used so that a date is always shown.
    """
    if rule_id == CUSTOM_ID and custom_days is not None:
        return custom(custom_days)
    if rule_id is not None and rule_id in RULES:
        return RULES[rule_id]
    return _BY_REGION.get(region.strip().upper(), DEFAULT)


class Phase(StrEnum):
    """Where a number stands on its timeline today."""

    NO_DATE = "no_date"  # no cancellation date yet
    PLENTY_OF_TIME = "plenty_of_time"  # on or before the last comfortable day
    FINISH_SOON = "finish_soon"  # past the last comfortable day, not yet cancelled
    CANCELLED_WAITING = "cancelled_waiting"  # cancelled, before the earliest reissue day
    MAY_BE_REISSUED = "may_be_reissued"  # on or after the earliest reissue day


@dataclass(frozen=True)
class Timeline:
    """The key dates of one number, all in the user's own calendar."""

    today: date
    cancel_on: date | None
    rule: ReissueRule
    buffer_days: int = DEFAULT_BUFFER_DAYS

    @property
    def last_comfortable_day(self) -> date | None:
        """The day to aim for: cancellation minus the buffer."""
        if self.cancel_on is None:
            return None
        return self.cancel_on - timedelta(days=self.buffer_days)

    @property
    def earliest_reissue(self) -> date | None:
        """The first day the carrier may give the number to someone else."""
        if self.cancel_on is None:
            return None
        return self.cancel_on + timedelta(days=self.rule.min_days)

    @property
    def latest_reissue(self) -> date | None:
        """The day by which the number may be reissued, when a rule fixes a maximum."""
        if self.cancel_on is None or self.rule.max_days is None:
            return None
        return self.cancel_on + timedelta(days=self.rule.max_days)

    def phase(self, today: date | None = None) -> Phase:
        """The phase on *today* (the timeline's own day when not given).

        The cancellation day itself counts as cancelled: on that day the number stops working.
        """
        day = self.today if today is None else today
        if self.cancel_on is None:
            return Phase.NO_DATE
        last = self.last_comfortable_day
        earliest = self.earliest_reissue
        assert last is not None and earliest is not None
        if day <= last:
            return Phase.PLENTY_OF_TIME
        if day < self.cancel_on:
            return Phase.FINISH_SOON
        if day < earliest:
            return Phase.CANCELLED_WAITING
        return Phase.MAY_BE_REISSUED


def build_timeline(
    cancel_on: date | None,
    region: str,
    today: date,
    rule: ReissueRule | None = None,
    buffer_days: int = DEFAULT_BUFFER_DAYS,
) -> Timeline:
    """The timeline of a number cancelled on *cancel_on* (``None``: no date yet).

    *rule* defaults to the region's rule (see :func:`rule_for`).
    """
    if buffer_days < 0:
        raise ValueError("buffer_days must not be negative")
    if rule is not None and rule.min_days < 1:
        raise ValueError("a reissue rule must wait at least one day")
    return Timeline(
        today=today,
        cancel_on=cancel_on,
        rule=rule if rule is not None else rule_for(region),
        buffer_days=buffer_days,
    )


def timeline_for_number(
    number: PhoneNumber, today: date, buffer_days: int = DEFAULT_BUFFER_DAYS
) -> Timeline:
    """The timeline of a stored number, using its own rule choice and custom days."""
    rule = rule_for(number.region, number.reissue_rule, number.custom_reissue_days)
    return build_timeline(number.cancel_on, number.region, today, rule, buffer_days)


def days_until(d: date, today: date) -> int:
    """Whole days from *today* to *d*: 0 on the day itself, negative once it has passed."""
    return (d - today).days


def fits(
    remaining_accounts: int, today: date, last_day: date, per_day: float = DEFAULT_PER_DAY
) -> bool:
    """Whether *remaining_accounts* can be moved by *last_day* at *per_day* accounts a day.

    Today and the last day both count as working days. Nothing left always fits; anything
    left after the last day has passed does not.
    """
    if remaining_accounts < 0:
        raise ValueError("remaining_accounts must not be negative")
    if not per_day > 0 or math.isinf(per_day):
        raise ValueError("per_day must be a positive, finite number")
    if remaining_accounts == 0:
        return True
    working_days = days_until(last_day, today) + 1
    if working_days <= 0:
        return False
    return working_days * per_day >= remaining_accounts


def local_today(now_utc: datetime, tz: tzinfo) -> date:
    """The calendar day it is in zone *tz* at the instant *now_utc* (an aware datetime)."""
    if now_utc.tzinfo is None or now_utc.utcoffset() is None:
        raise ValueError("now_utc must be timezone-aware")
    return now_utc.astimezone(tz).date()
