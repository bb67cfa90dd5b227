"""Finding accounts in any file or folder a person has: one operation for the window and the CLI.

:func:`read_path` tells what the file or folder is (by its content, never only by its name),
reads it with the right reader of ``core.importers`` (password exports) or ``core.messages``
(message archives) and returns :class:`Found`: the kind, and one :class:`Find` per service,
each with its evidence for this number. :func:`choose` orders and ticks them against the
accounts a number already has; :func:`accounts_for` makes the accounts to add.

It runs on a worker thread in the window: it never writes anything (no vault, no file), never
changes the file it reads (SQLite files are opened read-only and immutable), and can be
cancelled between chunks. Qt-free.
"""

from __future__ import annotations

import os
import plistlib
import re
import sqlite3
import zipfile
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

from ..core import importers, messages
from ..core.accounts import new_account, unreadable_file
from ..core.catalog import Catalog
from ..core.errors import ImportProblem
from ..core.i18n import QT_TRANSLATE_NOOP, Text
from ..core.importers import ImportCancelled as _ExportCancelled
from ..core.messages import ImportCancelled
from ..core.model import Account, PhoneNumber, Use
from ..core.text import clean_name as _clean_name

__all__ = [
    "MAX_TEXT_BYTES",
    "Find",
    "Found",
    "ImportCancelled",
    "accounts_for",
    "choose",
    "evidence_json",
    "evidence_text",
    "read_path",
]

#: A plain-text file of copied messages is read whole; larger ones are refused.
MAX_TEXT_BYTES = 64 * 1024 * 1024
#: Files looked at in one folder at most.
MAX_FOLDER_FILES = 200_000

FractionProgress = Callable[[float], None]


def clean_name(name: str) -> str:
    """A name safe to store and print (core.text: whole escape sequences, control characters
    and direction overrides removed), on one line and at most 200 characters."""
    return " ".join(_clean_name(name).split())[:200]


@dataclass(frozen=True, slots=True)
class Find:
    """One service found, with what shows it is tied to the number.

    ``messages``: texts or mails about the number from it (None: not a message archive);
    ``signs_in_with_number``: a saved password signs in with the number, or the official
    look-up lists it; ``official``: the official look-up (一证通查) lists it.
    """

    key: str
    name: str
    service_id: str | None
    host: str
    messages: int | None
    last: date | None
    signs_in_with_number: bool
    official: bool = False
    duplicate: bool = False
    ticked: bool = False
    mail: bool = False  # the messages are e-mails

    @property
    def evidence(self) -> bool:
        return bool(self.messages) or self.signs_in_with_number or self.official


@dataclass(frozen=True, slots=True)
class Found:
    kind: str
    kind_label: Text
    items: int  # rows of an export, or messages of an archive
    finds: list[Find]
    personal: int = 0  # messages from people, not counted
    plain_text: bool = True  # the file holds private data in clear: remind to delete it

    @property
    def is_archive(self) -> bool:
        """A message archive or the official reply (else a password export)."""
        return self.kind in messages.KIND_LABELS


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def month_words(day: date, lang: str) -> str:
    """ "March 2024" / "2024年3月"."""
    if lang.startswith("zh"):
        return f"{day.year}年{day.month}月"
    return f"{_MONTHS[day.month - 1]} {day.year}"


def evidence_text(find: Find, lang: str) -> Text | None:
    """What shows the find is tied to the number, in words; None when nothing does."""
    if find.official:
        return QT_TRANSLATE_NOOP("Import", "the official check (一证通查) lists it for this number")
    if find.signs_in_with_number:
        return QT_TRANSLATE_NOOP("Import", "signs in with this number")
    n = find.messages or 0
    if not n:
        return None
    when = month_words(find.last, lang) if find.last is not None else ""
    if find.mail:
        if n == 1:
            text = QT_TRANSLATE_NOOP("Import", "sent one e-mail about a code or this number")
        else:
            text = QT_TRANSLATE_NOOP(
                "Import", "sent {n} e-mails about codes or this number"
            ).format(n=n)
        if when:
            text = QT_TRANSLATE_NOOP("Import", "{what}, last in {when}").format(
                what=text, when=when
            )
        return text
    if n == 1:
        if when:
            return QT_TRANSLATE_NOOP("Import", "texted this number once, in {when}").format(
                when=when
            )
        return QT_TRANSLATE_NOOP("Import", "texted this number once")
    if when:
        return QT_TRANSLATE_NOOP("Import", "texted this number {n} times, last in {when}").format(
            n=n, when=when
        )
    return QT_TRANSLATE_NOOP("Import", "texted this number {n} times").format(n=n)


