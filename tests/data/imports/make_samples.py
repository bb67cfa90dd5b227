"""Write the sample password exports used by tests/unit/core/test_importers.py.

Run from the project root:  python tests/data/imports/make_samples.py
Output is deterministic (fixed seed, fixed order), so the committed files can be checked against a
fresh run. Each writer follows the header, quoting and line endings of the program it imitates
(see /work/shared/research/facts.md section 5 for the sources). Every login, password, note and
secret below is invented.

The 100,000-row Chrome export is not committed: tests and the benchmark call
:func:`write_big_chrome` into a temporary folder.
"""

from __future__ import annotations

import csv
import io
import json
import random
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent

NUMBER_CN = "+8613812345678"
NUMBER_US = "+16145550134"


@dataclass(frozen=True)
class Entry:
    title: str
    url: str
    username: str
    group: str  # what the importer should merge the entry into: a catalog id or a host
    cn: bool  # the user name is NUMBER_CN
    us: bool  # the user name is NUMBER_US
    password: str = ""
    note: str = ""
    totp: str = ""
    field: str = ""  # a custom field (Bitwarden "fields")


def _secret(rng: random.Random, prefix: str, length: int = 14) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%&*"
    return prefix + "".join(rng.choice(alphabet) for _ in range(length))


def _base32(rng: random.Random) -> str:
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16))


_BASE = (
    # title, url, username, group, cn, us
    ("谷歌", "https://accounts.google.com/signin", "+86 138-1234-5678", "google", True, False),
    (
        "淘宝网",
        "https://login.taobao.com/member/login.jhtml",
        "13812345678",
        "taobao",
        True,
        False,
    ),
    ("京东", "https://passport.jd.com/new/login.aspx", "138 1234 5678", "jd", True, False),
    ("支付宝", "https://auth.alipay.com/login/index.htm", "8613812345678", "alipay", True, False),
    ("工商银行", "https://mybank.icbc.com.cn/icbc/perbank/", "zhangwei1965", "icbc", False, False),
    ("网易邮箱", "https://mail.163.com/", "13812345678@163.com", "163.com", False, False),
    ("我的论坛", "https://bbs.example.cn/login.php", "13812345679", "example.cn", False, False),
    ("Uber", "https://auth.uber.com/login/", "(614) 555-0134", "uber", False, True),
    ("Amazon", "https://www.amazon.com/ap/signin", "+16145550134", "amazon", False, True),
    ("PayPal", "https://www.paypal.com/signin", "614.555.0134", "paypal", False, True),
    ("Example Shop", "https://shop.example.com/account", "16145550134", "example.com", False, True),
    ("Old forum", "http://forum.example.org/", "grandpa_li", "example.org", False, False),
    ("Google mail", "https://mail.google.com/", "li.wei.1958@gmail.com", "google", False, False),
    (
        "美团",
        "https://passport.meituan.com/account/unitivelogin",
        "+86 13812345678",
        "meituan",
        True,
        False,
    ),
    ("家里的路由器", "http://192.168.1.1/", "admin", "192.168.1.1", False, False),
)


def entries() -> list[Entry]:
    """The logins every sample file holds, each with fresh invented secrets."""
    rng = random.Random(20240521)
    out = []
    for i, (title, url, username, group, cn, us) in enumerate(_BASE):
        out.append(
            Entry(
                title=title,
                url=url,
                username=username,
                group=group,
                cn=cn,
                us=us,
                password=_secret(rng, "pw-"),
                note=f"SECRET-NOTE-{i}: 备忘 {_secret(rng, '', 6)}\nsecond line",
                totp=_base32(rng),
                field=f"PIN: SECRET-FIELD-{i}-{_secret(rng, '', 5)}",
            )
        )
    return out


# -- writers -----------------------------------------------------------------------------------


def _csv_text(rows: list[list[str]], *, quote_all: bool, crlf: bool, delimiter: str = ",") -> str:
    buf = io.StringIO(newline="")
    writer = csv.writer(
        buf,
        delimiter=delimiter,
        quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
        lineterminator="\r\n" if crlf else "\n",
    )
    writer.writerows(rows)
    return buf.getvalue()


