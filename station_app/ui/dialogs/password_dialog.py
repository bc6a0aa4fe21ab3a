"""The clerk password: asked on start when one is set, and set or removed from the menu."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from station_app.ui.dialogs.buttons import dialog_buttons


class UnlockDialog(QDialog):
    """Asks for the password until it is right (at most ``attempts`` times)."""

    def __init__(
        self, check: Callable[[str], bool], attempts: int = 5, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._check = check
        self._left = attempts
        self.setWindowTitle(self.tr("请输入开机密码"))
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel(self.tr("本机的会员登记含有身份证号码，打开前请输入密码。"))
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("打开"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("密码"), self.edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _on_accept(self) -> None:
        if self._check(self.edit.text()):
            self.accept()
            return
        self._left -= 1
        if self._left <= 0:
            self.reject()
            return
        self.hint.setText(self.tr("密码不对，还可以再试 %1 次。").replace("%1", str(self._left)))
        self.edit.selectAll()
        self.edit.setFocus()

    @classmethod
    def ask(cls, check: Callable[[str], bool], parent: QWidget | None = None) -> bool:
        return cls(check, parent=parent).exec() == QDialog.DialogCode.Accepted


class SetPasswordDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("设置开机密码"))
        self.first = QLineEdit()
        self.second = QLineEdit()
        for e in (self.first, self.second):
            e.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel(self.tr("留空并确定即取消开机密码。"))
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("新密码"), self.first)
        form.addRow(self.tr("再输入一次"), self.second)
        buttons = dialog_buttons(self, self.tr("确定"), self._on_accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)

    def _on_accept(self) -> None:
        if self.first.text() != self.second.text():
            self.hint.setText(self.tr("两次输入的密码不一样，请重新输入。"))
            self.second.clear()
            self.second.setFocus()
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> str | None:
        """The new password ("" to remove it), or None when cancelled."""
        dialog = cls(parent)
        return dialog.first.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
