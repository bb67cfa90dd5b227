"""Real-shaped message archives and password exports, made from each format's published structure.

Every function writes into a folder it is given (tests pass tmp_path; benchmarks a temp dir) and
returns the path. Nothing here is committed as data. Structures and their sources:

- SMS Backup & Restore XML: https://synctech.com.au/sms-backup-restore/fields-in-xml-backup-files/
  (root <smses count>, <sms address date type body …/>, <mms> with <parts>/<addrs>, addr
  type 137 = From), the header comment and xml-stylesheet PI of a real file
  (https://pastebin.com/3UibVWZc), emoji as surrogate references (https://wilgysef.com/smstoxml/).
- iPhone backup: Manifest.plist (IsEncrypted), Manifest.db Files(fileID, domain, relativePath,
  flags, file), sms.db message/handle, dates in ns since 2001, attributedBody typedstream
  (https://jachimo.github.io/research/imessage-chatdb-reference).
- mbox: "From " separator lines (RFC 4155), Takeout's X-Gmail-Labels header.
- Password exports: headers from bitwarden/clients, ProtonMail/WebClients and pass-import (see
  gui/ringoff/core/importers/formats.py, json_exports.py and zips.py for each citation).

``python tests/data/archives/make_archives.py DIR`` writes them all into DIR.
"""

from __future__ import annotations

import json
import plistlib
import random
import sqlite3
import sys
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import quoteattr

NUMBER = "+8613812345678"
NUMBER_US = "+14155550123"
#: Text that stands for a message body; no file Ringoff writes may ever contain it.
BODY_MARKER = "ZQXJBODYMARK"
CODE_MARKER = "735194"
APPLE_EPOCH = 978_307_200


@dataclass(frozen=True)
class Message:
    address: str
    body: str
    when: datetime
    received: bool = True


def _ms(when: datetime) -> int:
    return int(when.timestamp() * 1000)


# --------------------------------------------------------------------------------------------
# A realistic phone's messages, with the truth of what each sender is


