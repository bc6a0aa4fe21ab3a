"""Move an enterprise to another stage, saying why and when it happened (the founded stage:
the day of the 会员代表大会, which is the founding date)."""

from __future__ import annotations

from datetime import date

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
from station_app.ui.dialogs.meeting_dialog import day_edit, from_qdate, to_qdate
from station_app.ui.domain_text import domain_text


class StageDialog(QDialog):
    def __init__(
        self,
        enterprise_name: str,
        current_stage_id: int | None,
        stages: list[StageRecord],
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        congress_date: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._founded_ids = {s.id for s in stages if s.is_founded}
        self._today = today or date.today()
        self._congress = congress_date
        self.setWindowTitle(self.tr("变更阶段"))
        self.setMinimumWidth(420)
        current = next((s.name for s in stages if s.id == current_stage_id), self.tr("（无）"))
        self._current_id = current_stage_id
        self.stage_combo = QComboBox()
        for s in stages:
            if s.id != current_stage_id:
                self.stage_combo.addItem(domain_text(s.name), s.id)
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
        self.date_edit = day_edit(self._today)
        self.date_edit.setMaximumDate(to_qdate(self._today))
        self.date_label = QLabel()
        form.addRow(self.date_label, self.date_edit)
        self.date_hint = QLabel()
        self.date_hint.setWordWrap(True)
        self.date_hint.setStyleSheet("color: palette(dark);")
        form.addRow("", self.date_hint)
        form.addRow(self.tr("原因 *"), self.reason_edit)
        self.stage_combo.currentIndexChanged.connect(self._on_stage)
        self._on_stage()
        buttons = dialog_buttons(self, self.tr("变更"), self._on_accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.reason_edit.setFocus()

    def _on_stage(self, _index: int = 0) -> None:
        founded = self.stage_combo.currentData() in self._founded_ids
        self.date_label.setText(self.tr("会员代表大会日期") if founded else self.tr("生效日期"))
        self.date_hint.setText(
            self.tr("建会日期即会员代表大会召开的日期，按这一天计入“新建工会”。")
            if founded
            else self.tr("实际发生的日期；补录以前的变化时请改为当天。")
        )
        if founded and self._congress is not None:
            self.date_edit.setDate(to_qdate(min(self._congress, self._today)))

    def value(self) -> tuple[int, str, date]:
        """(new stage id, reason, the day it happened)."""
        return (
            int(self.stage_combo.currentData()),
            self.reason_edit.toPlainText().strip(),
            from_qdate(self.date_edit.date()),
        )

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
        *,
        today: date | None = None,
        congress_date: date | None = None,
    ) -> tuple[int, str, date] | None:
        """(new stage id, reason, effective date), or None when cancelled."""
        dlg = cls(
            enterprise_name,
            current_stage_id,
            stages,
            parent,
            today=today,
            congress_date=congress_date,
        )
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return dlg.value()
