"""Starting the desktop app: settings, language, style, one instance per vault, the window.

Start-up loads only what the first window needs (QtWidgets, the settings file, the unlock or
first-start page); SQLCipher, cryptography and the catalog load when they are first used.
benchmarks/bench_startup.py measures this against a bare PySide6 window.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from . import APP_NAME, __version__
from .services.session import Session
from .services.translations import set_language, system_language
from .storage.paths import Locations
from .storage.settings import Settings

if TYPE_CHECKING:
    from .services.quit_signals import QuitOnSignals


def build_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("ringoff")
    from .services.translations import install_on_application

    install_on_application()
    return app


def run(
    *,
    vault_path: Path | None = None,
    demo: bool = False,
    smoke: bool = False,
    lang: str | None = None,
    text_size: str | None = None,
    locations: Locations | None = None,
) -> int:
    app = build_app()
    locations = locations or Locations.for_user()
    settings = Settings(locations.settings_file)
    if text_size:
        settings.set("text_size", text_size)  # `ringoff --text-size larger`: kept, as in Settings
    language = set_language(lang or settings["language"] or system_language())

    demo_dir: Path | None = None
    if demo:
        import tempfile

        demo_dir = Path(tempfile.mkdtemp(prefix="ringoff-demo-"))
        vault_path = demo_dir / "demo.vault"
    path = vault_path or locations.default_vault

    from .ui import style

    # The unlock and first-start screens have no tick boxes (the first-start's radio buttons
    # size themselves): the proxy style that scales them all waits until after the first paint.
    style.apply(app, language, settings["text_size"], indicators=demo)

    from .storage.lockfile import COMMAND, WINDOW, holder_elsewhere, set_holder

    set_holder(WINDOW)  # the lock file tells others that a window (not a command) holds it
    holder = holder_elsewhere(path) if not demo and not smoke else None
    if holder is not None and holder.kind != COMMAND:
        # Another Ringoff window has this vault open: ask it to come to the front, and leave.
        from .services.single_instance import ask_running_instance

        if ask_running_instance(path):
            return 0

    marker = None
    previous = None
    if not (demo or smoke):
        from .storage.runmarker import RunMarker

        marker = RunMarker(path)
        previous = marker.previous()  # read before begin() starts a new crash file
        marker.begin()

    session = Session(path)
    from .ui.context import AppContext
    from .ui.main_window import MainWindow

    ctx = AppContext(session, settings, locations, lang=language, demo=demo)

    def on_setting(key: str) -> None:
        if key == "language":
            ctx.lang = set_language(settings["language"] or system_language())
        if key in ("language", "text_size"):
            style.apply(app, ctx.lang, settings["text_size"])

    ctx.settings_changed.connect(on_setting)
    window = MainWindow(ctx)

    if demo:
        from .operations.demo import make_demo_vault

        vault = make_demo_vault(ctx.shipped_catalog, ctx.lang, ctx.today(), demo_dir)
        session.adopt(vault)

    servers: list[object] = []
    notices: list[object] = []
    quitters: list[QuitOnSignals] = []

    def after_first_paint() -> None:
        """What the first screen does not need loads once it is on screen."""
        from .ui.errors import install_excepthook
        from .ui.lifecycle import attach

        install_excepthook()
        from .services.quit_signals import QuitOnSignals

        # `kill`, log-out and Ctrl+C in a terminal quit the normal way (the vault locks, the
        # run marker goes), so the next start does not say Ringoff closed unexpectedly.
        quitters.append(QuitOnSignals(window.quit_app, parent=window))
        style.scale_indicators(app)
        style.install_helpers(app)  # dialogs fit the screen, the focus ring, light/dark changes
        _set_icon(app)
        window.ensure_toolbar()
        attach(ctx, window)
        if previous is not None and previous.ended_badly:
            from .ui.errors import show_previous_crash

            when = ""
            if previous.started is not None:
                from .ui.dates import long_date

                local = previous.started.astimezone()
                when = f"{long_date(local.date())} {local:%H:%M}"
            notices.append(show_previous_crash(window, when, previous.crash_report))
        if len(ctx.shipped_catalog) == 0:
            from .ui.errors import show_catalog_missing

            show_catalog_missing(window)
        if demo:
            QTimer.singleShot(0, _freeze_startup_objects)  # sample data only
        elif not session.is_unlocked:
            # What home needs, while the passphrase is typed; then the objects made so far.
            from .ui.preparation import prepare_for_unlock

            prepare_for_unlock(ctx, window, then=_freeze_startup_objects)
        if not (demo or smoke):
            from .services.single_instance import InstanceServer

            server = InstanceServer(path, window)
            server.raise_requested.connect(window.bring_to_front)
            servers.append(server)
            if not server.primary:
                # A first window is open on the unlock screen (it holds no lock yet): it keeps
                # the socket; bring it forward and leave, so there is one window per vault.
                from .services.single_instance import ask_running_instance

                if ask_running_instance(path):
                    app.quit()

    window.start()
    window.show()
    if smoke:
        window.painted.connect(lambda: QTimer.singleShot(0, app.quit))
        QTimer.singleShot(20_000, lambda: app.exit(1))  # never hang a CI job
    else:
        window.painted.connect(lambda: QTimer.singleShot(0, after_first_paint))
    code = app.exec()
    if session.is_unlocked:
        session.lock("manual")
    for server in servers:
        server.close()  # type: ignore[attr-defined]
    if demo_dir is not None:
        shutil.rmtree(demo_dir, ignore_errors=True)
    if marker is not None:
        marker.end()
    for quitter in quitters:
        quitter.close()  # the default handlers again, now that everything is put away
    return int(code)


def _freeze_startup_objects() -> None:
    """Leave the objects made at start-up out of every later garbage collection.

    Modules, the catalog and Qt's wrappers are ~54,000 objects that live as long as the app.
    Python's full collection walks them all: at the first unlock one took 44-57 ms, in the
    middle of building home (seen with ``gc.callbacks``). ``gc.freeze`` moves them to a
    generation that is never scanned. Objects freed by reference counting still go; only a
    reference cycle among start-up objects would now stay (the unlock page's few widgets).
    Called only while the vault is locked (or in the demo), so no one's data is ever frozen.
    """
    import gc

    gc.freeze()


def _set_icon(app: QApplication) -> None:
    """Ringoff's own icon for every window and the tray (Qt's default is a blank square)."""
    from PySide6.QtGui import QIcon

    from .storage.resources import icon_path

    icon = QIcon(str(icon_path("ringoff.svg")))
    if not icon.isNull():
        app.setWindowIcon(icon)