def evidence_json(find: Find) -> dict[str, Any]:
    """The ``evidence`` object of ``ringoff import --json``."""
    return {
        "messages": find.messages,
        "last": find.last.isoformat() if find.last is not None else None,
        "signs_in_with_number": find.signs_in_with_number,
    }


# --------------------------------------------------------------------------------------------
# Messages


def _problem(message: Text, hint: Text | None = None) -> ImportProblem:
    return ImportProblem(message, hint)


def _encrypted_backup() -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP(
            "Import",
            "This iPhone backup is locked with a password (encrypted), so its messages cannot "
            "be read.",
        ),
        QT_TRANSLATE_NOOP(
            "Import",
            "Connect the iPhone, open Finder (on Windows: iTunes or Apple Devices), select the "
            "iPhone, untick “Encrypt local backup” (it asks for the backup password), press "
            "“Back Up Now”, then choose the new backup folder here. You can tick it again "
            "afterwards.",
        ),
    )


def _no_messages_in_backup() -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP("Import", "This iPhone backup holds no messages file."),
        QT_TRANSLATE_NOOP(
            "Import",
            "Make a new backup of the whole iPhone on this computer (not to iCloud) and choose "
            "its folder.",
        ),
    )


def _nothing_in_folder() -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP(
            "Import",
            "This folder holds nothing Ringoff can read: no iPhone backup, mailbox, e-mails or "
            "message backups.",
        ),
        QT_TRANSLATE_NOOP(
            "Import", "Choose the file itself, or the folder of an iPhone backup or of e-mails."
        ),
    )


def _not_known() -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP(
            "Import",
            "Ringoff does not know this kind of file: it is not a password export, a backup of "
            "text messages or a mailbox.",
        ),
        QT_TRANSLATE_NOOP(
            "Import",
            "Choose a password export (.csv, .json, .xml, .zip, .1pux), an “SMS Backup & "
            "Restore” file, an iPhone backup folder or a mailbox (.mbox).",
        ),
    )


def _too_big_text() -> ImportProblem:
    return _problem(
        QT_TRANSLATE_NOOP("Import", "This text file is too large to be copied messages."),
        QT_TRANSLATE_NOOP("Import", "Check that you chose the right file."),
    )


# --------------------------------------------------------------------------------------------
# Reading


class _Progress:
    """Turns bytes read into a fraction of all the bytes to read, and checks Cancel."""

    def __init__(self, total: int, report: FractionProgress, cancel: Callable[[], bool]) -> None:
        self.total = max(total, 1)
        self.report = report
        self.cancel_cb = cancel
        self.base = 0

    def cancel(self) -> bool:
        return self.cancel_cb()

    def bytes(self, done: int) -> None:
        self.report(min(1.0, (self.base + done) / self.total))

    def next_file(self, size: int) -> None:
        self.base += size
        self.report(min(1.0, self.base / self.total))
        if self.cancel_cb():
            raise ImportCancelled


def read_path(
    path: Path,
    *,
    number: PhoneNumber,
    catalog: Catalog,
    lang: str = "en",
    cancel: Callable[[], bool] = lambda: False,
    progress: FractionProgress = lambda _: None,
) -> Found:
    """Read *path* (a file or folder) and return what ties services to *number*.

    Raises :class:`ImportProblem` with a plain message for anything unreadable and
    :class:`ImportCancelled` when *cancel* returns true; never returns part of a file.
    """
    path = Path(path).expanduser()
    try:
        if path.is_dir():
            found = _read_folder(path, number, catalog, lang, cancel, progress)
        else:
            found = _read_file(path, number, catalog, lang, cancel, progress)
    except _ExportCancelled:
        raise ImportCancelled from None
    except OSError as exc:
        raise unreadable_file(path, exc) from exc
    progress(1.0)
    return found


