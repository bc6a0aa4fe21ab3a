"""The audit log viewer: who did what to which record, when."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station_app.store.records import AuditRecord
from station_app.ui.models.record_table import Column, RecordTableModel
from station_app.ui.translatable import QT_TRANSLATE_NOOP
from station_app.ui.view_memory import fit_to_contents
from station_app.ui.window_fit import resize_within_screen


class AuditTableModel(RecordTableModel[AuditRecord]):
    def __init__(self, label: Callable[[str], str], parent: object = None) -> None:
        columns = (
            Column[AuditRecord](
                QT_TRANSLATE_NOOP("Columns", "时间"), lambda e: f"{e.at:%Y-%m-%d %H:%M:%S}"
            ),
            Column[AuditRecord](QT_TRANSLATE_NOOP("Columns", "经办人"), lambda e: e.clerk_name),
            Column[AuditRecord](QT_TRANSLATE_NOOP("Columns", "操作"), lambda e: label(e.action)),
            Column[AuditRecord](QT_TRANSLATE_NOOP("Columns", "内容"), lambda e: e.detail),
            Column[AuditRecord](
                QT_TRANSLATE_NOOP("Columns", "记录于"),
                lambda e: e.origin or QCoreApplication.translate("Columns", "本机"),
            ),
        )
        super().__init__(columns, parent)


class AuditDialog(QDialog):
    def __init__(
        self,
        entries: Sequence[AuditRecord],
        label: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("操作日志"))
        resize_within_screen(self, 860, 520)
        self.model = AuditTableModel(label, self)
        self.model.set_rows(list(entries))
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        fit_to_contents(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)

    @classmethod
    def ask(
        cls,
        entries: Sequence[AuditRecord],
        label: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        cls(entries, label, parent).exec()
