"""Every shipped catalog file in resources/catalog/ against docs/catalog.md.

The app skips a bad file and carries on; here a bad file fails CI. One test per file, so the
report names the file to fix.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

import pytest

from ringoff.core.catalog import Catalog, validate, write_compiled
from ringoff.core.model import Action
from ringoff.storage.resources import catalog_dir as default_catalog_dir

CATALOG = default_catalog_dir()


def _files() -> list[Path]:
    return sorted(CATALOG.glob("*.toml")) + sorted((CATALOG / "_generic").glob("*.toml"))


FILES = _files()
GENERIC_KINDS = ("bank", "app", "government", "email", "telecom", "card")


def _rel(path: Path) -> str:
    return path.relative_to(CATALOG).as_posix()


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog.load(CATALOG, use_cache=False)


def test_the_catalog_folder_is_where_the_app_looks() -> None:
    assert Path(__file__).resolve().parents[2] / "resources" / "catalog" == CATALOG
    assert FILES, "no catalog files found"


@pytest.mark.parametrize("path", FILES, ids=_rel)
def test_file_is_valid(path: Path) -> None:
    data = tomllib.loads(path.read_text("utf-8"))
    assert validate(data, source=_rel(path)) == []


def test_load_has_no_problems(catalog: Catalog) -> None:
    assert catalog.problems == []
    assert len(catalog) + len(catalog.generics) == len(_files())


def test_ids_unique_across_names_and_folders(catalog: Catalog) -> None:
    ids = Counter(path.stem for path in _files())
    assert [i for i, n in ids.items() if n > 1] == []
    assert {s.id for s in catalog} | {g.id for g in catalog.generics} == set(ids)


@pytest.mark.parametrize("kind", GENERIC_KINDS)
def test_generic_guides_present(catalog: Catalog, kind: str) -> None:
    guide = catalog.generic(kind)
    assert guide is not None, f"resources/catalog/_generic/generic_{kind}.toml is missing"
    assert guide.regions == ("*",)
    assert Action.CHANGE in guide.actions


def test_every_service_is_found_by_its_own_names(catalog: Catalog) -> None:
    """Searching a service's name in either language lists it (exact names rank first)."""
    missing = []
    for service in catalog:
        for lang in ("zh_CN", "en"):
            found = catalog.search(service.name(lang), lang=lang, limit=len(catalog))
            if service not in found:
                missing.append(f"{service.id}/{lang}")
    assert missing == []


def test_compiled_cache_matches_the_files(catalog: Catalog, tmp_path: Path) -> None:
    cache = write_compiled(CATALOG, tmp_path / "compiled.json")
    cached = Catalog.load(CATALOG, cache=cache)
    assert list(cached) == list(catalog)
    assert cached.generics == catalog.generics


def test_catalog_size_targets(catalog: Catalog) -> None:
    """The issue's targets: >= 90 entries used in China, >= 80 elsewhere, >= 200 in all.

    Fails (with the real counts in the message) until the content work is finished.
    """
    services = list(catalog)
    in_cn = [s for s in services if "CN" in s.regions]
    elsewhere = [s for s in services if any(r != "CN" for r in s.regions)]
    counts = f"CN {len(in_cn)}/90, outside CN {len(elsewhere)}/80, total {len(services)}/200"
    reached = len(in_cn) >= 90 and len(elsewhere) >= 80 and len(services) >= 200
    assert reached, counts
