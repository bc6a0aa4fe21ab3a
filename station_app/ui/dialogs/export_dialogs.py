"""Questions asked before an export: where to save, and whether full values are really wanted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from station_app.ui.dialogs.confirm import confirm


class SaveExportDialog:
    @classmethod
    def ask(cls, suggested: str, parent: QWidget | None = None) -> Path | None:
        title = QCoreApplication.translate("ExportDialogs", "导出到 Excel")
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, "Excel (*.xlsx)")
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")


class ConfirmFullValues:
    @classmethod
    def ask(cls, parent: QWidget | None = None) -> bool:
        return confirm(
            parent,
            QCoreApplication.translate("ExportDialogs", "导出完整个人信息"),
            QCoreApplication.translate(
                "ExportDialogs", "导出的文件将包含完整的身份证号码和手机号码。"
            ),
            details=QCoreApplication.translate(
                "ExportDialogs",
                "这些是受《个人信息保护法》保护的个人信息：请只在确有需要时导出，妥善保管文件，"
                "用完及时删除。本次导出将记入审计日志。\n\n确定导出完整信息吗？",
            ),
            yes=QCoreApplication.translate("ConfirmFullValues", "导出完整信息"),
            no=QCoreApplication.translate("ConfirmFullValues", "不导出"),
            risky=True,
        )
