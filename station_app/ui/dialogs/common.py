"""Small dialogs every tab uses: a message to the clerk, and choosing where to save a PDF.

Both are classes with classmethods so tests can replace them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class SaveAsDialog:
    @classmethod
    def ask(cls, suggested: str, parent: QWidget | None = None) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("SaveAsDialog", "另存为 PDF"),
            suggested,
            "PDF (*.pdf)",
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


class Notice:
    """Messages to the clerk; replaced in tests."""

    @classmethod
    def warn(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    @classmethod
    def info(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)
