"""Choose many accounts at once from the list of known apps, banks and services.

A search box (a name in either language, pinyin, initials or a web address), a category filter
and a list with check boxes. Services already on this number are shown ticked and greyed; the
user's own entries say "your own". OK adds every ticked service in one write.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ..core.catalog import Catalog, Service, normalise
from ..core.model import Account, Category, PhoneNumber
from ..core.plan import default_action
from . import style
from .accounts_model import CATEGORY_ORDER, category_words, search_key
from .catalog_notes import general_text
from .context import AppContext
from .dates import long_date
from .errors import show_problem
from .widgets import field, labelled, para, row, search_leads_into, title

AnyIndex = QModelIndex | QPersistentModelIndex


class ServicesModel(QAbstractListModel):
    ServiceIdRole = Qt.ItemDataRole.UserRole + 1
    CategoryRole = Qt.ItemDataRole.UserRole + 2

    changed_choice = Signal()

    def __init__(
        self,
        services: Iterable[Service],
        lang: str,
        existing: set[str],
        own: set[str],
        parent: QWidget | None = None,
        catalog: Catalog | None = None,
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.services = sorted(
            services, key=lambda s: (CATEGORY_ORDER[s.category], -s.popularity, s.name(lang))
        )
        self.keys = [search_key(s.name(lang), s, catalog) for s in self.services]
        self.existing = existing
        self.own = own
        self.font = QGuiApplication.font()
        self.chosen: set[str] = set()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.services)

    def text(self, service: Service) -> str:
        name = service.name(self.lang)
        other = service.name("en" if self.lang == "zh_CN" else "zh_CN")
        shown = name if other == name else f"{name} — {other}"
        shown += f"  ({category_words(service.category)})"
        if service.id in self.existing:
            shown += "  " + self.tr("already added")
        elif service.id in self.own:
            shown += "  " + self.tr("your own")
        if service.is_general and service.id not in self.own:
            # Shown apart (italic, another colour, these words): no confirmed steps yet.
            shown += "  · " + self.tr("general guide only")
        return shown

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        service = self.services[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(service)
        if role == Qt.ItemDataRole.CheckStateRole:
            ticked = service.id in self.chosen or service.id in self.existing
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole:
            from .badges import service_icon

            return service_icon(service.name(self.lang), service.category.value)
        if role == Qt.ItemDataRole.FontRole and service.is_general:
            font = QFont(self.font)
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and service.is_general:
            return QBrush(style.state_colours().amber)
        if role == Qt.ItemDataRole.ToolTipRole and service.is_general:
            return general_text(service, self.lang)
        if role == self.ServiceIdRole:
            return service.id
        if role == self.CategoryRole:
            return service.category.value
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.services[index.row()].id in self.existing:
            return Qt.ItemFlag.ItemNeverHasChildren
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def toggle(self, row: int) -> None:
        service = self.services[row]
        if service.id in self.existing:
            return
        if service.id in self.chosen:
            self.chosen.discard(service.id)
        else:
            self.chosen.add(service.id)
        index = self.index(row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.changed_choice.emit()


class ServicesFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.query = ""
        self.category: str | None = None

    def set_filter(self, text: str, category: str | None) -> None:
        query = normalise(text)
        if (query, category) == (self.query, self.category):
            return
        self.beginFilterChange()
        self.query = query
        self.category = category
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ServicesModel)
        if self.category and model.services[source_row].category.value != self.category:
            return False
        return not self.query or self.query in model.keys[source_row]


class ServicesList(QListView):
    """Space ticks or unticks the current row; a click anywhere on a row does too."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentIndex().isValid():
            self.toggled_row.emit(self.currentIndex())
            return
        super().keyPressEvent(event)

    toggled_row = Signal(QModelIndex)


