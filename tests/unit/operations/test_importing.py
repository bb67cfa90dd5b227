"""operations.importing with the real catalog: every archive and export kind, evidence, ticks,
bad input, and recall on a realistic phone archive (samples from tests/data/archives)."""

from __future__ import annotations

import importlib.util
import io
import sys
import zipfile
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from ringoff.core import messages
from ringoff.core.catalog import Catalog
from ringoff.core.errors import ImportProblem
from ringoff.core.model import Account, PhoneNumber
from ringoff.operations import importing
from ringoff.operations.importing import Find, Found, ImportCancelled, choose, read_path
from ringoff.storage.catalog_files import load_folder
from ringoff.storage.resources import catalog_dir as default_catalog_dir

ARCHIVES = Path(__file__).resolve().parents[2] / "data" / "archives"


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_archives", ARCHIVES / "make_archives.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


M = _module()
NUMBER = PhoneNumber(e164="+8613812345678", person_id="p", region="CN")


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_folder(default_catalog_dir())


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("archives")
    msgs, _ = M.realistic_messages()
    out = {
        "sms": M.write_sms_backup(root / "sms-20260101.xml", msgs),
        "sms_cut": M.write_sms_backup(root / "sms-cut.xml", msgs, truncate=True),
        "csv": M.write_message_csv(root / "messages.csv", msgs),
        "iphone": M.write_iphone_backup(root / "iphone", msgs),
        "iphone_locked": M.write_iphone_backup(root / "iphone-locked", msgs, encrypted=True),
        "mbox": M.write_mbox(root / "All mail.mbox"),
    }
    out["sms_db"] = out["iphone"] / M.SMS_DB_ID[:2] / M.SMS_DB_ID
    out.update(M.write_mail_folders(root / "mail"))
    (root / "yztc.txt").write_text(M.OFFICIAL_REPLY, encoding="utf-8")
    out["official"] = root / "yztc.txt"
    for name, path in M.write_password_exports(root / "passwords").items():
        out[name] = path
    return out


def _read(path: Path, catalog: Catalog, **kw: object) -> Found:
    return read_path(path, number=NUMBER, catalog=catalog, **kw)  # type: ignore[arg-type]


def _by_service(finds: list[Find]) -> dict[str, Find]:
    return {f.service_id or "name:" + f.name: f for f in finds}


# --------------------------------------------------------------------------------------------
# Message archives


def test_recall_on_a_realistic_phone(samples: dict[str, Path], catalog: Catalog) -> None:
    """Several hundred texts from 52 senders (Chinese and English) and 8 people, in three
    archive formats: every named service is found with its exact count and ticked; people
    are never listed."""
    _, truth = M.realistic_messages()
    assert len(truth) >= 40
    named = {k: n for k, n in truth.items() if not k.startswith("number:")}
    for key in ("sms", "csv", "iphone"):
        found = _read(samples[key], catalog)
        got = _by_service(choose(found, [], catalog))
        ticked = [k for k in named if k in got and got[k].ticked]
        recall = len(ticked) / len(truth)
        print(f"{found.kind}: {len(ticked)}/{len(truth)} senders ticked, recall {recall:.0%}")
        assert recall >= 0.9, sorted(set(named) - set(ticked))
        exact = sum(1 for k in named if k in got and got[k].messages == named[k])
        assert exact >= len(named) - 1
        # The anonymous short code is offered by its number, unticked; people never appear.
        assert got["name:1069444"].ticked is False
        assert found.personal > 50
        for person in ("13900001111", "+14155559876", "mom"):
            assert not any(person in f.name for f in found.finds)


def test_sms_backup_evidence_and_words(samples: dict[str, Path], catalog: Catalog) -> None:
    found = _read(samples["sms"], catalog)
    assert found.kind == "sms_backup" and found.plain_text
    icbc = _by_service(found.finds)["icbc"]
    assert icbc.messages and icbc.last is not None and icbc.last.year in (2023, 2024)
    words = importing.evidence_text(icbc, "en")
    assert words is not None
    assert words.render().startswith(f"texted this number {icbc.messages} times, last in ")
    assert importing.month_words(date(2024, 3, 5), "zh_CN") == "2024年3月"
    assert importing.evidence_json(icbc)["messages"] == icbc.messages


def test_truncated_backup_is_refused(samples: dict[str, Path], catalog: Catalog) -> None:
    with pytest.raises(ImportProblem) as info:
        _read(samples["sms_cut"], catalog)
    assert "cut short" in str(info.value) and "nothing was added" in info.value.hint.render()