def _read_file(
    path: Path,
    number: PhoneNumber,
    catalog: Catalog,
    lang: str,
    cancel: Callable[[], bool],
    report: FractionProgress,
) -> Found:
    size = path.stat().st_size
    prog = _Progress(size, report, cancel)
    with path.open("rb") as stream:
        head = stream.read(65536)
        stream.seek(0)
        if head.startswith(b"SQLite format 3\x00"):
            stream.close()
            if path.name.lower() == "manifest.db":
                return _read_folder(path.parent, number, catalog, lang, cancel, report)
            return _sms_db(path, "iphone_sms_db", number, catalog, lang, prog)
        if head[:4] == b"PK\x03\x04":
            found = _read_zip_archive(stream, number, catalog, lang, prog)
            if found is not None:
                return found
            stream.seek(0)
            return _export(stream, number, catalog, lang, prog)
        if head.startswith(b"From "):
            tally = messages.MailTally(catalog, lang)
            result = messages.read_mbox(stream, tally, cancel=cancel, progress=prog.bytes)
            return _from_archive(result, catalog, plain_text=True)
        body = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        if body.startswith(b"<"):
            if b"<smses" in head:
                tally_s = messages.SenderTally(catalog, number.region, lang)
                result = messages.read_sms_backup(
                    stream, tally_s, cancel=cancel, progress=prog.bytes
                )
                return _from_archive(result, catalog, plain_text=True)
            return _export(stream, number, catalog, lang, prog)
        if _looks_like_mail(head):
            tally = messages.MailTally(catalog, lang)
            messages.read_eml(stream, tally)
            return _from_archive(tally.result("eml"), catalog, plain_text=True)
        if body[:1] in (b"{", b"["):
            return _export(stream, number, catalog, lang, prog)
        first_line = _first_text_line(head)
        if first_line is not None:
            header = next(iter(_csv_rows(first_line)), [])
            if messages.message_columns(header) is not None:
                import io

                text_stream = io.TextIOWrapper(stream, encoding=_encoding(head), newline="")
                try:
                    tally_s = messages.SenderTally(catalog, number.region, lang)
                    result = messages.read_message_table(
                        text_stream, tally_s, cancel=cancel, progress=lambda _: None
                    )
                finally:
                    text_stream.detach()
                return _from_archive(result, catalog, plain_text=True)
            if importers.detect_format(header) != importers.UNKNOWN_FORMAT or _keeperish(header):
                return _export(stream, number, catalog, lang, prog)
            text = _whole_text(stream, head)
            if messages.looks_official_reply(text):
                result = messages.read_official_reply(text, catalog, catalog, lang)
                return _from_archive(result, catalog, plain_text=False)
            tally_s = messages.SenderTally(catalog, number.region, lang)
            result = messages.read_message_text(text, tally_s)
            if result.finds:
                return _from_archive(result, catalog, plain_text=True)
        # Anything else: the password reader gives the most precise message.
        stream.seek(0)
        return _export(stream, number, catalog, lang, prog)


def _keeperish(header: list[str]) -> bool:
    return len(header) >= 6 and bool(header[1].strip())


def _csv_rows(line: str) -> list[list[str]]:
    import csv

    sep = max((",", ";", "\t"), key=line.count)
    try:
        return list(csv.reader([line], delimiter=sep))
    except csv.Error:
        return []


def _encoding(head: bytes) -> str:
    try:
        return importers._sniff_encoding(head)
    except ImportProblem:
        return "utf-8"


