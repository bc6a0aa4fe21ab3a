"""Closing the window while an export, a print job or a backup still runs."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class BusyCloseDialog:
    WAIT = "wait"
    STOP = "stop"

    @classmethod
    def ask(cls, doing: list[str], parent: QWidget | None = None) -> str | None:
        """WAIT (close once the work has finished), STOP (stop it, then close) or None."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(box.tr("还有工作在进行"))
        what = "、".join(doing) if doing else box.tr("后台工作")
        box.setText(box.tr("“%1”还没有完成。现在关闭程序吗？").replace("%1", what))
        box.setInformativeText(
            box.tr("等它完成后关闭最稳妥；停止则不会留下写了一半的文件，但这项工作需要重做。")
        )
        wait = box.addButton(box.tr("等完成后关闭"), QMessageBox.ButtonRole.AcceptRole)
        stop = box.addButton(box.tr("停止并关闭"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(box.tr("不关闭"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(wait)
        box.setEscapeButton(stay)
        box.exec()
        clicked = box.clickedButton()
        return cls.WAIT if clicked is wait else cls.STOP if clicked is stop else None
