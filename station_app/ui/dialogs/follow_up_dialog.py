"""Record one contact with an enterprise and plan the next one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from station_app.domain.terms import FOLLOW_UP_WAYS
from station_app.ui.dialogs.buttons import dialog_buttons
from station_app.ui.domain_text import domain_text


@dataclass(frozen=True)
class FollowUpInput:
    on: date
    way: str
    summary: str
    next_date: date | None


def _date_edit(d: date) -> QDateEdit:
    edit = QDateEdit(QDate(d.year, d.month, d.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class FollowUpDialog(QDialog):
    def __init__(
        self, enterprise_name: str, today: date, clerk: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("记录跟进"))
        self.setMinimumWidth(460)
        self.date_edit = _date_edit(today)
        self.way_combo = QComboBox()
        for way in FOLLOW_UP_WAYS:
            self.way_combo.addItem(domain_text(way), way)
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setPlaceholderText(self.tr("谈了什么，企业怎么说"))
        self.summary_edit.setFixedHeight(90)
        self.next_check = QCheckBox(self.tr("下次跟进"))
        self.next_check.setChecked(True)
        self.next_edit = _date_edit(today + timedelta(days=14))
        self.next_check.toggled.connect(self.next_edit.setEnabled)
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_check)
        next_row.addWidget(self.next_edit, 1)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00000;")
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("企业"), QLabel(enterprise_name))
        form.addRow(self.tr("日期"), self.date_edit)
        form.addRow(self.tr("方式"), self.way_combo)
        form.addRow(self.tr("经办人"), QLabel(clerk or self.tr("（未选择）")))
        form.addRow(self.tr("情况 *"), self.summary_edit)
        form.addRow(self.tr("计划"), next_row)
        buttons = dialog_buttons(self, self.tr("保存"), self._on_accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.summary_edit.setFocus()

    def value(self) -> FollowUpInput:
        nxt = self.next_edit.date().toPython() if self.next_check.isChecked() else None
        return FollowUpInput(
            on=self.date_edit.date().toPython(),
            way=str(self.way_combo.currentData()),
            summary=self.summary_edit.toPlainText().strip(),
            next_date=nxt,
        )

    def _on_accept(self) -> None:
        v = self.value()
        if not v.summary:
            message = self.tr("请填写跟进情况。")
        elif v.next_date is not None and v.next_date < v.on:
            message = self.tr("下次跟进日期不能早于本次跟进日期。")
        else:
            self.accept()
            return
        self.error_label.setText(message)
        self.error_label.show()

    @classmethod
    def ask(
        cls, enterprise_name: str, today: date, clerk: str, parent: QWidget | None = None
    ) -> FollowUpInput | None:
        dlg = cls(enterprise_name, today, clerk, parent)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return dlg.value()
