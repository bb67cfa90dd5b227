"""Translations: Qt Linguist files for every layer.

resources/i18n/ringoff_zh_CN.ts is the source of truth (edited with Qt Linguist or by hand).
The binary .qm that QTranslator loads is built by ``lrelease``: packaging/build.py builds it
into the bundle; when running from a source checkout it is built on first use into the user's
cache folder (it holds no user data, only our own strings).

Qt-free code marks texts with ``core.i18n.QT_TRANSLATE_NOOP`` and hands out ``Text`` values;
:func:`translate` turns them into the current language.
"""

from __future__ import annotations

import contextlib
import locale
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from .core.i18n import Text

LANGUAGES = ("en", "zh_CN")
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文"}

_translator: QTranslator | None = None
_current = "en"


def resources_dir() -> Path:
    """resources/ of a source checkout, or of a PyInstaller bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def normalise_language(code: str | None) -> str:
    """Map any locale name ("zh_CN.UTF-8", "zh-Hans", "zh_SG", "en_US") to a language we have."""
    if not code:
        return "en"
    low = code.replace("-", "_").lower()
    if low.startswith("zh"):
        # Traditional-script locales still read Simplified better than English for our users.
        return "zh_CN"
    return "en"


def system_language() -> str:
    """The language the system is set to, among the ones Ringoff has."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return normalise_language(value)
    with contextlib.suppress(Exception):
        names = QLocale.system().uiLanguages()
        if names:
            return normalise_language(names[0])
    with contextlib.suppress(Exception):
        return normalise_language(locale.getlocale()[0])
    return "en"


def _lrelease() -> str | None:
    import PySide6

    base = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "pyside6-lrelease"):
        if (base / name).exists():
            return str(base / name)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def build_qm(ts: Path, qm: Path) -> bool:
    """Compile *ts* into *qm* with lrelease; False when lrelease is not available."""
    tool = _lrelease()
    if tool is None:
        return False
    from .storage.atomic import make_private_dirs

    make_private_dirs(qm.parent)
    result = subprocess.run(
        [tool, "-silent", str(ts), "-qm", str(qm)],
        capture_output=True,
        check=False,
    )
    return result.returncode == 0 and qm.exists()


def qm_path(lang: str, cache_dir: Path | None = None) -> Path | None:
    """The compiled translation for *lang*: shipped, or built from the .ts on first use."""
    i18n = resources_dir() / "i18n"
    shipped = i18n / f"ringoff_{lang}.qm"
    ts = i18n / f"ringoff_{lang}.ts"
    if shipped.exists() and (not ts.exists() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.exists():
        return None
    if cache_dir is None:
        from .storage.paths import catalog_cache_path

        cache_dir = catalog_cache_path().parent  # the user's cache folder (RINGOFF_HOME aware)
    built = cache_dir / "i18n" / f"ringoff_{lang}.qm"
    if built.exists() and built.stat().st_mtime >= ts.stat().st_mtime:
        return built
    return built if build_qm(ts, built) else None


def set_language(lang: str, cache_dir: Path | None = None) -> str:
    """Install the translator for *lang* (on the application if there is one)."""
    global _translator, _current
    lang = lang if lang in LANGUAGES else normalise_language(lang)
    if _translator is not None:
        if QCoreApplication.instance() is not None:
            QCoreApplication.removeTranslator(_translator)
        _translator = None
    _current = lang
    if lang == "en":
        return lang
    path = qm_path(lang, cache_dir)
    translator = QTranslator()
    if path is not None and translator.load(str(path)):
        _translator = translator
        install_on_application()
    return lang


def install_on_application() -> None:
    """Install the current translator on the application, once there is one.

    ``translate()`` works without an application (the command line uses it), but Qt's own
    ``tr()`` needs the translator installed, and Qt warns if that happens before the
    application exists: callers that create one call this right after.
    """
    if _translator is not None and QCoreApplication.instance() is not None:
        QCoreApplication.removeTranslator(_translator)
        QCoreApplication.installTranslator(_translator)


def current_language() -> str:
    return _current


def translate(text: Text | str) -> str:
    """A ``Text`` (or plain string) in the current language, placeholders filled in."""
    if isinstance(text, str):
        return text
    translated = None
    if _translator is not None:
        translated = _translator.translate(text.context, text.source) or None
    return text.render(translated)
