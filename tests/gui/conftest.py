"""Fixtures for driving the real widgets with pytest-qt.

``gui_ctx`` builds everything the app builds (settings in a temporary folder, a session, the
context) around a real vault made with the cheap test KDF, without any global state.
``demo_window`` is the main window, unlocked, showing the demo family's numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers.vaults import FakeClock
from pytestqt.qtbot import QtBot

from ringoff.services.session import Session
from ringoff.services.translations import set_language
from ringoff.storage import keys
from ringoff.storage.paths import Locations
from ringoff.storage.settings import Settings
from ringoff.ui import style
from ringoff.ui.context import AppContext
from ringoff.ui.main_window import MainWindow

FIXED_NOW = datetime(2026, 11, 28, 9, 30, tzinfo=UTC)
PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(FIXED_NOW)


@pytest.fixture
def make_ctx(
    tmp_path: Path, qapp: object, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[..., AppContext]]:
    monkeypatch.setenv("RINGOFF_HOME", str(tmp_path / "home"))
    made: list[AppContext] = []

    def make(
        lang: str = "en", text_size: str = "normal", vault_name: str = "v.vault"
    ) -> AppContext:
        locations = Locations(tmp_path / "data", tmp_path / "config")
        locations.data_dir.mkdir(parents=True, exist_ok=True)
        settings = Settings(locations.settings_file)
        settings.set("language", lang)
        settings.set("text_size", text_size)
        lang = set_language(lang)
        style.apply(qapp, lang, text_size)  # type: ignore[arg-type]
        session = Session(locations.data_dir / vault_name, clock=clock, kdf=keys.TEST_KDF)
        ctx = AppContext(session, settings, locations, clock=clock, lang=lang)

        def on_setting(key: str) -> None:
            if key == "language":
                ctx.lang = set_language(settings["language"] or "en")
            if key in ("language", "text_size"):
                style.apply(qapp, ctx.lang, settings["text_size"])  # type: ignore[arg-type]

        ctx.settings_changed.connect(on_setting)
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        if ctx.session.is_unlocked:
            ctx.session.lock("manual")
    set_language("en")


@pytest.fixture
def demo_ctx(make_ctx: Callable[..., AppContext]) -> AppContext:
    """A context whose session is unlocked on a vault holding the demo family."""
    from ringoff.operations.demo import fill
    from ringoff.storage.vault import create_vault

    ctx = make_ctx()
    vault, _ = create_vault(ctx.session.vault_path, PASSPHRASE, kdf=keys.TEST_KDF, clock=ctx.clock)
    fill(vault, ctx.shipped_catalog, ctx.lang, ctx.today())
    ctx.session.adopt(vault)
    return ctx


@pytest.fixture
def demo_window(qtbot: QtBot, demo_ctx: AppContext) -> MainWindow:
    from ringoff.ui.lifecycle import attach

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    attach(demo_ctx, window)
    window.start()
    window.show()
    qtbot.waitExposed(window)
    return window
