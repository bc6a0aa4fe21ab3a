"""Record feedback (意见建议) from an enterprise, or reply to it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from station_app.store.records import FeedbackRecord, MeetingRecord
from station_app.ui.dialogs.buttons import dialog_buttons


@dataclass(frozen=True)
class FeedbackInput:
    category: str
    content: str
    received_on: date
    meeting_id: int | None = None  # raised at this meeting, which then counts it


def _date_edit(d: date, minimum: date | None = None) -> QDateEdit:
    edit = QDateEdit(QDate(d.year, d.month, d.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if minimum is not None:
        edit.setMinimumDate(QDate(minimum.year, minimum.month, minimum.day))
    return edit


def _text_edit(placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(90)
    return edit


class FeedbackDialog(QDialog):
    """New feedback when ``record`` is None, otherwise the reply to ``record``."""

    def __init__(
        self,
        enterprise_name: str,
        today: date,
        *,
        categories: list[str] | None = None,
        record: FeedbackRecord | None = None,
        meetings: Sequence[MeetingRecord] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._record = record
        self._meetings = list(meetings)
        self.meeting_combo = QComboBox()
        self.meeting_combo.addItem(self.tr("（不是在沟通会上提出的）"), None)
        for m in self._meetings:
            self.meeting_combo.addItem(f"{m.date:%Y-%m-%d} {m.title}", m.id)
        self.setMinimumWidth(460)
        form = QFormLayout()
        form.addRow(self.tr("企业"), QLabel(enterprise_name))
        self.category_combo = QComboBox()
        self.content_edit = _text_edit(self.tr("企业提出的意见或建议"))
        self.reply_edit = _text_edit(self.tr("服务站的答复"))
        if record is None:
            self.setWindowTitle(self.tr("记录意见建议"))
            self.category_combo.addItems(categories or [])
            self.date_edit = _date_edit(today)
            form.addRow(self.tr("类别"), self.category_combo)
            form.addRow(self.tr("内容 *"), self.content_edit)
            form.addRow(self.tr("收到日期"), self.date_edit)
            form.addRow(self.tr("沟通会"), self.meeting_combo)
            self.date_edit.dateChanged.connect(self._on_date)
            self._on_date()
            self.content_edit.setFocus()
        else:
            self.setWindowTitle(self.tr("答复意见建议"))
            content = QLabel(record.content)
            content.setWordWrap(True)
            form.addRow(self.tr("类别"), QLabel(record.category))
            form.addRow(self.tr("内容"), content)
            form.addRow(self.tr("收到日期"), QLabel(record.received_on.isoformat()))
            self.reply_edit.setPlainText(record.reply)
            self.date_edit = _date_edit(max(today, record.received_on), record.received_on)
            form.addRow(self.tr("答复 *"), self.reply_edit)
            form.addRow(self.tr("答复日期"), self.date_edit)
            self.reply_edit.setFocus()
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00000;")
        self.error_label.hide()
        buttons = dialog_buttons(self, self.tr("保存"), self._on_accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _on_date(self) -> None:
        """Feedback received on a meeting's day is taken as raised at that meeting."""
        day = self.date_edit.date().toPython()
        same_day = next((m.id for m in self._meetings if m.date == day), None)
        self.meeting_combo.setCurrentIndex(max(0, self.meeting_combo.findData(same_day)))

    def feedback(self) -> FeedbackInput:
        return FeedbackInput(
            self.category_combo.currentText(),
            self.content_edit.toPlainText().strip(),
            self.date_edit.date().toPython(),
            self.meeting_combo.currentData(),
        )

    def reply(self) -> tuple[str, date]:
        return self.reply_edit.toPlainText().strip(), self.date_edit.date().toPython()

    def _on_accept(self) -> None:
        empty = not self.feedback().content if self._record is None else not self.reply()[0]
        if empty:
            self.error_label.setText(
                self.tr("请填写内容。") if self._record is None else self.tr("请填写答复。")
            )
            self.error_label.show()
            return
        self.accept()

    @classmethod
    def ask(
        cls,
        enterprise_name: str,
        categories: list[str],
        today: date,
        parent: QWidget | None = None,
        meetings: Sequence[MeetingRecord] = (),
    ) -> FeedbackInput | None:
        dlg = cls(enterprise_name, today, categories=categories, meetings=meetings, parent=parent)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return dlg.feedback()

    @classmethod
    def ask_reply(
        cls, record: FeedbackRecord, today: date, parent: QWidget | None = None
    ) -> tuple[str, date] | None:
        """(reply, reply date), or None when cancelled."""
        dlg = cls(record.enterprise_name, today, record=record, parent=parent)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return dlg.reply()
