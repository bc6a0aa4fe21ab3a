"""文件 → 连接服务器…: the station server's address, a trial connection, and the choice kept for
the next start (the address in ui.ini, a typed password only in the system keyring)."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station_app.services import server_setup
from station_app.services.server_setup import ServerAddress

SETTING = "database/server"


def saved_server(settings: QSettings) -> str:
    """The server this desk was set up for ("" for the database file)."""
    return str(settings.value(SETTING, "") or "")


class ServerDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("连接服务器"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "几台电脑共用服务站的数据时，数据放在 PostgreSQL 服务器上。"
                "填写管理员给的地址，先测试连接，再保存；下次启动程序时连接到服务器。"
            )
        )
        intro.setWordWrap(True)
        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText(self.tr("例如 192.168.1.10"))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(5432)
        self.database_edit = QLineEdit("station")
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("留空：用 pgpass 文件或钥匙串中已存的密码"))
        self.ssl_combo = QComboBox()
        for mode, text in zip(
            server_setup.SSL_MODES,
            (self.tr("能加密就加密"), self.tr("必须加密"), self.tr("不加密")),
            strict=True,
        ):
            self.ssl_combo.addItem(text, mode)
        form = QFormLayout()
        form.addRow(self.tr("服务器地址"), self.host_edit)
        form.addRow(self.tr("端口"), self.port_spin)
        form.addRow(self.tr("数据库名"), self.database_edit)
        form.addRow(self.tr("用户名"), self.user_edit)
        form.addRow(self.tr("密码"), self.password_edit)
        form.addRow(self.tr("连接加密"), self.ssl_combo)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.test_button = QPushButton(self.tr("测试连接"))
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.clicked.connect(self.save)
        self.file_button = QPushButton(self.tr("改用本机数据库文件"))
        self.file_button.clicked.connect(self.use_file)
        buttons = QDialogButtonBox()
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        self.file_button.setVisible(bool(saved_server(settings)))  # after the box shows it
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self._load(saved_server(settings))

    def _load(self, url: str) -> None:
        if not url:
            return
        parts = urlsplit(url)
        self.host_edit.setText(parts.hostname or "")
        self.port_spin.setValue(parts.port or 5432)
        self.database_edit.setText(parts.path.strip("/"))
        self.user_edit.setText(parts.username or "")
        mode = "require" if "sslmode=require" in parts.query else "prefer"
        mode = "disable" if "sslmode=disable" in parts.query else mode
        self.ssl_combo.setCurrentIndex(server_setup.SSL_MODES.index(mode))

    def address(self) -> ServerAddress:
        return ServerAddress(
            host=self.host_edit.text().strip(),
            port=self.port_spin.value(),
            database=self.database_edit.text().strip(),
            user=self.user_edit.text().strip(),
            sslmode=str(self.ssl_combo.currentData()),
        )

    def _show(self, ok: bool, text: str) -> None:
        self.result_label.setStyleSheet("color: #1a7f37;" if ok else "color: #c62828;")
        self.result_label.setText(text)

    def _missing(self) -> bool:
        address = self.address()
        if address.host and address.database and address.user:
            return False
        self._show(False, self.tr("请填写服务器地址、数据库名和用户名。"))
        return True

    def test_connection(self) -> bool:
        if self._missing():
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = server_setup.try_connection(
                self.address().url(), self.password_edit.text() or None
            )
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show(result.ok, result.message)
        return result.ok

    def save(self) -> None:
        if not self.test_connection():
            return
        url = self.address().url()
        if self.password_edit.text():
            problem = server_setup.remember_password(url, self.password_edit.text())
            if problem:
                self._show(False, problem)
                return
        self._settings.setValue(SETTING, url)
        self._settings.sync()
        self.accept()

    def use_file(self) -> None:
        self._settings.remove(SETTING)
        self._settings.sync()
        self.accept()

    @classmethod
    def ask(cls, settings: QSettings, parent: QWidget | None = None) -> bool:
        """True when the clerk saved a server (or went back to the file)."""
        return cls(settings, parent).exec() == QDialog.DialogCode.Accepted
