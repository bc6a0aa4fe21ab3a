"""统计: the station's five figures (and the rest) for a chosen period."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from station_app.domain.terms import MeetingKind
from station_app.services.stats import PeriodFigures, period_figures


def _month_end(d: date) -> date:
    nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)


class StatsTab(QWidget):
    FIGURES = (
        ("meetings_held", "召开沟通会（场）"),
        ("consultations", "接待职工咨询（人次）"),
        ("onsite_joins", "现场入会（人）"),
        ("non_unionized_attended", "参会未建会企业（家）"),
        ("intentions", "达成建会意向（家）"),
        ("unions_founded", "新建工会（家）"),
        ("feedback_received", "收集意见建议（条）"),
        ("feedback_answered", "已答复意见建议（条）"),
        ("hand_outs", "发放礼品/慰问品（份）"),
    )

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._today = today or date.today()
        self.period = QComboBox()
        self.period.addItem(self.tr("本月"), "month")
        self.period.addItem(self.tr("本季度"), "quarter")
        self.period.addItem(self.tr("本年"), "year")
        self.period_label = QLabel()
        self.value_labels: dict[str, QLabel] = {}
        box = QGroupBox(self.tr("主要数据"))
        grid = QGridLayout(box)
        for i, (key, title) in enumerate(self.FIGURES):
            value = QLabel("0")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setStyleSheet("font-size: 20px; font-weight: bold;")
            self.value_labels[key] = value
            grid.addWidget(QLabel(title), i, 0)
            grid.addWidget(value, i, 1)
        self.kind_box = QGroupBox(self.tr("按类型"))
        kind_grid = QGridLayout(self.kind_box)
        self.kind_labels: dict[str, QLabel] = {}
        for i, kind in enumerate(MeetingKind):
            lab = QLabel("0")
            lab.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.kind_labels[kind.value] = lab
            kind_grid.addWidget(QLabel(kind.label), i, 0)
            kind_grid.addWidget(lab, i, 1)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("统计期间")))
        bar.addWidget(self.period)
        bar.addWidget(self.period_label)
        bar.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(box, 2)
        row.addWidget(self.kind_box, 1, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(row)
        layout.addStretch(1)
        self.period.currentIndexChanged.connect(self.refresh)

    def period_range(self) -> tuple[date, date]:
        t = self._today
        kind = self.period.currentData()
        if kind == "year":
            return date(t.year, 1, 1), date(t.year, 12, 31)
        if kind == "quarter":
            first = (t.month - 1) // 3 * 3 + 1
            return date(t.year, first, 1), _month_end(date(t.year, first + 2, 1))
        return t.replace(day=1), _month_end(t)

    def figures(self) -> PeriodFigures:
        return period_figures(*self.period_range())

    def refresh(self) -> None:
        start, end = self.period_range()
        figs = period_figures(start, end)
        self.period_label.setText(f"{start:%Y-%m-%d} 至 {end:%Y-%m-%d}")
        for key, label in self.value_labels.items():
            label.setText(str(getattr(figs, key)))
        for kind, label in self.kind_labels.items():
            label.setText(str(figs.meetings_by_kind.get(kind, 0)))
