"""The catalog a person sees: the shipped one (or a signed update they imported), with the
services and corrections they added themselves on top.

The window (:class:`ringoff.ui.context.AppContext`) and the command line (``cli.common``) both
take it from here, so an entry the person added is found the same way by both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.errors import CATALOG_MISSING, CATALOG_MISSING_HINT, CatalogMissing
from ..storage.catalog_store import load_catalog

if TYPE_CHECKING:
    from ..core.catalog import Catalog
    from ..storage.vault import Vault


def shipped_catalog() -> Catalog:
    """The shipped catalog, or a newer signed update the person imported (may be empty when
    the installation is broken: see :func:`usable_catalog`)."""
    return load_catalog()


def with_own_entries(catalog: Catalog, vault: Vault) -> Catalog:
    """*catalog* with the person's own services and corrections from *vault*."""
    return catalog.with_user_services(vault.user_services())


def usable_catalog(vault: Vault | None = None) -> Catalog:
    """The catalog for a command: refuses an empty one (a broken installation) with a plain
    message, and adds the person's own entries when *vault* is open."""
    catalog = shipped_catalog()
    if len(catalog) == 0:
        raise CatalogMissing(CATALOG_MISSING, CATALOG_MISSING_HINT)
    return catalog if vault is None else with_own_entries(catalog, vault)
