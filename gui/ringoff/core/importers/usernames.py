"""Is a saved user name the phone number? A cheap digit test first, the phonenumbers
library only when the digits could be the number; the verdicts are remembered per user name.
"""

from __future__ import annotations

import phonenumbers

_PHONE_CHARS = frozenset("0123456789 +-().\u00a0/")


class _NumberTest:
    """Is a user name the phone number? A cheap digit check first, phonenumbers only when needed."""

    def __init__(self, number_e164: str, region: str) -> None:
        self.e164 = number_e164
        self.region = region.upper() or None
        try:
            parsed = phonenumbers.parse(number_e164, None)
        except phonenumbers.NumberParseException:
            parsed = None
        if parsed is None:
            self.nsn = number_e164.lstrip("+")
            self.cc = ""
        else:
            self.nsn = phonenumbers.national_significant_number(parsed)
            self.cc = str(parsed.country_code)
            if self.region is None:
                self.region = phonenumbers.region_code_for_number(parsed) or None
        self.max_digits = len(self.cc) + len(self.nsn) + 4  # room for 00 / 011 / trunk prefixes
        self._seen: dict[str, bool] = {}

    def __call__(self, username: str) -> bool:
        u = username.strip()
        if len(u) < len(self.nsn) or len(u) > 40 or not self.nsn:
            return False
        if not _PHONE_CHARS.issuperset(u):
            return False  # letters, "@": an e-mail address or a name
        digits = "".join(c for c in u if c.isdigit())
        if not digits.endswith(self.nsn) or len(digits) > self.max_digits:
            return False
        known = self._seen.get(u)
        if known is None:
            known = self._confirm(u, digits)
            self._seen[u] = known
        return known

    def _confirm(self, text: str, digits: str) -> bool:
        if digits in (self.nsn, self.cc + self.nsn):
            return True
        for candidate, region in ((text, self.region), ("+" + digits, None)):
            try:
                parsed = phonenumbers.parse(candidate, region)
            except phonenumbers.NumberParseException:
                continue
            fmt = phonenumbers.PhoneNumberFormat.E164
            if phonenumbers.format_number(parsed, fmt) == self.e164:
                return True
        return False


def username_is_number(username: str, number_e164: str, region: str) -> bool:
    """True when *username* is the phone number written in any usual way."""
    return _NumberTest(number_e164, region)(username)
