"""Shown before a second record of the same person could be saved: open the existing one instead."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.store.records import MemberListRow
from station_app.ui.models.lists import MemberTableModel
from station_app.ui.view_memory import fit_to_contents
from station_app.ui.widgets import make_table

MAX_ROWS_SHOWN = 5


class DuplicateDialog(QDialog):
    def __init__(
        self, existing: list[MemberListRow], same_id: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("此人已登记"))
        self.setMinimumWidth(480)
        if same_id:
            text = self.tr("该身份证号码已经登记过，不能再登记一次。要打开已有的记录吗？")
        else:
            text = self.tr(
                "已有姓名和手机号码都相同的会员，可能是同一个人（身份证号码录错了？）。"
                "要打开已有的记录核对吗？"
            )
        message = QLabel(text)
        message.setWordWrap(True)
        self.model = MemberTableModel(self)
        self.model.set_rows(existing)
        view = make_table(self.model, self, sortable=False)
        view.horizontalHeader().setStretchLastSection(False)  # the table is as wide as its columns
        self.view = view
        self._rows = len(existing)
        buttons = QDialogButtonBox()
        self.open_button = QPushButton(self.tr("打开已有记录"))
        self.open_button.setDefault(True)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("返回修改"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = self._layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(view)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        # measured once the table has its font: before, its columns come out narrower
        self._fit_view(self._rows)
        self._layout.activate()
        self.resize(self.minimumSizeHint().expandedTo(self.size()))
        super().showEvent(event)

    def _fit_view(self, rows: int) -> None:
        """The table as wide as its columns and as tall as its rows (up to five, then it
        scrolls), within the screen: nothing of the existing record is cut off."""
        view = self.view
        view.ensurePolished()
        view.horizontalHeader().ensurePolished()
        fit_to_contents(view)
        frame = 2 * view.frameWidth()
        shown = min(rows, MAX_ROWS_SHOWN)
        scroll = view.verticalScrollBar().sizeHint().width() if rows > shown else 0
        width = view.horizontalHeader().length() + frame + scroll
        room = self.screen().availableGeometry().width() - 80
        view.setMinimumWidth(min(width, room))
        height = view.horizontalHeader().sizeHint().height() + frame
        height += sum(view.rowHeight(r) for r in range(shown))
        view.setMinimumHeight(height)

    @classmethod
    def ask(
        cls, existing: list[MemberListRow], same_id: bool, parent: QWidget | None = None
    ) -> str:
        """ "open" to open ``existing[0]`` in the form, "cancel" to go back to the form."""
        dialog = cls(existing, same_id, parent)
        return "open" if dialog.exec() == QDialog.DialogCode.Accepted else "cancel"
