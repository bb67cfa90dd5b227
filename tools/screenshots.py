"""Render every main screen to PNG, in English and Chinese, at normal and large text.

    python tools/screenshots.py DIR [--only home,number] [--sizes normal,large,larger]
    python tools/screenshots.py DIR --dialogs            # every dialog too (dialog_<name>_...)

Uses the offscreen platform and the demo family (dates relative to today), so it needs no
display and touches no real vault. The screen plays a 1366×768 laptop (ui/fit.py clamps every
window to it, as on a real one). Files are named <screen>_<lang>_<size>.png. Open them and
look: they are the check that a screen would reassure a 70-year-old and her daughter.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "gui"))
sys.path.insert(0, str(ROOT / "tests"))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from ringoff.services.session import Session  # noqa: E402
from ringoff.services.translations import set_language  # noqa: E402
from ringoff.storage import keys  # noqa: E402
from ringoff.storage.paths import Locations  # noqa: E402
from ringoff.storage.settings import Settings  # noqa: E402
from ringoff.ui import style  # noqa: E402
from ringoff.ui.context import AppContext  # noqa: E402
from ringoff.ui.main_window import MainWindow  # noqa: E402

# Throwaway vaults: this tool, like the test suite, writes and accepts a cheap key derivation
# in its own process (the program itself never does).
keys.KDF_FLOOR = keys.TEST_KDF
keys.WRITE_KDF = keys.TEST_KDF

WIDTH, HEIGHT = 1366, 768


DARK = False  # --dark: play a system in dark mode


def dark_system() -> object:
    """A dark system palette like Windows 11's (its greys too dim, as they are)."""
    from PySide6.QtGui import QColor, QPalette

    role = QPalette.ColorRole
    pal = QPalette()
    for r, colour in (
        (role.Window, "#202020"),
        (role.WindowText, "#e6e6e6"),
        (role.Base, "#1b1b1b"),
        (role.AlternateBase, "#262626"),
        (role.Text, "#e6e6e6"),
        (role.Button, "#333333"),
        (role.ButtonText, "#e6e6e6"),
        (role.Highlight, "#3d6fb4"),
        (role.HighlightedText, "#ffffff"),
        (role.PlaceholderText, "#6f6f6f"),
        (role.Link, "#3f7ad6"),
    ):
        pal.setColor(r, QColor(colour))
    return pal


def build(lang: str, size: str, folder: Path, *, unlocked: bool, exists: bool = True) -> MainWindow:
    app = QApplication.instance() or QApplication([])
    from PySide6.QtCore import QRect

    from ringoff.ui import screen

    screen.SCREEN_OVERRIDE = QRect(0, 0, WIDTH, HEIGHT)
    locations = Locations(folder / "data", folder / "config")
    locations.data_dir.mkdir(parents=True, exist_ok=True)
    settings = Settings(locations.settings_file)
    settings.set("language", lang)
    settings.set("text_size", size)
    lang = set_language(lang)
    style.apply(app, lang, size, dark_system() if DARK else None)  # type: ignore[arg-type]
    session = Session(locations.data_dir / "demo.vault", kdf=keys.TEST_KDF)
    ctx = AppContext(session, settings, locations, lang=lang)
    if exists:
        from ringoff.operations.demo import fill
        from ringoff.storage.vault import create_vault

        vault, _ = create_vault(session.vault_path, "demo passphrase", kdf=keys.TEST_KDF)
        fill(vault, ctx.shipped_catalog, lang, ctx.today(), received=True)
        if unlocked:
            session.adopt(vault)
        else:
            vault.close()
            session.last_lock_reason = None
    window = MainWindow(ctx)
    window.resize(WIDTH, HEIGHT)
    window.start()
    window.show()
    style.install_helpers(app)  # type: ignore[arg-type]  # as after the app's first paint
    return window


def settle() -> None:
    app = QApplication.instance()
    for _ in range(5):
        app.processEvents()  # type: ignore[union-attr]


def dad_number(window: MainWindow) -> str:
    vault = window.ctx.session.vault
    return next(n.id for n in vault.numbers() if n.e164 == "+8613812345678")


def received_number(window: MainWindow) -> str:
    vault = window.ctx.session.vault
    return next(n.id for n in vault.numbers() if n.mode.value == "received")


def shot_dialog(window: MainWindow, make: Callable[[MainWindow], QWidget], out: Path) -> None:
    dialog = make(window)
    dialog.show()
    settle()
    dialog.grab().save(str(out))
    dialog.close()


SCREENS: dict[str, Callable[[MainWindow], object]] = {
    "home": lambda w: w.go(("home",)),
    "number": lambda w: w.go(("number", dad_number(w))),
    "walkthrough": lambda w: w.go(("walkthrough", dad_number(w))),
    "discover": lambda w: w.go(("discover", dad_number(w))),
    "received": lambda w: w.go(("received", received_number(w))),
    "history": lambda w: w.go(("history",)),
    "settings": lambda w: w.go(("settings",)),
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--only", default="")
    parser.add_argument("--langs", default="en,zh_CN")
    parser.add_argument("--sizes", default="normal,large")
    parser.add_argument("--dialogs", action="store_true", help="every dialog as well")
    parser.add_argument("--dark", action="store_true", help="as on a system in dark mode")
    args = parser.parse_args()
    global DARK
    DARK = args.dark
    suffix = "_dark" if DARK else ""
    args.out.mkdir(parents=True, exist_ok=True)
    only = {s for s in args.only.split(",") if s}
    failures = 0
    for lang in args.langs.split(","):
        for size in args.sizes.split(","):
            with tempfile.TemporaryDirectory() as tmp:
                folder = Path(tmp)
                if not only or "first_start" in only:
                    w = build(lang, size, folder / "fresh", unlocked=False, exists=False)
                    settle()
                    w.grab().save(str(args.out / f"first_start_{lang}_{size}{suffix}.png"))
                    w.close()
                if not only or "unlock" in only:
                    w = build(lang, size, folder / "locked", unlocked=False)
                    settle()
                    w.grab().save(str(args.out / f"unlock_{lang}_{size}{suffix}.png"))
                    w.close()
                window = build(lang, size, folder / "open", unlocked=True)
                for name, show in SCREENS.items():
                    if only and name not in only:
                        continue
                    try:
                        show(window)
                        settle()
                        window.grab().save(str(args.out / f"{name}_{lang}_{size}{suffix}.png"))
                    except Exception:
                        failures += 1
                        print(f"{name} ({lang}, {size}) failed:", file=sys.stderr)
                        traceback.print_exc()
                if args.dialogs:
                    from gui.walk import dialogs

                    window.go(("home",))
                    for name, make in dialogs().items():
                        if only and name not in only:
                            continue
                        try:
                            shot_dialog(
                                window, make, args.out / f"dialog_{name}_{lang}_{size}{suffix}.png"
                            )
                        except Exception:
                            failures += 1
                            print(f"dialog {name} ({lang}, {size}) failed:", file=sys.stderr)
                            traceback.print_exc()
                window.ctx.session.lock("manual")
                window.close()
    print(f"screenshots in {args.out}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
