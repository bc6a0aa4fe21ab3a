"""The end of an export or a report: a quiet bar that names the file written and opens it, or the
folder it is in — never a modal box that takes the keyboard from a clerk typing in another tab."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class FileOpener:
    """Opens a file or folder with the system's program for it; replaced in tests."""

    @classmethod
    def open(cls, path: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class FileResultBar(QFrame):
    """``show_file(text, path)``: the message with 「打开文件」 and 「打开所在文件夹」."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("file_result_bar")
        self.setStyleSheet(
            "#file_result_bar { background: #eef6ee; border: 1px solid #9cc79c;"
            " border-radius: 3px; }"
        )
        self.path: Path | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("打开文件"))
        self.folder_button = QPushButton(self.tr("打开所在文件夹"))
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("关闭"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.folder_button)
        layout.addWidget(self.close_button)
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.open_folder)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def show_file(self, text: str, path: Path) -> None:
        self.path = Path(path)
        self.label.setText(text)
        self.show()

    def open_file(self) -> None:
        if self.path is not None:
            FileOpener.open(self.path)

    def open_folder(self) -> None:
        if self.path is not None:
            FileOpener.open(self.path.parent)


def announce_file(widget: QWidget, text: str, path: Path) -> bool:
    """Show a written file in the bar of ``widget``'s window (its ``file_result``); False when
    the window has none, as for a tab shown on its own."""
    bar = getattr(widget.window(), "file_result", None)
    if not isinstance(bar, FileResultBar):
        return False
    bar.show_file(text, path)
    return True
