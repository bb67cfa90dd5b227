"""Reading password exports: formats, encodings, phone matching, errors and privacy."""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import re
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ringoff.core.errors import ImportProblem
from ringoff.core.i18n import Text
from ringoff.core.importers import (
    FORMAT_LABELS,
    REASON_KNOWN_SERVICE,
    REASON_OTHER,
    REASON_USES_NUMBER,
    FoundItem,
    ImportChoice,
    ImportResult,
    choose_for_import,
    detect_format,
    read_export,
    username_is_number,
)

from .fake_matcher import FakeMatcher

DATA = Path(__file__).resolve().parents[2] / "data" / "imports"


def _load_samples() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_samples", DATA / "make_samples.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_samples"] = module  # dataclasses need the module registered
    spec.loader.exec_module(module)
    return module


samples = _load_samples()
ENTRIES = samples.entries()
CN = samples.NUMBER_CN
US = samples.NUMBER_US


def _read(data: bytes, number: str = CN, region: str = "CN", lang: str = "en") -> ImportResult:
    return read_export(data, number_e164=number, region=region, matcher=FakeMatcher(), lang=lang)


def _sample(name: str) -> bytes:
    return (DATA / name).read_bytes()


# -- format detection --------------------------------------------------------------------------

FIREFOX = (
    "url,username,password,httpRealm,formActionOrigin,guid,timeCreated,timeLastUsed,"
    "timePasswordChanged"
)
BITWARDEN = (
    "folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,"
    "login_totp"
)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("name,url,username,password,note", "chrome"),
        ("name,url,username,password", "chrome"),
        ("URL,Name,Password,Username,Note", "chrome"),
        (FIREFOX, "firefox"),
        (FIREFOX.upper(), "firefox"),
        ("Title,URL,Username,Password,Notes,OTPAuth", "safari"),
        (BITWARDEN, "bitwarden_csv"),
        (BITWARDEN.replace("login_uri", "archivedDate,login_uri"), "bitwarden_csv"),
        ("Group,Title,Username,Password,URL,Notes,TOTP,Icon,Last Modified,Created", "keepassxc"),
        ("Group,Title,Username,Password,URL,Notes", "keepassxc"),
        ("Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes", "onepassword"),
        ("Title,Website,Username,Password,Notes", "onepassword"),
        ("Notes,Tags,Title,Password,Username,Url", "onepassword"),
        ("url,username,password,totp,extra,name,grouping,fav", "lastpass"),
        ("url,username,password,extra,name,grouping,fav", "lastpass"),
        ("名称,网址,用户名,密码", "generic"),
        ("Site,Login,Secret", "generic"),
        ("Website,Email", "generic"),
        ("date,amount,description", "unknown"),
        ("url,comment", "unknown"),
        ("", "unknown"),
    ],
)
def test_detect_format(header: str, expected: str) -> None:
    cells = [f" {c} " if i % 2 else c for i, c in enumerate(header.split(","))]
    assert detect_format(cells) == expected


def test_every_format_has_a_translatable_label() -> None:
    for fmt, label in FORMAT_LABELS.items():
        assert isinstance(label, Text), fmt
        assert label.context == "Import"
    assert FORMAT_LABELS["chrome"].source == "Chrome, Edge or Brave"


# -- the sample files --------------------------------------------------------------------------


def test_committed_samples_match_the_generator() -> None:
    built = samples.build()
    assert built == samples.build(), "the generator is not deterministic"
    for name, data in built.items():
        assert (DATA / name).read_bytes() == data, f"{name} is stale: run make_samples.py"


SAMPLE_FORMATS = {
    "chrome.csv": "chrome",
    "chrome_old.csv": "chrome",
    "firefox.csv": "firefox",
    "safari.csv": "safari",
    "bitwarden.csv": "bitwarden_csv",
    "bitwarden_archived.csv": "bitwarden_csv",
    "bitwarden.json": "bitwarden_json",
    "keepassxc.csv": "keepassxc",
    "keepassxc_old.csv": "keepassxc",
    "1password.csv": "onepassword",
    "lastpass.csv": "lastpass",
    "chrome_bom.csv": "chrome",
    "generic_gbk.csv": "generic",
    "chrome_semicolon.csv": "chrome",
    "excel_unicode.txt": "chrome",
    "short_rows.csv": "chrome",
}
# Rows some files hold beyond ENTRIES: (extra data rows, extra groups {group: (cn, us)}).
EXTRAS: dict[str, tuple[int, dict[str, tuple[bool, bool]]]] = {
    "chrome.csv": (1, {"com.tencent.mm": (True, False)}),
    "chrome_bom.csv": (1, {"com.tencent.mm": (True, False)}),
    "bitwarden.csv": (1, {}),  # a secure note
    "bitwarden_archived.csv": (1, {}),
    "bitwarden.json": (1, {}),
    "lastpass.csv": (1, {}),
}


