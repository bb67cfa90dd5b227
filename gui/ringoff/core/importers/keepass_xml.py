"""KeePass 2 XML exports, streamed: each Entry's title, user name, URL and password are
looked at, older copies in History are skipped, and nothing is kept whole.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import IO, Any

from .collector import _Collector
from .decoding import _Limited
from .model import MAX_EXPORT_BYTES, Cancel, ImportCancelled, Progress
from .problems import _msg_bad_line, _msg_xml_unknown

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
