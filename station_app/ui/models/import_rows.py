"""Table models of the import wizard: the first lines of the file as they are, and the checked
rows (one model row per file row, however many there are: nothing is built per cell)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.utils import get_column_letter
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from station_app.services.roster_import import ACTION_LABELS, REJECTED
from station_app.ui.models.record_table import Column, RecordTableModel
from station_app.ui.translatable import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
CheckedRow = tuple[int, str, tuple[str, ...], str]  # line, action, shown values, reason or note
ERROR_RED = QColor(190, 30, 30)
HEADER_BLUE = QColor(221, 231, 243)


class CheckedRowsModel(RecordTableModel[CheckedRow]):
    """行号, 结果, the kind's shown fields, 说明; rejected rows in red."""

    def __init__(self, shown_headers: Sequence[str], parent: Any = None) -> None:
        columns: list[Column[CheckedRow]] = [
            Column(
                QT_TRANSLATE_NOOP("Columns", "行号"),
                lambda r: r[0],
                align_right=True,
                width_sample="000000",
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "结果"),
                lambda r: ACTION_LABELS[r[1]],
                width_sample="未导入",
            ),
        ]
        columns += [
            Column(h, lambda r, i=i: r[2][i], width_sample="北京某某科技有限公司")
            for i, h in enumerate(shown_headers)
        ]
        columns.append(
            Column(QT_TRANSLATE_NOOP("Columns", "说明"), lambda r: r[3], tooltip=lambda r: r[3])
        )
        super().__init__(columns, parent)
        self._red = QBrush(ERROR_RED)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            return self._red if self.record(index.row())[1] == REJECTED else None
        return super().data(index, role)


class SheetLinesModel(QAbstractTableModel):
    """The first lines of the sheet, numbered as in Excel; the header line highlighted."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: tuple[tuple[str, ...], ...] = ()
        self._width = 0
        self.header_line = 0

    def set_lines(self, lines: tuple[tuple[str, ...], ...], header_line: int) -> None:
        self.beginResetModel()
        self._lines = lines
        self._width = max((len(line) for line in lines), default=0)
        self.header_line = header_line
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._width

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return line[index.column()] if index.column() < len(line) else ""
        if role == Qt.ItemDataRole.BackgroundRole and index.row() + 1 == self.header_line:
            return QBrush(HEADER_BLUE)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return get_column_letter(section + 1)
