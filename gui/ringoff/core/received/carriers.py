"""The Chinese carriers' "二次号码焕新" service: clearing a recycled number's old ties at the
carrier (facts.md section 3).

Part of the received-number feature (:mod:`ringoff.core.received`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from ..i18n import QT_TRANSLATE_NOOP, Text
from ..model import PhoneNumber


@dataclass(frozen=True)
class CarrierClearing:
    service_id: str
    names: dict[str, str]
    how: Text
    timing: Text


#: The carriers' "二次号码焕新" service (facts.md section 3; sources there, reliability B/C).
CARRIER_CLEARING: Final[tuple[CarrierClearing, ...]] = (
    CarrierClearing(
        "china_mobile",
        {"zh_CN": "中国移动", "en": "China Mobile"},
        QT_TRANSLATE_NOOP("Recipient", "In the China Mobile app, search for “二次号码焕新”."),
        QT_TRANSLATE_NOOP("Recipient", "Reported to take up to 5 working days."),
    ),
    CarrierClearing(
        "china_unicom",
        {"zh_CN": "中国联通", "en": "China Unicom"},
        QT_TRANSLATE_NOOP(
            "Recipient",
            "In the China Unicom app, tap “服务” (Services), then “通用服务” (General "
            "services), then “二次号码焕新”.",
        ),
        QT_TRANSLATE_NOOP("Recipient", "Reported to work straight away."),
    ),
    CarrierClearing(
        "china_telecom",
        {"zh_CN": "中国电信", "en": "China Telecom"},
        QT_TRANSLATE_NOOP("Recipient", "In the China Telecom app, search for “二次焕新”."),
        QT_TRANSLATE_NOOP("Recipient", "Reported to take up to 5 working days."),
    ),
)

#: Text fragments a number's free-text carrier field may hold, per carrier id.
_CARRIER_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "china_mobile": ("移动", "mobile", "cmcc"),
    "china_unicom": ("联通", "unicom"),
    "china_telecom": ("电信", "telecom"),
}


def shows_carrier_clearing(number: PhoneNumber) -> bool:
    return number.region.upper() == "CN"


def carrier_clearing_for(number: PhoneNumber) -> list[CarrierClearing]:
    """The clearing services to show for *number*: its carrier's first, when it is known."""
    if not shows_carrier_clearing(number):
        return []
    carrier = number.carrier.casefold()
    mine = [
        c
        for c in CARRIER_CLEARING
        if carrier and any(w in carrier for w in _CARRIER_WORDS[c.service_id])
    ]
    return mine + [c for c in CARRIER_CLEARING if c not in mine]


def is_own_carrier(number: PhoneNumber, clearing: CarrierClearing) -> bool:
    carrier = number.carrier.casefold()
    return bool(carrier) and any(w in carrier for w in _CARRIER_WORDS[clearing.service_id])