def test_surrogate_emoji_are_read(catalog: Catalog, tmp_path: Path) -> None:
    msgs = [M.Message("95588", "【工商银行】验证码123456 &#55357;", M.datetime(2024, 1, 1))]
    path = M.write_sms_backup(tmp_path / "sms.xml", msgs, surrogates=True)
    assert b"&#55357;&#56832;" in path.read_bytes()
    assert _by_service(_read(path, catalog).finds)["icbc"].messages == 1


def test_iphone_backup_folder_and_file(samples: dict[str, Path], catalog: Catalog) -> None:
    folder = _read(samples["iphone"], catalog)
    single = _read(samples["sms_db"], catalog)
    assert folder.kind == "iphone_backup" and single.kind == "iphone_sms_db"
    assert not folder.plain_text
    assert (
        _by_service(folder.finds)["google"].messages == _by_service(single.finds)["google"].messages
    )
    # Manifest.db chosen by itself means its folder.
    assert _read(samples["iphone"] / "Manifest.db", catalog).kind == "iphone_backup"


def test_encrypted_iphone_backup_says_how(samples: dict[str, Path], catalog: Catalog) -> None:
    with pytest.raises(ImportProblem) as info:
        _read(samples["iphone_locked"], catalog)
    assert "encrypted" in str(info.value)
    assert "Encrypt local backup" in info.value.hint.render()


def test_apple_dates_and_attributed_body() -> None:
    assert messages.apple_date(0) is None
    assert messages.apple_date(700_000_000).year == 2023  # seconds
    assert messages.apple_date(700_000_000 * 10**9).year == 2023  # nanoseconds
    assert messages.attributed_text(M._typedstream("【京东】验证码")) == "【京东】验证码"
    long = "x" * 300
    assert messages.attributed_text(M._typedstream(long)) == long


@pytest.mark.parametrize("key", ["mbox", "takeout", "thunderbird", "apple_mail", "eml"])
def test_mail_in_every_layout(samples: dict[str, Path], catalog: Catalog, key: str) -> None:
    found = _read(samples[key], catalog)
    assert found.kind in ("mbox", "eml")
    finds = choose(found, [], catalog)
    got = _by_service(finds)
    for service in ("google", "alipay", "amazon", "microsoft"):
        assert got[service].ticked and got[service].messages, service
    assert got["name:fabrikam.example"].messages  # an unknown domain that sent a code
    assert not got["netflix"].ticked and not got["netflix"].evidence  # newsletters only
    assert not any("shopco" in f.name or "example.org" in f.name for f in finds)
    words = importing.evidence_text(got["google"], "en")
    assert words is not None and "e-mail" in words.render()


def test_mbox_cancel_and_not_mbox(catalog: Catalog, tmp_path: Path) -> None:
    big = M.write_big_mbox(tmp_path / "big.mbox", 8 * 1024 * 1024)
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ImportCancelled):
        _read(big, catalog, cancel=cancel)
    assert len(calls) == 3
    fake = tmp_path / "Inbox"
    fake.write_bytes(b"Not a mailbox at all\n")
    with pytest.raises(ImportProblem):
        _read(fake, catalog)


def test_official_reply(samples: dict[str, Path], catalog: Catalog) -> None:
    found = _read(samples["official"], catalog)
    assert found.kind == "official_reply"
    got = _by_service(choose(found, [], catalog))
    assert {"wechat", "qq", "taobao", "alipay", "douyin", "meituan"} <= set(got)
    assert all(f.ticked and f.official and f.messages is None for f in got.values())
    assert len(got) == 6  # "可供查询的11个" is not an app


# --------------------------------------------------------------------------------------------
# Password exports


@pytest.mark.parametrize(
    ("name", "kind", "with_number", "without"),
    [
        ("keepass1x.csv", "keepass_csv", "taobao", "google"),
        ("keepass.xml", "keepass_xml", "jd", "microsoft"),
        ("enpass.json", "enpass", "whatsapp", "netflix"),
        ("credentials.csv", "dashlane", "alipay", "netflix"),
        ("dashlane.zip", "dashlane", "alipay", "netflix"),
        ("protonpass.csv", "protonpass", "meituan", "spotify"),
        ("protonpass.zip", "protonpass", "meituan", None),
        ("nordpass.csv", "nordpass", "weibo", None),
        ("keeper.csv", "keeper", "douyin", "github"),
        ("safari.zip", "safari", "weibo", "google"),
        ("export.1pux", "onepassword_1pux", "wechat", None),
    ],
)
def test_every_password_export(
    samples: dict[str, Path],
    catalog: Catalog,
    name: str,
    kind: str,
    with_number: str,
    without: str | None,
) -> None:
    found = _read(samples[name], catalog)
    assert found.kind == kind
    got = _by_service(choose(found, [], catalog))
    assert got[with_number].signs_in_with_number and got[with_number].ticked
    if without is not None:
        assert not got[without].ticked and not got[without].evidence
    words = importing.evidence_text(got[with_number], "en")
    assert words is not None and words.render() == "signs in with this number"