def _otpauth(e: Entry) -> str:
    return f"otpauth://totp/{e.title}?secret={e.totp}&issuer=x"


def chrome(es: list[Entry]) -> bytes:
    # Chromium's password_csv_writer: name,url,username,password,note; minimal quoting.
    rows = [["name", "url", "username", "password", "note"]]
    for e in es:
        host = e.url.split("/")[2]
        rows.append([host, e.url, e.username, e.password, e.note])
    # An Android app saved by Chrome (package name after the "@").
    rows.append(
        [
            "com.tencent.mm",
            "android://ZmFrZS1oYXNoLWZvci10ZXN0cw==@com.tencent.mm/",
            "13812345678",
            "pw-android-SECRET",
            "",
        ]
    )
    return _csv_text(rows, quote_all=False, crlf=False).encode("utf-8")


def chrome_old(es: list[Entry]) -> bytes:
    # Older Chrome and Edge: no note column, Windows line endings.
    rows = [["name", "url", "username", "password"]]
    rows += [[e.title, e.url, e.username, e.password] for e in es]
    return _csv_text(rows, quote_all=False, crlf=True).encode("utf-8")


def firefox(es: list[Entry]) -> bytes:
    # LoginExport.sys.mjs: every cell quoted, CRLF, times in milliseconds.
    header = [
        "url",
        "username",
        "password",
        "httpRealm",
        "formActionOrigin",
        "guid",
        "timeCreated",
        "timeLastUsed",
        "timePasswordChanged",
    ]
    rows = [header]
    for i, e in enumerate(es):
        origin = "/".join(e.url.split("/")[:3])
        t = str(1_600_000_000_000 + i * 86_400_000)
        rows.append([origin, e.username, e.password, "", origin, f"{{guid-{i:04d}}}", t, t, t])
    return _csv_text(rows, quote_all=True, crlf=True).encode("utf-8")


def safari(es: list[Entry]) -> bytes:
    # Safari / Apple Passwords: the title repeats the user name in brackets.
    rows = [["Title", "URL", "Username", "Password", "Notes", "OTPAuth"]]
    for e in es:
        host = e.url.split("/")[2]
        rows.append([f"{host} ({e.username})", e.url, e.username, e.password, e.note, _otpauth(e)])
    return _csv_text(rows, quote_all=False, crlf=False).encode("utf-8")


_BITWARDEN_HEADER = [
    "folder",
    "favorite",
    "type",
    "name",
    "notes",
    "fields",
    "reprompt",
    "login_uri",
    "login_username",
    "login_password",
    "login_totp",
]


def bitwarden_csv(es: list[Entry], *, archived: bool = False) -> bytes:
    header = list(_BITWARDEN_HEADER)
    if archived:
        header.insert(header.index("login_uri"), "archivedDate")
    rows = [header]
    for i, e in enumerate(es):
        row = {
            "folder": "家人" if i % 3 == 0 else "",
            "favorite": "1" if i % 4 == 0 else "",
            "type": "login",
            "name": e.title,
            "notes": e.note,
            "fields": e.field,
            "reprompt": "0",
            "archivedDate": "",
            "login_uri": e.url + ("," + e.url.replace("https://", "https://m.") if i == 0 else ""),
            "login_username": e.username,
            "login_password": e.password,
            "login_totp": e.totp,
        }
        rows.append([row[h] for h in header])
    # A secure note: read as a row, never as an account.
    note = {h: "" for h in header}
    note.update(type="note", name="Bank PIN note", notes="SECRET-NOTE-PIN 9911", reprompt="0")
    rows.append([note[h] for h in header])
    return _csv_text(rows, quote_all=False, crlf=False).encode("utf-8")


