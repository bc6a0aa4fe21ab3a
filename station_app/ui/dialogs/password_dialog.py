"""The clerk password: asked on start when one is set, and set or removed from the menu."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
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
    """Asks for the password until it is right (at most ``attempts`` times): the encrypted
    database's, or the window's."""

    def __init__(
        self,
        check: Callable[[str], bool],
        attempts: int = 5,
        parent: QWidget | None = None,
        *,
        encrypted: bool = False,
    ) -> None:
        super().__init__(parent)
        self._check = check
        self._left = attempts
        self.setMinimumWidth(400)
        self.setWindowTitle(self.tr("请输入数据库密码") if encrypted else self.tr("请输入开机密码"))
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel(
            self.tr("数据库文件已加密，请输入密码。忘记密码无法找回，只能从加密之前的备份恢复。")
            if encrypted
            else self.tr(
                "请输入开机密码。这个密码只在打开窗口时询问：数据库文件没有加密，"
                "命令行和其他程序不用密码也能读出其中的姓名和证件号码。"
            )
        )
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
    def ask(
        cls, check: Callable[[str], bool], parent: QWidget | None = None, *, encrypted: bool = False
    ) -> bool:
        return cls(check, parent=parent, encrypted=encrypted).exec() == QDialog.DialogCode.Accepted


class SetPasswordDialog(QDialog):
    """Set the password: encrypting the database file (recommended), or asked only when the
    window opens; for an encrypted file, change the password or take the encryption off."""

    def __init__(self, encrypted: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._encrypted = encrypted
        self.setWindowTitle(self.tr("更换数据库密码") if encrypted else self.tr("设置密码"))
        self.first = QLineEdit()
        self.second = QLineEdit()
        for e in (self.first, self.second):
            e.setEchoMode(QLineEdit.EchoMode.Password)
        self.encrypt_check = QCheckBox(self.tr("加密数据库文件（推荐）"))
        self.encrypt_check.setChecked(True)
        self.encrypt_check.setVisible(not encrypted)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #b3261e;")
        form = QFormLayout()
        form.addRow(self.tr("新密码"), self.first)
        form.addRow(self.tr("再输入一次"), self.second)
        buttons = dialog_buttons(self, self.tr("确定"), self._on_accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.encrypt_check)
        layout.addLayout(form)
        layout.addWidget(self.explain)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.encrypt_check.toggled.connect(self._on_mode)
        self._on_mode()

    def _on_mode(self) -> None:
        forgotten = self.tr(
            "忘记密码就再也打不开这个数据库：密码不保存在任何地方，也无法找回，"
            "只能从加密之前做的（未加密的）备份恢复。请把密码写下来，存放在安全的地方。"
        )
        if self._encrypted:
            text = self.tr("留空并确定即取消加密（数据库文件恢复为不加密）。\n%1").replace(
                "%1", forgotten
            )
        elif self.encrypt_check.isChecked():
            text = self.tr(
                "加密后，数据库文件、以后的备份和活动电脑的副本没有密码都打不开，"
                "别的程序读不出其中的姓名和证件号码；每个命令也要输入密码"
                "（脚本可用环境变量 STATION_APP_PASSWORD）。\n%1"
            ).replace("%1", forgotten)
        else:
            text = self.tr(
                "不加密时，这个密码只在打开窗口时询问：数据库文件本身没有加密，"
                "命令行和其他程序（例如 sqlite3）不用密码也能读出其中的姓名和证件号码。"
                "留空并确定即取消开机密码。"
            )
        self.explain.setText(text)

    def _on_accept(self) -> None:
        if self.first.text() != self.second.text():
            self.hint.setText(self.tr("两次输入的密码不一样，请重新输入。"))
            self.second.clear()
            self.second.setFocus()
            return
        if not self.first.text() and self.encrypt_check.isChecked() and not self._encrypted:
            self.hint.setText(self.tr("加密需要一个密码。"))
            self.first.setFocus()
            return
        self.accept()

    @property
    def encrypt(self) -> bool:
        return self._encrypted or self.encrypt_check.isChecked()

    @classmethod
    def ask(cls, encrypted: bool, parent: QWidget | None = None) -> tuple[str, bool] | None:
        """(the new password, whether the file is to be encrypted), or None when cancelled;
        an empty password removes the window password or the encryption."""
        dialog = cls(encrypted, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.first.text(), dialog.encrypt