def _first_text_line(head: bytes) -> str | None:
    try:
        enc = importers._sniff_encoding(head)
    except ImportProblem:
        return None
    text = head.decode(enc if enc != "utf-16" else "utf-16", errors="ignore")
    for line in text.splitlines():
        if line.strip():
            return line.lstrip("\ufeff")
    return None


def _whole_text(stream: IO[bytes], head: bytes) -> str:
    stream.seek(0)
    data = stream.read(MAX_TEXT_BYTES + 1)
    if len(data) > MAX_TEXT_BYTES:
        raise _too_big_text()
    return data.decode(_encoding(head), errors="replace")


_MAIL_HEADER = re.compile(rb"^(?:[A-Za-z][A-Za-z0-9-]{1,40}):[ \t]?", re.MULTILINE)


def _looks_like_mail(head: bytes) -> bool:
    """An .eml: it begins with header lines and has From: plus Date:, Received: or Message-ID:."""
    first = head.lstrip()[:200]
    if not _MAIL_HEADER.match(first):
        return False
    top = head[:16384].lower()
    return b"\nfrom:" in b"\n" + top and any(
        k in top for k in (b"\ndate:", b"\nreceived:", b"\nmessage-id:", b"\nsubject:")
    )


def _export(
    stream: IO[bytes], number: PhoneNumber, catalog: Catalog, lang: str, prog: _Progress
) -> Found:
    result = importers.read_export_stream(
        stream,
        number_e164=number.e164,
        region=number.region,
        matcher=catalog,
        lang=lang,
        cancel=prog.cancel,
        progress=prog.bytes,
    )
    finds = [
        Find(
            key=("s:" + item.service_id) if item.service_id else "h:" + (item.host or item.title),
            name=clean_name(item.service_name),
            service_id=item.service_id,
            host=item.host,
            messages=None,
            last=None,
            signs_in_with_number=item.username_is_number,
        )
        for item in result.items
    ]
    return Found(result.format, result.format_label, result.rows, finds)


def _from_archive(result: messages.ArchiveResult, catalog: Catalog, *, plain_text: bool) -> Found:
    finds = []
    for f in result.finds:
        finds.append(
            Find(
                key=("s:" + f.service_id) if f.service_id else "n:" + f.sender.casefold(),
                name=clean_name(f.service_name),
                service_id=f.service_id,
                host="",
                messages=None if f.official else f.count,
                last=f.last,
                signs_in_with_number=f.official,
                official=f.official,
                mail=result.kind in ("mbox", "eml"),
            )
        )
    return Found(
        result.kind,
        messages.KIND_LABELS[result.kind],
        result.messages,
        finds,
        personal=result.personal,
        plain_text=plain_text,
    )


def _sms_db(
    path: Path, kind: str, number: PhoneNumber, catalog: Catalog, lang: str, prog: _Progress
) -> Found:
    # immutable=1: SQLite never writes, locks or makes a -wal file beside the user's file.
    uri = "file:" + quote(str(path.resolve())) + "?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        raise messages._problem_not_sms_db() from None
    try:
        try:
            total = conn.execute("SELECT count(*) FROM message").fetchone()[0] or 1
        except sqlite3.DatabaseError:
            raise messages._problem_not_sms_db() from None
        tally = messages.SenderTally(catalog, number.region, lang)
        result = messages.read_sms_db(
            conn,
            tally,
            kind=kind,
            cancel=prog.cancel,
            progress=lambda n: prog.report(min(1.0, n / total)),
        )
    finally:
        conn.close()
    return _from_archive(result, catalog, plain_text=False)


# iPhone backups: Manifest.plist's IsEncrypted; Manifest.db's Files table maps
# (domain, relativePath) to fileID, stored at <fileID[:2]>/<fileID> since iOS 10 (before: at the
# top). https://ebookreading.net/view/book/Practical+Mobile+Forensics+-+Fourth+Edition-EB9781838647520_114.html
# ; github.com/jsharkey13/iphone_backup_decrypt (iphone_backup.py, utils.py)
SMS_DB_ID = "3d0d7e5fb2ce288813306e4d4636395e047a3d28"  # SHA-1 of HomeDomain-Library/SMS/sms.db


