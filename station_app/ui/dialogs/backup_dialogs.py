"""Choosing where to back up to, and which backup to restore."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.services.backup import BackupFile
from station_app.ui.translatable import QT_TRANSLATE_NOOP

FILTER = QT_TRANSLATE_NOOP("BackupDialogs", "SQLite 数据库 (*.sqlite3 *.db *.sqlite);;所有文件 (*)")


def file_filter() -> str:
    return QCoreApplication.translate("BackupDialogs", FILTER)


class BackupTargetDialog:
    @staticmethod
    def ask(default: Path, parent: QWidget | None = None) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("BackupDialogs", "备份数据库到…"),
            str(default),
            file_filter(),
        )
        return Path(name) if name else None


class RestoreDialog(QDialog):
    """The backups of this database, newest first, or another file chosen by hand."""

    def __init__(self, backups: Sequence[BackupFile], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("从备份恢复"))
        self.resize(520, 380)
        self.chosen: Path | None = None
        intro = QLabel(
            self.tr(
                "选择要恢复的备份。恢复前会先检查备份文件，并把当前的数据库另存到备份文件夹；"
                "备份之后才做的登记不在备份里，但仍保存在另存的副本中。"
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        for b in backups:
            item = QListWidgetItem(f"{b.label}    {b.path.name}")
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self._on_accept())
        other = QPushButton(self.tr("选择其他文件…"))
        other.clicked.connect(self._on_other)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("恢复"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def _on_other(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择备份文件"), "", file_filter())
        if name:
            self.chosen = Path(name)
            self.accept()

    def _on_accept(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
            self.accept()

    @classmethod
    def ask(cls, backups: Sequence[BackupFile], parent: QWidget | None = None) -> Path | None:
        dialog = cls(backups, parent)
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
