"""The number page's list of accounts: a table that opens, removes and edits by keyboard and
grows its rows to long names, and the notes box that saves when it is left.

Split from number_page.py (issue 16) so the page itself stays readable.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QRect, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QStyle, QStyleOptionViewItem, QTableView

from .accounts_model import AccountsModel


class AccountsTable(QTableView):
    """Enter opens, Delete removes, F2 edits."""

    open_requested = Signal()
    remove_requested = Signal()
    edit_requested = Signal()
    # Row heights of wrapped texts, by (column, width, text), for one font (see fit_rows).
    _heights: ClassVar[dict[tuple[int, int, str], int]] = {}
    _heights_font: ClassVar[tuple[str, int] | None] = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit()
            return
        if key == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self.remove_requested.emit()
            return
        if key == Qt.Key.Key_F2 and self.currentIndex().isValid():
            self.edit_requested.emit()
            return
        super().keyPressEvent(event)

    def fit_rows(self) -> None:
        """Give the rows whose name or uses do not fit on one line the height of the wrapped
        text.

        Long names ("Bank of America Online Banking", 中国工商银行手机银行…) wrap instead of
        being cut. Qt's own ResizeToContents would ask the delegate about every row through
        Python; here each distinct text is measured once per font and column width, in C++ (the
        uses have a handful of values; a name that fits on one line needs one measurement).
        """
        proxy = self.model()
        source = proxy.sourceModel() if isinstance(proxy, QSortFilterProxyModel) else None
        if not isinstance(source, AccountsModel) or proxy is None:
            return
        header = self.verticalHeader()
        base = header.defaultSectionSize()
        metrics = self.fontMetrics()
        font_key = (self.font().key(), base)
        if AccountsTable._heights_font != font_key:  # shared by every number page
            AccountsTable._heights_font = font_key
            AccountsTable._heights = {}
        heights = AccountsTable._heights
        columns = [
            (AccountsModel.NAME, self.columnWidth(AccountsModel.NAME)),
            (AccountsModel.USES, self.columnWidth(AccountsModel.USES)),
        ]
        rows = source.rows
        unsorted = isinstance(proxy, QSortFilterProxyModel) and proxy.sortColumn() < 0
        padding = base - metrics.lineSpacing()
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        wrap = int(Qt.TextFlag.TextWordWrap)
        option: QStyleOptionViewItem | None = None
        for view_row in range(proxy.rowCount()):
            source_row = view_row if unsorted else proxy.mapToSource(proxy.index(view_row, 0)).row()
            row_ = rows[source_row]
            height = base
            for column, width in columns:
                text = row_.name if column == AccountsModel.NAME else row_.uses
                key = (column, width, text)
                wanted = heights.get(key)
                if wanted is None:
                    # The text's room: the column less the icon and the item's margins
                    # (as QCommonStyle lays out an item: a focus-frame margin + 1 each side).
                    icon = self.iconSize().width() + margin if column == AccountsModel.NAME else 0
                    room = width - icon - 2 * margin - 1
                    wanted = base
                    if metrics.horizontalAdvance(text) > room:
                        # Qt's own measure of the wrapped item, never smaller than that.
                        box = metrics.boundingRect(QRect(0, 0, room, 100 * base), wrap, text)
                        index = proxy.index(view_row, column)
                        if option is None:
                            self.ensurePolished()
                            option = QStyleOptionViewItem()
                            self.initViewItemOption(option)
                            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
                        option.rect = QRect(0, 0, width, base)
                        hint = self.itemDelegateForIndex(index).sizeHint(option, index).height()
                        wanted = max(base, box.height() + padding, hint)
                    heights[key] = wanted
                height = max(height, wanted)
            if header.sectionSize(view_row) != height:
                header.resizeSection(view_row, height)

    def sizeHintForColumn(self, column: int) -> int:  # noqa: N802
        """What Qt computes for a column that fits its contents, from one row per value.

        Qt would size the delegate of every row (see AccountsModel.representative_rows); the
        widest of the distinct values gives the same width, in a few calls instead of
        thousands.
        """
        proxy = self.model()
        source = proxy.sourceModel() if isinstance(proxy, QSortFilterProxyModel) else None
        rows = source.representative_rows(column) if isinstance(source, AccountsModel) else None
        if not rows:
            return super().sizeHintForColumn(column)
        assert source is not None and proxy is not None
        self.ensurePolished()
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        hint = 0
        for source_row in rows:
            index = proxy.mapFromSource(source.index(source_row, column))  # type: ignore[attr-defined]
            delegate = self.itemDelegateForIndex(index)
            hint = max(hint, delegate.sizeHint(option, index).width())
        return hint + 1 if self.showGrid() else hint


class NotesEdit(QPlainTextEdit):
    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()
