"""The first window loads and builds only what it shows (issue 22), and still works fully.

A child process starts the app the way a person does (``python -m ringoff --smoke`` quits right
after the first paint) and reports which of our modules were imported and whether PySide6's Qt
namespace (~90 enum classes, ~25 ms) was built. In-process tests check that the narrower paint
detection still fires and that what waits for after the first paint (toolbar, shortcuts, tick
box scaling) arrives.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers.app_child import app_child_env
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from ringoff.cli import LAUNCH_OPTIONS, build_parser, launch_arguments
from ringoff.ui import style
from ringoff.ui.context import AppContext
from ringoff.ui.main_window import MainWindow
from ringoff.ui.widgets import para, title

PROBE = """
import json, sys
from ringoff.launcher import main
code = main(sys.argv[1:])
from PySide6 import QtCore, QtWidgets
print(json.dumps({
    "code": code,
    "modules": sorted(m for m in sys.modules if m.startswith(("ringoff", "sqlcipher3", "crypt"))),
    "qt_namespace": "Qt" in vars(QtCore),
    "qstyle": "QStyle" in vars(QtWidgets),
}))
"""

#: Never imported before the first window: the routes behind it, the vault, the crash dialog,
#: the catalog, the command line's other commands.
NOT_BEFORE_FIRST_PAINT = {
    "ringoff.cli.vaults",
    "ringoff.cli.numbers",
    "ringoff.cli.plan",
    "ringoff.cli.importing",
    "ringoff.cli.reminders",
    "ringoff.cli.catalog",
    "ringoff.core.catalog",
    "ringoff.storage.vault",
    "ringoff.storage.keys",
    "ringoff.ui.errors",
    "ringoff.ui.home",
    "ringoff.ui.lifecycle",
    "ringoff.ui.number_page",
    "ringoff.ui.settings_page",
    "ringoff.services.crash",
    "sqlcipher3",
    "cryptography",
}


def _run_app(tmp_path: Path, probe: str, *args: str) -> dict[str, object]:
    """Run *probe* (which starts the app with *args*) in a fresh Python; its JSON report."""
    env = app_child_env(tmp_path)
    result = subprocess.run(
        [sys.executable, "-c", probe, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    return report


def _first_window(tmp_path: Path, vault: Path) -> dict[str, object]:
    return _run_app(tmp_path, PROBE, "--smoke", "--vault", str(vault))


def test_unlock_screen_loads_only_what_it_shows(tmp_path: Path) -> None:
    from ringoff.storage import keys
    from ringoff.storage.vault import create_vault

    vault, _ = create_vault(tmp_path / "v.vault", "a long enough passphrase", kdf=keys.TEST_KDF)
    vault.close()
    report = _first_window(tmp_path, tmp_path / "v.vault")
    modules = set(report["modules"])  # type: ignore[call-overload]
    assert "ringoff.ui.unlock" in modules
    assert modules.isdisjoint(NOT_BEFORE_FIRST_PAINT), modules & NOT_BEFORE_FIRST_PAINT
    assert "ringoff.ui.first_start" not in modules
    assert "ringoff.ui.scaled_style" not in modules  # no tick boxes on this screen
    assert report["qt_namespace"] is False
    assert report["qstyle"] is False  # the main button's colours: style.surely_fusion


def test_first_start_screen_loads_only_what_it_shows(tmp_path: Path) -> None:
    report = _first_window(tmp_path, tmp_path / "new.vault")
    modules = set(report["modules"])  # type: ignore[call-overload]
    assert "ringoff.ui.first_start" in modules
    assert modules.isdisjoint(NOT_BEFORE_FIRST_PAINT), modules & NOT_BEFORE_FIRST_PAINT
    assert "ringoff.ui.unlock" not in modules
    # Its radio buttons size themselves (a sheet on each); the proxy style comes after the paint.
    assert "ringoff.ui.scaled_style" not in modules
    assert report["qt_namespace"] is False
    assert report["qstyle"] is False


UNLOCK_PROBE = """
import json, sys
from ringoff.storage import keys
keys.KDF_FLOOR = keys.TEST_KDF  # the suite's cheap key derivation, in this process too
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ringoff.ui import main_window as mw
from ringoff.ui.preparation import FIRST_UNLOCK_MODULES
passphrase = sys.argv.pop()
report = {}
started = mw.MainWindow.start

