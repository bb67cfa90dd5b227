"""What every screen needs: the session, the settings, the catalog, the clock and the language.

Passed to each page instead of globals, so tests build one with a fake clock and a temporary
folder. The catalog loads on first use (not before the first window) and merges the user's own
services from the vault while it is unlocked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from ..core.i18n import Text
from ..services.session import Session
from ..services.translations import translate

if TYPE_CHECKING:
    from ..core.catalog import Catalog
    from ..storage.paths import Locations
    from ..storage.settings import Settings


class AppContext(QObject):
    """``settings_changed(key)`` fires after a setting was saved."""

    settings_changed = Signal(str)

    def __init__(
        self,
        session: Session,
        settings: Settings,
        locations: Locations,
        *,
        clock: Callable[[], datetime] | None = None,
        lang: str = "en",
        demo: bool = False,
    ) -> None:
        super().__init__()
        self.session = session
        self.settings = settings
        self.locations = locations
        self.clock = clock or session.clock
        self.lang = lang
        self.demo = demo
        self._shipped: Catalog | None = None
        self._merged: Catalog | None = None
        self._merged_generation = -1
        session.locked.connect(self._forget)

    # -- time --

    def now(self) -> datetime:
        return self.clock().astimezone()

    def today(self) -> date:
        return self.now().date()

    # -- text --

    def tr(self, text: Text | str) -> str:
        return translate(text)

    # -- settings --

    def set_setting(self, key: str, value: Any) -> None:
        self.settings.set(key, value)
        self.settings_changed.emit(key)

    # -- catalog --

    @property
    def shipped_catalog(self) -> Catalog:
        if self._shipped is None:
            from ..operations.catalog import shipped_catalog

            self._shipped = shipped_catalog()
        return self._shipped

    @property
    def catalog(self) -> Catalog:
        """The shipped catalog with the user's own services and corrections on top."""
        if not self.session.is_unlocked:
            return self.shipped_catalog
        generation = self.session.vault.generation
        if self._merged is None or generation != self._merged_generation:
            from ..operations.catalog import with_own_entries

            self._merged = with_own_entries(self.shipped_catalog, self.session.vault)
            self._merged_generation = generation
        return self._merged

    def _forget(self, *_: object) -> None:
        self._merged = None
        self._merged_generation = -1

    def account_name(self, service_id: str | None, fallback: str) -> str:
        """A service's name in the current language; the stored name for the user's own."""
        if service_id:
            service = self.catalog.get(service_id)
            if service is not None:
                return service.name(self.lang)
        return fallback
