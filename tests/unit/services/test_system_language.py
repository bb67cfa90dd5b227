"""The system's language, in the order each platform really uses."""

from __future__ import annotations

import sys

import pytest

from ringoff.services.translations import system_language


@pytest.fixture(autouse=True)
def _linux(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "zh_CN"}, "zh_CN"),  # LANGUAGE comes first
        ({"LANG": "zh_CN.UTF-8", "LANGUAGE": "en_GB:en"}, "en"),
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "de_DE:zh_CN:en"}, "zh_CN"),  # first one we have
        ({"LANG": "C", "LANGUAGE": "zh_CN"}, "en"),  # gettext ignores LANGUAGE under C
        ({"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh_CN"),
        ({"LC_MESSAGES": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"}, "zh_CN"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
    ],
)
def test_linux_order(env: dict[str, str], expected: str) -> None:
    assert system_language(env, ui_languages=[]) == expected


def test_nothing_set_falls_back_to_the_desktop() -> None:
    assert system_language({}, ui_languages=["zh-Hans-CN", "en-US"]) == "zh_CN"


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_windows_and_macos_follow_the_desktop(
    monkeypatch: pytest.MonkeyPatch, platform: str
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    assert system_language({"LANG": "en_US.UTF-8"}, ui_languages=["zh-Hans-CN"]) == "zh_CN"
    assert system_language({}, ui_languages=["fr-FR", "en-GB"]) == "en"
