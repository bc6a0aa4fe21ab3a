"""A table model that reads its rows a page at a time, as the view scrolls to them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, Qt

from station_app.ui.models.record_table import Column, Index, RecordTableModel

R = TypeVar("R")

PAGE_SIZE = 100


class LazyRecordModel(RecordTableModel[R]):
    """Rows come from ``fetch(offset, limit)``; ``count()`` says how many there are in all.

    ``reload`` reads the count and the first page; the view asks for the next page through
    ``canFetchMore``/``fetchMore`` when it scrolls near the end, so a list of 100,000 members
    costs one page of records until somebody scrolls.

    Without ``count`` (a count that may be slow, worked out elsewhere) the model reads on while
    pages come back full, and ``total`` is the number of rows read so far.

    Sorting is the source's job: ``sort`` (a click on a header of a view with sorting enabled)
    remembers ``sort_column`` and ``sort_order`` (column -1: the source's own order) and reads
    the first page again; ``fetch`` is expected to honour them.
    """

    def __init__(
        self,
        columns: Sequence[Column[R]],
        fetch: Callable[[int, int], Sequence[R]],
        count: Callable[[], int] | None,
        *,
        page_size: int = PAGE_SIZE,
        parent: Any = None,
    ) -> None:
        super().__init__(columns, parent)
        self._fetch = fetch
        self._count = count
        self._page_size = page_size
        self._total = 0
        self._more = False
        self._loaded = False
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder

    @property
    def page_size(self) -> int:
        return self._page_size

    def total(self) -> int:
        """How many rows the source holds, loaded or not."""
        return self._total

    def reload(self) -> None:
        """Forget the loaded rows; read the count and the first page again."""
        self.beginResetModel()
        self._loaded = True
        self._total = max(0, int(self._count())) if self._count else self._page_size
        self._rows = list(self._fetch(0, self._page_size)) if self._total else []
        if len(self._rows) < self._page_size or not self._count:
            self._total = len(self._rows)
        self._more = len(self._rows) == self._page_size and (
            not self._count or self._total > len(self._rows)
        )
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) == (self.sort_column, self.sort_order):
            return
        self.sort_column, self.sort_order = column, order
        if self._loaded:
            self.reload()

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._total = len(self._rows)
        self._more = False
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        first = len(self._rows)
        more = list(self._fetch(first, self._page_size))
        if len(more) < self._page_size:
            self._total = first + len(more)  # the source shrank since the count
            self._more = False
        elif not self._count:
            self._total = first + len(more)
        else:
            self._more = first + len(more) < self._total
        if not more:
            return
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()
