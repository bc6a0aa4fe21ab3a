"""A table model over a list of frozen records; each list defines its columns once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from station_app.ui.translatable import QT_TRANSLATE_NOOP

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


# Headers are written as QT_TRANSLATE_NOOP("Columns", …) where the columns are declared, and
# shown through this context.
CONTEXT = "Columns"
YES_NO = (QT_TRANSLATE_NOOP("Columns", "是"), QT_TRANSLATE_NOOP("Columns", "否"))


def header_text(header: str) -> str:
    return QCoreApplication.translate(CONTEXT, header)


@dataclass(frozen=True)
class Column(Generic[R]):
    header: str
    value: Callable[[R], Any]
    align_right: bool = False
    tooltip: Callable[[R], str] | None = None
    width_sample: str = ""  # typical content, for sizing the column without reading rows


def display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate(CONTEXT, YES_NO[0] if value else YES_NO[1])
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value)


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows are immutable records; ``set_rows`` replaces them with a model reset.

    ``UserRole`` returns the record itself, ``UserRole + 1`` the raw sort value.
    """

    RecordRole = Qt.ItemDataRole.UserRole
    SortRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns: list[Column[R]] = list(columns)
        self._columns = self.columns
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def record(self, row: int) -> R:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        rec = self._rows[index.row()]
        col = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(col.value(rec))
        if role == self.SortRole:
            v = col.value(rec)
            return v if isinstance(v, int | float | str) else display(v)
        if role == self.RecordRole:
            return rec
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip:
            return col.tooltip(rec)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return header_text(self._columns[section].header)
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None
