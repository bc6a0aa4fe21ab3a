"""文件 → 节假日与调休…: the station types in a year's holiday arrangement (the State Council's
notice) when the holiday library does not know the year yet."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from station_app.domain.errors import ValidationError
from station_app.domain.holidays import CalendarEntry, DayKind
from station_app.services import holidays
from station_app.ui.dialogs.buttons import dialog_buttons
from station_app.ui.dialogs.meeting_dialog import day_edit, from_qdate
from station_app.ui.dialogs.record_list import error_label
from station_app.ui.domain_text import domain_text
from station_app.ui.translatable import QT_TRANSLATE_NOOP
from station_app.ui.view_memory import fit_to_contents
from station_app.ui.window_fit import resize_within_screen


class HolidayDialog(QDialog):
    COLUMNS = (
        QT_TRANSLATE_NOOP("HolidayDialog", "日期"),
        QT_TRANSLATE_NOOP("HolidayDialog", "类型"),
        QT_TRANSLATE_NOOP("HolidayDialog", "节日名称"),
    )

    def __init__(self, today: date, clerk: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clerk = clerk
        self.setWindowTitle(self.tr("节假日与调休"))
        resize_within_screen(self, 560, 480)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        first_unknown = next(y for y in range(today.year, 2101) if not holidays.library_knows(y))
        self.year_spin.setValue(first_unknown)
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("添加一天"))
        self.remove_button = QPushButton(self.tr("删除所选"))
        self.error_label = error_label()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年份")))
        top.addWidget(self.year_spin)
        top.addStretch(1)
        rows = QHBoxLayout()
        rows.addWidget(self.add_button)
        rows.addWidget(self.remove_button)
        rows.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.source_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(rows)
        layout.addWidget(self.error_label)
        layout.addWidget(dialog_buttons(self, self.tr("保存"), self._on_save))
        self.year_spin.valueChanged.connect(self._load)
        self.add_button.clicked.connect(lambda: self.add_row(date(self.year_spin.value(), 1, 1)))
        self.remove_button.clicked.connect(self._on_remove)
        self._load(self.year_spin.value())

    def _load(self, year: int) -> None:
        known = holidays.library_knows(year)
        self.source_label.setText(
            self.tr("%1 年的安排已由节假日库提供；这里录入的日期会覆盖库中同一天的安排。")
            if known
            else self.tr(
                "节假日库还不知道 %1 年的安排：请按国务院办公厅通知录入放假日期和调休上班日。"
                "未录入前，该年的沟通会日期只按周末判断，并会提示“安排尚未录入”。"
            ).replace("%1", str(year))
        )
        self.table.setRowCount(0)
        for e in holidays.year_entries(year):
            self.add_row(e.day, e.kind, e.name)

    def add_row(self, day: date, kind: DayKind = DayKind.HOLIDAY, name: str = "") -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        edit = day_edit(day)
        combo = QComboBox()
        for k, label in holidays.KIND_LABELS.items():
            combo.addItem(domain_text(label), k.value)
        combo.setCurrentIndex(max(0, combo.findData(kind.value)))
        self.table.setCellWidget(row, 0, edit)
        self.table.setCellWidget(row, 1, combo)
        self.table.setCellWidget(row, 2, QLineEdit(name))
        fit_to_contents(self.table)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        return row

    def entries(self) -> list[CalendarEntry]:
        out = []
        for row in range(self.table.rowCount()):
            edit, combo, name = (self.table.cellWidget(row, c) for c in range(3))
            assert isinstance(edit, QDateEdit) and isinstance(combo, QComboBox)
            assert isinstance(name, QLineEdit)
            out.append(
                CalendarEntry(from_qdate(edit.date()), DayKind(combo.currentData()), name.text())
            )
        return out

    def _on_remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def _on_save(self) -> None:
        try:
            holidays.save_year(self.year_spin.value(), self.entries(), clerk=self._clerk)
        except ValidationError as exc:
            self.error_label.setText(exc.message)
            return
        self.accept()

    @classmethod
    def ask(cls, today: date, clerk: str, parent: QWidget | None = None) -> bool:
        dialog = cls(today, clerk, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
