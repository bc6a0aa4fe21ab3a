"""规划沟通日: the employee meeting on the 12th of each of the next N months, in one step.

A 12th on a weekend or public holiday is shown with the reason and a suggested working day; the
clerk keeps the 12th or moves it, nothing is left out silently. Months that already have their
meeting are shown and not created again unless ticked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.services.meeting_planning import PlannedDay
from station_app.store.records import BuildingRecord, ClerkRecord
from station_app.ui.dialogs.meeting_dialog import day_edit, from_qdate
from station_app.ui.domain_text import domain_text, month_text, weekday_text
from station_app.ui.translatable import QT_TRANSLATE_NOOP
from station_app.ui.view_memory import fit_to_contents
from station_app.ui.window_fit import resize_within_screen

Replan = Callable[[int], list[PlannedDay]]
WARN = QColor("#fff4d6")


@dataclass(frozen=True)
class PlanChoice:
    """What to create: (date, moved off the 12th) per month, where, and who leads."""

    days: tuple[tuple[date, bool], ...]
    venue_id: int | None
    venue_detail: str
    host_id: int | None


class PlanDaysDialog(QDialog):
    COLUMNS = (
        QT_TRANSLATE_NOOP("PlanDaysDialog", "创建"),
        QT_TRANSLATE_NOOP("PlanDaysDialog", "月份"),
        QT_TRANSLATE_NOOP("PlanDaysDialog", "12日"),
        QT_TRANSLATE_NOOP("PlanDaysDialog", "提示"),
        QT_TRANSLATE_NOOP("PlanDaysDialog", "安排日期"),
    )

    def __init__(
        self,
        replan: Replan,
        *,
        buildings: Sequence[BuildingRecord],
        clerks: Sequence[ClerkRecord],
        months: int = 6,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._replan = replan
        self._plan: list[PlannedDay] = []
        self.setWindowTitle(self.tr("规划职工沟通日"))
        resize_within_screen(self, 720, 480)
        intro = QLabel(
            self.tr(
                "每月 12 日为职工沟通日（11:00–14:00）。遇周末、法定节假日或调休上班日的，"
                "已标出原因和建议日期，可保留 12 日或改到其他日期；"
                "尚不知道节假日安排的年份也会标出（文件 → 节假日与调休…）。"
            )
        )
        intro.setWordWrap(True)
        self.months_spin = QSpinBox()
        self.months_spin.setRange(1, 24)
        self.months_spin.setValue(months)
        self.months_spin.setSuffix(self.tr(" 个月"))
        self.venue_combo = QComboBox()
        self.venue_combo.addItem(self.tr("（未定）"), None)
        for b in buildings:
            self.venue_combo.addItem(b.name, b.id)
        self._lobbies = {b.id: b.lobby for b in buildings}
        if buildings:
            self.venue_combo.setCurrentIndex(1)
        self.host_combo = QComboBox()
        self.host_combo.addItem(self.tr("（未定）"), None)
        for c in clerks:
            self.host_combo.addItem(c.name, c.id)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("规划未来"), self.months_spin)
        form.addRow(self.tr("地点（楼宇）"), self.venue_combo)
        form.addRow(self.tr("负责人"), self.host_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("创建"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.months_spin.valueChanged.connect(self._fill)
        self._fill(months)

    def _reason(self, p: PlannedDay) -> str:
        """Why the 12th needs a look (the plan's ``reason``, worded in the window's language)."""
        parts = []
        if p.holiday:
            parts.append(self.tr("%1假期").replace("%1", domain_text(p.holiday)))
        if p.makeup:
            parts.append(self.tr("调休上班日"))
        if p.weekend:
            parts.append(weekday_text(p.day))
        if not p.known:
            parts.append(self.tr("%1 年节假日安排未知").replace("%1", str(p.day.year)))
        return self.tr("、").join(parts)

    def _fill(self, months: int) -> None:
        self._plan = self._replan(months)
        self.table.setRowCount(len(self._plan))
        for row, p in enumerate(self._plan):
            box = QCheckBox()
            box.setChecked(p.existing_id is None)
            box.toggled.connect(self._update_summary)
            self.table.setCellWidget(row, 0, box)
            self.table.setItem(row, 1, QTableWidgetItem(month_text(p.month.year, p.month.month)))
            self.table.setItem(row, 2, QTableWidgetItem(f"{p.day:%m-%d} {weekday_text(p.day)}"))
            hint = []
            if p.needs_attention and p.suggested:
                hint.append(
                    self.tr("12 日为%1，建议改到 %2（%3）")
                    .replace("%1", self._reason(p))
                    .replace("%2", f"{p.suggested:%m-%d}")
                    .replace("%3", weekday_text(p.suggested))
                )
            elif p.needs_attention:
                hint.append(self.tr("12 日：%1").replace("%1", self._reason(p)))
            if p.existing_id is not None:
                hint.append(self.tr("已有本月沟通日"))
            hint_item = QTableWidgetItem(self.tr("；").join(hint))
            self.table.setItem(row, 3, hint_item)
            edit = day_edit(p.suggested or p.day)
            self.table.setCellWidget(row, 4, edit)
            if p.needs_attention:
                for col in (1, 2, 3):
                    self.table.item(row, col).setBackground(QBrush(WARN))
            for col in (1, 2, 3):
                item = self.table.item(row, col)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        fit_to_contents(self.table)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._update_summary()

    def plan(self) -> list[PlannedDay]:
        return list(self._plan)

    def row_checkbox(self, row: int) -> QCheckBox:
        w = self.table.cellWidget(row, 0)
        assert isinstance(w, QCheckBox)
        return w

    def row_date_edit(self, row: int) -> QDateEdit:
        w = self.table.cellWidget(row, 4)
        assert isinstance(w, QDateEdit)
        return w

    def choice(self) -> PlanChoice:
        days = []
        for row, p in enumerate(self._plan):
            if self.row_checkbox(row).isChecked():
                d = from_qdate(self.row_date_edit(row).date())
                days.append((d, d != p.day))
        venue = self.venue_combo.currentData()
        return PlanChoice(
            days=tuple(days),
            venue_id=venue,
            venue_detail=self._lobbies.get(venue, ""),
            host_id=self.host_combo.currentData(),
        )

    def _update_summary(self) -> None:
        n = sum(self.row_checkbox(r).isChecked() for r in range(self.table.rowCount()))
        flagged = sum(p.needs_attention for p in self._plan)
        self.summary.setText(
            self.tr("将创建 %1 场；其中 %2 个月的 12 日遇周末或节假日。")
            .replace("%1", str(n))
            .replace("%2", str(flagged))
        )
        self.ok_button.setEnabled(n > 0)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        replan: Replan,
        *,
        buildings: Sequence[BuildingRecord],
        clerks: Sequence[ClerkRecord],
        months: int = 6,
    ) -> PlanChoice | None:
        dialog = cls(replan, buildings=buildings, clerks=clerks, months=months, parent=parent)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