def _iphone_backup(
    folder: Path, number: PhoneNumber, catalog: Catalog, lang: str, prog: _Progress
) -> Found:
    plist = folder / "Manifest.plist"
    if plist.is_file():
        try:
            with plist.open("rb") as fp:
                info = plistlib.load(fp)
        except (plistlib.InvalidFileException, ValueError, OSError):
            info = {}
        if isinstance(info, dict) and info.get("IsEncrypted") is True:
            raise _encrypted_backup()
    file_id = SMS_DB_ID
    manifest = folder / "Manifest.db"
    if manifest.is_file():
        uri = "file:" + quote(str(manifest.resolve())) + "?mode=ro&immutable=1"
        try:
            conn = sqlite3.connect(uri, uri=True)
            try:
                row = conn.execute(
                    "SELECT fileID FROM Files WHERE relativePath = ? AND domain = ? AND flags = 1",
                    ("Library/SMS/sms.db", "HomeDomain"),
                ).fetchone()
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            raise _encrypted_backup() from None  # an encrypted Manifest.db is not SQLite
        if row is None:
            raise _no_messages_in_backup()
        file_id = str(row[0])
    for candidate in (folder / file_id[:2] / file_id, folder / file_id):
        if candidate.is_file():
            return _sms_db(candidate, "iphone_backup", number, catalog, lang, prog)
    raise _no_messages_in_backup()


