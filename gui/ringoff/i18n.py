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
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from .core.i18n import Text

LANGUAGES = ("en", "zh_CN")
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文"}

_translator: QTranslator | None = None
_current = "en"


def normalise_language(code: str | None) -> str:
    """Map any locale name ("zh_CN.UTF-8", "zh-Hans", "zh_SG", "en_US") to a language we have."""
    if not code:
        return "en"
    low = code.replace("-", "_").lower()
    if low.startswith("zh"):
        # Traditional-script locales still read Simplified better than English for our users.
        return "zh_CN"
    return "en"


def system_language(
    environ: Mapping[str, str] | None = None, ui_languages: Sequence[str] | None = None
) -> str:
    """The language the system is set to, among the ones Ringoff has.

    The platform's own order: on Linux and other Unix desktops that is GNU gettext's —
    ``LANGUAGE`` (a colon-separated list of preferences) first, unless the locale is C/POSIX,
    then ``LC_ALL``, ``LC_MESSAGES`` and ``LANG``; so ``LANG=en_US.UTF-8 LANGUAGE=zh_CN`` is
    Chinese. On Windows and macOS the desktop's preferred languages
    (``QLocale.system().uiLanguages()``) come first. The first preference Ringoff has wins;
    one it does not have (German, say) is passed over for the next.
    """
    env = os.environ if environ is None else environ

    def first_known(names: Iterable[str]) -> str | None:
        for name in names:
            if _has_language(name):
                return normalise_language(name)
        return None

    def is_c(value: str) -> bool:
        return value in ("C", "POSIX") or value.startswith("C.")

    if ui_languages is None:
        ui_languages = []
        with contextlib.suppress(Exception):
            ui_languages = list(QLocale.system().uiLanguages())
    if sys.platform in ("win32", "darwin"):
        found = first_known(ui_languages)
        if found:
            return found
    locale_value = next((env[var] for var in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(var)), "")
    if env.get("LANGUAGE") and not is_c(locale_value):
        found = first_known(part for part in env["LANGUAGE"].split(":") if part)
        if found:
            return found
    if locale_value and not is_c(locale_value):
        return normalise_language(locale_value)
    found = first_known(ui_languages)
    if found:
        return found
    with contextlib.suppress(Exception):
        import locale

        return normalise_language(locale.getlocale()[0])
    return "en"


def _has_language(code: str) -> bool:
    """Whether *code* names a language Ringoff has (English or Chinese)."""
    low = code.replace("-", "_").lower()
    return low.startswith("zh") or low.startswith("en")


def _lrelease() -> str | None:
    import shutil

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
    import subprocess  # only here: it is not needed before the first window

    qm.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [tool, "-silent", str(ts), "-qm", str(qm)],
        capture_output=True,
        check=False,
    )
    return result.returncode == 0 and qm.exists()


def qm_path(lang: str, cache_dir: Path | None = None) -> Path | None:
    """The compiled translation for *lang*: shipped, or built from the .ts on first use."""
    from .storage.resources import i18n_dir

    i18n = i18n_dir()
    shipped = i18n / f"ringoff_{lang}.qm"
    ts = i18n / f"ringoff_{lang}.ts"
    if shipped.exists() and (not ts.exists() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.exists():
        return None
    if cache_dir is None:
        from .storage.resources import cache_dir as user_cache

        cache_dir = user_cache()  # the user's cache folder (RINGOFF_HOME aware)
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
