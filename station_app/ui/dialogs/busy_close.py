"""Closing the window while an export, a print job or a backup still runs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class BusyCloseDialog:
    WAIT = "wait"
    STOP = "stop"

    @classmethod
    def ask(cls, doing: list[str], parent: QWidget | None = None) -> str | None:
        """WAIT (close once the work has finished), STOP (stop it, then close) or None."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("BusyCloseDialog", "还有工作在进行"))
        what = (
            "、".join(doing) if doing else QCoreApplication.translate("BusyCloseDialog", "后台工作")
        )
        box.setText(
            QCoreApplication.translate(
                "BusyCloseDialog", "“%1”还没有完成。现在关闭程序吗？"
            ).replace("%1", what)
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "BusyCloseDialog",
                "等它完成后关闭最稳妥；停止则不会留下写了一半的文件，但这项工作需要重做。",
            )
        )
        wait = box.addButton(
            QCoreApplication.translate("BusyCloseDialog", "等完成后关闭"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        stop = box.addButton(
            QCoreApplication.translate("BusyCloseDialog", "停止并关闭"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        stay = box.addButton(
            QCoreApplication.translate("BusyCloseDialog", "不关闭"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(wait)
        box.setEscapeButton(stay)
        box.exec()
        clicked = box.clickedButton()
        return cls.WAIT if clicked is wait else cls.STOP if clicked is stop else None
