"""Fixtures of the vault tests: a fake clock and a fresh vault, open."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.vaults import FakeClock, make_vault

from ringoff.storage.vault import Vault


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def opened(tmp_path: Path, clock: FakeClock) -> Iterator[tuple[Vault, str]]:
    vault, recovery = make_vault(tmp_path, clock=clock)
    yield vault, recovery
    vault.close()
