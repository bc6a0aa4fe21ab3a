"""现场入会: the member register with search (masked ID and phone)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from station_app.store import members as member_store
from station_app.ui.models.lists import MemberTableModel
from station_app.ui.widgets import make_table


class RegistrationTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("按姓名、身份证号码或手机号码查找"))
        self.search_edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.model = MemberTableModel(self)
        self.view = make_table(self.model, self)
        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.search_edit.textChanged.connect(self.refresh)

    def refresh(self) -> None:
        text = self.search_edit.text()
        rows = member_store.search_members(text, limit=500)
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("共 %n 人", "", member_store.count_members(text)))
        self.view.resizeColumnsToContents()
