"""The preview of a merge: new, updated and conflicting records; conflicts can take the
laptop's values one by one, otherwise the desk's stay."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.services.merge import MergePlan
from station_app.ui.window_fit import resize_within_screen


class MergeDialog(QDialog):
    def __init__(self, plan: MergePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("合并活动电脑数据 — 预览"))
        resize_within_screen(self, 860, 560)
        self.plan = plan
        self.summary = QLabel(
            self.tr("来自“%1”：%2").replace("%1", plan.other.name).replace("%2", plan.summary())
        )
        self.summary.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "待确认的默认保留本机的数据；勾选一条表示改用活动电脑的数据"
                "（已按本人要求删除的人：勾选表示本人已重新同意登记）。"
                "有误的记录不会合并。点“合并”后一次写入，中途出错则什么都不写。"
            )
        )
        hint.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                self.tr("类别"),
                self.tr("记录"),
                self.tr("本机（合并前）"),
                self.tr("活动电脑"),
                self.tr("说明"),
            ]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._conflicts: list[tuple[QTreeWidgetItem, str]] = []
        for item in plan.items:
            row = QTreeWidgetItem(
                [f"{item.kind_label} · {item.table_label}", item.label, "", "", item.note]
            )
            if item.choosable:
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(0, Qt.CheckState.Unchecked)
                self._conflicts.append((row, item.key))
            else:
                row.setFlags(row.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            for name, desk, other in item.differences:
                QTreeWidgetItem(row, ["", name, desk, other, ""])
            self.tree.addTopLevelItem(row)
            if item.kind in ("conflict", "updated"):
                row.setExpanded(True)
        for col in (0, 2, 3):
            self.tree.resizeColumnToContents(col)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("合并"))
        self.ok_button.setEnabled(bool(plan.items))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(hint)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)

    def take_other(self) -> set[str]:
        return {key for row, key in self._conflicts if row.checkState(0) == Qt.CheckState.Checked}

    @classmethod
    def ask(cls, plan: MergePlan, parent: QWidget | None = None) -> set[str] | None:
        """The conflicts to take from the laptop, or None when cancelled."""
        dialog = cls(plan, parent)
        return dialog.take_other() if dialog.exec() == QDialog.DialogCode.Accepted else None