def bitwarden_json(es: list[Entry], *, encrypted: bool = False) -> bytes:
    if encrypted:
        doc: dict[str, object] = {
            "encrypted": True,
            "passwordProtected": True,
            "salt": "c2FsdC1mb3ItdGVzdHM=",
            "kdfType": 0,
            "kdfIterations": 600000,
            "encKeyValidation_DO_NOT_EDIT": "2.aGVsbG8=|d29ybGQ=|bWFj",
            "data": "2.ZW5jcnlwdGVkLWRhdGE=|aXY=|bWFj",
        }
        return json.dumps(doc, indent=2).encode("utf-8")
    items: list[dict[str, object]] = []
    for i, e in enumerate(es):
        items.append(
            {
                "id": f"00000000-0000-0000-0000-{i:012d}",
                "organizationId": None,
                "folderId": None,
                "type": 1,
                "reprompt": 0,
                "name": e.title,
                "notes": e.note,
                "favorite": False,
                "fields": [{"name": "PIN", "value": e.field, "type": 1}],
                "login": {
                    "uris": [{"match": None, "uri": e.url}],
                    "username": e.username,
                    "password": e.password,
                    "totp": e.totp,
                },
                "collectionIds": None,
            }
        )
    items.append(
        {"id": "note-1", "type": 2, "name": "Bank PIN note", "notes": "SECRET-NOTE-PIN 9911"}
    )
    doc = {"encrypted": False, "folders": [], "items": items}
    return json.dumps(doc, indent=2, ensure_ascii=False).encode("utf-8")


def keepassxc(es: list[Entry], *, old: bool = False) -> bytes:
    # CsvExporter.cpp: every cell quoted; older versions wrote the first six columns only.
    header = ["Group", "Title", "Username", "Password", "URL", "Notes"]
    if not old:
        header += ["TOTP", "Icon", "Last Modified", "Created"]
    rows = [header]
    for i, e in enumerate(es):
        row = [f"Root/{'网站' if i % 2 else 'Work'}", e.title, e.username, e.password, e.url]
        row.append(e.note)
        if not old:
            row += [_otpauth(e), "0", "2024-05-01T10:00:00Z", "2023-01-01T08:00:00Z"]
        rows.append(row)
    return _csv_text(rows, quote_all=True, crlf=False).encode("utf-8")


def onepassword(es: list[Entry]) -> bytes:
    header = ["Title", "Url", "Username", "Password", "OTPAuth", "Favorite", "Archived", "Tags"]
    header.append("Notes")
    rows = [header]
    for i, e in enumerate(es):
        fav = "true" if i % 5 == 0 else "false"
        rows.append([e.title, e.url, e.username, e.password, _otpauth(e), fav, "false", "", e.note])
    return _csv_text(rows, quote_all=False, crlf=True).encode("utf-8")


def lastpass(es: list[Entry]) -> bytes:
    rows = [["url", "username", "password", "totp", "extra", "name", "grouping", "fav"]]
    for i, e in enumerate(es):
        rows.append(
            [e.url, e.username, e.password, e.totp, e.note, e.title, "Personal", str(i % 2)]
        )
    rows.append(["http://sn", "", "", "", "SECRET-NOTE-PIN 9911", "Bank PIN note", "Notes", "0"])
    return _csv_text(rows, quote_all=False, crlf=False).encode("utf-8")


def chrome_bom(es: list[Entry]) -> bytes:
    return b"\xef\xbb\xbf" + chrome(es)


def generic_gbk(es: list[Entry]) -> bytes:
    # A table typed by hand in a Chinese spreadsheet and saved as "CSV" (GBK encoding).
    rows = [["名称", "网址", "用户名", "密码", "备注"]]
    rows += [[e.title, e.url, e.username, e.password, e.note] for e in es]
    return _csv_text(rows, quote_all=False, crlf=True).encode("gbk")


def chrome_semicolon(es: list[Entry]) -> bytes:
    # Re-saved by a spreadsheet that uses ";" as separator (common in Europe).
    rows = [["name", "url", "username", "password", "note"]]
    rows += [[e.title, e.url, e.username, e.password, e.note] for e in es]
    return _csv_text(rows, quote_all=False, crlf=True, delimiter=";").encode("utf-8")


def excel_unicode(es: list[Entry]) -> bytes:
    # Excel's "Unicode Text": UTF-16 with a byte order mark, tab-separated.
    rows = [["name", "url", "username", "password", "note"]]
    rows += [[e.title, e.url, e.username, e.password, e.note] for e in es]
    return _csv_text(rows, quote_all=False, crlf=True, delimiter="\t").encode("utf-16")


