"""The rows behind a figure, in a read-only table (opened by clicking a figure)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from station_app.services.stats import Drilldown
from station_app.ui.models.record_table import Column, RecordTableModel
from station_app.ui.widgets import make_table
from station_app.ui.window_fit import resize_within_screen


def _column(i: int, header: str, numeric: bool) -> Column[tuple[Any, ...]]:
    return Column[tuple[Any, ...]](header, lambda row: row[i], align_right=numeric)


class DrilldownTableModel(RecordTableModel[tuple[Any, ...]]):
    def __init__(self, drilldown: Drilldown, parent: Any = None) -> None:
        first = drilldown.rows[0] if drilldown.rows else ()
        columns = [
            _column(
                i,
                h,
                i < len(first) and isinstance(first[i], int) and not isinstance(first[i], bool),
            )
            for i, h in enumerate(drilldown.headers)
        ]
        super().__init__(columns, parent)
        self.set_rows(drilldown.rows)


class RecordsDialog(QDialog):
    def __init__(self, drilldown: Drilldown, period: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("%1 — 明细").replace("%1", drilldown.title))
        self.model = DrilldownTableModel(drilldown, self)
        self.view = make_table(self.model, self)
        self.view.resizeColumnsToContents()
        summary = QLabel(
            self.tr("%1　合计 %2　（%3 条记录）")
            .replace("%1", period)
            .replace("%2", str(drilldown.total))
            .replace("%3", str(len(drilldown.rows)))
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        resize_within_screen(self, 900, 520)

    @classmethod
    def ask(cls, drilldown: Drilldown, period: str, parent: QWidget | None = None) -> None:
        cls(drilldown, period, parent).exec()