def _read_zip_archive(
    stream: IO[bytes], number: PhoneNumber, catalog: Catalog, lang: str, prog: _Progress
) -> Found | None:
    """A zip of mail (Google Takeout) or of SMS backups; None for a password export zip."""
    try:
        zf = zipfile.ZipFile(stream)
        infos = [i for i in zf.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None
    with zf:
        mboxes = [i for i in infos if i.filename.lower().endswith(".mbox")]
        smses = [
            i
            for i in infos
            if i.filename.lower().rsplit("/", 1)[-1].startswith("sms")
            and i.filename.lower().endswith(".xml")
        ]
        if not mboxes and not smses:
            return None
        prog.total = max(1, sum(i.file_size for i in mboxes or smses))
        if mboxes:
            mail = messages.MailTally(catalog, lang)
            for info in mboxes:
                with zf.open(info) as member:
                    messages.read_mbox(member, mail, cancel=prog.cancel, progress=prog.bytes)
                prog.next_file(info.file_size)
            return _from_archive(mail.result("mbox"), catalog, plain_text=True)
        tally = messages.SenderTally(catalog, number.region, lang)
        result = None
        for info in smses:
            with zf.open(info) as member:
                result = messages.read_sms_backup(
                    member, tally, cancel=prog.cancel, progress=prog.bytes
                )
            prog.next_file(info.file_size)
        assert result is not None
        return _from_archive(tally.result("sms_backup"), catalog, plain_text=True)


def _walk(folder: Path) -> Iterable[Path]:
    count = 0
    stack = [folder]
    while stack:
        here = stack.pop()
        try:
            entries = sorted(os.scandir(here), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            count += 1
            if count > MAX_FOLDER_FILES:
                return
            if entry.is_dir(follow_symlinks=False):
                stack.append(Path(entry.path))
            elif entry.is_file(follow_symlinks=False):
                yield Path(entry.path)


def _starts_with(path: Path, magic: bytes) -> bool:
    try:
        with path.open("rb") as fp:
            return fp.read(len(magic)) == magic
    except OSError:
        return False


def _read_folder(
    folder: Path,
    number: PhoneNumber,
    catalog: Catalog,
    lang: str,
    cancel: Callable[[], bool],
    report: FractionProgress,
) -> Found:
    if (folder / "Manifest.plist").is_file() or (folder / "Manifest.db").is_file():
        return _iphone_backup(folder, number, catalog, lang, _Progress(1, report, cancel))
    mboxes: list[Path] = []
    emls: list[Path] = []
    smses: list[Path] = []
    for path in _walk(folder):
        name = path.name.lower()
        if name.endswith((".msf", ".dat", ".json", ".plist", ".html")):
            continue
        if name.endswith((".eml", ".emlx")):
            emls.append(path)
        elif name.endswith(".xml") and name.startswith("sms"):
            smses.append(path)
        elif (name == "mbox" or name.endswith(".mbox") or "." not in name) and _starts_with(
            path, b"From "
        ):
            mboxes.append(path)  # Takeout *.mbox, Apple Mail <name>.mbox/mbox, Thunderbird
    if cancel():
        raise ImportCancelled
    files = mboxes + emls if (mboxes or emls) else smses
    if not files:
        raise _nothing_in_folder()
    prog = _Progress(sum(_size(p) for p in files), report, cancel)
    if not mboxes and not emls:
        tally_s = messages.SenderTally(catalog, number.region, lang)
        for path in smses:
            with path.open("rb") as stream:
                messages.read_sms_backup(stream, tally_s, cancel=cancel, progress=prog.bytes)
            prog.next_file(_size(path))
        return _from_archive(tally_s.result("sms_backup"), catalog, plain_text=True)
    mail = messages.MailTally(catalog, lang)
    for path in mboxes:
        with path.open("rb") as stream:
            messages.read_mbox(stream, mail, cancel=cancel, progress=prog.bytes)
        prog.next_file(_size(path))
    for path in emls:
        with path.open("rb") as stream:
            if path.name.lower().endswith(".emlx"):
                stream.readline()  # emlx: a byte count, then the message
            messages.read_eml(stream, mail)
        prog.next_file(_size(path))
    return _from_archive(mail.result("mbox" if mboxes else "eml"), catalog, plain_text=True)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


# --------------------------------------------------------------------------------------------
# Choosing and adding


def _bare_number(name: str) -> bool:
    return name.replace("+", "").replace(" ", "").isdigit()


def choose(
    found: Found,
    existing: Sequence[Account],
    catalog: Catalog,
    unticked: Collection[str] = (),
) -> list[Find]:
    """The finds in the order to show them, ticked and marked as already in the list.

    Finds with evidence for this number come first (most messages first) and are ticked;
    known services without evidence follow, unticked; then the rest. A find the number
    already has is marked ``duplicate`` and never ticked; keys in *unticked* (the person
    unticked them) stay unticked.
    """
    ids = {a.service_id for a in existing if a.service_id}
    names = {a.name.strip().casefold() for a in existing}
    for service_id in ids:
        service = catalog.get(service_id)
        if service is not None:
            names.update(n.casefold() for n in service.names.values())
    out = []
    for f in found.finds:
        duplicate = (f.service_id is not None and f.service_id in ids) or (
            f.name.strip().casefold() in names or (bool(f.host) and f.host in names)
        )
        ticked = (
            f.evidence
            and not duplicate
            and f.key not in unticked
            and (f.service_id is not None or not _bare_number(f.name))
        )
        out.append(replace(f, duplicate=duplicate, ticked=ticked))

    def order(f: Find) -> tuple[int, int, str]:
        group = 0 if f.evidence else (1 if f.service_id is not None else 2)
        return (group, -(f.messages or 0), f.name.casefold())

    out.sort(key=order)
    return out


def accounts_for(
    finds: Iterable[Find], catalog: Catalog, number: PhoneNumber, lang: str
) -> list[Account]:
    """New accounts for *finds* (one per service or name), for one ``add_accounts`` call."""
    accounts: list[Account] = []
    seen: set[str] = set()
    for f in finds:
        key = f.service_id or f.name.casefold()
        if key in seen or not f.name.strip():
            continue
        seen.add(key)
        uses: list[Use] | None = None
        if f.service_id is None:
            uses = [Use.SIGN_IN] if f.signs_in_with_number else [Use.CODES]
        accounts.append(
            new_account(
                catalog,
                number,
                service_id=f.service_id,
                name=clean_name(f.name),
                lang=lang,
                uses=uses,
            )
        )
    return accounts