#: (address, body template, catalog id, or "name:<name>" for a service the catalog lacks)
_SERVICES_CN = [
    ("95588", "【工商银行】您尾号1234的卡于{d}支出人民币{n}元。{m}", "icbc"),
    ("95533", "【建设银行】您的验证码为{c}，请勿泄露。{m}", "ccb"),
    ("95566", "【中国银行】验证码{c}，您正在进行网上支付。{m}", "boc"),
    ("95599", "【农业银行】动态密码{c}。{m}", "abc"),
    ("95559", "【交通银行】您的验证码{c}。{m}", "bocom"),
    ("95188", "【支付宝】验证码{c}，用于登录，5分钟内有效。{m}", "alipay"),
    ("1069012345", "【淘宝网】验证码{c}，您正在登录淘宝。{m}", "taobao"),
    ("10690111", "【京东】验证码：{c}，请勿告诉他人。{m}", "jd"),
    ("106980095017", "【微信】验证码 {c}，用于微信登录。{m}", "wechat"),
    ("1065502", "【美团】{c}（美团验证码），5分钟内有效。{m}", "meituan"),
    ("106575", "【拼多多】您的验证码是{c}。{m}", "pinduoduo"),
    ("106910", "【抖音】验证码{c}，用于手机号登录。{m}", "douyin"),
    ("1069055", "【快手】验证码{c}，您正在登录。{m}", "kuaishou"),
    ("106900", "【滴滴出行】验证码{c}，请在页面输入。{m}", "didi"),
    ("1069088", "【携程旅行网】验证码{c}。{m}", "ctrip"),
    ("106912", "【哔哩哔哩】您的验证码为{c}。{m}", "bilibili"),
    ("1069066", "【小红书】验证码{c}，5分钟有效。{m}", "xiaohongshu"),
    ("106970", "【12306】您的验证码为{c}，请勿泄露。{m}", "railway_12306"),
    ("10086", "【中国移动】尊敬的客户，您本月话费{n}元。{m}", "china_mobile"),
    ("1069033", "【饿了么】验证码{c}，用于登录。{m}", "eleme"),
    ("106956", "【知乎】验证码 {c}。{m}", "zhihu"),
    ("106999", "【钉钉】验证码{c}，用于登录钉钉。{m}", "dingtalk"),
    ("1069077", "【高德地图】您的验证码{c}。{m}", "amap"),
    ("1069044", "验证码{c}，您正在登录网易云音乐。{m}【网易云音乐】", "netease_music"),
    ("1069111", "【闲鱼】验证码{c}，勿告知他人。{m}", "xianyu"),
    ("1069222", "【老街坊面馆】会员日全场八折，回T退订。{m}", "name:老街坊面馆"),  # unknown shop
    ("1069333", "【花旗社区服务】您的快递已到驿站，取件码{c}。{m}", "name:花旗社区服务"),
]
_SERVICES_EN = [
    ("22000", "G-{c} is your Google verification code. {m}", "google"),
    ("32665", "{c} is your Facebook code {m}", "facebook"),
    ("40404", "Your Twitter confirmation code is {c}. {m}", "x_twitter"),
    ("+14155551111", "Your Uber code: {c}. Reply STOP to unsubscribe. {m}", "uber"),
    ("+12065550100", "Amazon: Your code is {c}. Don't share it. {m}", "amazon"),
    ("Apple", "Your Apple ID Code is: {c}. Don't share it with anyone. {m}", "apple_id"),
    ("+18005550199", "Your WhatsApp code: {c}. Don't share this code. {m}", "whatsapp"),
    ("729725", "PayPal: {c} is your security code. Don't share your code. {m}", "paypal"),
    ("69525", "Use {c} as Microsoft account security code {m}", "microsoft"),
    ("24273", "Chase: Your one-time code is {c}. {m}", "chase"),
    ("+13105550111", "Your Telegram code: {c} {m}", "telegram"),
    ("+16505550122", "{c} is your Instagram code. Don't share it. {m}", "instagram"),
    ("+14085550133", "Your Netflix verification code is {c}. {m}", "netflix"),
    ("+17205550144", "Your Lyft code is {c} {m}", "lyft"),
    ("+19175550155", "Your Venmo verification code is {c}. {m}", "venmo"),
    ("+12125550166", "Your Coinbase verification code is: {c}. {m}", "coinbase"),
    ("+13125550177", "Your Discord verification code is: {c} {m}", "discord"),
    ("+15125550188", "Your Robinhood code is {c}. {m}", "robinhood"),
    ("+16175550199", "Your Signal registration code: {c} {m}", "signal"),
    ("+14245550200", "Zelle: Your verification code is {c}. {m}", "zelle"),
    ("+17185550211", "Your Fabrikam Bank login code is {c}. {m}", "name:Fabrikam Bank"),
    # Harder ones: the name only late in the text, after a dash, or nowhere at all.
    ("+18885550144", "Use {c} to sign in to Snapchat. {m}", "snapchat"),
    ("+18885550155", "{c} is your code. {m} Never share it. -Hinge", "hinge"),
    ("+18885550166", "{c} is your verification code. {m}", "number:+18885550166"),
    ("1069444", "您的验证码是{c}，10分钟内有效，如非本人操作请忽略。{m}", "number:1069444"),
]
_PEOPLE = [
    ("13900001111", "妈妈：晚上回家吃饭吗？{m}"),
    ("13700002222", "爸爸：记得给奶奶打电话，{m}"),
    ("+14155559876", "Hey, running late, see you at 7? {m}"),
    ("+447700900123", "Happy birthday!! {m} Call me later"),
    ("13600003333", "老王：明天上午十点开会，别忘了。{m}"),
    ("+8613500004444", "小李：周末一起爬山？{m}"),
    ("15800005555", "姐姐：照片收到了，宝宝真可爱 {m}"),
    ("+16045550000", "Your mom says the code for the gate is 4421 {m}"),
]


