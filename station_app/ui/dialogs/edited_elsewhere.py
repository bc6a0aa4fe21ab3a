"""Asked when a correction is saved after another desk saved the same record: the clerk sees
what the other desk changed and chooses whose version stays."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget


class EditedElsewhereDialog(QDialog):
    MINE = "mine"
    THEIRS = "theirs"

    def __init__(self, name: str, fields: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: str | None = None
        self.setWindowTitle(self.tr("这条登记刚被别人改过"))
        self.setMinimumWidth(460)
        changed = "、".join(fields) if fields else self.tr("（内容相同，只是保存过）")
        self.text = QLabel(
            self.tr(
                "在您修改“%1”的登记时，另一位工作人员（另一台电脑）已经保存了对它的修改：\n"
                "%2\n\n"
                "载入对方的修改：放弃您这次的改动，表单显示对方保存的内容。\n"
                "用我的内容保存：您表单上的内容覆盖对方的修改。"
            )
            .replace("%1", name)
            .replace("%2", changed)
        )
        self.text.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.theirs_button = QPushButton(self.tr("载入对方的修改"))
        self.mine_button = QPushButton(self.tr("用我的内容保存"))
        self.cancel_button = QPushButton(self.tr("取消"))
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.theirs_button.clicked.connect(lambda: self._choose(self.THEIRS))
        self.mine_button.clicked.connect(lambda: self._choose(self.MINE))
        self.cancel_button.clicked.connect(self.reject)
        self.theirs_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, name: str, fields: list[str], parent: QWidget | None = None) -> str | None:
        """``"mine"``, ``"theirs"``, or None when the clerk cancels (the form stays as it is)."""
        dialog = cls(name, fields, parent)
        dialog.exec()
        return dialog.choice