class CatalogPicker(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None,
        region: str,
        number: PhoneNumber | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.region = region
        self.number = number
        self.added: list[Account] = []
        self.setWindowTitle(self.tr("Add from the list"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(style.em() * 30)
        self.setMinimumHeight(style.em() * 26)
        lay = QVBoxLayout(self)
        lay.addWidget(title(self.tr("Which of these use the number?"), 1.3))
        lay.addWidget(
            para(
                self.tr("Tick every app, bank or service that uses this number. You can tick many.")
            )
        )

        catalog = ctx.catalog
        existing: set[str] = set()
        if number is not None:
            existing = {a.service_id for a in ctx.session.vault.accounts(number.id) if a.service_id}
        own = {s.id for s in catalog if s.origin == "user" and s.id not in ctx.shipped_catalog}
        self.everywhere = QCheckBox(self.tr("Also show services from other countries"))
        self.everywhere.setAccessibleName(self.everywhere.text())
        self._all_services = list(catalog)
        self.model = ServicesModel(
            self._services(False), ctx.lang, existing, own, self, catalog=catalog
        )

        self.search = field(
            self.tr("Name or web address, e.g. PayPal or paypal.com"), self.tr("Search the list")
        )
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Kind of service"))
        self.category.addItem(self.tr("All kinds"), None)
        for category in Category:
            self.category.addItem(category_words(category), category.value)
        lay.addWidget(
            row(
                labelled(self.tr("&Search"), self.search),
                labelled(self.tr("&Kind"), self.category),
                stretch_first=True,
            )
        )
        lay.addWidget(self.everywhere)

        self.proxy = ServicesFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = ServicesList()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Services to choose from"))
        self.view.setUniformItemSizes(True)
        self.view.setSpacing(max(1, style.em() // 8))
        self.view.clicked.connect(self._clicked)
        self.view.toggled_row.connect(self._clicked)
        lay.addWidget(self.view, 1)

        self.count = QLabel("")
        self.count.setAccessibleName(self.tr("How many are ticked"))
        lay.addWidget(self.count)
        info = ctx.shipped_catalog.info
        if info.catalog_date is None:
            about = ""
        elif info.origin == "update":
            about = self.tr("This list is from {date}, from an update you imported.")
        else:
            about = self.tr("This list is from {date}, as it came with Ringoff.")
        self.about = para(
            about.format(date=long_date(info.catalog_date)) if info.catalog_date else "",
            hint=True,
        )
        self.about.setAccessibleName(self.tr("Where this list comes from"))
        lay.addWidget(self.about)
        self.nothing = para(self.tr("Nothing found. You can add it by name instead."), hint=True)
        self.nothing.setVisible(False)
        lay.addWidget(self.nothing)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)

        self.search.textChanged.connect(self._refilter)
        self.category.currentIndexChanged.connect(self._refilter)
        self.everywhere.toggled.connect(self._rebuild)
        self.model.changed_choice.connect(self._update_count)
        self._update_count()
        self.search.setFocus()
        search_leads_into(self.search, self.view)
        self.setTabOrder(self.search, self.category)
        self.setTabOrder(self.category, self.everywhere)
        self.setTabOrder(self.everywhere, self.view)

    def _services(self, everywhere: bool) -> list[Service]:
        if everywhere or not self.region:
            return self._all_services
        return [s for s in self._all_services if s.used_in(self.region)]

    def _rebuild(self, everywhere: bool) -> None:
        chosen = self.model.chosen
        model = ServicesModel(
            self._services(everywhere),
            self.ctx.lang,
            self.model.existing,
            self.model.own,
            self,
            catalog=self.ctx.catalog,
        )
        model.chosen = chosen
        model.changed_choice.connect(self._update_count)
        self.proxy.setSourceModel(model)
        self.model.deleteLater()
        self.model = model
        self._refilter()

    def _refilter(self, *_: object) -> None:
        self.proxy.set_filter(self.search.text(), self.category.currentData())
        self.nothing.setVisible(self.proxy.rowCount() == 0)

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.model.toggle(self.proxy.mapToSource(index).row())

    def _update_count(self) -> None:
        n = len(self.model.chosen)
        self.count.setText(self.tr("%n ticked", "", n))
        self.ok_button.setText(self.tr("Add %n", "", n) if n else self.tr("OK"))
        self.ok_button.setEnabled(n > 0)

    def visible_names(self) -> list[str]:
        """The services the list shows now (for tests and screen readers)."""
        return [
            str(self.proxy.index(i, 0).data(ServicesModel.ServiceIdRole))
            for i in range(self.proxy.rowCount())
        ]

    def tick(self, service_id: str) -> None:
        """Tick *service_id* as a click on its row would."""
        model = self.model
        for i, service in enumerate(model.services):
            if service.id == service_id and service_id not in model.chosen:
                model.toggle(i)
                return

    def chosen_services(self) -> list[Service]:
        return [s for s in self.model.services if s.id in self.model.chosen]

    def save(self) -> None:
        services = self.chosen_services()
        number = self.number
        if number is None:
            self.accept()
            return
        has_new = number.target is not None
        accounts = [
            Account(
                number_id=number.id,
                name=s.name(self.ctx.lang),
                service_id=s.id,
                uses=s.uses,
                action=default_action(s, has_new),
            )
            for s in services
        ]
        try:
            self.ctx.session.write(lambda v: v.add_accounts(accounts))
        except Exception as exc:
            show_problem(self, exc)
            return
        self.added = accounts
        self.accept()