def realistic_messages(
    seed: int = 7, per_sender: tuple[int, int] = (3, 14)
) -> tuple[list[Message], dict[str, int]]:
    """Several hundred messages: 48 service senders (CN and EN, some unknown) and 8 people.

    Returns the messages and the truth: catalog id (or ``"name:<signature>"``) -> count of
    received messages. Every body carries :data:`BODY_MARKER`; codes start with 7351.
    """
    rng = random.Random(seed)
    start = datetime(2023, 1, 5, 9, 0, tzinfo=UTC)
    out: list[Message] = []
    truth: dict[str, int] = {}
    for address, template, sid in _SERVICES_CN + _SERVICES_EN:
        n = rng.randint(*per_sender)
        for _ in range(n):
            when = start + timedelta(minutes=rng.randint(0, 60 * 24 * 600))
            code = CODE_MARKER[:4] + f"{rng.randint(0, 99):02d}"
            body = template.format(c=code, d="3月5日", n=rng.randint(10, 900), m=BODY_MARKER)
            out.append(Message(address, body, when))
        truth[sid] = n
    for address, template in _PEOPLE:
        for _ in range(rng.randint(10, 30)):
            when = start + timedelta(minutes=rng.randint(0, 60 * 24 * 600))
            out.append(Message(address, template.format(m=BODY_MARKER), when))
            if rng.random() < 0.5:
                out.append(Message(address, "好的 " + BODY_MARKER, when, received=False))
    out.sort(key=lambda m: m.when)
    return out, truth


# --------------------------------------------------------------------------------------------
# Android: SMS Backup & Restore


