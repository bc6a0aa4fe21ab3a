"""Asked when a person erased on their request comes back to register: only their new consent,
recorded by the clerk, lets the number in again."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from station_app.ui.dialogs.buttons import dialog_buttons


class RenewedConsentDialog(QDialog):
    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("已按本人要求删除"))
        self.setMinimumWidth(440)
        text = QLabel(
            self.tr(
                "“%1”曾按本人要求删除了个人信息，所以没有保存。\n"
                "只有本人这次重新同意工会使用其个人信息（已在申请书上签字）时，才能再次登记。"
            ).replace("%1", label)
        )
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(dialog_buttons(self, self.tr("本人重新同意，登记"), self.accept))

    @classmethod
    def ask(cls, label: str, parent: QWidget | None = None) -> bool:
        """True when the clerk records the person's new consent."""
        return cls(label, parent).exec() == QDialog.DialogCode.Accepted
