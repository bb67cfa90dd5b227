"""The catalog the app uses: the shipped one, or the newest signed update the person imported.

An imported update is kept as the one signed file ``catalog-update.ringoff-catalog`` in the
data folder, written atomically (a crash leaves the old file or the new one, never a mix), and
verified again every time it is read: a damaged or altered file is ignored and the shipped
catalog used. An update older than (or as old as) the shipped catalog is not used either, so
installing a newer Ringoff brings its newer catalog.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from ..core.catalog import Catalog
from ..core.catalog_update import CatalogUpdate, UpdateRefused, read_update
from ..core.i18n import QT_TRANSLATE_NOOP
from . import resources
from .atomic import write_atomic
from .catalog_files import load_files_cached
from .paths import Locations

UPDATE_FILE: Final = "catalog-update.ringoff-catalog"


def update_path(locations: Locations | None = None) -> Path:
    return (locations or Locations.for_user()).data_dir / UPDATE_FILE


def installed_update(
    locations: Locations | None = None, public_keys: list[str | bytes] | None = None
) -> CatalogUpdate | None:
    """The imported update, verified; None when there is none or it does not verify."""
    try:
        raw = update_path(locations).read_bytes()
    except OSError:
        return None
    try:
        return read_update(raw, public_keys, check_entries=False)
    except UpdateRefused:
        return None


def load_catalog(
    locations: Locations | None = None,
    public_keys: list[str | bytes] | None = None,
    shipped: Catalog | None = None,
) -> Catalog:
    """The catalog to use: a verified update newer than the shipped catalog, else the shipped
    one (read with its compiled cache)."""
    if shipped is None:
        shipped = resources.load_catalog()
    update = installed_update(locations, public_keys)
    if update is None:
        return shipped
    shipped_date = shipped.info.catalog_date
    if shipped_date is not None and update.catalog_date <= shipped_date:
        return shipped
    return load_files_cached(update.built, resources.cache_dir() / "catalog-update.compiled.json")


def import_update(
    source: Path,
    locations: Locations | None = None,
    public_keys: list[str | bytes] | None = None,
    current: Catalog | None = None,
) -> CatalogUpdate:
    """Verify the update file *source* and make it the catalog in use.

    Raises :class:`UpdateRefused` (a plain message) when the file cannot be read, is not a
    good signed update, or is not newer than the catalog in use; nothing changes then.
    """
    try:
        raw = source.read_bytes()
    except OSError:
        raise UpdateRefused(
            QT_TRANSLATE_NOOP("CatalogUpdate", "Ringoff cannot read the file {path}.").format(
                path=str(source)
            ),
            QT_TRANSLATE_NOOP("CatalogUpdate", "Check the file's name and folder, then try again."),
        ) from None
    update = read_update(raw, public_keys)
    in_use = current if current is not None else load_catalog(locations, public_keys)
    have = in_use.info.catalog_date
    if have is not None and update.catalog_date <= have:
        raise UpdateRefused(
            QT_TRANSLATE_NOOP(
                "CatalogUpdate",
                "This catalog update is from {update_date}; the list Ringoff has is from "
                "{current_date}, so there is nothing new in it.",
            ).format(update_date=update.catalog_date.isoformat(), current_date=have.isoformat()),
            QT_TRANSLATE_NOOP("CatalogUpdate", "Ringoff goes on with the list it has."),
        )
    target = update_path(locations)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, raw)
    return update