def start(self):
    started(self)
    QTimer.singleShot(60_000, lambda: QApplication.exit(3))  # never hang the suite
    tries = [0]

    def when_prepared():
        # The person reads the screen and types: by then the window has imported what
        # the first unlock needs.
        import gc
        tries[0] += 1
        ready = all(name in sys.modules for name in FIRST_UNLOCK_MODULES)
        # The freeze ends the preparation, a few turns after the last import.
        if not (ready and gc.get_freeze_count()) and tries[0] < 800:
            QTimer.singleShot(25, when_prepared)
            return
        report["prepared"] = ready
        report["frozen"] = gc.get_freeze_count()
        before = set(sys.modules)

        def finish():
            report["route"] = list(self.route)
            report["imported_at_unlock"] = sorted(
                m for m in set(sys.modules) - before if m.startswith("ringoff")
            )
            QApplication.quit()

        def on_route(route):
            if route[:1] == ("home",):
                page = self.current_page()
                # What follows home's paint (more cards, the day's backup) counts too.
                if page.complete:
                    QTimer.singleShot(800, finish)
                else:
                    page.completed.connect(lambda: QTimer.singleShot(800, finish))

        self.route_changed.connect(on_route)
        page = self.current_page()
        page.passphrase.setText(passphrase)
        page.submit()

    QTimer.singleShot(0, when_prepared)

