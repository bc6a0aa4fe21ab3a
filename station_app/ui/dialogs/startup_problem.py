"""The start-up message for a database that cannot be opened: what is wrong, in plain words,
and — when a backup exists — the offer to restore the latest one. The file itself is left as it
is unless the clerk chooses to restore (then it is kept in the backups folder first)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from station_app.paths import is_server

RESTORABLE = ("corrupt", "not_a_database", "unreadable")


class StartupProblemDialog(QDialog):
    RESTORE = "restore"
    QUIT = "quit"

    def __init__(
        self,
        kind: str,
        path: Path | str,
        message: str,
        latest_backup: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.choice = self.QUIT
        titles = {
            "corrupt": self.tr("数据库文件已损坏"),
            "not_a_database": self.tr("这不是本程序的数据库"),
            "newer_schema": self.tr("数据库来自更新版本的程序"),
            "read_only": self.tr("数据库文件是只读的"),
            "locked": self.tr("数据库正被另一个程序占用"),
            "already_running": self.tr("程序已经在运行"),
            "unreadable": self.tr("无法读取数据库文件"),
            "unwritable": self.tr("无法创建数据库文件"),
            "unreachable": self.tr("连接不上数据库服务器"),
            "bad_url": self.tr("数据库地址有误"),
        }
        advice = {
            "corrupt": self.tr("可以从最近的备份恢复；损坏的文件会先另存到备份文件夹。"),
            "not_a_database": self.tr("请确认选择的是 station.sqlite3 数据库文件。"),
            "newer_schema": self.tr("请安装最新版本的程序后再打开。"),
            "read_only": self.tr("请取消文件的“只读”属性，或把它复制到可写的文件夹。"),
            "locked": self.tr("请关闭占用它的程序（另一个 station-app 或数据库工具）后重试。"),
            "already_running": self.tr("请在任务栏中切换到已打开的窗口继续工作。"),
            "unreadable": self.tr("请检查文件的访问权限。"),
            "unwritable": self.tr("请检查文件夹是否存在并且可写。"),
            "unreachable": self.tr(
                "请检查网络和服务器是否开着，以及 pgpass 文件或系统钥匙串中的密码；"
                "也可以请管理员查看服务器。"
            ),
            "bad_url": self.tr("请改正启动参数 --db 或环境变量 STATION_APP_DB 中的地址。"),
        }
        self.setWindowTitle(self.tr("无法打开数据库"))
        self.setMinimumWidth(520)
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48)
        )
        self.title_label = QLabel(f"<b>{titles.get(kind, self.tr('无法打开数据库'))}</b>")
        self.message_label = QLabel(message)
        self.message_label.setWordWrap(True)
        self.advice_label = QLabel(advice.get(kind, ""))
        self.advice_label.setWordWrap(True)
        on_server = is_server(path)
        self.path_label = QLabel(
            (self.tr("服务器：") if on_server else self.tr("文件：")) + str(path)
        )
        self.path_label.setWordWrap(True)
        self.path_label.setStyleSheet("color: #555;")
        text = QVBoxLayout()
        text.addWidget(self.title_label)
        text.addWidget(self.message_label)
        text.addWidget(self.advice_label)
        text.addWidget(self.path_label)
        top = QHBoxLayout()
        top.addWidget(icon, 0)
        top.addLayout(text, 1)

        buttons = QDialogButtonBox()
        self.restore_button: QPushButton | None = None
        if latest_backup and kind in RESTORABLE:
            self.restore_button = buttons.addButton(
                self.tr("从最近的备份恢复（%1）").replace("%1", latest_backup),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
            self.restore_button.clicked.connect(self._on_restore)
        elif kind in RESTORABLE and not on_server:
            self.advice_label.setText(
                self.tr("备份文件夹中没有可用的备份。请不要删除这个文件，把它交给技术人员检查。")
            )
        self.quit_button = buttons.addButton(
            self.tr("退出"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.quit_button.clicked.connect(self.reject)
        (self.restore_button or self.quit_button).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)

    def _on_restore(self) -> None:
        self.choice = self.RESTORE
        self.accept()

    @classmethod
    def ask(
        cls,
        kind: str,
        path: Path | str,
        message: str,
        latest_backup: str | None = None,
        parent: QWidget | None = None,
    ) -> str:
        """``"restore"`` when the clerk chose the latest backup, else ``"quit"``."""
        dialog = cls(kind, path, message, latest_backup, parent)
        dialog.exec()
        return dialog.choice
