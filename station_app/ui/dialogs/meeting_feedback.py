"""意见建议 of one meeting: from a firm, or from an individual employee (anonymous allowed), with
its category, the station's reply and how long it has waited. The meeting record counts them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from station_app.domain.errors import ValidationError
from station_app.services import enterprises as svc
from station_app.store.records import MeetingRecord
from station_app.ui.dialogs.feedback_dialog import FeedbackDialog
from station_app.ui.dialogs.meeting_dialog import day_edit, from_qdate
from station_app.ui.dialogs.record_list import error_label, lay_out
from station_app.ui.models.enterprise_lists import FeedbackTableModel
from station_app.ui.view_memory import fit_to_contents
from station_app.ui.widgets import make_table, selected_record
from station_app.ui.window_fit import resize_within_screen


class MeetingFeedbackDialog(QDialog):
    def __init__(
        self,
        meeting: MeetingRecord,
        enterprises: Sequence[tuple[int, str]],
        categories: Sequence[str],
        *,
        today: date,
        clerk: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._meeting = meeting
        self._today = today
        self._clerk = clerk
        self.setWindowTitle(self.tr("沟通会意见建议"))
        resize_within_screen(self, 780, 600)
        title = QLabel(f"<b>{meeting.title}</b>　{meeting.date:%Y-%m-%d}")
        self.model = FeedbackTableModel(self)
        self.view = make_table(self.model, self)
        self.count_label = QLabel()
        self.reply_button = QPushButton(self.tr("答复所选…"))
        self.firm_radio = QRadioButton(self.tr("企业"))
        self.employee_radio = QRadioButton(self.tr("职工个人"))
        self.source_group = QButtonGroup(self)
        self.source_group.addButton(self.firm_radio)
        self.source_group.addButton(self.employee_radio)
        self.employee_radio.setChecked(True)
        self.enterprise_combo = QComboBox()
        self.enterprise_combo.addItem(self.tr("（不填）"), None)
        for eid, name in enterprises:
            self.enterprise_combo.addItem(name, eid)
        self.person_edit = QLineEdit()
        self.person_edit.setPlaceholderText(self.tr("可不填：匿名"))
        self.category_combo = QComboBox()
        self.category_combo.addItems(list(categories))
        self.content_edit = QPlainTextEdit()
        self.content_edit.setTabChangesFocus(True)
        self.content_edit.setPlaceholderText(self.tr("提出的问题、意见或建议"))
        self.content_edit.setFixedHeight(70)
        self.date_edit = day_edit(min(meeting.date, today))
        self.add_button = QPushButton(self.tr("记录"))
        self.error_label = error_label()
        source = QHBoxLayout()
        source.addWidget(self.employee_radio)
        source.addWidget(self.firm_radio)
        source.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("来自"), source)
        form.addRow(self.tr("企业"), self.enterprise_combo)
        form.addRow(self.tr("职工姓名"), self.person_edit)
        form.addRow(self.tr("类别"), self.category_combo)
        form.addRow(self.tr("内容 *"), self.content_edit)
        form.addRow(self.tr("收到日期"), self.date_edit)
        lay_out(
            self,
            view=self.view,
            summary=self.count_label,
            form=form,
            error=self.error_label,
            left=(self.reply_button,),
            right=(self.add_button,),
            top=(title,),
        )
        self.firm_radio.toggled.connect(self._on_source)
        self.add_button.clicked.connect(self.add)
        self.reply_button.clicked.connect(self._on_reply)
        self._on_source()
        self.refresh()

    def _on_source(self) -> None:
        self.person_edit.setEnabled(self.employee_radio.isChecked())

    def refresh(self) -> None:
        items = svc.feedback_items(self._today, meeting_id=self._meeting.id)
        self.model.set_rows(items)
        waiting = sum(1 for i in items if not i.answered)
        self.count_label.setText(
            self.tr("本场共 %1 条，待答复 %2 条")
            .replace("%1", str(len(items)))
            .replace("%2", str(waiting))
        )
        fit_to_contents(self.view)

    def add(self) -> bool:
        firm = self.firm_radio.isChecked()
        try:
            svc.add_feedback(
                enterprise_id=self.enterprise_combo.currentData(),
                category=self.category_combo.currentText(),
                content=self.content_edit.toPlainText(),
                received_on=from_qdate(self.date_edit.date()),
                clerk=self._clerk,
                meeting_id=self._meeting.id,
                source="enterprise" if firm else "employee",
                person_name="" if firm else self.person_edit.text(),
            )
        except ValidationError as exc:
            self.error_label.setText(exc.message)
            return False
        self.error_label.setText("")
        self.content_edit.clear()
        self.person_edit.clear()
        self.content_edit.setFocus()
        self.refresh()
        return True

    def _on_reply(self) -> None:
        item = selected_record(self.view)
        if not isinstance(item, svc.FeedbackItem):
            self.error_label.setText(self.tr("请先选择一条意见建议。"))
            return
        answer = FeedbackDialog.ask_reply(item.record, self._today, self)
        if answer is None:
            return
        try:
            svc.reply_feedback(
                item.record.id, reply=answer[0], replied_on=answer[1], clerk=self._clerk
            )
        except ValidationError as exc:
            self.error_label.setText(exc.message)
            return
        self.refresh()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        meeting: MeetingRecord,
        enterprises: Sequence[tuple[int, str]],
        categories: Sequence[str],
        *,
        today: date,
        clerk: str = "",
    ) -> None:
        dialog = cls(meeting, enterprises, categories, today=today, clerk=clerk, parent=parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
