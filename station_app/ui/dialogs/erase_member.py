"""Confirm erasing a member's personal data at their request (PIPL), with the reason."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from station_app.ui.dialogs.buttons import dialog_buttons


class EraseMemberDialog(QDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("删除个人信息"))
        self.setMinimumWidth(440)
        self.text_label = text = QLabel(
            self.tr(
                "将删除“%1”的姓名、身份证号码、手机号码等全部个人信息。\n"
                "入会时间和所属沟通会保留，统计数字不变。此操作不能撤销。"
            ).replace("%1", name)
        )
        text.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("删除原因（必填），例如：本人书面申请"))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.reason_edit)
        layout.addWidget(dialog_buttons(self, self.tr("删除"), self._on_accept))
        self.reason_edit.setFocus()

    def _on_accept(self) -> None:
        if not self.reason_edit.text().strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("请填写删除原因。"))
            return
        self.accept()

    @classmethod
    def ask(cls, name: str, parent: QWidget | None = None) -> str | None:
        """The reason, or None when the clerk changes their mind."""
        dlg = cls(name, parent)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return dlg.reason_edit.text().strip()
