"""Reading password-manager exports to find the accounts tied to a phone number.

A person exports their passwords (Chrome, Firefox, Safari, Bitwarden, KeePassXC, 1Password,
LastPass or any table with a web address and a user name column) and Ringoff lists the sites in
it: the ones whose user name is the phone number, the ones the catalog knows, and the rest.

Privacy rule: a row's password, notes, one-time-password secret, custom fields and the user name
itself live only while that row is parsed. The user name is compared with the number and then
dropped; nothing of them reaches :class:`ImportResult` or :class:`FoundItem`.

The module is pure Python (no Qt). The catalog is reached through :class:`ServiceMatcher`, a small
protocol that ``core.catalog`` satisfies.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import json
import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import IO, Any, Protocol

import phonenumbers

from .errors import ImportProblem
from .i18n import QT_TRANSLATE_NOOP, Text

# --------------------------------------------------------------------------------------------
# The catalog, as seen from here


class ServiceRef(Protocol):
    """A catalog service: its stable id and its name in a language."""

    @property
    def id(self) -> str: ...

    def name(self, lang: str) -> str: ...


class ServiceMatcher(Protocol):
    """What the importer needs from the catalog."""

    def service_for_domain(self, host_or_url: str) -> ServiceRef | None:
        """The service owning this domain (exact domain or a subdomain of it)."""
        ...

    def service_for_sms_sender(self, sender: str) -> ServiceRef | None:
        """The service whose SMS signature is *sender* (the text in 【】 or the named sender)."""
        ...

    def search(self, text: str, lang: str = "en", limit: int = 50) -> Sequence[ServiceRef]:
        """Services whose names or aliases match *text*, best first."""
        ...


# --------------------------------------------------------------------------------------------
# Results

REASON_USES_NUMBER = "uses_number"
REASON_KNOWN_SERVICE = "known_service"
REASON_OTHER = "other"


@dataclass(frozen=True, slots=True)
class FoundItem:
    """One site or service found in an export (several rows of the same one are merged).

    Holds no secret: no password, note, TOTP, custom field and no user name, only whether a user
    name was the phone number.
    """

    title: str  # the entry's title (user name removed), or the host when there is none
    host: str  # lowercase registrable-ish host of the web address, "" if none
    username_is_number: bool  # at least one merged row signs in with the phone number
    service_id: str | None  # the catalog service, if recognised
    service_name: str  # the catalog name in the requested language, else the title or host
    reason: str  # REASON_USES_NUMBER | REASON_KNOWN_SERVICE | REASON_OTHER
    line: int  # source line of the first merged row (item number for JSON exports)
    count: int = 1  # how many rows were merged into this item


@dataclass(frozen=True, slots=True)
class ImportResult:
    format: str  # format id, see FORMAT_LABELS
    format_label: Text  # the format's name, to show ("Chrome, Edge or Brave")
    rows: int  # data rows read (header excluded, blank lines skipped)
    items: list[FoundItem]


@dataclass(frozen=True, slots=True)
class ImportChoice:
    """One line of the import preview."""

    item: FoundItem
    ticked: bool  # ticked by default
    duplicate: bool  # the vault already has an account for it (then unticked)


#: Every format id and its label. ``generic`` means the header was not recognised but still has
#: a web address and a user name column.
FORMAT_LABELS: dict[str, Text] = {
    "chrome": QT_TRANSLATE_NOOP("Import", "Chrome, Edge or Brave"),
    "firefox": QT_TRANSLATE_NOOP("Import", "Firefox"),
    "safari": QT_TRANSLATE_NOOP("Import", "Safari or Apple Passwords"),
    "bitwarden_csv": QT_TRANSLATE_NOOP("Import", "Bitwarden (.csv)"),
    "bitwarden_json": QT_TRANSLATE_NOOP("Import", "Bitwarden (.json)"),
    "keepassxc": QT_TRANSLATE_NOOP("Import", "KeePassXC"),
    "onepassword": QT_TRANSLATE_NOOP("Import", "1Password"),
    "lastpass": QT_TRANSLATE_NOOP("Import", "LastPass"),
    "keepass_csv": QT_TRANSLATE_NOOP("Import", "KeePass (CSV, 1.x layout)"),
    "keepass_xml": QT_TRANSLATE_NOOP("Import", "KeePass (XML)"),
    "enpass": QT_TRANSLATE_NOOP("Import", "Enpass (.json)"),
    "dashlane": QT_TRANSLATE_NOOP("Import", "Dashlane"),
    "protonpass": QT_TRANSLATE_NOOP("Import", "Proton Pass"),
    "nordpass": QT_TRANSLATE_NOOP("Import", "NordPass"),
    "keeper": QT_TRANSLATE_NOOP("Import", "Keeper"),
    "onepassword_1pux": QT_TRANSLATE_NOOP("Import", "1Password (.1pux)"),
    "generic": QT_TRANSLATE_NOOP(
        "Import", "A table of web addresses and user names (the program that made it is unknown)"
    ),
}

UNKNOWN_FORMAT = "unknown"


# --------------------------------------------------------------------------------------------
# Messages


def _problem(message: Text, hint: Text | None = None) -> ImportProblem:
    return ImportProblem(message, hint)


def _msg_empty() -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP("Import", "This file is empty."),
        QT_TRANSLATE_NOOP("Import", "Export your passwords again and choose the new file."),
    )


def _msg_binary() -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP(
            "Import", "This file is not a text file, so it cannot be a password export."
        ),
        QT_TRANSLATE_NOOP(
            "Import", "Choose the .csv or .json file that your password manager saved."
        ),
    )


def _msg_not_export() -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP(
            "Import",
            "This file does not look like a password export: we could not find a web address "
            "or user name column.",
        ),
        QT_TRANSLATE_NOOP(
            "Import",
            "Export your passwords again from the browser or password manager and choose the "
            "CSV format.",
        ),
    )


def _msg_unclosed_quote(line: int) -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP(
            "Import", "Line {line} could not be read: a quote was opened and never closed."
        ).format(line=line),
        QT_TRANSLATE_NOOP(
            "Import", "The file may have been cut short or edited. Export your passwords again."
        ),
    )


def _msg_bad_line(line: int) -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP(
            "Import", "Line {line} could not be read: its quotes are not where they should be."
        ).format(line=line),
        QT_TRANSLATE_NOOP(
            "Import", "The file may have been cut short or edited. Export your passwords again."
        ),
    )


def _msg_line_too_long(line: int) -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP(
            "Import", "Line {line} could not be read: one of its cells is far too long."
        ).format(line=line)
    )


def _msg_encrypted_bitwarden() -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP(
            "Import",
            "This Bitwarden export is encrypted; export again and choose the unencrypted .json "
            "or .csv format.",
        )
    )


def _msg_bad_json(line: int) -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP(
            "Import", "This .json file is damaged or cut short (the problem is near line {line})."
        ).format(line=line),
        QT_TRANSLATE_NOOP("Import", "Export your passwords again and choose the new file."),
    )


# --------------------------------------------------------------------------------------------
# Format detection

# Names a web-address or user-name column may have in a table we do not recognise.
_URL_NAMES = frozenset(
    {
        "url",
        "urls",
        "uri",
        "login_uri",
        "website",
        "web site",
        "web address",
        "site",
        "address",
        "link",
        "hostname",
        "origin",
        "domain",
        "login url",
        "网址",
        "网站",
        "链接",
        "域名",
        "地址",
    }
)
_USER_NAMES = frozenset(
    {
        "username",
        "user name",
        "user",
        "login",
        "login_username",
        "login name",
        "email",
        "e-mail",
        "account",
        "phone",
        "用户名",
        "账号",
        "帐号",
        "账户",
        "帐户",
        "登录名",
        "手机号",
        "邮箱",
    }
)
_TITLE_NAMES = ("title", "name", "名称", "标题", "名字")


@dataclass(frozen=True, slots=True)
class _Columns:
    """Column indices of the fields kept (-1: absent). Secret columns are never looked up."""

    title: int
    url: int
    username: int
    kind: int = -1  # "type" (Bitwarden, Proton Pass, NordPass): only logins are read
    more_users: tuple[int, ...] = ()  # further user-name columns (Dashlane, Proton Pass email)


def _norm_header(header: Sequence[str]) -> list[str]:
    return [h.strip().lstrip("\ufeff").strip().strip('"').strip().lower() for h in header]


def detect_format(header: list[str]) -> str:
    """The format id of a CSV export from its header row (case and column order do not matter).

    Returns one of ``chrome``, ``firefox``, ``safari``, ``bitwarden_csv``, ``keepassxc``,
    ``onepassword``, ``lastpass``, ``generic`` (not recognised, but it has a web-address column
    and a user-name column) or ``unknown``. Bitwarden's JSON export has no header row:
    :func:`read_export` recognises it by its content (``bitwarden_json``).
    """
    cols = set(_norm_header(header))
    login = {"username", "password"} <= cols
    # KeePass 2 "KeePass CSV (1.x)": "Account","Login Name","Password","Web Site","Comments"
    # (pass-import, pass_import/managers/keepass.py, KeepassCSV.keys)
    if {"account", "login name", "password", "web site"} <= cols:
        return "keepass_csv"
    # Dashlane credentials.csv: username, username2, username3, title, password, note, url,
    # category, otpSecret (bitwarden/clients libs/importer/.../dashlane-csv-types.ts)
    if {"username", "username2", "title", "password", "url"} <= cols:
        return "dashlane"
    # Proton Pass: type,name,url,email,username,password,note,totp,createTime,modifyTime,vault
    # (ProtonMail/WebClients packages/pass/lib/import/providers/protonpass/mocks/protonpass.csv)
    if {"type", "name", "url", "password", "note", "totp"} <= cols and (
        {"createtime", "modifytime", "vault", "email"} & cols
    ):
        return "protonpass"
    # NordPass: name,url,additional_urls,username,password,note,cardholdername,… ,type,…
    # (ProtonMail/WebClients packages/pass/lib/import/providers/nordpass/mocks/nordpass.csv)
    if (
        login
        and {"name", "url", "additional_urls"} <= cols
        and ({"cardholdername", "cardnumber", "folder", "type"} & cols)
    ):
        return "nordpass"
    if {"login_uri", "login_username"} <= cols and {"type", "name"} & cols:
        return "bitwarden_csv"
    if login and {"url", "httprealm", "formactionorigin"} <= cols:
        return "firefox"
    if login and {"group", "title", "url"} <= cols:
        return "keepassxc"
    if login and {"url", "name"} <= cols and {"grouping", "extra"} & cols:
        return "lastpass"
    has_url = bool({"url", "website", "urls"} & cols)
    if login and "title" in cols and has_url:
        if {"favorite", "archived", "tags"} & cols or "url" not in cols:
            return "onepassword"
        return "safari"
    if login and {"name", "url"} <= cols:
        return "chrome"  # Chrome, Edge, Brave, Opera; older versions have no "note" column
    if cols & _URL_NAMES and cols & _USER_NAMES:
        return "generic"
    return UNKNOWN_FORMAT


def _columns(fmt: str, header: Sequence[str]) -> _Columns:
    names = _norm_header(header)

    def find(*candidates: str) -> int:
        for cand in candidates:
            if cand in names:
                return names.index(cand)
        return -1

    if fmt == "bitwarden_csv":
        return _Columns(find("name"), find("login_uri"), find("login_username"), find("type"))
    if fmt == "keepass_csv":
        return _Columns(find("account"), find("web site"), find("login name"))
    if fmt == "dashlane":
        extra = tuple(i for i in (find("username2"), find("username3")) if i >= 0)
        return _Columns(find("title"), find("url"), find("username"), -1, extra)
    if fmt == "protonpass":
        extra = (find("email"),) if find("email") >= 0 else ()
        return _Columns(find("name"), find("url"), find("username"), find("type"), extra)
    if fmt == "nordpass":
        return _Columns(find("name"), find("url"), find("username"), find("type"))
    if fmt == "firefox":
        return _Columns(-1, find("url"), find("username"))
    if fmt == "chrome" or fmt == "lastpass":
        return _Columns(find("name"), find("url"), find("username"))
    if fmt in ("safari", "keepassxc", "onepassword"):
        return _Columns(find("title"), find("url", "website", "urls"), find("username"))
    url = next((i for i, n in enumerate(names) if n in _URL_NAMES), -1)
    user = next((i for i, n in enumerate(names) if n in _USER_NAMES), -1)
    return _Columns(find(*_TITLE_NAMES), url, user)


# --------------------------------------------------------------------------------------------
# Decoding


def _decode(data: bytes) -> str:
    """Bytes to text: UTF-8 (BOM or not), UTF-16 with a BOM, else GB18030 (a superset of GBK)."""
    if not data.strip():
        raise _msg_empty()
    if data[:4] == b"PK\x03\x04":
        raise _msg_zip_unknown()
    text: str | None = None
    if data[:3] == b"\xef\xbb\xbf":
        text = _try_decode(data[3:], "utf-8")
    elif data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = _try_decode(data, "utf-16")
    else:
        text = _try_decode(data, "utf-8")
        if text is None:
            text = _try_decode(data, "gb18030")
    if text is None or _looks_binary(text):
        raise _msg_binary()
    if not text.strip():
        raise _msg_empty()
    return text


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _looks_binary(text: str) -> bool:
    """Text with a NUL or many control characters is a binary file decoded by chance."""
    if "\x00" in text:
        return True
    sample = text[:4096]
    return len(_CONTROL.findall(sample)) * 20 > len(sample)


# --------------------------------------------------------------------------------------------
# Hosts and phone numbers

_HOST_CACHE_LIMIT = 200_000
_TWO_LEVEL_SUFFIXES = frozenset({"com", "net", "org", "gov", "edu", "co", "ac", "or", "ne", "go"})
_KEEP_SCHEMES = frozenset({"http", "https", "android", "ftp", "ftps", ""})


def host_of(url: str) -> str:
    """The lowercase host of a web address without ``www.`` and port ("" when there is none).

    ``android://hash@com.example.app/`` (apps saved by Chrome) gives the package name.
    Addresses of other kinds (``chrome://``, ``moz-extension://``, ``file:``) give "".
    """
    fast = _PLAIN_WEB_URL.match(url)
    if fast is not None:  # the usual https://host/... : one regular expression, no loop
        host = fast.group(1).lower().strip(".")
        if host.startswith("www.") and host.count(".") >= 2:
            host = host[4:]
        return host
    u = url.strip()
    if not u:
        return ""
    # Several addresses in one cell (Bitwarden): the first one counts.
    u = u.split()[0]
    scheme, sep, rest = u.partition("://")
    if not sep:
        scheme, rest = "", u
        if ":" in u.split("/", 1)[0] and not _PORT_RE.search(u.split("/", 1)[0]):
            return ""  # "mailto:x", "about:blank"
    scheme = scheme.lower()
    if scheme not in _KEEP_SCHEMES:
        return ""
    for stop in "/?#\\,;":
        cut = rest.find(stop)
        if cut >= 0:
            rest = rest[:cut]
    rest = rest.rpartition("@")[2]
    if rest.startswith("["):  # IPv6 literal
        return rest.split("]", 1)[0].lstrip("[").lower()
    host = rest.split(":", 1)[0].strip(".").lower()
    if host.startswith("www.") and host.count(".") >= 2:
        host = host[4:]
    if not host or any(c in host for c in ' "<>{}|^`'):
        return ""
    return host


_PORT_RE = re.compile(r":\d+$")
_PLAIN_WEB_URL = re.compile(
    r"\s*https?://(?:[^/?#@\s\\]*@)?([A-Za-z0-9][A-Za-z0-9.-]*)(?::\d*)?(?:[/?#]|\s*$)",
    re.IGNORECASE,
)


def _quick_host(url: str) -> str | None:
    """host_of() for the plain lowercase "https://host/…" of nearly every row, with one
    regular expression; None for anything else (then host_of decides)."""
    m = _QUICK_HOST.match(url)
    if m is None:
        return None
    host = m.group(1).strip(".")
    if host.startswith("www.") and host.count(".") >= 2:
        host = host[4:]
    return host or None


_ASCII_PUNCT = bytes(c for c in range(128) if not chr(c).isalnum())
_QUICK_HOST = re.compile(r"https?://([a-z0-9][a-z0-9.\-]*)(?=[/?#]|\Z)")
_NOT_HOST = re.compile(r"[^a-z0-9.\-]")


def registrable_host(host: str) -> str:
    """A close guess of the registrable domain: ``mail.google.com`` → ``google.com``,
    ``www.bank.com.cn`` → ``bank.com.cn``. IP addresses and single labels stay as they are."""
    last = host.rfind(".")
    if last < 0 or ":" in host:
        return host
    second = host.rfind(".", 0, last)
    if second < 0:
        return host
    if host[last + 1 :].isdigit() and host.replace(".", "").isdigit():
        return host  # an IPv4 address
    if len(host) - last == 3 and host[second + 1 : last] in _TWO_LEVEL_SUFFIXES:
        third = host.rfind(".", 0, second)
        return host[third + 1 :]
    return host[second + 1 :]


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


def _clean_title(title: str, secrets: Sequence[str]) -> str:
    """The entry title without the user name or password in it (Safari writes
    "site.com (user@example.com)")."""
    t = title.strip()
    for secret in secrets:
        if len(secret) < 3 or secret not in t:
            s = secret.strip()
            if len(s) < 3 or s not in t:
                continue
        else:
            s = secret.strip()
        t = t.replace(s, "")
    if len(t) != len(title.strip()):
        t = re.sub(r"\(\s*\)|\[\s*\]|（\s*）", "", t)
        t = " ".join(t.split()).strip(" -–—:·|")
    return t[:200]


# --------------------------------------------------------------------------------------------
# Reading


@dataclass(slots=True)
class _Acc:
    title: str
    host: str
    service_id: str | None
    service_name: str
    line: int
    uses_number: bool
    count: int = 1


class _Collector:
    """Merges rows into items as they come; holds nothing secret."""

    def __init__(self, number: _NumberTest, matcher: ServiceMatcher, lang: str) -> None:
        self.number = number
        self.matcher = matcher
        self.lang = lang
        self.items: dict[str, _Acc] = {}
        self._site_cache: dict[str, tuple[str, ServiceRef | None]] = {}
        self._title_cache: dict[str, ServiceRef | None] = {}
        self._host_cache: dict[str, str] = {}
        self._by_name: Callable[[str], ServiceRef | None] | None = getattr(
            matcher, "service_for_name", None
        )
        self._by_package: Callable[[str], ServiceRef | None] | None = getattr(
            matcher, "service_for_android_package", None
        )
        # A catalog's look-up for bare hosts skips URL parsing (most of the time of a big file).
        self._for_host: Callable[[str], ServiceRef | None] = getattr(
            matcher, "service_for_host", matcher.service_for_domain
        )
        name_index = getattr(matcher, "name_index", None)
        self._names: Mapping[str, ServiceRef] | None = (
            name_index() if name_index is not None and self._by_name is not None else None
        )
        self._ascii_names: dict[bytes, ServiceRef] = {
            k.encode(): v for k, v in (self._names or {}).items() if k.isascii()
        }
        index = getattr(matcher, "domain_index", None)
        self._domains: Mapping[str, ServiceRef] | None = index() if index is not None else None
        # Registrable domains with catalog domains below them (weixin.qq.com under qq.com),
        # and catalog domains shorter than a registrable domain (gov.uk): only hosts under
        # those need the label-by-label look-up.
        self._deep: set[str] = set()
        self._short: dict[str, ServiceRef] = {}
        for domain, owner in (self._domains or {}).items():
            reg = registrable_host(domain)
            if reg != domain:
                self._deep.add(reg)
            elif domain.count(".") == 1 and domain.split(".")[0] in _TWO_LEVEL_SUFFIXES:
                self._short[domain] = owner

    def host(self, url: str) -> str:
        h = self._host_cache.get(url)
        if h is None:
            h = host_of(url)
            if len(self._host_cache) < _HOST_CACHE_LIMIT:
                self._host_cache[url] = h
        return h

    def site(self, host: str, is_app: bool) -> tuple[str, ServiceRef | None]:
        """The host to show and group by, and the catalog service owning it."""
        key = ("a:" if is_app else "w:") + host
        found = self._site_cache.get(key)
        if found is None:
            if not is_app and self._domains is not None:
                shown = registrable_host(host)
                ref = self._service_of(host, shown) if "." in host else None
                if ref is None:
                    alias = _SIGN_IN_HOSTS.get(shown)
                    ref = self.matcher.service_for_domain(alias) if alias else None
                return shown, ref
            if is_app:
                # An Android app saved by Chrome (android://<hash>@com.whatsapp/): its package
                # name is not a web domain; the catalog's android_packages know it.
                app = self._by_package(host) if self._by_package is not None else None
                found = (host, app)
            else:
                shown = registrable_host(host)
                ref = self._service_of(host, shown) if "." in host else None
                if ref is None:
                    alias = _SIGN_IN_HOSTS.get(shown)
                    ref = self.matcher.service_for_domain(alias) if alias else None
                found = (shown, ref)
            self._site_cache[key] = found
        return found

    def _service_of(self, host: str, reg: str) -> ServiceRef | None:
        domains = self._domains
        if domains is None or reg in self._deep:
            return self._for_host(host)
        found = domains.get(reg)
        if found is None and self._short:
            tail = reg.partition(".")[2]
            found = self._short.get(tail) or self._short.get(tail.partition(".")[2])
        return found

    def service_for_title(self, title: str) -> ServiceRef | None:
        """A catalog service whose name is exactly *title* (no guessing from part of a name)."""
        if self._by_name is not None:  # a dictionary look-up (search() scans every service)
            return self._by_name(title) if len(title) <= 60 else None
        key = title.casefold()
        if key in self._title_cache:
            return self._title_cache[key]
        found: ServiceRef | None = None
        if 0 < len(key) <= 60:
            for ref in self.matcher.search(title, self.lang, 5):
                names = {ref.name(self.lang).casefold(), ref.name("en").casefold()}
                names.add(ref.name("zh_CN").casefold())
                if key in names or key == ref.id:
                    found = ref
                    break
        self._title_cache[key] = found
        return found

    def add(
        self,
        line: int,
        title: str,
        url: str,
        username: str,
        secrets: Sequence[str],
        more_users: Sequence[str] = (),
    ) -> None:
        # The hot path of a big export, written out inline: a 100,000-row file must preview
        # within 5x a bare csv.reader pass (benchmarks/bench_import.py).
        is_number = bool(username) and username[-1:].isdigit() and self.number(username)
        if more_users:
            if not is_number:
                is_number = any(u and u[-1:].isdigit() and self.number(u) for u in more_users)
            secrets = (*secrets, *more_users)
        host: str | None = ""
        is_app = False
        if url:
            host = _quick_host(url)
            if host is None:
                host = self.host(url)
                is_app = bool(host) and url.lstrip()[:10].lower() == "android://"
        if title:
            clean = title.strip()
            hit = len(username) >= 3 and username.strip() in clean
            if not hit:
                for secret in secrets:
                    if len(secret) >= 3 and secret.strip() in clean:
                        hit = True
                        break
            title = _clean_title(title, (username, *secrets)) if hit else clean[:200]
        if not host and not title:
            return  # nothing to show the user
        ref: ServiceRef | None = None
        site = ""
        if host:
            domains = self._domains
            if domains is not None and not is_app:
                site = registrable_host(host)
                if site in self._deep or "." not in host:
                    ref = self._for_host(host) if "." in host else None
                else:
                    ref = domains.get(site)
                    if ref is None and self._short:
                        ref = self._service_of(host, site)
                if ref is None and site in _SIGN_IN_HOSTS:
                    ref = self.matcher.service_for_domain(_SIGN_IN_HOSTS[site])
            else:
                site, ref = self.site(host, is_app)
        if ref is None and title:
            names = self._names
            if names is not None:
                if len(title) <= 60:
                    if title.isascii():
                        # bytes.translate deletes in C: the normalise() of an ASCII title
                        ref = self._ascii_names.get(
                            title.lower().encode().translate(None, _ASCII_PUNCT)
                        )
                    else:
                        ref = self._by_name(title)  # type: ignore[misc]
            else:
                ref = self.service_for_title(title)
        if ref is not None:
            key = "s:" + ref.id
        elif site:
            key = "h:" + site
        else:
            key = "t:" + title.casefold()
        acc = self.items.get(key)
        if acc is None:
            if len(self.items) >= MAX_SITES:
                raise _msg_too_many_sites()
            shown_title = title or host or ""
            self.items[key] = _Acc(
                title=shown_title,
                host=site,
                service_id=ref.id if ref is not None else None,
                service_name=ref.name(self.lang) if ref is not None else shown_title,
                line=line,
                uses_number=is_number,
            )
        else:
            acc.count += 1
            if is_number:
                acc.uses_number = True

    def result(self, fmt: str, rows: int) -> ImportResult:
        items = []
        for acc in self.items.values():
            if acc.uses_number:
                reason = REASON_USES_NUMBER
            elif acc.service_id is not None:
                reason = REASON_KNOWN_SERVICE
            else:
                reason = REASON_OTHER
            items.append(
                FoundItem(
                    title=acc.title,
                    host=acc.host,
                    username_is_number=acc.uses_number,
                    service_id=acc.service_id,
                    service_name=acc.service_name,
                    reason=reason,
                    line=acc.line,
                    count=acc.count,
                )
            )
        return ImportResult(fmt, FORMAT_LABELS[fmt], rows, items)


#: Largest export read (CSV and XML are streamed, so memory does not follow the size; this bounds
#: the time). JSON exports are parsed whole and have a smaller limit.
MAX_EXPORT_BYTES = 512 * 1024 * 1024
MAX_JSON_BYTES = 64 * 1024 * 1024
#: Different sites kept at most (memory grows with them, not with rows).
MAX_SITES = 200_000

#: Sign-in hosts whose registrable domain the catalog does not list, and the domain of their
#: service: login.microsoftonline.com is the sign-in page of Microsoft's identity platform
#: (https://learn.microsoft.com/en-us/entra/identity-platform/authentication-national-cloud),
#: msauth.net serves its sign-in pages; appleid.apple.com / icloud.com are Apple Account's.
_SIGN_IN_HOSTS: dict[str, str] = {
    "microsoftonline.com": "microsoft.com",
    "msauth.net": "microsoft.com",
    "windows.net": "microsoft.com",
    "icloud.com": "apple.com",
    "googleusercontent.com": "google.com",
}

Cancel = Callable[[], bool]
Progress = Callable[[int], None]


class ImportCancelled(Exception):
    """The person pressed Cancel."""


def _never() -> bool:
    return False


def _nothing(_: int) -> None:
    return None


def _msg_too_big(limit: int) -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP(
            "Import", "This file is larger than {mb} MB, more than any password export."
        ).format(mb=limit // (1024 * 1024)),
        QT_TRANSLATE_NOOP("Import", "Check that you chose the right file."),
    )


def _msg_too_many_sites() -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP(
            "Import",
            "This file lists more than {n} different sites, more than Ringoff can show.",
        ).format(n=MAX_SITES),
        QT_TRANSLATE_NOOP("Import", "Check that you chose the right file."),
    )


def _msg_zip_unknown() -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP(
            "Import",
            "This compressed file holds no export Ringoff knows (Dashlane, Proton Pass, "
            "Safari, 1Password .1pux).",
        ),
        QT_TRANSLATE_NOOP("Import", "Export your passwords again and choose the new file."),
    )


def _msg_zip_bad() -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP(
            "Import",
            "This compressed file is damaged, or unpacks to far more than any export could be.",
        ),
        QT_TRANSLATE_NOOP("Import", "Export your passwords again and choose the new file."),
    )


def _msg_encrypted_export() -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP("Import", "This export is locked with a password (encrypted)."),
        QT_TRANSLATE_NOOP(
            "Import", "Export again and choose the format without a password (CSV or JSON)."
        ),
    )


def _msg_json_unknown() -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP(
            "Import",
            "This .json file is not an export Ringoff knows (Bitwarden, Enpass, Proton Pass, "
            "1Password).",
        ),
        QT_TRANSLATE_NOOP("Import", "Export your passwords again, as CSV if you can."),
    )


def _msg_xml_unknown() -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP("Import", "This XML file is not a KeePass export."),
        QT_TRANSLATE_NOOP(
            "Import", "In KeePass choose File › Export › KeePass XML (2.x), or export as CSV."
        ),
    )


def read_export(
    data: bytes,
    *,
    number_e164: str,
    region: str,
    matcher: ServiceMatcher,
    lang: str = "en",
) -> ImportResult:
    """Read a password export held in memory (see :func:`read_export_stream`)."""
    return read_export_stream(
        io.BytesIO(data), number_e164=number_e164, region=region, matcher=matcher, lang=lang
    )


def read_export_stream(
    stream: IO[bytes],
    *,
    number_e164: str,
    region: str,
    matcher: ServiceMatcher,
    lang: str = "en",
    cancel: Cancel = _never,
    progress: Progress = _nothing,
) -> ImportResult:
    """Read a password export and list the sites in it, matched against *number_e164*.

    *stream* is a seekable binary stream; CSV and XML are read in pieces, never whole. *region*
    is the number's ISO region (how a user name without country code is read); *lang* the
    language of the service names. Raises :class:`ImportProblem` for a file that is not a
    readable export and :class:`ImportCancelled` when *cancel* returns true; never returns part
    of a file.
    """
    head = stream.read(65536)
    stream.seek(0)
    if not head.strip():
        raise _msg_empty()
    number = _NumberTest(number_e164, region)

    def fresh() -> _Collector:
        return _Collector(number, matcher, lang)

    if head[:4] == b"PK\x03\x04":
        return _read_zip(stream, fresh, cancel, progress)
    enc = _sniff_encoding(head)
    body = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if body[:1] in (b"{", b"["):
        text = _decode(_read_limited(stream, MAX_JSON_BYTES))
        return _read_json(text, fresh())
    if body[:1] == b"<":
        collector = fresh()
        rows = _read_keepass_xml(stream, collector, cancel, progress)
        return collector.result("keepass_xml", rows)
    attempts = [enc] if enc != "utf-8" else ["utf-8", "gb18030"]
    for attempt in attempts:
        stream.seek(0)
        collector = fresh()
        limited: Any = io.BufferedReader(_Limited(stream, MAX_EXPORT_BYTES))
        text_stream = io.TextIOWrapper(limited, encoding=attempt, newline="")
        try:
            fmt, rows = _read_csv(text_stream, collector, cancel, progress, stream)
        except UnicodeDecodeError:
            continue
        finally:
            text_stream.detach()
        return collector.result(fmt, rows)
    raise _msg_binary()


class _Limited(io.RawIOBase):
    """A read-only view of a binary stream that refuses to go past *limit* bytes."""

    def __init__(self, inner: IO[bytes], limit: int) -> None:
        self.inner = inner
        self.limit = limit
        self.done = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.inner.read(len(buffer))
        self.done += len(data)
        if self.done > self.limit:
            raise _msg_too_big(self.limit)
        buffer[: len(data)] = data
        return len(data)


def _read_limited(stream: IO[bytes], limit: int) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise _msg_too_big(limit)
    return data


def _sniff_encoding(head: bytes) -> str:
    """The encoding of a text export from its first bytes (BOM, else UTF-8 then GB18030)."""
    if head[:3] == b"\xef\xbb\xbf":
        return "utf-8-sig"
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        text = decoder.decode(head, final=False)
    except UnicodeDecodeError:
        try:
            text = head.decode("gb18030", errors="strict")
        except UnicodeDecodeError:
            text = head[:-4].decode("gb18030", errors="replace")
        if _looks_binary(text):
            raise _msg_binary() from None
        return "gb18030"
    if _looks_binary(text):
        raise _msg_binary()
    return "utf-8"


def _sniff_separator(line: str) -> str:
    counts = {",": 0, ";": 0, "\t": 0}
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] else ","


def _looks_like_keeper(row: Sequence[str]) -> bool:
    """Keeper's CSV has no header: folder, title, login, password, url, notes, shared folder,
    then custom fields (bitwarden/clients libs/importer/src/importers/keeper/
    keeper-csv-importer.ts, ``parseCsv(data, false)``; pass-import keeper.py)."""
    if len(row) < 6:
        return False
    url = row[4].strip().lower()
    return bool(row[1].strip()) and (
        not url or url.startswith(("http://", "https://", "android://")) or "." in url
    )


def _read_csv(
    text_stream: IO[str],
    collector: _Collector,
    cancel: Cancel,
    progress: Progress,
    raw: IO[bytes],
) -> tuple[str, int]:
    skipped_lines = 0
    first = ""
    for first in text_stream:
        if first.strip():
            break
        skipped_lines += 1
    if not first.strip():
        raise _msg_empty()
    stripped = first.strip().lstrip("\ufeff")
    if stripped.lower().startswith("sep=") and len(stripped) == 5:
        sep = stripped[4]
        skipped_lines += 1
        first = next(text_stream, "")
    else:
        sep = _sniff_separator(first)
    if sep not in ",;\t|":
        raise _msg_not_export()

    reader = csv.reader(itertools.chain((first,), text_stream), delimiter=sep, strict=True)
    rows_iter = _rows_with_lines(reader, skipped_lines)
    try:
        header_line, header = next(rows_iter)
    except StopIteration:
        raise _msg_empty() from None
    fmt = detect_format(header)
    first_row: list[tuple[int, list[str]]] = []
    if fmt == UNKNOWN_FORMAT and _looks_like_keeper(header):
        fmt = "keeper"
        cols = _Columns(1, 4, 2)
        first_row = [(header_line, header)]
        header = ["folder", "title", "login", "password", "url", "notes"]
    elif fmt == UNKNOWN_FORMAT:
        raise _msg_not_export()
    else:
        cols = _columns(fmt, header)
    if cols.url < 0 and cols.username < 0:
        raise _msg_not_export()
    secret_cols = _secret_columns(header, cols)
    if fmt == "keeper":
        secret_cols = [3]
    t_i, u_i, n_i, k_i, more = cols.title, cols.url, cols.username, cols.kind, cols.more_users
    add = collector.add
    is_lastpass = fmt == "lastpass"
    wanted_kinds = _LOGIN_KINDS.get(fmt, ("login", "1", ""))
    one_secret = secret_cols[0] if len(secret_cols) == 1 else -1
    rows = 0
    # The reader is walked directly (no generator in between): this loop runs once per row.
    line = reader.line_num + skipped_lines
    try:
        for row in itertools.chain([r for _, r in first_row], reader) if first_row else reader:
            line_no = line + 1
            line = reader.line_num + skipped_lines
            width = len(row)
            if width < 2 and (width == 0 or not row[0].strip()):
                continue
            rows += 1
            if not rows & 4095:
                if cancel():
                    raise ImportCancelled
                progress(raw.tell())
            if 0 <= k_i < width and row[k_i].strip().lower() not in wanted_kinds:
                continue  # a note, card, identity or folder
            title = row[t_i].strip() if 0 <= t_i < width else ""
            url = row[u_i] if 0 <= u_i < width else ""
            if is_lastpass and url.strip() == "http://sn":
                continue  # a LastPass secure note
            username = row[n_i] if 0 <= n_i < width else ""
            if one_secret >= 0:
                secrets: Sequence[str] = (row[one_secret],) if one_secret < width else ()
            else:
                secrets = [row[i] for i in secret_cols if i < width]
            if more:
                add(line_no, title, url, username, secrets, [row[i] for i in more if i < width])
            else:
                add(line_no, title, url, username, secrets)
    except csv.Error as exc:
        raise _csv_problem(exc, line + 1) from None
    return fmt, rows


def _csv_problem(exc: csv.Error, line: int) -> ImportProblem:
    msg = str(exc)
    if "unexpected end of data" in msg or "EOF" in msg:
        return _msg_unclosed_quote(line)
    if "field larger than field limit" in msg:
        return _msg_line_too_long(line)
    return _msg_bad_line(line)


#: The values of the "type" column that mean a login, per format (others are skipped).
_LOGIN_KINDS: dict[str, tuple[str, ...]] = {
    "protonpass": ("login", ""),
    "nordpass": ("password", ""),
}


def _secret_columns(header: Sequence[str], cols: _Columns) -> list[int]:
    """Columns whose text must never show up in a title (passwords and one-time secrets)."""
    names = _norm_header(header)
    wanted = {
        "password",
        "login_password",
        "login_totp",
        "totp",
        "otpauth",
        "otpsecret",
        "otpurl",
        "密码",
    }
    return [i for i, n in enumerate(names) if n in wanted and i != cols.title]


def _rows_with_lines(reader: Any, offset: int) -> Iterator[tuple[int, list[str]]]:
    """Rows with the source line each one starts on; CSV errors become ImportProblem."""
    end = 0
    while True:
        start = end + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            msg = str(exc)
            if "unexpected end of data" in msg or "EOF" in msg:
                raise _msg_unclosed_quote(start + offset) from None
            if "field larger than field limit" in msg:
                raise _msg_line_too_long(start + offset) from None
            raise _msg_bad_line(start + offset) from None
        end = reader.line_num
        yield start + offset, row


# --------------------------------------------------------------------------------------------
# Zip exports (Dashlane, Proton Pass, Safari, 1Password .1pux). Each member is read through a
# size limit, whatever its header claims, so a zip bomb stops at the limit.

_ZIP_MAX_MEMBERS = 10_000


def _zip_names(stream: IO[bytes]) -> tuple[zipfile.ZipFile, dict[str, zipfile.ZipInfo]]:
    try:
        zf = zipfile.ZipFile(stream)
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise _msg_zip_bad() from None
    if len(infos) > _ZIP_MAX_MEMBERS:
        raise _msg_zip_bad()
    return zf, {i.filename.replace("\\", "/"): i for i in infos if not i.is_dir()}


def zip_member_bytes(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """A member's bytes, refusing members that unpack to more than *limit* (or claim to)."""
    if info.file_size > limit:
        raise _msg_zip_bad()
    if info.flag_bits & 0x1:
        raise _msg_encrypted_export()
    try:
        with zf.open(info) as member:
            data = member.read(limit + 1)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError, NotImplementedError):
        raise _msg_zip_bad() from None
    if len(data) > limit:
        raise _msg_zip_bad()
    return data


