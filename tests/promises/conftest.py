"""The GUI fixtures (tests/gui/conftest.py) for the promise tests that drive the app."""

from tests.gui.conftest import clock, demo_ctx, demo_window, make_ctx  # noqa: F401
