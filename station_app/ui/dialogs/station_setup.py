"""Asked once on first start: the station's own details and its clerks."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from station_app.store.records import StationSettings
from station_app.ui.dialogs.buttons import dialog_buttons


class StationSetupDialog(QDialog):
    def __init__(
        self, current: StationSettings, clerks: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("服务站设置"))
        self.setMinimumWidth(480)
        intro = QLabel(self.tr("请填写本服务站的信息。站名会印在每一份入会申请表上。"))
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(current.name)
        self.name_edit.setPlaceholderText(self.tr("例如：酒仙桥街道工会服务站"))
        self.street_edit = QLineEdit(current.street)
        self.street_edit.setPlaceholderText(self.tr("例如：酒仙桥街道"))
        self.federation_edit = QLineEdit(current.district_federation)
        self.federation_edit.setPlaceholderText(self.tr("例如：朝阳区总工会"))
        self.address_edit = QLineEdit(current.address)
        self.phone_edit = QLineEdit(current.phone)
        self.clerks_edit = QPlainTextEdit("\n".join(clerks))
        self.clerks_edit.setPlaceholderText(self.tr("每行一位经办人姓名"))
        self.clerks_edit.setTabChangesFocus(True)
        self.clerks_edit.setFixedHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("服务站名称 *"), self.name_edit)
        form.addRow(self.tr("所在街道"), self.street_edit)
        form.addRow(self.tr("上级总工会"), self.federation_edit)
        form.addRow(self.tr("地址"), self.address_edit)
        form.addRow(self.tr("联系电话"), self.phone_edit)
        form.addRow(self.tr("经办人 *"), self.clerks_edit)
        buttons = dialog_buttons(self, self.tr("保存"), self._on_accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def settings(self) -> StationSettings:
        return StationSettings(
            name=self.name_edit.text().strip(),
            street=self.street_edit.text().strip(),
            district_federation=self.federation_edit.text().strip(),
            address=self.address_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
        )

    def clerks(self) -> list[str]:
        return [n.strip() for n in self.clerks_edit.toPlainText().splitlines() if n.strip()]

    def _on_accept(self) -> None:
        if not self.name_edit.text().strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("请填写服务站名称。"))
            self.name_edit.setFocus()
            return
        if not self.clerks():
            QMessageBox.warning(self, self.windowTitle(), self.tr("请至少填写一位经办人。"))
            self.clerks_edit.setFocus()
            return
        self.accept()

    @classmethod
    def ask(
        cls, current: StationSettings, clerks: list[str], parent: QWidget | None = None
    ) -> tuple[StationSettings, list[str]] | None:
        dlg = cls(current, clerks, parent)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return dlg.settings(), dlg.clerks()