def test_android_rows_and_sign_in_hosts(samples: dict[str, Path], catalog: Catalog) -> None:
    got = _by_service(_read(samples["export.1pux"], catalog).finds)
    assert got["whatsapp"].signs_in_with_number  # android://…@com.whatsapp/ + a phone field
    assert "microsoft" in _by_service(_read(samples["keepass.xml"], catalog).finds)
    assert "name:Old JD" not in _by_service(_read(samples["keepass.xml"], catalog).finds)


def test_zip_bomb_is_refused(catalog: Catalog, tmp_path: Path) -> None:
    bomb = M.write_zip_bomb(tmp_path / "dashlane.zip", 200 * 1024 * 1024)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(ImportProblem) as info:
        _read(bomb, catalog)
    assert "unpacks to far more" in str(info.value)


def test_huge_field_and_wrong_encodings(catalog: Catalog, tmp_path: Path) -> None:
    huge = tmp_path / "huge.csv"
    with huge.open("w") as fp:
        fp.write("name,url,username,password\n")
        fp.write('a,https://a.example,"' + "x" * (50 * 1024 * 1024) + '",p\n')
    with pytest.raises(ImportProblem) as info:
        _read(huge, catalog)
    assert "far too long" in str(info.value)
    gbk = tmp_path / "gbk.csv"
    gbk.write_bytes(
        "name,url,username,password\n淘宝,https://taobao.com,13812345678,p\n".encode("gbk")
    )
    assert _by_service(_read(gbk, catalog).finds)["taobao"].signs_in_with_number
    utf16 = tmp_path / "utf16.csv"
    utf16.write_bytes(
        "name,url,username,password\n京东,https://jd.com,13812345678,p\n".encode("utf-16")
    )
    assert _by_service(_read(utf16, catalog).finds)["jd"].signs_in_with_number
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40)
    with pytest.raises(ImportProblem):
        _read(binary, catalog)


def test_a_folder_with_nothing(catalog: Catalog, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(ImportProblem) as info:
        _read(tmp_path, catalog)
    assert "nothing Ringoff can read" in str(info.value)


# --------------------------------------------------------------------------------------------
# Choosing


def test_choose_orders_ticks_and_keeps_unticks(samples: dict[str, Path], catalog: Catalog) -> None:
    found = _read(samples["keepass1x.csv"], catalog)
    existing = [Account(number_id="n", name="淘宝", service_id="taobao")]
    finds = choose(found, existing, catalog)
    assert [f.evidence for f in finds] == sorted((f.evidence for f in finds), reverse=True)
    taobao = _by_service(finds)["taobao"]
    assert taobao.duplicate and not taobao.ticked
    sms = _read(samples["sms"], catalog)
    first = choose(sms, [], catalog)
    unticked = {f.key for f in first if f.service_id == "icbc"}
    again = _by_service(choose(sms, [], catalog, unticked=unticked))
    assert not again["icbc"].ticked and again["ccb"].ticked
    accounts = importing.accounts_for([f for f in first if f.ticked], catalog, NUMBER, "en")
    assert len({a.service_id or a.name for a in accounts}) == len(accounts) >= 40


def test_names_are_cleaned() -> None:
    # Whole sequences go, not just their ESC: no "]52;c;…" or "[31m" is left behind.
    assert importing.clean_name("Evil\x1b]52;c;aGk=\x07Shop\x1b[31m") == "EvilShop"
    assert importing.clean_name("  Red\u202e\tMart  ") == "Red Mart"


def test_export_stream_never_needs_the_whole_file(catalog: Catalog) -> None:
    data = io.BytesIO(b"name,url,username,password\nJD,https://jd.com,13812345678,x\n")
    from ringoff.core.importers import read_export_stream

    result = read_export_stream(
        data, number_e164=NUMBER.e164, region="CN", matcher=catalog, lang="en"
    )
    assert result.items[0].service_id == "jd" and result.items[0].username_is_number
    with zipfile.ZipFile(io.BytesIO(), "w"):
        pass
