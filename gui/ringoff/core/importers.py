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

import csv
import io
import json
import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

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


def _msg_zip() -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP(
            "Import",
            "This file is a compressed archive (for example a 1Password .1pux file), "
            "which Ringoff cannot read.",
        ),
        QT_TRANSLATE_NOOP("Import", "Export your passwords again and choose the CSV format."),
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


def _msg_json_not_bitwarden() -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP(
            "Import",
            "This .json file is not a Bitwarden export. Ringoff reads Bitwarden's unencrypted "
            ".json export, or a .csv export from any password manager.",
        )
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
    kind: int = -1  # Bitwarden "type": only logins are read


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
        raise _msg_zip()
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


def registrable_host(host: str) -> str:
    """A close guess of the registrable domain: ``mail.google.com`` → ``google.com``,
    ``www.bank.com.cn`` → ``bank.com.cn``. IP addresses and single labels stay as they are."""
    if not host or host.replace(".", "").isdigit() or ":" in host:
        return host
    labels = host.split(".")
    if len(labels) <= 2:
        return host
    if len(labels[-1]) == 2 and labels[-2] in _TWO_LEVEL_SUFFIXES:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


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
        s = secret.strip()
        if len(s) >= 3 and s in t:
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
            if is_app:
                # An Android app saved by Chrome: its package name is not a web domain.
                found = (host, None)
            else:
                ref = self.matcher.service_for_domain(host) if "." in host else None
                found = (registrable_host(host), ref)
            self._site_cache[key] = found
        return found

    def service_for_title(self, title: str) -> ServiceRef | None:
        """A catalog service whose name is exactly *title* (no guessing from part of a name)."""
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

    def add(self, line: int, title: str, url: str, username: str, secrets: Sequence[str]) -> None:
        is_number = bool(username) and self.number(username)
        host = self.host(url) if url else ""
        is_app = bool(host) and url.lstrip()[:10].lower() == "android://"
        if title:
            title = _clean_title(title, (username, *secrets))
        if not host and not title:
            return  # nothing to show the user
        site, ref = self.site(host, is_app) if host else ("", None)
        if ref is None and title:
            ref = self.service_for_title(title)
        if ref is not None:
            key = "s:" + ref.id
        elif site:
            key = "h:" + site
        else:
            key = "t:" + title.casefold()
        acc = self.items.get(key)
        if acc is None:
            shown_title = title or host
            name = ref.name(self.lang) if ref is not None else shown_title
            self.items[key] = _Acc(
                title=shown_title,
                host=site,
                service_id=ref.id if ref is not None else None,
                service_name=name,
                line=line,
                uses_number=is_number,
            )
        else:
            acc.count += 1
            acc.uses_number = acc.uses_number or is_number

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


def read_export(
    data: bytes,
    *,
    number_e164: str,
    region: str,
    matcher: ServiceMatcher,
    lang: str = "en",
) -> ImportResult:
    """Read a password export and list the sites in it, matched against *number_e164*.

    *region* is the number's ISO region (how a user name without country code is read); *lang*
    the language of the service names. Raises :class:`ImportProblem` for a file that is not a
    readable export; never returns part of a file.
    """
    text = _decode(data)
    collector = _Collector(_NumberTest(number_e164, region), matcher, lang)
    stripped = text.lstrip()
    if stripped[:1] in ("{", "["):
        rows = _read_bitwarden_json(stripped, collector)
        return collector.result("bitwarden_json", rows)
    fmt, rows = _read_csv(text, collector)
    return collector.result(fmt, rows)


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


def _first_line(text: str, start: int) -> str:
    end = len(text)
    for stop in ("\n", "\r"):
        i = text.find(stop, start)
        if 0 <= i < end:
            end = i
    return text[start:end]


def _read_csv(text: str, collector: _Collector) -> tuple[str, int]:
    # Skip leading blank lines; honour Excel's "sep=;" line.
    pos = 0
    skipped_lines = 0
    while True:
        line = _first_line(text, pos)
        if line.strip() or pos >= len(text):
            break
        pos += len(line)
        if text.startswith("\r\n", pos):
            pos += 2
        else:
            pos += 1
        skipped_lines += 1
    first = _first_line(text, pos)
    if first.lower().startswith("sep=") and len(first.strip()) == 5:
        sep = first.strip()[4]
        pos += len(first)
        pos += 2 if text.startswith("\r\n", pos) else 1
        skipped_lines += 1
        first = _first_line(text, pos)
    else:
        sep = _sniff_separator(first)
    if sep not in ",;\t|":
        raise _msg_not_export()

    reader = csv.reader(io.StringIO(text[pos:], newline=""), delimiter=sep, strict=True)
    rows_iter = _rows_with_lines(reader, skipped_lines)
    try:
        _, header = next(rows_iter)
    except StopIteration:
        raise _msg_empty() from None
    fmt = detect_format(header)
    if fmt == UNKNOWN_FORMAT:
        raise _msg_not_export()
    cols = _columns(fmt, header)
    if cols.url < 0 and cols.username < 0:
        raise _msg_not_export()
    secret_cols = _secret_columns(header, cols)
    t_i, u_i, n_i, k_i = cols.title, cols.url, cols.username, cols.kind
    add = collector.add
    is_lastpass = fmt == "lastpass"
    rows = 0
    for line_no, row in rows_iter:
        width = len(row)
        if width == 0 or (width == 1 and not row[0].strip()):
            continue
        rows += 1
        if 0 <= k_i < width and row[k_i].strip().lower() not in ("login", "1", ""):
            continue  # a Bitwarden note, card or identity
        title = row[t_i].strip() if 0 <= t_i < width else ""
        url = row[u_i] if 0 <= u_i < width else ""
        if is_lastpass and url.strip() == "http://sn":
            continue  # a LastPass secure note
        username = row[n_i] if 0 <= n_i < width else ""
        secrets = [row[i] for i in secret_cols if i < width]
        add(line_no, title, url, username, secrets)
    return fmt, rows


def _secret_columns(header: Sequence[str], cols: _Columns) -> list[int]:
    """Columns whose text must never show up in a title (passwords and one-time secrets)."""
    names = _norm_header(header)
    wanted = {"password", "login_password", "login_totp", "totp", "otpauth", "密码"}
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
# Bitwarden JSON


def _read_bitwarden_json(text: str, collector: _Collector) -> int:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _msg_bad_json(exc.lineno) from None
    except (ValueError, RecursionError):
        raise _msg_bad_json(1) from None
    if not isinstance(doc, dict):
        raise _msg_json_not_bitwarden()
    if doc.get("encrypted") is True or "encKeyValidation_DO_NOT_EDIT" in doc or "data" in doc:
        raise _msg_encrypted_bitwarden()
    items = doc.get("items")
    if not isinstance(items, list):
        raise _msg_json_not_bitwarden()
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