def _read_zip(
    stream: IO[bytes], fresh: Callable[[], _Collector], cancel: Cancel, progress: Progress
) -> ImportResult:
    zf, members = _zip_names(stream)
    with zf:
        lower = {name.lower(): info for name, info in members.items()}
        # 1Password 1PUX: export.data (JSON) with accounts[].vaults[].items[]
        # (bitwarden/clients libs/importer/.../onepassword-1pux-importer-types.ts)
        if "export.data" in lower:
            doc = _json(zip_member_bytes(zf, lower["export.data"], MAX_JSON_BYTES))
            collector = fresh()
            return collector.result("onepassword_1pux", _read_1pux(doc, collector))
        # Proton Pass: "Proton Pass/data.json" (or data.pgp when encrypted)
        # (ProtonMail/WebClients packages/pass/lib/import/providers/protonpass/
        # protonpass.zip.reader.ts)
        for name, info in lower.items():
            if name.endswith("data.pgp") and "proton" in name:
                raise _msg_encrypted_export()
            if name.endswith("data.json") and "proton" in name:
                doc = _json(zip_member_bytes(zf, info, MAX_JSON_BYTES))
                collector = fresh()
                return collector.result("protonpass", _read_protonpass_json(doc, collector))
        # Dashlane: credentials.csv beside securenotes.csv, payments.csv, ids.csv …
        # (ProtonMail/WebClients packages/pass/lib/import/providers/dashlane/dashlane.zip.reader.ts)
        # Safari "Export Browsing Data": Passwords.csv (localised name) beside Bookmarks.html,
        # History.json … (developer.apple.com "Importing data exported from Safari").
        csvs = [info for name, info in lower.items() if name.endswith(".csv")]
        csvs.sort(key=lambda i: i.filename.lower().rsplit("/", 1)[-1] != "credentials.csv")
        for info in csvs:
            data = zip_member_bytes(zf, info, MAX_EXPORT_BYTES // 4)
            collector = fresh()
            enc = _sniff_encoding(data[:65536])
            text_stream = io.TextIOWrapper(io.BytesIO(data), encoding=enc, newline="")
            try:
                fmt, rows = _read_csv(text_stream, collector, cancel, progress, io.BytesIO())
            except ImportProblem:
                continue
            except UnicodeDecodeError:
                continue
            if fmt in ("dashlane", "safari", "chrome", "onepassword"):
                if fmt == "chrome":
                    fmt = "safari"  # Safari's zip; its older CSV had Chrome's columns
                return collector.result(fmt, rows)
    raise _msg_zip_unknown()


# --------------------------------------------------------------------------------------------
# JSON exports


def _json(data: bytes) -> Any:
    return _parse_json(_decode(data))


def _parse_json(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise _msg_bad_json(exc.lineno) from None
    except (ValueError, RecursionError):
        raise _msg_bad_json(1) from None


def _read_json(text: str, collector: _Collector) -> ImportResult:
    doc = _parse_json(text.lstrip())
    if not isinstance(doc, dict):
        raise _msg_json_unknown()
    items = doc.get("items")
    # Enpass 6+: folders[] and items[] of {title, fields[{label, type, value}]}
    # (pass-import pass_import/managers/enpass.py, Enpass6)
    if isinstance(items, list) and any(
        isinstance(i, dict) and isinstance(i.get("fields"), list) and "login" not in i
        for i in items
    ):
        return collector.result("enpass", _read_enpass(items, collector))
    if isinstance(doc.get("vaults"), dict) and "userId" in doc:
        if doc.get("encrypted") is True:
            raise _msg_encrypted_export()
        return collector.result("protonpass", _read_protonpass_json(doc, collector))
    accounts = doc.get("accounts")
    if isinstance(accounts, list) and accounts and "vaults" in _dict(accounts[0]):
        return collector.result("onepassword_1pux", _read_1pux(doc, collector))
    rows = _read_bitwarden_json(doc, collector)
    return collector.result("bitwarden_json", rows)


def _read_bitwarden_json(doc: dict[str, Any], collector: _Collector) -> int:
    if doc.get("encrypted") is True or "encKeyValidation_DO_NOT_EDIT" in doc or "data" in doc:
        raise _msg_encrypted_bitwarden()
    items = doc.get("items")
    if not isinstance(items, list):
        raise _msg_json_unknown()
    rows = 0
    for index, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            continue
        rows += 1
        if item.get("type") != 1:
            continue  # secure note, card, identity
        login = item.get("login")
        if not isinstance(login, dict):
            login = {}
        url = ""
        uris = login.get("uris")
        if isinstance(uris, list):
            for entry in uris:
                if isinstance(entry, dict) and isinstance(entry.get("uri"), str):
                    url = entry["uri"]
                    break
        username = _str(login.get("username"))
        secrets = [_str(login.get("password")), _str(login.get("totp"))]
        collector.add(index, _str(item.get("name")).strip(), url, username, secrets)
    return rows


_ENPASS_USER_TYPES = frozenset({"username", "email", "phone"})


def _read_enpass(items: list[Any], collector: _Collector) -> int:
    rows = 0
    for index, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            continue
        rows += 1
        users: list[str] = []
        url = ""
        secrets: list[str] = []
        for f in _list(item.get("fields")):
            if not isinstance(f, dict):
                continue
            kind = _str(f.get("type")).lower()
            value = _str(f.get("value"))
            if kind in _ENPASS_USER_TYPES:
                users.append(value)
            elif kind == "url" and not url:
                url = value
            elif kind in ("password", "totp"):
                secrets.append(value)
        title = _str(item.get("title")).strip()
        collector.add(index, title, url, users[0] if users else "", secrets, users[1:])
    return rows


def _read_protonpass_json(doc: Any, collector: _Collector) -> int:
    """Proton Pass data.json: vaults{<id>: {name, items[{data{type, metadata{name},
    content{itemEmail, itemUsername, urls[]}}}]}} (bitwarden/clients libs/importer/src/importers/
    protonpass/types/protonpass-json-type.ts)."""
    if not isinstance(doc, dict) or not isinstance(doc.get("vaults"), dict):
        raise _msg_json_unknown()
    if doc.get("encrypted") is True:
        raise _msg_encrypted_export()
    rows = 0
    for vault in doc["vaults"].values():
        for item in _list(_dict(vault).get("items")):
            data = item.get("data") if isinstance(item, dict) else None
            if not isinstance(data, dict):
                continue
            rows += 1
            if data.get("type") != "login":
                continue
            meta = _dict(data.get("metadata"))
            content = _dict(data.get("content"))
            urls = _list(content.get("urls"))
            url = next((u for u in urls if isinstance(u, str)), "")
            collector.add(
                rows,
                _str(meta.get("name")).strip(),
                url,
                _str(content.get("itemUsername")),
                [_str(content.get("password")), _str(content.get("totpUri"))],
                [_str(content.get("itemEmail"))],
            )
    return rows


def _read_1pux(doc: Any, collector: _Collector) -> int:
    """1Password export.data: accounts[].vaults[].items[] with overview{title, url, urls[]} and
    details{loginFields[{designation, value}], sections[{fields[{value{phone|email…}}]}]}
    (bitwarden/clients onepassword-1pux-importer-types.ts; ProtonMail/WebClients
    1password/1p.utils.ts)."""
    if not isinstance(doc, dict) or not isinstance(doc.get("accounts"), list):
        raise _msg_json_unknown()
    rows = 0
    for account in doc["accounts"]:
        for vault in _list(_dict(account).get("vaults")):
            for item in _list(_dict(vault).get("items")):
                if not isinstance(item, dict):
                    continue
                rows += 1
                if item.get("state") == "archived" or item.get("trashed") is True:
                    continue
                overview = _dict(item.get("overview"))
                details = _dict(item.get("details"))
                url = _str(overview.get("url"))
                if not url and isinstance(overview.get("urls"), list):
                    url = next(
                        (_str(u.get("url")) for u in overview["urls"] if isinstance(u, dict)), ""
                    )
                username = ""
                secrets: list[str] = []
                for field in _list(details.get("loginFields")):
                    if not isinstance(field, dict):
                        continue
                    if field.get("designation") == "username" and not username:
                        username = _str(field.get("value"))
                    elif field.get("designation") == "password":
                        secrets.append(_str(field.get("value")))
                others: list[str] = []
                for section in _list(details.get("sections")):
                    for field in (
                        section.get("fields") if isinstance(section, dict) else None
                    ) or ():
                        value = field.get("value") if isinstance(field, dict) else None
                        if isinstance(value, dict):
                            if isinstance(value.get("phone"), str):
                                others.append(value["phone"])
                            email_v = value.get("email")
                            if isinstance(email_v, dict):
                                others.append(_str(email_v.get("email_address")))
                if not url and not username and not others:
                    continue  # a note, card or document
                title = _str(overview.get("title")).strip()
                collector.add(rows, title, url, username, secrets, others)
    return rows


# --------------------------------------------------------------------------------------------
# KeePass 2 XML (File › Export › KeePass XML (2.x)): <KeePassFile><Meta/><Root><Group> with
# nested Group and Entry elements; each Entry has <String><Key>Title|UserName|Password|URL|
# Notes</Key><Value>…</Value></String> and a <History> of older copies, which are skipped
# (pass-import pass_import/managers/keepass.py KeepassXML; keepassxreboot/keepassxc-specs
# kdbx-xml/rfc.md).


def _read_keepass_xml(
    stream: IO[bytes], collector: _Collector, cancel: Cancel, progress: Progress
) -> int:
    parser: Any = ET.XMLPullParser(events=("start", "end"))
    limited = _Limited(stream, MAX_EXPORT_BYTES)
    in_history = 0
    root_seen = False
    entry: dict[str, str] = {}
    rows = 0
    done = 0
    try:
        while True:
            if cancel():
                raise ImportCancelled
            chunk = limited.read(1 << 20)
            if not chunk:
                break
            done += len(chunk)
            parser.feed(chunk)
            for event, elem in parser.read_events():
                tag = elem.tag
                if event == "start":
                    if not root_seen:
                        root_seen = True
                        if tag != "KeePassFile":
                            raise _msg_xml_unknown()
                    if tag == "History":
                        in_history += 1
                    continue
                if tag == "History":
                    in_history -= 1
                    elem.clear()
                elif tag == "String" and not in_history:
                    key = (elem.findtext("Key") or "").strip()
                    if key in ("Title", "UserName", "URL", "Password"):
                        entry[key] = elem.findtext("Value") or ""
                elif tag == "Entry" and not in_history:
                    rows += 1
                    collector.add(
                        rows,
                        entry.get("Title", "").strip(),
                        entry.get("URL", ""),
                        entry.get("UserName", ""),
                        [entry.get("Password", "")],
                    )
                    entry = {}
                    elem.clear()
            progress(done)
        parser.close()
    except ET.ParseError as exc:
        if not root_seen:
            raise _msg_xml_unknown() from None
        line = exc.position[0] if exc.position else 0
        raise _msg_bad_line(line) from None
    if not root_seen:
        raise _msg_xml_unknown()
    return rows


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


# --------------------------------------------------------------------------------------------
# Preview

_REASON_ORDER = {REASON_USES_NUMBER: 0, REASON_KNOWN_SERVICE: 1, REASON_OTHER: 2}


def choose_for_import(
    result: ImportResult,
    *,
    existing_service_ids: Collection[str],
    existing_names: Collection[str],
) -> list[ImportChoice]:
    """The preview lines, most relevant first.

    Sites that sign in with the number and known services are ticked; the rest are listed
    unticked. Accounts the vault already has (same catalog service, or an account of the same
    name, title or host) are marked ``duplicate`` and unticked.
    """
    names = {n.strip().casefold() for n in existing_names}
    choices = []
    for item in sorted(result.items, key=lambda i: (_REASON_ORDER[i.reason], i.line)):
        duplicate = (
            item.service_id is not None and item.service_id in existing_service_ids
        ) or bool({item.service_name.casefold(), item.title.casefold(), item.host} & names)
        ticked = item.reason in (REASON_USES_NUMBER, REASON_KNOWN_SERVICE) and not duplicate
        choices.append(ImportChoice(item=item, ticked=ticked, duplicate=duplicate))
    return choices