def _expected_groups(name: str, number: str) -> dict[str, bool]:
    """Group -> whether any entry of it signs in with *number*, from the generator's truth."""
    groups: dict[str, bool] = {}
    for e in ENTRIES:
        uses = e.cn if number == CN else e.us
        groups[e.group] = groups.get(e.group, False) or uses
    for group, (cn, us) in EXTRAS.get(name, (0, {}))[1].items():
        groups[group] = cn if number == CN else us
    return groups


def _group_of(item: FoundItem) -> str:
    return item.service_id or item.host or item.title


@pytest.mark.parametrize("name", sorted(SAMPLE_FORMATS))
@pytest.mark.parametrize(("number", "region"), [(CN, "CN"), (US, "US")])
def test_sample_files_find_the_accounts_tied_to_the_number(
    name: str, number: str, region: str
) -> None:
    result = _read(_sample(name), number, region)
    assert result.format == SAMPLE_FORMATS[name]
    assert result.format_label == FORMAT_LABELS[result.format]
    assert result.rows == len(ENTRIES) + EXTRAS.get(name, (0, {}))[0]
    found = {_group_of(i): i.username_is_number for i in result.items}
    assert found == _expected_groups(name, number)
    assert len(result.items) == len(found), "an account was listed twice"
    assert sum(i.count for i in result.items) == len(ENTRIES) + len(EXTRAS.get(name, (0, {}))[1])


def test_merged_items_count_their_rows_and_keep_the_first_line() -> None:
    result = _read(_sample("chrome_old.csv"))
    google = next(i for i in result.items if i.service_id == "google")
    # Two Google logins: the first (line 2) with the number, the second an e-mail address.
    assert google.count == 2
    assert google.line == 2
    assert google.username_is_number
    assert google.reason == REASON_USES_NUMBER
    assert google.host == "google.com"


def test_reasons_and_service_names() -> None:
    result = _read(_sample("keepassxc.csv"), lang="zh_CN")
    by_group = {_group_of(i): i for i in result.items}
    assert by_group["taobao"].reason == REASON_USES_NUMBER
    assert by_group["taobao"].service_name == "淘宝"
    assert by_group["icbc"].reason == REASON_KNOWN_SERVICE
    assert by_group["icbc"].service_name == "工商银行"
    assert by_group["example.org"].reason == REASON_OTHER
    assert by_group["example.org"].service_name == "Old forum"
    assert by_group["example.org"].service_id is None


def test_safari_titles_lose_the_user_name() -> None:
    result = _read(_sample("safari.csv"))
    titles = {i.title for i in result.items}
    assert "login.taobao.com" in titles
    assert not any("(" in t or "@" in t for t in titles)


def test_line_numbers_count_quoted_newlines() -> None:
    data = (
        b"name,url,username,password,note\n"
        b'a,https://a.example.com/,x,p1,"one\ntwo\nthree"\n'
        b"b,https://b.example.net/,13812345678,p2,\n"
    )
    result = _read(data)
    lines = {i.host: i.line for i in result.items}
    assert lines == {"example.com": 2, "example.net": 5}


def test_missing_trailing_columns_and_blank_lines() -> None:
    data = b"\n\nname,url,username,password,note\r\nx,https://jd.com/\r\n\r\ny\r\n"
    result = _read(data)
    assert result.rows == 2
    assert {_group_of(i) for i in result.items} == {"jd", "y"}


def test_excel_separator_line() -> None:
    data = "sep=;\nname;url;username;password\n京东;https://jd.com;13812345678;pw\n".encode()
    result = _read(data)
    assert [(_group_of(i), i.username_is_number, i.line) for i in result.items] == [("jd", True, 3)]


def test_title_alone_is_matched_only_by_an_exact_name() -> None:
    data = "Title,Username,Password,URL,Group\n支付宝,x,p,,Root\nAli,y,q,,Root\n".encode()
    result = _read(data)
    by_title = {i.title: i.service_id for i in result.items}
    assert by_title == {"支付宝": "alipay", "Ali": None}


