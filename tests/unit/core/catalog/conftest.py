"""The fixture catalog (tests/data/catalog, not the shipped files) for the core.catalog tests."""

from __future__ import annotations

import shutil
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ringoff.core.catalog import Catalog, Service
from ringoff.storage.catalog_files import load_folder

FIXTURES = Path(__file__).resolve().parents[3] / "data" / "catalog"


def alipay_data() -> dict[str, Any]:
    """The fixture's alipay.toml, parsed (a fresh copy each time)."""
    return tomllib.loads((FIXTURES / "alipay.toml").read_text("utf-8"))


def ids(services: list[Service]) -> list[str]:
    return [s.id for s in services]


#: The day the fixture's sources were read.
FIXTURE_READ = date(2026, 1, 15)


def source_change(url: str, kind: str = "user_report", read: Any = FIXTURE_READ) -> Any:
    return lambda d: d.update(sources=[{"url": url, "read": read, "kind": kind}])


def contact_change(drop: str = "", **changes: Any) -> Any:
    line = {
        "kind": "phone",
        "value": "95188",
        "region": "CN",
        "note_en": "Alipay's hotline",
        "note_zh": "支付宝客服电话",
        "source": "https://www.alipay.com/contact",
        "read": date(2026, 12, 1),
    }
    line.update(changes)
    line.pop(drop, None)
    return lambda d: d.update(contacts=[line])


@pytest.fixture
def catalog_dir(tmp_path: Path) -> Path:
    """A private copy of the fixture catalog (tests write caches and broken files into it)."""
    target = tmp_path / "catalog"
    shutil.copytree(FIXTURES, target)
    return target


@pytest.fixture
def catalog(catalog_dir: Path) -> Catalog:
    return load_folder(catalog_dir, use_cache=False)
