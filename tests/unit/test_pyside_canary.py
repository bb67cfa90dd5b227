"""A canary for a broken PySide6: empty values crossing from C++ must not leak None.

PySide6-Essentials 6.12.0 on Python 3.11 loses one reference to ``None`` every time an empty
value (an invalid QVariant) is converted to Python, e.g. ``QStandardItemModel.data()`` of an
empty cell. After a few thousand conversions Python frees ``None`` and aborts with "Fatal
Python error: none_dealloc: deallocating None" — the window vanished while someone moved
through the accounts table with the arrow keys. pyproject.toml excludes 6.12.0; this test
fails on any release that brings the leak back, before a user meets it.

Seen: fails on 6.12.0 (None's count falls by exactly the number of calls); passes on 6.11.0,
6.11.3. Every path below is one the app takes thousands of times.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QStandardItemModel

CALLS = 500  # enough to tell a leak (one per call) from noise, few enough not to abort


def _none_lost_by(action: Callable[[], object]) -> int:
    action()  # warm up: first calls may create caches that hold None for good
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        action()
    return before - sys.getrefcount(None)


def _empty_cell() -> object:
    model = _MODEL
    return model.data(model.index(5, 1), Qt.ItemDataRole.DisplayRole)


_MODEL = QStandardItemModel(100, 3)


@pytest.mark.parametrize(
    "action",
    [
        _empty_cell,
        lambda: _MODEL.data(_MODEL.index(0, 0), Qt.ItemDataRole.ToolTipRole),
        lambda: _MODEL.headerData(7, Qt.Orientation.Horizontal, Qt.ItemDataRole.DecorationRole),
        lambda: _MODEL.data(QModelIndex()),
        lambda: QSettings("ringoff-canary", "none").value("never-set"),
    ],
    ids=["empty cell", "no tooltip", "no header icon", "invalid index", "missing setting"],
)
def test_empty_values_do_not_leak_none(action: Callable[[], object]) -> None:
    lost = _none_lost_by(action)
    # A real leak loses one reference per call (thousands); noise from the interpreter is a
    # handful either way.
    assert lost < CALLS // 10, (
        f"{lost} references to None lost in {CALLS} calls: this PySide6 release leaks None and "
        "will abort Ringoff (see pyproject.toml)"
    )