# -- phone numbers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("username", "number", "region", "expected"),
    [
        ("13812345678", CN, "CN", True),
        ("138 1234 5678", CN, "CN", True),
        ("+86 138-1234-5678", CN, "CN", True),
        ("8613812345678", CN, "CN", True),
        ("008613812345678", CN, "CN", True),
        ("+8613812345678", CN, "US", True),
        (" 138-1234-5678 ", CN, "CN", True),
        ("13812345679", CN, "CN", False),
        ("1381234567", CN, "CN", False),
        ("13812345678@163.com", CN, "CN", False),
        ("user13812345678", CN, "CN", False),
        ("(614) 555-0134", US, "US", True),
        ("+16145550134", US, "US", True),
        ("614.555.0134", US, "US", True),
        ("1 614 555 0134", US, "US", True),
        ("16145550134", US, "US", True),
        ("(614) 555-0135", US, "US", False),
        ("+44 614 555 0134", US, "US", False),
        ("6145550134@example.com", US, "US", False),
        ("", US, "US", False),
    ],
)
def test_username_is_number(username: str, number: str, region: str, expected: bool) -> None:
    assert username_is_number(username, number, region) is expected


# -- problems ----------------------------------------------------------------------------------


def _problem(data: bytes) -> ImportProblem:
    with pytest.raises(ImportProblem) as info:
        _read(data)
    assert info.value.kind == "import"
    assert isinstance(info.value.message, Text)
    return info.value


def test_unclosed_quote_names_the_line() -> None:
    problem = _problem(_sample("malformed.csv"))
    assert problem.message.args == {"line": samples.MALFORMED_LINE}
    assert str(problem) == (
        f"Line {samples.MALFORMED_LINE} could not be read: a quote was opened and never closed."
    )


def test_stray_quote_names_the_line() -> None:
    data = b'name,url,username,password\na,https://a.com,b,c\n"x"y,https://b.com,c,d\n'
    assert _problem(data).message.args == {"line": 3}


def test_not_an_export() -> None:
    problem = _problem(_sample("not_export.csv"))
    assert "could not find a web address or user name column" in str(problem)
    assert problem.hint is not None


@pytest.mark.parametrize("data", [b"", b"   \r\n\n", b"\xef\xbb\xbf", b"\xff\xfe"])
def test_empty_files(data: bytes) -> None:
    assert str(_problem(data)) == "This file is empty."


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        bytes(range(256)) * 4,
        b"name,url,username\x00,password\n",
    ],
)
def test_binary_files(data: bytes) -> None:
    assert "not a text file" in str(_problem(data))


def test_zip_files() -> None:
    assert "compressed" in str(_problem(b"PK\x03\x04" + b"\x00" * 40))


def test_encrypted_bitwarden() -> None:
    assert str(_problem(_sample("bitwarden_encrypted.json"))) == (
        "This Bitwarden export is encrypted; export again and choose the unencrypted .json or "
        ".csv format."
    )
    assert "encrypted" in str(_problem(b'{"encrypted": true, "items": []}'))


def test_broken_and_foreign_json() -> None:
    broken = _problem(b'{"encrypted": false,\n "items": [\n  {"type": 1,')
    assert broken.message.args == {"line": 3}
    assert "not an export Ringoff knows" in str(_problem(b'{"accounts": []}'))
    assert "not an export Ringoff knows" in str(_problem(b"[1, 2, 3]"))
    assert isinstance(_problem(b"[" * 100_000), ImportProblem)


def test_bitwarden_json_ignores_odd_items() -> None:
    doc = {
        "encrypted": False,
        "items": [
            "nonsense",
            {
                "type": 1,
                "name": "JD",
                "login": {"uris": [{"uri": "https://jd.com"}], "username": 5},
            },
            {"type": 1, "name": "Taobao", "login": None},
            {"type": 1, "login": {"uris": "https://x.com", "username": "13812345678"}},
            {"type": 3, "name": "Card"},
        ],
    }
    result = _read(json.dumps(doc).encode())
    assert result.rows == 4
    assert {_group_of(i): i.username_is_number for i in result.items} == {
        "jd": False,
        "taobao": False,
    }


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_give_a_result_or_a_problem(data: bytes) -> None:
    try:
        result = _read(data)
    except ImportProblem:
        return
    assert isinstance(result, ImportResult)


_cell = st.text(alphabet=st.sampled_from(list('ab1 3+@.,;\t"\n\r/:-中')), max_size=12)


@settings(max_examples=300, deadline=None)
@given(
    header=st.sampled_from(
        ["name,url,username,password,note", FIREFOX, BITWARDEN, "Title,URL,Username", "网址,账号"]
    ),
    rows=st.lists(st.lists(_cell, max_size=8), max_size=8),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030"]),
)
def test_csv_like_input_gives_a_result_or_a_problem(
    header: str, rows: list[list[str]], encoding: str
) -> None:
    text = header + "\n" + "\n".join(",".join(r) for r in rows)
    try:
        result = _read(text.encode(encoding))
    except ImportProblem:
        return
    assert result.rows <= text.count("\n") + text.count("\r")
    assert all(
        i.reason in (REASON_USES_NUMBER, REASON_KNOWN_SERVICE, REASON_OTHER) for i in result.items
    )


