"""Shown before a second record of the same person could be saved: open the existing one instead."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.store.records import MemberListRow
from station_app.ui.models.lists import MemberTableModel
from station_app.ui.widgets import make_table


class DuplicateDialog(QDialog):
    def __init__(
        self, existing: list[MemberListRow], same_id: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("此人已登记"))
        self.setMinimumWidth(620)
        if same_id:
            text = self.tr("该身份证号码已经登记过，不能再登记一次。要打开已有的记录吗？")
        else:
            text = self.tr(
                "已有姓名和手机号码都相同的会员，可能是同一个人（身份证号码录错了？）。"
                "要打开已有的记录核对吗？"
            )
        message = QLabel(text)
        message.setWordWrap(True)
        self.model = MemberTableModel(self)
        self.model.set_rows(existing)
        view = make_table(self.model, self, sortable=False)
        view.setMinimumHeight(26 * (min(len(existing), 5) + 1) + 6)
        view.resizeColumnsToContents()
        buttons = QDialogButtonBox()
        self.open_button = QPushButton(self.tr("打开已有记录"))
        self.open_button.setDefault(True)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("返回修改"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(view)
        layout.addWidget(buttons)

    @classmethod
    def ask(
        cls, existing: list[MemberListRow], same_id: bool, parent: QWidget | None = None
    ) -> str:
        """ "open" to open ``existing[0]`` in the form, "cancel" to go back to the form."""
        dialog = cls(existing, same_id, parent)
        return "open" if dialog.exec() == QDialog.DialogCode.Accepted else "cancel"