def short_rows(es: list[Entry]) -> bytes:
    # Trailing empty columns cut off, as some editors do.
    lines = ["name,url,username,password,note"]
    lines += [f"{e.title},{e.url},{e.username}" for e in es]
    return ("\n".join(lines) + "\n").encode("utf-8")


MALFORMED_LINE = 17


def malformed(es: list[Entry]) -> bytes:
    # A quote opened on line MALFORMED_LINE and never closed (a file cut short by hand).
    lines = ["name,url,username,password,note"]
    while len(lines) < MALFORMED_LINE - 1:
        e = es[len(lines) % len(es)]
        lines.append(f"{e.title},{e.url},{e.username},{e.password},")
    lines.append('"Broken entry,https://broken.example.net/,someone,pw-SECRET-broken,')
    lines.append("after,https://after.example.net/,other,pw-after,")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def not_export(es: list[Entry]) -> bytes:
    del es
    return "日期,金额,说明\n2024-05-01,35.00,午饭\n2024-05-02,12.50,公交\n".encode()


SAMPLES: dict[str, Callable[[list[Entry]], bytes]] = {
    "chrome.csv": chrome,
    "chrome_old.csv": chrome_old,
    "firefox.csv": firefox,
    "safari.csv": safari,
    "bitwarden.csv": bitwarden_csv,
    "bitwarden_archived.csv": lambda es: bitwarden_csv(es, archived=True),
    "bitwarden.json": bitwarden_json,
    "bitwarden_encrypted.json": lambda es: bitwarden_json(es, encrypted=True),
    "keepassxc.csv": keepassxc,
    "keepassxc_old.csv": lambda es: keepassxc(es, old=True),
    "1password.csv": onepassword,
    "lastpass.csv": lastpass,
    "chrome_bom.csv": chrome_bom,
    "generic_gbk.csv": generic_gbk,
    "chrome_semicolon.csv": chrome_semicolon,
    "excel_unicode.txt": excel_unicode,
    "short_rows.csv": short_rows,
    "malformed.csv": malformed,
    "not_export.csv": not_export,
}


def build() -> dict[str, bytes]:
    """Every sample file's name and bytes."""
    es = entries()
    return {name: writer(es) for name, writer in SAMPLES.items()}


def write_all(folder: Path = HERE) -> list[Path]:
    written = []
    for name, data in build().items():
        path = folder / name
        path.write_bytes(data)
        written.append(path)
    return written


# -- the big file ------------------------------------------------------------------------------

_BIG_WORDS = ("shop", "mail", "bank", "news", "game", "club", "cloud", "photo", "travel", "food")
_BIG_TLDS = ("com", "cn", "net", "org", "com.cn", "io", "de", "co.uk")


def big_chrome_rows(rows: int, seed: int = 7) -> Iterator[list[str]]:
    """Data rows of a large Chrome export: a few thousand sites, mixed user names."""
    rng = random.Random(seed)
    sites = [
        f"{rng.choice(_BIG_WORDS)}{i}.{rng.choice(_BIG_TLDS)}"
        for i in range(min(5000, max(rows // 20, 1)))
    ]
    sites[:4] = ["google.com", "taobao.com", "jd.com", "alipay.com"]
    for i in range(rows):
        site = sites[int(rng.paretovariate(1.2)) % len(sites)]
        sub = rng.choice(("www.", "accounts.", "login.", "", "m."))
        kind = rng.random()
        if kind < 0.05:
            username = rng.choice(("13812345678", "+86 138 1234 5678", "8613812345678"))
        elif kind < 0.25:
            username = f"138{rng.randrange(10**8):08d}"  # other numbers, mostly not the user's
        elif kind < 0.75:
            username = f"user{rng.randrange(10**6)}@example.com"
        else:
            username = f"name_{rng.randrange(10**6)}"
        note = "" if rng.random() < 0.9 else f"note {i}\nwith a second line"
        yield [f"{sub}{site}", f"https://{sub}{site}/login?i={i}", username, f"pw{i:08d}x", note]


def write_big_chrome(path: Path, rows: int = 100_000, seed: int = 7) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["name", "url", "username", "password", "note"])
        writer.writerows(big_chrome_rows(rows, seed))
    return path


if __name__ == "__main__":
    for p in write_all(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(p)
