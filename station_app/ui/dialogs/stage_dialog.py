"""Move an enterprise to another stage, saying why."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from station_app.store.records import StageRecord
from station_app.ui.dialogs.buttons import dialog_buttons


class StageDialog(QDialog):
    def __init__(
        self,
        enterprise_name: str,
        current_stage_id: int | None,
        stages: list[StageRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("变更阶段"))
        self.setMinimumWidth(420)
        current = next((s.name for s in stages if s.id == current_stage_id), self.tr("（无）"))
        self._current_id = current_stage_id
        self.stage_combo = QComboBox()
        for s in stages:
            if s.id != current_stage_id:
                self.stage_combo.addItem(s.name, s.id)
        # the next stage in the pipeline is the usual move
        following = [s for s in stages if s.id != current_stage_id and not s.is_on_hold]
        cur_pos = next((s.position for s in stages if s.id == current_stage_id), -1)
        nxt = next((s for s in following if s.position > cur_pos), None)
        if nxt is not None:
            self.stage_combo.setCurrentIndex(self.stage_combo.findData(nxt.id))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(self.tr("例如：上门沟通后企业同意成立筹备组"))
        self.reason_edit.setFixedHeight(80)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00000;")
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("企业"), QLabel(enterprise_name))
        form.addRow(self.tr("当前阶段"), QLabel(current))
        form.addRow(self.tr("变更为"), self.stage_combo)
        form.addRow(self.tr("原因 *"), self.reason_edit)
        buttons = dialog_buttons(self, self.tr("变更"), self._on_accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.reason_edit.setFocus()

    def value(self) -> tuple[int, str]:
        return int(self.stage_combo.currentData()), self.reason_edit.toPlainText().strip()

    def _on_accept(self) -> None:
        if not self.reason_edit.toPlainText().strip():
            self.error_label.setText(self.tr("请填写变更阶段的原因。"))
            self.error_label.show()
            self.reason_edit.setFocus()
            return
        self.accept()

    @classmethod
    def ask(
        cls,
        enterprise_name: str,
        current_stage_id: int | None,
        stages: list[StageRecord],
        parent: QWidget | None = None,
    ) -> tuple[int, str] | None:
        """(new stage id, reason), or None when cancelled."""
        dlg = cls(enterprise_name, current_stage_id, stages, parent)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return dlg.value()
