"""Every user-facing string is translated, and translations keep the source's placeholders.

The .ts file is the source of truth (tools/update_translations.py writes it from the code).
These tests read it as XML, so they need no Qt; one test runs lupdate to prove the file is
current, and one compiles it with lrelease and reads a string back through QTranslator.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "ringoff_zh_CN.ts"
PLACEHOLDER = re.compile(r"\{[a-z_][a-z0-9_]*\}|%n|%\d")
HAN = re.compile(r"[\u4e00-\u9fff]")


def messages() -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(TS)
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source") or "", message))
    return out


def translations(message: ET.Element) -> list[str]:
    node = message.find("translation")
    assert node is not None
    forms = [f.text or "" for f in node.iter("numerusform")]
    return forms or [node.text or ""]


def test_every_string_is_translated() -> None:
    missing = []
    for context, source, message in messages():
        node = message.find("translation")
        assert node is not None
        if node.get("type") in ("unfinished", "vanished", "obsolete") or not all(
            t.strip() for t in translations(message)
        ):
            missing.append(f"{context}: {source!r}")
    assert not missing, f"{len(missing)} untranslated, e.g. {missing[:10]}"


def test_placeholders_match_the_source() -> None:
    wrong = []
    for context, source, message in messages():
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for text in translations(message):
            if text and sorted(set(PLACEHOLDER.findall(text))) != wanted:
                wrong.append(f"{context}: {source!r} -> {text!r}")
    assert not wrong, wrong[:10]


def test_translations_are_chinese() -> None:
    """A translation that is just the English copied over is not a translation."""
    suspicious = []
    for context, source, message in messages():
        for text in translations(message):
            untouched = text == source and HAN.search(text) is None
            # Names and formats ("Firefox", "{when} — {what}") stay as they are; words do not.
            words = PLACEHOLDER.sub("", source)
            if untouched and re.search(r"[A-Za-z]+ [a-z]{2,}", words):
                suspicious.append(f"{context}: {source!r}")
    assert not suspicious, suspicious[:10]


def test_the_ts_file_is_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_compiled_translation_is_used(tmp_path: Path) -> None:
    from ringoff.core.i18n import QT_TRANSLATE_NOOP
    from ringoff.services import translations as i18n

    qm = tmp_path / "ringoff_zh_CN.qm"
    if not i18n.build_qm(TS, qm):
        pytest.skip("lrelease is not available")
    try:
        i18n.set_language("zh_CN", cache_dir=tmp_path)
        text = i18n.translate(QT_TRANSLATE_NOOP("Plan", "Payment apps"))
        assert HAN.search(text), text
    finally:
        i18n.set_language("en")
