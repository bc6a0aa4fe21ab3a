"""沟通会: upcoming meetings first (next 90 days), then past ones, with filters."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from station_app.domain.terms import MeetingKind, MeetingStatus
from station_app.store import meetings as meeting_store
from station_app.ui.models.lists import MeetingTableModel
from station_app.ui.widgets import make_table


class MeetingsTab(QWidget):
    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._today = today or date.today()
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("全部类型"), None)
        for kind in MeetingKind:
            self.kind_filter.addItem(kind.label, kind.value)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("全部状态"), None)
        for st in MeetingStatus:
            self.status_filter.addItem(st.label, st.value)
        self.upcoming_model = MeetingTableModel(self)
        self.past_model = MeetingTableModel(self)
        self.upcoming_view = make_table(self.upcoming_model, self)
        self.past_view = make_table(self.past_model, self)
        self.upcoming_label = QLabel()
        self.past_label = QLabel()

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("类型")))
        bar.addWidget(self.kind_filter)
        bar.addWidget(QLabel(self.tr("状态")))
        bar.addWidget(self.status_filter)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.upcoming_label)
        layout.addWidget(self.upcoming_view, 1)
        layout.addWidget(self.past_label)
        layout.addWidget(self.past_view, 2)
        self.kind_filter.currentIndexChanged.connect(self.refresh)
        self.status_filter.currentIndexChanged.connect(self.refresh)

    def refresh(self) -> None:
        kind = self.kind_filter.currentData()
        status = self.status_filter.currentData()
        upcoming = meeting_store.list_meetings(
            start=self._today, end=self._today + timedelta(days=90), kind=kind, status=status
        )
        past = meeting_store.list_meetings(
            end=self._today - timedelta(days=1), kind=kind, status=status, descending=True
        )
        self.upcoming_model.set_rows(upcoming)
        self.past_model.set_rows(past)
        self.upcoming_label.setText(self.tr("近期沟通会（未来 90 天）：%n 场", "", len(upcoming)))
        self.past_label.setText(self.tr("往期沟通会：%n 场", "", len(past)))
        for view in (self.upcoming_view, self.past_view):
            view.resizeColumnsToContents()
