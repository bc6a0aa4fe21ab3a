"""企业跟进: the registry of enterprises with their stage and next follow-up."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from station_app.store import enterprises as enterprise_store
from station_app.store import station as station_store
from station_app.ui.models.lists import EnterpriseTableModel
from station_app.ui.widgets import make_table


class EnterprisesTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("按企业名称或统一社会信用代码查找"))
        self.search_edit.setClearButtonEnabled(True)
        self.stage_filter = QComboBox()
        self.count_label = QLabel()
        self.model = EnterpriseTableModel(self)
        self.view = make_table(self.model, self)
        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(QLabel(self.tr("阶段")))
        bar.addWidget(self.stage_filter)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.search_edit.textChanged.connect(self.refresh)
        self.stage_filter.currentIndexChanged.connect(self.refresh)

    def _fill_stages(self) -> None:
        current = self.stage_filter.currentData()
        self.stage_filter.blockSignals(True)
        self.stage_filter.clear()
        self.stage_filter.addItem(self.tr("全部阶段"), None)
        for st in station_store.list_stages():
            self.stage_filter.addItem(st.name, st.id)
        idx = self.stage_filter.findData(current)
        self.stage_filter.setCurrentIndex(max(idx, 0))
        self.stage_filter.blockSignals(False)

    def refresh(self) -> None:
        if self.stage_filter.count() == 0:
            self._fill_stages()
        rows = enterprise_store.list_enterprises(
            self.search_edit.text(), stage_id=self.stage_filter.currentData()
        )
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("共 %n 家", "", len(rows)))
        self.view.resizeColumnsToContents()