# -- privacy -----------------------------------------------------------------------------------


def _secrets() -> list[str]:
    out = []
    for e in ENTRIES:
        out += [e.password, e.totp, e.note, e.field, e.note.split("\n")[0], e.field.split(": ")[1]]
        out.append(e.username)
    out += ["SECRET-NOTE-PIN", "pw-android-SECRET", "9911"]
    return out


@pytest.mark.parametrize("name", sorted(SAMPLE_FORMATS))
def test_no_secret_survives_the_import(name: str) -> None:
    result = _read(_sample(name))
    choices = choose_for_import(result, existing_service_ids=(), existing_names=())
    shown = repr(result) + repr(choices) + "".join(str(vars_or_slots(i)) for i in result.items)
    for secret in _secrets():
        assert secret not in shown, (name, secret)


def vars_or_slots(obj: object) -> dict[str, object]:
    return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}  # type: ignore[arg-type]


def test_result_objects_have_no_place_for_secrets() -> None:
    assert {f.name for f in dataclasses.fields(FoundItem)} == {
        "title",
        "host",
        "username_is_number",
        "service_id",
        "service_name",
        "reason",
        "line",
        "count",
    }
    assert {f.name for f in dataclasses.fields(ImportResult)} == {
        "format",
        "format_label",
        "rows",
        "items",
    }
    result = _read(_sample("bitwarden.csv"))
    for obj in (result, *result.items):
        assert not hasattr(obj, "__dict__"), "slots only: nothing can be attached later"


# -- the preview -------------------------------------------------------------------------------


def test_choose_for_import_ticks_and_duplicates() -> None:
    result = _read(_sample("chrome.csv"))
    choices = choose_for_import(
        result, existing_service_ids={"jd", "icbc"}, existing_names={"  Example.org "}
    )
    assert all(isinstance(c, ImportChoice) for c in choices)
    by_group = {_group_of(c.item): c for c in choices}
    assert len(by_group) == len(result.items)
    # Known services that use the number, and other known services: ticked.
    assert by_group["taobao"].ticked and not by_group["taobao"].duplicate
    assert by_group["uber"].ticked
    # Unknown sites: unticked, unless they sign in with the number.
    assert not by_group["163.com"].ticked
    assert by_group["com.tencent.mm"].ticked
    # Already in the vault: marked and unticked, whatever the reason.
    assert by_group["jd"].duplicate and not by_group["jd"].ticked
    assert by_group["icbc"].duplicate and not by_group["icbc"].ticked
    assert by_group["example.org"].duplicate and not by_group["example.org"].ticked
    # A catalog service the user once added under its own name is a duplicate too.
    again = choose_for_import(result, existing_service_ids=(), existing_names=["UBER"])
    assert [c.item.service_id for c in again if c.duplicate] == ["uber"]
    # Most relevant first.
    order = [c.item.reason for c in choices]
    assert order == sorted(
        order, key=[REASON_USES_NUMBER, REASON_KNOWN_SERVICE, REASON_OTHER].index
    )


# -- size --------------------------------------------------------------------------------------


def test_hundred_thousand_rows(tmp_path: Path) -> None:
    rows = 100_000
    path = samples.write_big_chrome(tmp_path / "big.csv", rows)
    data = path.read_bytes()
    matcher = FakeMatcher()
    start = time.perf_counter()
    result = read_export(data, number_e164=CN, region="CN", matcher=matcher)
    elapsed = time.perf_counter() - start
    assert result.rows == rows
    # Which sites hold the number, worked out from the generator's own rows.
    known = {"google.com": "google", "taobao.com": "taobao", "jd.com": "jd", "alipay.com": "alipay"}
    expected = set()
    for name, _url, username, _pw, _note in samples.big_chrome_rows(rows):
        if re.sub(r"\D", "", username) in ("13812345678", "8613812345678"):
            site = (
                name.split(".", 1)[1]
                if name.startswith(("www.", "accounts.", "login.", "m."))
                else name
            )
            expected.add(known.get(site, site))
    assert {_group_of(i) for i in result.items if i.username_is_number} == expected
    assert sum(i.count for i in result.items) == rows
    # One catalog look-up per distinct host, not per row.
    assert matcher.domain_calls < rows / 10
    # A loose guard against accidental quadratic work; benchmarks/bench_import.py measures.
    assert elapsed < 8
