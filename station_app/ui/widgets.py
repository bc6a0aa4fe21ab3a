"""Small widgets shared by the tabs."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from station_app.ui.domain_text import domain_text
from station_app.ui.models.record_table import Column, RecordTableModel, header_text
from station_app.ui.view_memory import FIT_ROWS


def make_table(
    model: RecordTableModel, parent: QWidget | None = None, *, sortable: bool = True
) -> QTableView:
    """A read-only, row-selecting table with sensible widths; sorting through a proxy."""
    view = QTableView(parent)
    if sortable:
        proxy = QSortFilterProxyModel(view)
        proxy.setSourceModel(model)
        proxy.setSortRole(RecordTableModel.SortRole)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    else:
        view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setResizeContentsPrecision(FIT_ROWS)  # also a double-click on a column's edge
    return view


def selected_record(view: QTableView) -> object | None:
    idx = view.currentIndex()
    if not idx.isValid():
        return None
    return view.model().data(idx, RecordTableModel.RecordRole)


def make_lazy_table(model: RecordTableModel, parent: QWidget | None = None) -> QTableView:
    """A table over a model that reads pages from the database: a click on a header asks the
    model itself to sort (in SQL), since a proxy would only sort the rows read so far."""
    view = make_table(model, parent, sortable=False)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    return view


def fit_columns(view: QTableView, columns: Sequence[Column]) -> None:  # type: ignore[type-arg]
    """Size columns from their headers and width samples, without reading any rows."""
    metrics = view.fontMetrics()
    header = view.horizontalHeader()
    for i, column in enumerate(columns):
        samples = (
            header_text(column.header),
            column.width_sample,
            domain_text(column.width_sample),
        )
        text = max(samples, key=metrics.horizontalAdvance)
        header.resizeSection(i, metrics.horizontalAdvance(text) + 16)
