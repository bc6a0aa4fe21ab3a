"""The selected meeting: its details, figures, preparation checklist (tickable) and attendance.

Signals:
    checklist_toggled(int, bool): a checklist item id and its new state.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.domain.terms import MeetingKind, MeetingStatus
from station_app.store.records import (
    AttendanceRecord,
    ChecklistItemRecord,
    MeetingRecord,
)
from station_app.ui.domain_text import day_text, domain_text
from station_app.ui.models.lists import AttendanceTableModel
from station_app.ui.widgets import make_table


class MeetingDetail(QWidget):
    checklist_toggled = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel()
        self.title_label.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.title_label.setWordWrap(True)
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        self.info_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.figures_box = QGroupBox(self.tr("数据（由记录自动统计）"))
        self.figures_grid = QGridLayout(self.figures_box)
        self.figure_labels: dict[str, QLabel] = {}
        self.checklist = QListWidget()
        self.checklist.setMaximumHeight(150)
        self.attendance_model = AttendanceTableModel(self)
        self.attendance = make_table(self.attendance_model, self, sortable=False)
        self.attendance.setObjectName("meeting_attendance")
        header = self.attendance.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the enterprise's name
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.empty_label = QLabel(self.tr("在左侧选择一场沟通会查看详情。"))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # before a meeting is chosen: the next one and what waits to be recorded
        self.overview_label = QLabel()
        self.overview_label.setWordWrap(True)
        self.overview_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.title_label)
        body.addWidget(self.info_label)
        body.addWidget(self.figures_box)
        body.addWidget(QLabel(self.tr("筹备清单")))
        body.addWidget(self.checklist)
        body.addWidget(QLabel(self.tr("企业参会及结果")))
        body.addWidget(self.attendance, 1)
        body.addWidget(self.notes_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.overview_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.body, 1)
        self.checklist.itemChanged.connect(self._on_item_changed)
        self.show_meeting(None)

    def show_overview(self, next_meeting: MeetingRecord | None, days_to_go: int, due: int) -> None:
        """What the pane says before a meeting is chosen: the next meeting and how far off it
        is, and how many past meetings wait to be recorded."""
        lines = []
        if next_meeting is not None:
            m = next_meeting
            start = f" {m.start_time:%H:%M}" if m.start_time else ""
            when = (
                self.tr("今天")
                if days_to_go == 0
                else self.tr("还有 %1 天").replace("%1", str(days_to_go))
            )
            lines.append(
                self.tr("下一场沟通会：%1（%2）")
                .replace("%1", f"{day_text(m.date)}{start}")
                .replace("%2", when)
            )
            lines.append(
                self.tr("%1 · %2 · 负责人 %3")
                .replace("%1", domain_text(MeetingKind(m.kind).label))
                .replace("%2", m.venue_name or self.tr("地点未定"))
                .replace("%3", m.host_name or self.tr("未定"))
            )
        else:
            lines.append(self.tr("还没有安排中的沟通会：点“新建沟通会”或“规划沟通日”。"))
        if due:
            lines.append(
                self.tr("待补录：%1 场沟通会已过日期，尚未标记已召开。").replace("%1", str(due))
            )
        lines += ["", self.empty_label.text()]
        self.overview_label.setText("\n".join(lines))
        chosen = self.body.isVisibleTo(self)
        self.overview_label.setVisible(not chosen)
        self.empty_label.setVisible(False)

    def show_meeting(
        self,
        m: MeetingRecord | None,
        *,
        figures: tuple[tuple[str, int], ...] = (),
        checklist: list[ChecklistItemRecord] | None = None,
        attendance: list[AttendanceRecord] | None = None,
        twin: MeetingRecord | None = None,
    ) -> None:
        self.body.setVisible(m is not None)
        overview = bool(self.overview_label.text())
        self.empty_label.setVisible(m is None and not overview)
        self.overview_label.setVisible(m is None and overview)
        if m is None:
            return
        kind = MeetingKind(m.kind)
        self.title_label.setText(m.title or domain_text(kind.label))
        span = f"{m.start_time:%H:%M}–{m.end_time:%H:%M}" if m.start_time and m.end_time else ""
        venue = " ".join(p for p in (m.venue_name, m.venue_detail) if p) or self.tr("（未定）")
        lines = [
            f"{day_text(m.date)} {span}",
            self.tr("类型：%1").replace("%1", domain_text(kind.label)),
            self.tr("地点：%1").replace("%1", venue),
            self.tr("负责人：%1").replace("%1", m.host_name or self.tr("（未定）")),
            self.tr("状态：%1").replace("%1", domain_text(MeetingStatus(m.status).label)),
        ]
        if twin is not None:
            lines.append(
                self.tr("错时场次：%1（%2）")
                .replace("%1", day_text(twin.date))
                .replace("%2", domain_text(MeetingStatus(twin.status).label))
            )
        self.info_label.setText("\n".join(lines))
        self._fill_figures(figures)
        self.checklist.blockSignals(True)
        self.checklist.clear()
        for c in checklist or []:
            item = QListWidgetItem(domain_text(c.item))
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if c.done else Qt.CheckState.Unchecked)
            self.checklist.addItem(item)
        self.checklist.blockSignals(False)
        self.attendance_model.set_rows(attendance or [])
        self.notes_label.setText(self.tr("备注：%1").replace("%1", m.notes) if m.notes else "")

    def _fill_figures(self, figures: tuple[tuple[str, int], ...]) -> None:
        while self.figures_grid.count():
            item = self.figures_grid.takeAt(0)
            w = item.widget()
            if w is not None:
                w.hide()
                w.setParent(None)
                w.deleteLater()
        self.figure_labels = {}
        for i, (label, value) in enumerate(figures):
            r, c = divmod(i, 2)
            name = QLabel(domain_text(label))
            val = QLabel(str(value))
            val.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            val.setStyleSheet("font-size: 15px; font-weight: bold;")
            self.figures_grid.addWidget(name, r, c * 2)
            self.figures_grid.addWidget(val, r, c * 2 + 1)
            self.figure_labels[label] = val

    def figure(self, label: str) -> int:
        return int(self.figure_labels[label].text())

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        self.checklist_toggled.emit(
            int(item.data(Qt.ItemDataRole.UserRole)),
            item.checkState() == Qt.CheckState.Checked,
        )
