"""Windows toasts and the macOS notification centre, through desktop-notifier, faked here.

The real library only works on those systems (WinRT, UNUserNotificationCenter). This fake has
the same coroutine ``send(title=, message=, on_clicked=)`` and, like the real Windows backend,
calls back from another thread through the loop that sent the notification
(``loop.call_soon_threadsafe``): the test checks that a click reaches Qt through the pump.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any, ClassVar

import pytest

from ringoff.services.notifier import FakeNotifier, FallbackNotifier, system_notifier
from ringoff.services.notify_native import NativeNotifier, native_notifier

GENERIC = "Ringoff has a reminder for you"


class FakeDesktopNotifier:
    instances: ClassVar[list[FakeDesktopNotifier]] = []

    def __init__(self, app_name: str, app_icon: object = "python logo") -> None:
        self.app_name = app_name
        self.app_icon = app_icon
        self.sent: list[dict[str, Any]] = []
        self.fail = False
        self.loop: asyncio.AbstractEventLoop | None = None
        FakeDesktopNotifier.instances.append(self)

    async def send(self, title: str, message: str, on_clicked: Callable[[], None]) -> str:
        if self.fail:
            raise RuntimeError("notifications are not allowed for this app")
        self.loop = asyncio.get_running_loop()
        self.sent.append({"title": title, "message": message, "on_clicked": on_clicked})
        return "id-1"

    def click_from_another_thread(self, index: int = 0) -> None:
        assert self.loop is not None
        callback = self.sent[index]["on_clicked"]
        thread = threading.Thread(target=lambda: self.loop.call_soon_threadsafe(callback))  # type: ignore[union-attr]
        thread.start()
        thread.join()


LIBRARY = SimpleNamespace(DesktopNotifier=FakeDesktopNotifier, Icon=lambda path: ("icon", path))


@pytest.mark.parametrize("platform,kind", [("win32", "windows"), ("darwin", "macos")])
def test_a_notification_is_sent_and_its_click_comes_back(
    qapp: object, qtbot: Any, platform: str, kind: str
) -> None:
    notifier = native_notifier(platform, library=LIBRARY)
    assert isinstance(notifier, NativeNotifier) and notifier.kind == kind
    backend = FakeDesktopNotifier.instances[-1]
    assert backend.app_name == "Ringoff"  # the AppUserModelID the Windows uninstaller removes
    assert backend.app_icon != "python logo"  # never the library's default icon
    tags: list[str] = []
    notifier.clicked.connect(tags.append)
    assert notifier.notify(GENERIC, tag="abc123")
    assert backend.sent[0]["title"] == "Ringoff" and backend.sent[0]["message"] == GENERIC
    assert notifier.pump.isActive()
    backend.click_from_another_thread()
    qtbot.waitUntil(lambda: tags == ["abc123"], timeout=3000)
    notifier.close()


def test_a_refused_notification_falls_back_to_the_tray(qapp: object) -> None:
    native = native_notifier("win32", library=LIBRARY)
    assert native is not None
    FakeDesktopNotifier.instances[-1].fail = True
    tray = FakeNotifier()
    both = FallbackNotifier(native, lambda: tray)
    assert both.notify(GENERIC, tag="t")
    assert tray.messages == [GENERIC] and "not allowed" in native.last_error  # type: ignore[attr-defined]
    native.close()


def test_without_the_library_there_is_no_native_notifier(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ringoff.services.notify_native as module

    monkeypatch.setattr(module, "_load_library", lambda: None)
    assert system_notifier(platform="win32", choice="auto") is None
    assert system_notifier(platform="darwin", choice="auto") is None
    assert native_notifier("linux", library=LIBRARY) is None
    assert system_notifier(platform="win32", choice="none") is None