def write_sms_backup(
    path: Path,
    msgs: list[Message],
    *,
    with_mms: bool = True,
    surrogates: bool = True,
    truncate: bool = False,
) -> Path:
    lines = [
        "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>",
        "<!--File Created By SMS Backup & Restore v10.05.612 on 01/12/2026 09:00:00-->",
        '<?xml-stylesheet type="text/xsl" href="sms.xsl"?>',
        f'<smses count="{len(msgs)}" backup_set="d1c9" backup_date="1764579600000" type="full">',
    ]
    for i, m in enumerate(msgs):
        body = quoteattr(m.body)
        if surrogates and i % 17 == 0:
            body = body[:-1] + " &#55357;&#56832;" + body[-1]  # an emoji as two surrogates
        if with_mms and i % 23 == 5 and m.received:
            lines.append(
                f'  <mms date="{_ms(m.when)}" ct_t="application/vnd.wap.multipart.related" '
                f'msg_box="1" address={quoteattr(m.address)} read="1" sub="null" '
                f'm_type="132" text_only="1" readable_date="x" contact_name="(Unknown)">'
            )
            lines.append("    <parts>")
            lines.append(
                '      <part seq="-1" ct="application/smil" name="null" text="&lt;smil/&gt;" />'
            )
            lines.append(
                f'      <part seq="0" ct="text/plain" name="null" chset="106" text={body} />'
            )
            lines.append("    </parts>")
            lines.append("    <addrs>")
            lines.append(f'      <addr address={quoteattr(m.address)} type="137" charset="106" />')
            lines.append(f'      <addr address="{NUMBER}" type="151" charset="106" />')
            lines.append("    </addrs>")
            lines.append("  </mms>")
            continue
        lines.append(
            f'  <sms protocol="0" address={quoteattr(m.address)} date="{_ms(m.when)}" '
            f'type="{1 if m.received else 2}" subject="null" body={body} toa="null" '
            f'sc_toa="null" service_center="null" read="1" status="-1" locked="0" '
            f'date_sent="0" sub_id="1" readable_date="x" contact_name="(Unknown)" />'
        )
    lines.append("</smses>")
    data = ("\n".join(lines) + "\n").encode("utf-8")
    if truncate:
        data = data[: len(data) * 2 // 3]
    path.write_bytes(data)
    return path


def write_big_sms_backup(path: Path, count: int, seed: int = 3) -> Path:
    """*count* messages from a few hundred senders, written in a stream (for benchmarks)."""
    rng = random.Random(seed)
    senders = [(a, t) for a, t, _ in _SERVICES_CN + _SERVICES_EN] + list(_PEOPLE)
    start = _ms(datetime(2022, 1, 1, tzinfo=UTC))
    with path.open("w", encoding="utf-8") as fp:
        fp.write("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n")
        fp.write(f'<smses count="{count}">\n')
        for i in range(count):
            address, template = senders[rng.randrange(len(senders))]
            if rng.random() < 0.3:
                address = f"1069{rng.randint(10000, 99999)}"
                template = "【店铺" + str(rng.randint(1, 400)) + "】优惠通知{m}"
            body = template.format(c=f"{rng.randint(0, 999999):06d}", d="1日", n=5, m="x")
            fp.write(
                f'  <sms protocol="0" address={quoteattr(address)} date="{start + i * 60000}" '
                f'type="1" subject="null" body={quoteattr(body)} toa="null" sc_toa="null" '
                f'service_center="null" read="1" status="-1" locked="0" date_sent="0" />\n'
            )
        fp.write("</smses>\n")
    return path


def write_message_csv(path: Path, msgs: list[Message]) -> Path:
    import csv

    with path.open("w", encoding="utf-8", newline="") as fp:
        w = csv.writer(fp)
        w.writerow(["Date", "Type", "Address", "Body"])
        for m in msgs:
            w.writerow(
                [
                    m.when.strftime("%Y-%m-%d %H:%M"),
                    "received" if m.received else "sent",
                    m.address,
                    m.body,
                ]
            )
    return path


# --------------------------------------------------------------------------------------------
# iPhone backup

SMS_DB_ID = "3d0d7e5fb2ce288813306e4d4636395e047a3d28"


def _typedstream(text: str) -> bytes:
    """An attributedBody blob shaped like Apple's typedstream (magic, class names, NSString, +,
    length, UTF-8 text)."""
    raw = text.encode("utf-8")
    length = bytes([len(raw)]) if len(raw) < 128 else b"\x81" + len(raw).to_bytes(2, "little")
    return (
        b"\x04\x0bstreamtyped\x81\xe8\x03\x84\x01@\x84\x84\x84\x12NSAttributedString\x00"
        b"\x84\x84\x08NSObject\x00\x85\x92\x84\x84\x84\x08NSString\x01\x94\x84\x01+"
        + length
        + raw
        + b"\x86\x84\x02iI\x01\x05\x92\x84\x84\x84\x0cNSDictionary\x00"
    )


def write_sms_db(path: Path, msgs: list[Message]) -> Path:
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        CREATE TABLE handle (ROWID INTEGER PRIMARY KEY AUTOINCREMENT UNIQUE, id TEXT NOT NULL,
            country TEXT, service TEXT NOT NULL, uncanonicalized_id TEXT, person_centric_id TEXT);
        CREATE TABLE message (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT UNIQUE NOT NULL,
            text TEXT, handle_id INTEGER DEFAULT 0, service TEXT, date INTEGER, date_read INTEGER,
            date_delivered INTEGER, is_from_me INTEGER DEFAULT 0, attributedBody BLOB,
            cache_roomnames TEXT, associated_message_guid TEXT);
        CREATE TABLE chat (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT UNIQUE NOT NULL);
        CREATE TABLE chat_message_join (chat_id INTEGER, message_id INTEGER);
        """
    )
    handles: dict[str, int] = {}
    for i, m in enumerate(msgs):
        if m.address not in handles:
            cur = conn.execute(
                "INSERT INTO handle (id, country, service) VALUES (?, 'us', 'SMS')", (m.address,)
            )
            handles[m.address] = int(cur.lastrowid or 0)
        seconds = m.when.timestamp() - APPLE_EPOCH
        date = int(seconds * 1e9) if i % 3 else int(seconds)  # old rows in s, new in ns
        text, blob = (m.body, None) if i % 2 else (None, _typedstream(m.body))
        conn.execute(
            "INSERT INTO message (guid, text, handle_id, service, date, is_from_me, "
            "attributedBody) VALUES (?, ?, ?, 'SMS', ?, ?, ?)",
            (
                f"g{i}",
                text,
                0 if not m.received else handles[m.address],
                date,
                0 if m.received else 1,
                blob,
            ),
        )
    conn.commit()
    conn.close()
    return path


def write_iphone_backup(folder: Path, msgs: list[Message], *, encrypted: bool = False) -> Path:
    folder.mkdir(parents=True, exist_ok=False)
    (folder / "Info.plist").write_bytes(plistlib.dumps({"Device Name": "iPhone"}))
    (folder / "Status.plist").write_bytes(plistlib.dumps({"IsFullBackup": False}))
    manifest = {"IsEncrypted": encrypted, "Version": "10.0", "WasPasscodeSet": True}
    if encrypted:
        manifest["BackupKeyBag"] = b"\x00" * 64
        manifest["ManifestKey"] = b"\x01" * 40
    (folder / "Manifest.plist").write_bytes(plistlib.dumps(manifest, fmt=plistlib.FMT_BINARY))
    if encrypted:
        (folder / "Manifest.db").write_bytes(
            bytes(random.Random(1).randrange(256) for _ in range(8192))
        )
        return folder
    conn = sqlite3.connect(folder / "Manifest.db")
    conn.execute(
        "CREATE TABLE Files (fileID TEXT PRIMARY KEY, domain TEXT, relativePath TEXT, "
        "flags INTEGER, file BLOB)"
    )
    conn.execute(
        "INSERT INTO Files VALUES (?, 'HomeDomain', 'Library/SMS/sms.db', 1, ?)",
        (SMS_DB_ID, plistlib.dumps({"Size": 1})),
    )
    conn.execute("INSERT INTO Files VALUES ('abcd' , 'HomeDomain', 'Library/SMS', 2, NULL)")
    conn.commit()
    conn.close()
    (folder / SMS_DB_ID[:2]).mkdir(exist_ok=True)
    write_sms_db(folder / SMS_DB_ID[:2] / SMS_DB_ID, msgs)
    return folder


# --------------------------------------------------------------------------------------------
# Mail


_MAILS = [
    ("Google <no-reply@accounts.google.com>", "G-735194 is your Google verification code"),
    ("Google <no-reply@accounts.google.com>", "Security alert: phone number changed"),
    (
        "支付宝 <service@mail.alipay.com>",
        "=?UTF-8?B?5omL5py65Y+356CB5bey57uR5a6a?=",
    ),  # 手机号码已绑定
    ("Amazon <account-update@amazon.com>", "Your phone number was added to your account"),
    (
        "Microsoft account team <account-security-noreply@accountprotection.microsoft.com>",
        "Microsoft account security code",
    ),
    ("Netflix <info@mailer.netflix.com>", "New on Netflix this week"),  # no evidence
    ("Shop Co <deals@shopco.example>", "Huge sale this weekend"),  # ignored
    ("Fabrikam <verify@fabrikam.example>", "Your verification code"),  # unknown, by domain
    ("Mum <mum@example.org>", "Sunday lunch"),  # a person
]


def _mail(sender: str, subject: str, when: datetime, i: int) -> bytes:
    return (
        f"From: {sender}\r\nTo: someone@example.com\r\nSubject: {subject}\r\n"
        f"Date: {when.strftime('%a, %d %b %Y %H:%M:%S +0000')}\r\n"
        f"Message-ID: <m{i}@example.com>\r\nX-Gmail-Labels: Inbox,Category Updates\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Hello,\r\nYour code is {CODE_MARKER}. {BODY_MARKER}\r\n"
        "From the team\r\n>From here on, a quoted line.\r\n"
    ).encode()


def write_mbox(path: Path, repeat: int = 3) -> Path:
    with path.open("wb") as fp:
        for i in range(len(_MAILS) * repeat):
            sender, subject = _MAILS[i % len(_MAILS)]
            when = datetime(2024, 1 + i % 12, 3, 10, 0, tzinfo=UTC)
            fp.write(
                b"From MAILER-DAEMON " + when.strftime("%a %b %d %H:%M:%S %Y").encode() + b"\n"
            )
            fp.write(_mail(sender, subject, when, i).replace(b"\r\n", b"\n"))
            fp.write(b"\n")
    return path


def write_big_mbox(path: Path, size: int) -> Path:
    """An mbox of about *size* bytes (mails with 20 KB bodies), written in a stream."""
    body = b"Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 350 + b"\n"
    n = 0
    with path.open("wb") as fp:
        while fp.tell() < size:
            sender, subject = _MAILS[n % len(_MAILS)]
            when = datetime(2020, 1 + n % 12, 1 + n % 28, tzinfo=UTC)
            fp.write(b"From x@example.com Mon Jan  1 00:00:00 2024\n")
            fp.write(_mail(sender, subject, when, n).replace(b"\r\n", b"\n"))
            fp.write(body)
            fp.write(b"\n")
            n += 1
    return path


def write_mail_folders(root: Path) -> dict[str, Path]:
    """Takeout, Thunderbird and Apple Mail layouts, and a folder of .eml files."""
    out = {}
    takeout = root / "Takeout" / "Mail"
    takeout.mkdir(parents=True)
    write_mbox(takeout / "All mail Including Spam and Trash.mbox")
    out["takeout"] = root / "Takeout"
    tb = root / "Thunderbird" / "Local Folders"
    (tb / "Inbox.sbd").mkdir(parents=True)
    write_mbox(tb / "Inbox")
    (tb / "Inbox.msf").write_text('// <!-- <mdb:mork:z v="1.4"/> -->')
    write_mbox(tb / "Inbox.sbd" / "Receipts", repeat=1)
    out["thunderbird"] = root / "Thunderbird"
    apple = root / "Inbox.mbox"
    apple.mkdir()
    write_mbox(apple / "mbox")
    (apple / "Info.plist").write_bytes(plistlib.dumps({}))
    out["apple_mail"] = apple
    emls = root / "eml"
    emls.mkdir()
    for i, (sender, subject) in enumerate(_MAILS):
        (emls / f"{i:03d}.eml").write_bytes(
            _mail(sender, subject, datetime(2024, 5, 1, tzinfo=UTC), i)
        )
    out["eml"] = emls
    return out


OFFICIAL_REPLY = (
    "【工信部反诈中心】尊敬的用户，您好！截至2024年03月01日，您的手机号138****5678在可供查询的"
    "11个互联网应用平台中共注册了6个账号：微信1个，QQ1个，淘宝1个，支付宝1个，抖音1个，"
    "美团1个。如有疑问请联系相关企业。"
)


# --------------------------------------------------------------------------------------------
# Password exports


def write_password_exports(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out: dict[str, Path] = {}
    n = "13812345678"

    def put(name: str, text: str) -> Path:
        p = folder / name
        p.write_text(text, encoding="utf-8", newline="")
        out[name] = p
        return p

    put(
        "keepass1x.csv",
        '"Account","Login Name","Password","Web Site","Comments"\r\n'
        f'"Taobao","{n}","pw{CODE_MARKER}","https://login.taobao.com/","{BODY_MARKER}"\r\n'
        '"Google","me@example.com","pw2","https://accounts.google.com/",""\r\n'
        '"Corner shop","me","pw3","https://cornershop.example/",""\r\n',
    )
    put(
        "keepass.xml",
        '<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<KeePassFile>\n'
        "<Meta><Generator>KeePass</Generator><DatabaseName>Mine</DatabaseName></Meta>\n"
        "<Root><Group><UUID>AAAA</UUID><Name>Root</Name>\n"
        "<Entry><UUID>B1</UUID><String><Key>Notes</Key><Value>" + BODY_MARKER + "</Value></String>"
        '<String><Key>Password</Key><Value ProtectInMemory="True">pw'
        + CODE_MARKER
        + "</Value></String>"
        "<String><Key>Title</Key><Value>JD</Value></String>"
        f"<String><Key>URL</Key><Value>https://passport.jd.com/</Value></String>"
        f"<String><Key>UserName</Key><Value>{n}</Value></String>"
        "<History><Entry><UUID>B1</UUID><String><Key>Title</Key><Value>Old JD</Value></String>"
        "<String><Key>URL</Key><Value>https://old.example/</Value></String></Entry></History>"
        "</Entry>\n<Group><Name>Mail</Name><Entry><UUID>B2</UUID>"
        "<String><Key>Title</Key><Value>Microsoft</Value></String>"
        "<String><Key>URL</Key><Value>https://login.microsoftonline.com/common</Value></String>"
        "<String><Key>UserName</Key><Value>me@example.com</Value></String></Entry></Group>\n"
        "</Group></Root></KeePassFile>\n",
    )
    put(
        "enpass.json",
        json.dumps(
            {
                "folders": [{"uuid": "f1", "title": "Web", "parent_uuid": ""}],
                "items": [
                    {
                        "title": "WhatsApp",
                        "subtitle": n,
                        "note": BODY_MARKER,
                        "category": "login",
                        "template_type": "login.default",
                        "folders": ["f1"],
                        "fields": [
                            {"label": "Phone", "type": "phone", "value": n},
                            {"label": "Password", "type": "password", "value": "pw" + CODE_MARKER},
                            {
                                "label": "Website",
                                "type": "url",
                                "value": "https://web.whatsapp.com",
                            },
                        ],
                    },
                    {
                        "title": "Netflix",
                        "category": "login",
                        "fields": [
                            {"label": "E-mail", "type": "email", "value": "me@example.com"},
                            {"label": "Website", "type": "url", "value": "https://netflix.com"},
                        ],
                    },
                ],
            },
            ensure_ascii=False,
        ),
    )
    dashlane = (
        "username,username2,username3,title,password,note,url,category,otpSecret\r\n"
        f"me@example.com,{n},,Alipay,pw{CODE_MARKER},{BODY_MARKER},https://www.alipay.com,,\r\n"
        "me@example.com,,,Netflix,pw2,,https://www.netflix.com,,\r\n"
    )
    put("credentials.csv", dashlane)
    with zipfile.ZipFile(folder / "dashlane.zip", "w") as zf:
        zf.writestr("credentials.csv", dashlane)
        zf.writestr("securenotes.csv", "title,note\r\nx," + BODY_MARKER + "\r\n")
        zf.writestr("personalInfo.csv", "type,email,phone_number\r\nphone,," + n + "\r\n")
    out["dashlane.zip"] = folder / "dashlane.zip"
    put(
        "protonpass.csv",
        "type,name,url,email,username,password,note,totp,createTime,modifyTime,vault\r\n"
        f"login,Meituan,https://www.meituan.com,,{n},pw{CODE_MARKER},{BODY_MARKER},,1700000000,1700000000,Personal\r\n"
        "login,Spotify,https://open.spotify.com,me@example.com,,pw,,,1700000000,1700000000,Personal\r\n"
        "note,Secret note,,,,,a note,,1700000000,1700000000,Personal\r\n",
    )
    proton = {
        "version": "1.21.2",
        "userId": "u1",
        "encrypted": False,
        "vaults": {
            "v1": {
                "name": "Personal",
                "items": [
                    {
                        "itemId": "i1",
                        "state": 1,
                        "createTime": 1700000000,
                        "modifyTime": 1700000000,
                        "data": {
                            "type": "login",
                            "metadata": {"name": "Meituan", "note": BODY_MARKER},
                            "content": {
                                "itemEmail": "",
                                "itemUsername": n,
                                "password": "pw" + CODE_MARKER,
                                "urls": ["https://www.meituan.com"],
                                "totpUri": "",
                            },
                        },
                    },
                    {
                        "itemId": "i2",
                        "state": 1,
                        "data": {
                            "type": "note",
                            "metadata": {"name": "Note", "note": BODY_MARKER},
                            "content": {},
                        },
                    },
                ],
            }
        },
    }
    with zipfile.ZipFile(folder / "protonpass.zip", "w") as zf:
        zf.writestr("Proton Pass/data.json", json.dumps(proton))
    out["protonpass.zip"] = folder / "protonpass.zip"
    put(
        "nordpass.csv",
        "name,url,additional_urls,username,password,note,cardholdername,cardnumber,cvc,pin,"
        "expirydate,zipcode,folder,full_name,phone_number,email,address1,address2,city,"
        "country,state,type,custom_fields\r\n"
        f"Weibo,https://weibo.com,[],{n},pw{CODE_MARKER},{BODY_MARKER},,,,,,,,,,,,,,,,password,\r\n"
        ",,,,,,,,,,,,Work,,,,,,,,,folder,\r\n"
        "Me,,,,,,,,,,,,,Me Myself," + n + ",me@example.com,,,,,,identity,\r\n",
    )
    put(
        "keeper.csv",
        f'"Personal","Douyin","{n}","pw{CODE_MARKER}","https://www.douyin.com","{BODY_MARKER}",""\r\n'
        '"Personal","GitHub","me@example.com","pw","https://github.com/login","",""\r\n',
    )
    safari = (
        "Title,URL,Username,Password,Notes,OTPAuth\r\n"
        f"weibo.com ({n}),https://weibo.com/,{n},pw{CODE_MARKER},{BODY_MARKER},\r\n"
        "accounts.google.com (me@example.com),https://accounts.google.com/,me@example.com,pw,,\r\n"
    )
    with zipfile.ZipFile(folder / "safari.zip", "w") as zf:
        zf.writestr("Bookmarks.html", "<!DOCTYPE NETSCAPE-Bookmark-file-1>")
        zf.writestr("Passwords.csv", safari)
        zf.writestr("History.json", "{}")
    out["safari.zip"] = folder / "safari.zip"
    onepux = {
        "accounts": [
            {
                "attrs": {"name": "Me"},
                "vaults": [
                    {
                        "attrs": {"name": "Private"},
                        "items": [
                            {
                                "uuid": "a",
                                "categoryUuid": "001",
                                "state": "active",
                                "overview": {
                                    "title": "WeChat",
                                    "url": "https://weixin.qq.com",
                                    "urls": [],
                                },
                                "details": {
                                    "loginFields": [
                                        {
                                            "value": n,
                                            "name": "username",
                                            "fieldType": "T",
                                            "designation": "username",
                                        },
                                        {
                                            "value": "pw" + CODE_MARKER,
                                            "name": "password",
                                            "fieldType": "P",
                                            "designation": "password",
                                        },
                                    ],
                                    "notesPlain": BODY_MARKER,
                                    "sections": [],
                                },
                            },
                            {
                                "uuid": "b",
                                "categoryUuid": "001",
                                "state": "active",
                                "overview": {
                                    "title": "Apps",
                                    "url": "",
                                    "urls": [
                                        {"label": "", "url": "android://AbC123==@com.whatsapp/"}
                                    ],
                                },
                                "details": {
                                    "loginFields": [],
                                    "sections": [
                                        {
                                            "title": "",
                                            "fields": [
                                                {
                                                    "title": "phone",
                                                    "id": "p",
                                                    "value": {"phone": "+86 138 1234 5678"},
                                                }
                                            ],
                                        }
                                    ],
                                },
                            },
                            {
                                "uuid": "c",
                                "categoryUuid": "003",
                                "state": "archived",
                                "overview": {"title": "Old"},
                                "details": {"notesPlain": BODY_MARKER},
                            },
                        ],
                    }
                ],
            }
        ]
    }
    with zipfile.ZipFile(folder / "export.1pux", "w") as zf:
        zf.writestr("export.attributes", json.dumps({"version": 3}))
        zf.writestr("export.data", json.dumps(onepux))
    out["export.1pux"] = folder / "export.1pux"
    # A zip bomb: one member claiming a small size that unpacks to 1 GB of zeros is avoided
    # here (it would be slow to make); instead a member whose real size is over the limit.
    return out


def write_zip_bomb(path: Path, unpacked: int) -> Path:
    """A zip whose one member unpacks to *unpacked* bytes of zeros (compresses ~1000:1)."""
    with (
        zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf,
        zf.open("credentials.csv", "w", force_zip64=True) as member,
    ):
        member.write(b"username,username2,title,password,url\n")
        block = b"\x00" * (1 << 20)
        for _ in range(unpacked // len(block)):
            member.write(block)
    return path


def main(argv: list[str]) -> int:
    target = Path(argv[1] if len(argv) > 1 else "archives-out")
    target.mkdir(parents=True, exist_ok=True)
    msgs, _ = realistic_messages()
    write_sms_backup(target / "sms-20260101.xml", msgs)
    write_message_csv(target / "messages.csv", msgs)
    write_iphone_backup(target / "iphone-backup", msgs)
    write_mail_folders(target / "mail")
    (target / "yztc.txt").write_text(OFFICIAL_REPLY, encoding="utf-8")
    write_password_exports(target / "passwords")
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
