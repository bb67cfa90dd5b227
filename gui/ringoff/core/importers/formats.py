"""Which program made a CSV export, told from its header row, and which columns to read.

:func:`detect_format` names the format (Chrome, Firefox, Bitwarden, KeePass, Dashlane, Keeper,
a table it does not know…); :func:`_columns` and :func:`_secret_columns` give the columns kept
and the secret columns that must never show up in a title.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .model import UNKNOWN_FORMAT

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
