"""The accounts of one number as a flat table, and the search-as-you-type filter over it.

Rows are grouped by category (the category order of :class:`~ringoff.core.model.Category`, then
the shown name), so a plain :class:`QSortFilterProxyModel` keeps the groups without sorting.

Searching must stay fast on very long lists (20,000 rows per keystroke in the benchmark), so
every row gets one search key when the model is built: the shown name, the catalog names in both
languages, the aliases (pinyin and initials, so "zfb" finds 支付宝), the domains and the id, each
normalised like the catalog search (NFKC, case-folded, no spaces or punctuation) and joined by
newlines. Filtering is then one substring test per row.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ..core.catalog import Catalog, Service, normalise
from ..core.model import Account, AccountStatus, Action, Category, Use
from ..services.translations import current_language
from . import style

AnyIndex = QModelIndex | QPersistentModelIndex


def status_words(status: AccountStatus) -> str:
    return _status_words(current_language())[status]


@functools.cache
def _status_words(lang: str) -> dict[AccountStatus, str]:
    """The words once per language: the table asks for them for every row it measures."""
    return {
        AccountStatus.TODO: QCoreApplication.translate("AccountsModel", "To do"),
        AccountStatus.IN_PROGRESS: QCoreApplication.translate("AccountsModel", "In progress"),
        AccountStatus.DONE: QCoreApplication.translate("AccountsModel", "Done"),
        AccountStatus.CANNOT: QCoreApplication.translate("AccountsModel", "Cannot be done"),
    }


def status_colour(status: AccountStatus) -> QColor:
    colours = style.state_colours()
    return {
        AccountStatus.TODO: colours.blue,
        AccountStatus.IN_PROGRESS: colours.amber,
        AccountStatus.DONE: colours.green,
        AccountStatus.CANNOT: colours.red,
    }[status]


def category_words(category: Category) -> str:
    return _category_words(current_language())[category]


@functools.cache
def _category_words(lang: str) -> dict[Category, str]:
    return {
        Category.BANK: QCoreApplication.translate("AccountsModel", "Bank"),
        Category.PAYMENT: QCoreApplication.translate("AccountsModel", "Payment"),
        Category.SOCIAL: QCoreApplication.translate("AccountsModel", "Social"),
        Category.MESSAGING: QCoreApplication.translate("AccountsModel", "Messaging"),
        Category.EMAIL: QCoreApplication.translate("AccountsModel", "Email"),
        Category.SHOPPING: QCoreApplication.translate("AccountsModel", "Shopping"),
        Category.GOVERNMENT: QCoreApplication.translate("AccountsModel", "Government"),
        Category.TRAVEL: QCoreApplication.translate("AccountsModel", "Travel"),
        Category.TRANSPORT: QCoreApplication.translate("AccountsModel", "Transport"),
        Category.FOOD: QCoreApplication.translate("AccountsModel", "Food and delivery"),
        Category.ENTERTAINMENT: QCoreApplication.translate("AccountsModel", "Entertainment"),
        Category.GAMES: QCoreApplication.translate("AccountsModel", "Games"),
        Category.CLOUD: QCoreApplication.translate("AccountsModel", "Cloud and storage"),
        Category.TELECOM: QCoreApplication.translate("AccountsModel", "Phone company"),
        Category.DEVICE: QCoreApplication.translate("AccountsModel", "Phone or computer"),
        Category.FINANCE: QCoreApplication.translate("AccountsModel", "Money and investing"),
        Category.HEALTH: QCoreApplication.translate("AccountsModel", "Health"),
        Category.EDUCATION: QCoreApplication.translate("AccountsModel", "Education"),
        Category.WORK: QCoreApplication.translate("AccountsModel", "Work"),
        Category.OTHER: QCoreApplication.translate("AccountsModel", "Other"),
    }


def use_words(use: Use) -> str:
    return {
        Use.SIGN_IN: QCoreApplication.translate("AccountsModel", "signing in"),
        Use.CODES: QCoreApplication.translate("AccountsModel", "security codes"),
        Use.RECOVERY: QCoreApplication.translate("AccountsModel", "getting back in"),
        Use.PAYMENT: QCoreApplication.translate("AccountsModel", "payments"),
        Use.NOTIFICATIONS: QCoreApplication.translate("AccountsModel", "messages"),
    }[use]


def action_words(action: Action) -> str:
    return {
        Action.CHANGE: QCoreApplication.translate("AccountsModel", "Change to the new number"),
        Action.REMOVE: QCoreApplication.translate("AccountsModel", "Remove the number"),
        Action.CLOSE: QCoreApplication.translate("AccountsModel", "Close the account"),
    }[action]


def uses_text(uses: Iterable[Use]) -> str:
    return _uses_text(frozenset(uses), current_language())


@functools.lru_cache(maxsize=256)
def _uses_text(uses: frozenset[Use], lang: str) -> str:
    """Cached per language: a list of thousands of accounts has only a few dozen combinations."""
    chosen = [use_words(u) for u in Use if u in uses]
    if not chosen:
        return QCoreApplication.translate("AccountsModel", "not known")
    return QCoreApplication.translate("AccountsModel", ", ").join(chosen)


def search_key(shown_name: str, service: Service | None, catalog: Catalog | None = None) -> str:
    """One lowercase string holding every word a person might type to find this account
    (with *catalog*, also the pinyin of a name the person typed: "张三的工行" -> "zsdgh").

    Thousands of accounts share a few hundred services and names: each key is made once (its
    pinyin is most of a number page's opening time otherwise).
    """
    cache_key = (shown_name, id(service), id(catalog))
    hit = _KEYS.get(cache_key)
    if hit is not None and hit[1] is service and hit[2] is catalog:
        return hit[0]
    words = [shown_name]
    if catalog is not None:
        words.extend(catalog.pinyin_keys(shown_name))
    if service is not None:
        words.extend(service.names.values())
        words.extend(service.aliases)
        words.extend(service.domains)
        words.append(service.id)
        if catalog is not None:
            words.extend(catalog.pinyin.keys_for_all((*service.names.values(), *service.aliases)))
    key = "\n".join(dict.fromkeys(k for k in (normalise(w) for w in words) if k))
    if len(_KEYS) >= 20_000:
        _KEYS.clear()
    # The service and catalog are kept with the key, so their ids are not reused meanwhile.
    _KEYS[cache_key] = (key, service, catalog)
    return key


_KEYS: dict[tuple[str, int, int], tuple[str, object, object]] = {}


CATEGORY_ORDER = {c: i for i, c in enumerate(Category)}


@dataclass(frozen=True)
class AccountRow:
    account: Account
    name: str
    category: Category
    uses: str
    key: str


class AccountsModel(QAbstractTableModel):
    NAME, CATEGORY, USES, STATUS = range(4)
    AccountIdRole = Qt.ItemDataRole.UserRole + 1
    StatusRole = Qt.ItemDataRole.UserRole + 2
    SearchRole = Qt.ItemDataRole.UserRole + 3

    def __init__(
        self,
        catalog: Catalog,
        lang: str,
        accounts: Sequence[Account] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.lang = lang
        self.rows: list[AccountRow] = []  # the rows shown (matching the query)
        self.keys: list[str] = []
        self._all: list[AccountRow] = []
        self.query = ""
        self._fill(accounts)

    def _row(self, account: Account) -> AccountRow:
        service = self.catalog.get(account.service_id) if account.service_id else None
        name = service.name(self.lang) if service is not None else account.name
        category = service.category if service is not None else Category.OTHER
        return AccountRow(
            account,
            name,
            category,
            uses_text(account.uses),
            search_key(name, service, self.catalog),
        )

    def _fill(self, accounts: Sequence[Account]) -> None:
        rows = [self._row(a) for a in accounts]
        rows.sort(key=lambda r: (CATEGORY_ORDER[r.category], r.name.casefold(), r.account.id))
        self._all = rows
        self._all_keys = [r.key for r in rows]
        self._apply_query()

    def _apply_query(self) -> None:
        query = self.query
        if query:
            keys = self._all_keys
            rows = self._all
            self.rows = [rows[i] for i, key in enumerate(keys) if query in key]
        else:
            self.rows = self._all
        self.keys = [r.key for r in self.rows]

    def set_query(self, text: str) -> None:
        """Show only the rows whose search key holds *text* (already normalised).

        Filtering happens here, in one list comprehension, rather than in the proxy's
        filterAcceptsRow: that would make Qt call into Python once per row (20,000 calls per
        keystroke, ~80 ms); a model reset costs Qt almost nothing, since the view only asks
        for the rows it shows.
        """
        if text == self.query:
            return
        self.beginResetModel()
        self.query = text
        self._apply_query()
        self.endResetModel()

    def set_accounts(self, accounts: Sequence[Account]) -> None:
        self.beginResetModel()
        self._fill(accounts)
        self.endResetModel()

    # -- reading --

    def account(self, row: int) -> Account:
        return self.rows[row].account

    def row_of(self, account_id: str) -> int:
        for i, r in enumerate(self.rows):
            if r.account.id == account_id:
                return i
        return -1

    def representative_rows(self, column: int) -> list[int] | None:
        """One shown row per distinct text of *column*, for the columns with few values.

        The kind and the status columns fit their contents; Qt measures that by asking the
        delegate about every row (through Python: ~3 s for 1,000 accounts). Rows with the same
        words measure the same, so one of each is enough. None for the other columns.
        """
        if column == self.CATEGORY:
            values = [r.category for r in self.rows]
        elif column == self.STATUS:
            values = [r.account.status for r in self.rows]
        else:
            return None
        first: dict[object, int] = {}
        for i, value in enumerate(values):
            first.setdefault(value, i)
        return list(first.values())

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Uses the number for"),
                self.tr("Status"),
            )[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        col = index.column()
        status = row.account.status
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == self.NAME:
                return row.name
            if col == self.CATEGORY:
                return category_words(row.category)
            if col == self.USES:
                return row.uses
            return status_words(status)
        if role == Qt.ItemDataRole.ToolTipRole:
            if status is AccountStatus.CANNOT and row.account.reason:
                return self.tr("Cannot be done: {reason}").format(reason=row.account.reason)
            if col == self.NAME and row.account.notes:
                return row.account.notes
            return None
        if role == Qt.ItemDataRole.DecorationRole and col == self.NAME:
            from .badges import service_icon

            return service_icon(row.name, row.category.value)  # kind and initial, no logo
        if role == Qt.ItemDataRole.ForegroundRole and col == self.STATUS:
            return status_colour(status)
        if role == self.AccountIdRole:
            return row.account.id
        if role == self.StatusRole:
            return status.value
        if role == self.SearchRole:
            return row.key
        return None


class AccountsFilter(QSortFilterProxyModel):
    """The proxy between the accounts and the table: sorting by a column, and the search box.

    The search itself is done by :meth:`AccountsModel.set_query` (see there why).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.query = ""
        self.setDynamicSortFilter(False)

    def set_query(self, text: str) -> None:
        query = normalise(text)
        if query == self.query:
            return
        self.query = query
        source = self.sourceModel()
        if isinstance(source, AccountsModel):
            source.set_query(query)


class StatusChipDelegate(QStyledItemDelegate):
    """The status as a rounded chip: a coloured outline and dot, and the words."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        qstyle = widget.style() if widget is not None else QApplication.style()
        qstyle.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        value = index.data(AccountsModel.StatusRole)
        if value is None:
            return
        colour = status_colour(AccountStatus(value))
        fm = QFontMetrics(opt.font)
        pad = fm.height() // 3
        width = fm.horizontalAdvance(text) + fm.height() + pad * 2
        height = fm.height() + pad // 2
        rect = QRect(0, 0, min(width, opt.rect.width() - pad), height)
        rect.moveCenter(opt.rect.center())
        rect.moveLeft(opt.rect.left() + pad // 2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        tint = QColor(colour)
        tint.setAlpha(36)
        painter.setPen(QPen(colour, max(1.0, fm.height() / 14)))
        painter.setBrush(tint)
        radius = height / 2
        painter.drawRoundedRect(QRectF(rect), radius, radius)
        dot = fm.height() // 3
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(rect.left() + pad, rect.center().y() - dot // 2, dot, dot)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_colour = opt.palette.color(QPalette.ColorRole.HighlightedText) if selected else colour
        painter.setPen(text_colour)
        font = QFontMetrics(opt.font)
        text_rect = rect.adjusted(pad + dot + pad // 2, 0, -pad // 2, 0)
        painter.setFont(opt.font)
        painter.drawText(
            text_rect,
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            font.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width()),
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        base = super().sizeHint(option, index)
        fm = QFontMetrics(option.font)
        return QSize(base.width() + fm.height() * 2, max(base.height(), int(fm.height() * 1.6)))
