"""错时: the day of a meeting's staggered twin (a weekend twin for a weekday meeting, a weekday
twin for a weekend one), suggested and checked against holidays and make-up working days."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from station_app.domain.holidays import is_weekend
from station_app.store.records import MeetingRecord
from station_app.ui.dialogs.buttons import dialog_buttons
from station_app.ui.dialogs.meeting_dialog import day_edit, from_qdate
from station_app.ui.domain_text import weekday_text


class TwinDialog(QDialog):
    def __init__(
        self,
        meeting: MeetingRecord,
        suggested: date | None,
        day_check: Callable[[date], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._check = day_check
        weekend_twin = not is_weekend(meeting.date)
        self.setWindowTitle(self.tr("创建错时场次"))
        self.setMinimumWidth(440)
        intro = QLabel(
            (
                self.tr("同一活动在周末再办一场。原场次：%1（%2）")
                if weekend_twin
                else self.tr("同一活动在工作日再办一场。原场次：%1（%2）")
            )
            .replace("%1", f"{meeting.date:%Y-%m-%d}")
            .replace("%2", weekday_text(meeting.date))
        )
        intro.setWordWrap(True)
        self.date_edit = day_edit(suggested or meeting.date)
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #b06000;")
        form = QFormLayout()
        form.addRow(self.tr("错时场次日期"), self.date_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.warning_label)
        layout.addWidget(dialog_buttons(self, self.tr("创建")))
        self.date_edit.dateChanged.connect(self._update)
        self._update()

    def day(self) -> date:
        return from_qdate(self.date_edit.date())

    def _update(self) -> None:
        self.warning_label.setText(self._check(self.day()))

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        meeting: MeetingRecord,
        suggested: date | None,
        day_check: Callable[[date], str],
    ) -> date | None:
        dialog = cls(meeting, suggested, day_check, parent)
        try:
            return dialog.day() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
