"""Message archives that need more than one reader call: the iPhone's sms.db (opened
read-only and immutable), whole iPhone backups, zips of mailboxes or SMS backups, and folders
(Takeout, Apple Mail, Thunderbird, .eml files). Progress is a fraction of all the bytes.
"""

from __future__ import annotations

import os
import plistlib
import sqlite3
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO
from urllib.parse import quote

from ...core import messages
from ...core.catalog import Catalog
from ...core.messages import ImportCancelled
from ...core.model import PhoneNumber
from .finds import MAX_FOLDER_FILES, Find, Found, FractionProgress, clean_name
from .problems import _encrypted_backup, _no_messages_in_backup, _nothing_in_folder


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
        raise messages.problem_not_sms_db() from None
    try:
        try:
            total = conn.execute("SELECT count(*) FROM message").fetchone()[0] or 1
        except sqlite3.DatabaseError:
            raise messages.problem_not_sms_db() from None
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
