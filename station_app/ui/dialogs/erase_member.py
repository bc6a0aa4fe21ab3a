"""Confirm erasing a member's personal data at their request (PIPL), with the reason."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from station_app.ui.dialogs.buttons import dialog_buttons


class EraseMemberDialog(QDialog):
    def __init__(
        self, name: str, older_backups: Sequence[str] = (), parent: QWidget | None = None
    ) -> None:
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
        self.backups_label = QLabel(self._backups_text(older_backups))
        self.backups_label.setWordWrap(True)
        self.backups_label.setVisible(bool(older_backups))
        layout.addWidget(self.backups_label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(dialog_buttons(self, self.tr("删除"), self._on_accept))
        self.reason_edit.setFocus()

    def _backups_text(self, older: Sequence[str]) -> str:
        shown = "\n".join(f"  · {b}" for b in older[:8])
        more = (
            self.tr("\n  …另有 %1 份").replace("%1", str(len(older) - 8)) if len(older) > 8 else ""
        )
        return (
            self.tr(
                "备份文件夹中有 %1 份更早的备份，仍含有此人的信息，删除不会改变它们：\n%2%3\n"
                "处理方法：自动备份按保留规则陆续删除（最迟 12 个月）；手动备份和恢复前的副本"
                "半年后删除（每种留最新一份），要更早删除请在备份文件夹中删除。从这些备份恢复后，"
                "程序会再次删除此人（删除记录随当前数据库保留）。复制到 U 盘等处的备份请一并处理。"
            )
            .replace("%1", str(len(older)))
            .replace("%2", shown)
            .replace("%3", more)
        )

    def _on_accept(self) -> None:
        if not self.reason_edit.text().strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("请填写删除原因。"))
            return
        self.accept()

    @classmethod
    def ask(
        cls, name: str, parent: QWidget | None = None, *, older_backups: Sequence[str] = ()
    ) -> str | None:
        """The reason, or None when the clerk changes their mind. ``older_backups`` are the
        backups that still hold the person's data, listed with how to handle them."""
        dlg = cls(name, older_backups, parent)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return dlg.reason_edit.text().strip()