mw.MainWindow.start = start
from ringoff.launcher import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, **report}))
"""


def test_the_first_unlock_finds_home_already_imported(
    tmp_path: Path, make_ctx: Callable[..., AppContext]
) -> None:
    """While the passphrase is typed, the window imports what home needs (issue 22): the
    first unlock after a start then pays for no import between the key derivation and home,
    nor for a full garbage collection over everything start-up made."""
    from ringoff.operations.demo import fill
    from ringoff.storage import keys
    from ringoff.storage.vault import create_vault

    ctx = make_ctx()
    passphrase = "a long enough passphrase"
    vault, _ = create_vault(tmp_path / "family.vault", passphrase, kdf=keys.TEST_KDF)
    fill(vault, ctx.shipped_catalog, "en", ctx.today())  # banners, cards, due dates
    vault.close()
    report = _run_app(tmp_path, UNLOCK_PROBE, "--vault", str(tmp_path / "family.vault"), passphrase)
    assert report["route"] == ["home"]
    assert report["prepared"] is True
    assert report["imported_at_unlock"] == []
    # What start-up made is left out of later collections (a full one took ~50 ms at unlock).
    assert isinstance(report["frozen"], int) and report["frozen"] > 10_000


def test_launch_fast_path_agrees_with_the_parser() -> None:
    parser = build_parser()
    top_level = {
        option
        for action in parser._actions
        for option in action.option_strings
        if option.startswith("--") and option != "--help"
    }
    assert set(LAUNCH_OPTIONS) == top_level
    for args in (
        [],
        ["--smoke"],
        ["--demo", "--lang", "zh_CN"],
        ["--vault", "/tmp/x.vault", "--lang=en"],
        ["--vault=/tmp/x.vault", "--smoke"],
    ):
        fast = launch_arguments(args)
        assert fast is not None, args
        full = parser.parse_args(args)
        for key in ("vault", "demo", "smoke", "lang", "command"):
            assert getattr(fast, key) == getattr(full, key), (args, key)
    # Everything else goes to the full parser, which answers as it always did.
    for args in (
        ["list"],
        ["--help"],
        ["--sm"],
        ["--lang", "fr"],
        ["--vault"],
        ["--vault", "--smoke"],
        ["--demo", "--demo"],
        ["--demo=yes"],
        ["--smoke", "init"],
    ):
        assert launch_arguments(args) is None, args


def test_labels_are_selectable_without_the_qt_namespace(qapp: QApplication) -> None:
    heading = title("Welcome back")
    body = para("Type your passphrase.")
    selectable = Qt.TextInteractionFlag.TextSelectableByMouse
    assert heading.textInteractionFlags() == selectable
    assert body.textInteractionFlags() == selectable
    assert body.textFormat() == Qt.TextFormat.PlainText
    assert QLabel("plain").textInteractionFlags() != selectable  # the property did it


@pytest.mark.parametrize("route", ["unlock", "first_start", "home"])
def test_first_paint_is_seen_on_every_first_page(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], route: str
) -> None:
    ctx = make_ctx()
    if route != "first_start":
        from ringoff.storage import keys
        from ringoff.storage.vault import create_vault

        vault, _ = create_vault(
            ctx.session.vault_path, "a long enough passphrase", kdf=keys.TEST_KDF
        )
        if route == "home":
            ctx.session.adopt(vault)
        else:
            vault.close()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.start()
    assert window.route == (route,)
    with qtbot.waitSignal(window.painted, timeout=5_000):
        window.show()
    assert window._watched == []  # stopped watching once painted
    assert (window.toolbar is not None) == (route == "home")  # hidden screens wait for it


def test_toolbar_and_shortcuts_after_the_first_paint(
    qtbot: QtBot, make_ctx: Callable[..., AppContext]
) -> None:
    ctx = make_ctx()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.start()
    assert window.toolbar is None
    bar = window.ensure_toolbar()
    assert bar is window.ensure_toolbar()  # built once
    assert not bar.isVisibleTo(window)  # locked: hidden, as before
    shortcuts = {a.shortcut().toString() for a in window.actions()}
    assert {"Ctrl+L", "Ctrl+H"} <= shortcuts
    window.action_settings.trigger()  # Ctrl+, works on the first screens
    assert window.route == ("settings",)
    assert bar.isVisibleTo(window)


def test_tick_box_scaling_keeps_the_palette(qapp: QApplication) -> None:
    from PySide6.QtWidgets import QStyleFactory

    from ringoff.ui.scaled_style import ScaledStyle

    app = qapp
    style.apply(app, "en", "normal")  # type: ignore[arg-type]
    text = app.palette().color(app.palette().ColorRole.Text).name()  # type: ignore[attr-defined]
    fusion = QStyleFactory.create("Fusion")
    app.setStyle(fusion)  # type: ignore[attr-defined]
    style.scale_indicators(app)  # type: ignore[arg-type]
    assert isinstance(app.style(), ScaledStyle)  # type: ignore[attr-defined]
    assert app.palette().color(app.palette().ColorRole.Text).name() == text  # type: ignore[attr-defined]


@pytest.mark.parametrize("size", ["normal", "larger"])
def test_first_start_radio_buttons_are_as_large_as_everywhere_else(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], size: str
) -> None:
    """Painted before the proxy style exists, its circles still grow with the text."""
    from PySide6.QtWidgets import QRadioButton, QStyle, QStyleFactory, QStyleOptionButton

    from ringoff.ui.first_start import FirstStartPage

    ctx = make_ctx(text_size=size)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyle(QStyleFactory.create("Fusion"))  # as at start: no proxy style yet
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.start()
    page = window.current_page()
    assert isinstance(page, FirstStartPage)
    window.show()
    qtbot.waitExposed(window)

    def circle(radio: QRadioButton) -> tuple[int, int]:
        option = QStyleOptionButton()
        option.initFrom(radio)
        rect = radio.style().subElementRect(
            QStyle.SubElement.SE_RadioButtonIndicator, option, radio
        )
        return rect.width(), rect.height()

    side = style.indicator_size()
    assert side > 13 or size == "normal"
    radios = page.findChildren(QRadioButton)
    assert len(radios) == 5  # two languages, three text sizes
    for radio in radios:
        assert circle(radio) == (side, side), radio.text()
    style.scale_indicators(app)  # after the paint: the proxy style, for every other screen
    elsewhere = QRadioButton("elsewhere")
    qtbot.addWidget(elsewhere)
    assert circle(elsewhere) == (side, side)
    assert all(circle(radio) == (side, side) for radio in radios)  # and these keep their size


def test_the_preparation_never_ends_in_a_freeze_once_the_vault_is_open(
    qtbot: QtBot, make_ctx: Callable[..., AppContext]
) -> None:
    """Frozen objects are never collected: with the vault open they would hold its data."""
    from PySide6.QtCore import QObject

    from ringoff.storage import keys
    from ringoff.storage.vault import create_vault
    from ringoff.ui.preparation import prepare_for_unlock

    ctx = make_ctx()
    owner = QObject()
    ended: list[str] = []
    prepare_for_unlock(ctx, owner, modules=(), then=lambda: ended.append("locked"))
    qtbot.waitUntil(lambda: ended == ["locked"], timeout=5_000)
    vault, _ = create_vault(ctx.session.vault_path, "a long enough passphrase", kdf=keys.TEST_KDF)
    prepare_for_unlock(ctx, owner, modules=(), then=lambda: ended.append("open"))
    ctx.session.adopt(vault)  # the person unlocked before the preparation ended
    qtbot.wait(300)
    assert ended == ["locked"]


def test_fusion_is_known_without_asking_for_the_style(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The main button's colours need to know whether the style fills buttons; asking
    ``QApplication.style()`` builds the QStyle type (~5.6 ms) before the first paint."""
    assert style.surely_fusion("linux", {}) is True  # PySide6's wheel: Windows and Fusion only
    assert style.style_is_fusion(qapp)  # and Qt does use Fusion here
    assert style.surely_fusion("linux", {"QT_STYLE_OVERRIDE": "kvantum"}) is False
    assert style.surely_fusion("win32", {}) is False
    assert style.surely_fusion("darwin", {}) is False
    from PySide6.QtWidgets import QStyleFactory

    monkeypatch.setattr(QStyleFactory, "keys", lambda: ["Breeze", "Windows", "Fusion"])
    assert style.surely_fusion("linux", {}) is False  # a distribution's Qt: the style is asked
