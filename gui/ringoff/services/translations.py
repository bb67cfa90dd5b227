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
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..core.i18n import Text

LANGUAGES = ("en", "zh_CN")
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文"}

#: The app's name as a person reads it, per language (window titles, sentences).
APP_NAMES = {"en": "Ringoff", "zh_CN": "号码解绑助手"}

#: Qt's own catalogues that hold strings Ringoff shows (standard buttons, the line-edit
#: context menu, file and print dialogs live in qtbase).
QT_CATALOGUES = ("qtbase",)

_NAME = re.compile(r"(\s*)\bRingoff\b(\s*)")


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return 0x2E80 <= code <= 0x9FFF or 0xFF00 <= code <= 0xFFEF or char in "“”‘’（）"


def localise_name(text: str, lang: str) -> str:
    """Ringoff's name in *lang*: 号码解绑助手 inside Chinese text, without the spaces that
    only separated the Latin name from Chinese characters."""
    if lang == "en" or "Ringoff" not in text:
        return text
    name = APP_NAMES.get(lang, "Ringoff")

    def one(match: re.Match[str]) -> str:
        before = text[match.start() - 1] if match.start() > 0 else ""
        after = text[match.end()] if match.end() < len(text) else ""
        left = match.group(1) if before and not _is_cjk(before) else ""
        right = match.group(2) if after and not _is_cjk(after) else ""
        return f"{left}{name}{right}"

    return _NAME.sub(one, text)


class _AppTranslator(QTranslator):
    """Ringoff's own translation, with the app's name in the language's own form.

    Translators write "Ringoff" in sentences; Chinese readers know the app as 号码解绑助手, so
    the name is replaced here, once, for every message (also ones added later by any page).
    """

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def translate(  # type: ignore[override]
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        text = super().translate(context, source, disambiguation, n)
        # None is a null QString: "not translated here", so Qt asks the next translator.
        return localise_name(text, self.lang) if text else None  # type: ignore[return-value]


#: Labels of Qt's own dialogs that Qt's zh_CN catalogue leaves in English (Qt 6.11), by source
#: text in any context.
QT_GAPS: dict[str, dict[str, str]] = {
    "zh_CN": {
        "&Look in:": "查找范围(&L)：",
        "Files of &type:": "文件类型(&T)：",
        "Page &Set:": "打印页面(&S)：",
        "Page &order:": "页面顺序(&O)：",
        "Pages &per sheet:": "每张纸打印页数(&P)：",
        "Drive": "磁盘",
    }
}


class _QtGapTranslator(QTranslator):
    def __init__(self, lang: str) -> None:
        super().__init__()
        self.gaps = QT_GAPS.get(lang, {})

    def translate(  # type: ignore[override]
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        return self.gaps.get(source)  # type: ignore[return-value]  # None: not translated here

    def isEmpty(self) -> bool:  # noqa: N802
        return not self.gaps


_translator: QTranslator | None = None
_qt_translators: list[QTranslator] = []
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

    from ..storage.atomic import make_private_dirs

    make_private_dirs(qm.parent)
    result = subprocess.run(
        [tool, "-silent", str(ts), "-qm", str(qm)],
        capture_output=True,
        check=False,
    )
    return result.returncode == 0 and qm.exists()


def qm_path(lang: str, cache_dir: Path | None = None) -> Path | None:
    """The compiled translation for *lang*: shipped, or built from the .ts on first use."""
    from ..storage.resources import i18n_dir

    i18n = i18n_dir()
    shipped = i18n / f"ringoff_{lang}.qm"
    ts = i18n / f"ringoff_{lang}.ts"
    if shipped.exists() and (not ts.exists() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.exists():
        return None
    if cache_dir is None:
        from ..storage.resources import cache_dir as user_cache

        cache_dir = user_cache()  # the user's cache folder (RINGOFF_HOME aware)
    built = cache_dir / "i18n" / f"ringoff_{lang}.qm"
    if built.exists() and built.stat().st_mtime >= ts.stat().st_mtime:
        return built
    return built if build_qm(ts, built) else None


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own .qm files are: the Qt install, or a frozen bundle's copy of it.

    PyInstaller's PySide6 hooks copy them to ``PySide6/Qt/translations`` inside the bundle
    (packaging/ringoff.spec keeps the zh_CN ones), where QLibraryInfo may not point.
    """
    from ..storage.resources import frozen_bundle, i18n_dir

    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    frozen = frozen_bundle()
    if frozen is not None:
        base = frozen / "PySide6"
        dirs += [base / "Qt" / "translations", base / "translations"]
    dirs.append(i18n_dir() / "qt")
    return [d for d in dirs if d.is_dir()]


def _load_qt_translations(lang: str) -> list[QTranslator]:
    found: list[QTranslator] = []
    for catalogue in QT_CATALOGUES:
        for folder in qt_translations_dirs():
            translator = QTranslator()
            if translator.load(f"{catalogue}_{lang}", str(folder)):
                found.append(translator)
                break
    return found


def set_language(lang: str, cache_dir: Path | None = None) -> str:
    """Install the translators for *lang* (Ringoff's and Qt's own) and the default locale."""
    global _translator, _current, _qt_translators
    lang = lang if lang in LANGUAGES else normalise_language(lang)
    app = QCoreApplication.instance()
    for old in [_translator, *_qt_translators]:
        if old is not None and app is not None:
            QCoreApplication.removeTranslator(old)
    _translator = None
    _qt_translators = []
    _current = lang
    # Date pickers, number formats and Qt's dialogs follow the chosen language, not the system.
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        if lang == "zh_CN"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    )
    if lang == "en":
        _set_display_name()
        return lang
    _qt_translators = [_QtGapTranslator(lang), *_load_qt_translations(lang)]
    path = qm_path(lang, cache_dir)
    translator = _AppTranslator(lang)
    if path is not None and translator.load(str(path)):
        _translator = translator
    install_on_application()
    return lang


def app_name(lang: str | None = None) -> str:
    return APP_NAMES.get(lang or _current, APP_NAMES["en"])


def _set_display_name() -> None:
    from PySide6.QtGui import QGuiApplication

    if isinstance(QCoreApplication.instance(), QGuiApplication):
        QGuiApplication.setApplicationDisplayName(app_name())


def install_on_application() -> None:
    """Install the current translators on the application, once there is one.

    ``translate()`` works without an application (the command line uses it), but Qt's own
    ``tr()`` needs the translator installed, and Qt warns if that happens before the
    application exists: callers that create one call this right after.
    """
    if QCoreApplication.instance() is None:
        return
    for translator in [*_qt_translators, _translator]:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
            QCoreApplication.installTranslator(translator)
    _set_display_name()


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
