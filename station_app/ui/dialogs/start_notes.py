"""What the clerk should know on start: meetings waiting to be recorded (待补录) with the
registrations that wait on them, and the coming 职工沟通日 with its open preparation items."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from station_app.services.meeting_pending import Pending
from station_app.services.reminders import DayReminder
from station_app.ui.models.lists import PendingMeetingTableModel
from station_app.ui.view_memory import fit_to_contents
from station_app.ui.widgets import make_table


class StartNotes(QDialog):
    SHOW_MEETINGS = "meetings"

    def __init__(
        self, pending: Pending, reminder: DayReminder | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("今日提醒"))
        self.resize(640, 380)
        self.choice = ""
        layout = QVBoxLayout(self)
        self.reminder_label = QLabel(reminder.sentence() if reminder else "")
        self.reminder_label.setWordWrap(True)
        self.reminder_label.setVisible(reminder is not None)
        self.reminder_label.setStyleSheet(
            "background: #eef5ff; border: 1px solid #9dbbe6; padding: 6px;"
        )
        layout.addWidget(self.reminder_label)
        self.pending_label = QLabel(pending.sentence())
        self.pending_label.setWordWrap(True)
        self.pending_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.model = PendingMeetingTableModel(self)
        self.model.set_rows(list(pending.meetings))
        self.view = make_table(self.model, self, sortable=False)
        fit_to_contents(self.view)
        for w in (self.pending_label, self.view):
            w.setVisible(bool(pending.meetings))
            layout.addWidget(w)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("知道了"))
        go = buttons.addButton(self.tr("去“沟通会”页处理"), QDialogButtonBox.ButtonRole.AcceptRole)
        go.clicked.connect(self._on_go)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_go(self) -> None:
        self.choice = self.SHOW_MEETINGS
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, pending: Pending, reminder: DayReminder | None) -> str:
        """ "meetings" when the clerk wants to go to the meetings tab, else ""."""
        dialog = cls(pending, reminder, parent)
        try:
            dialog.exec()
            return dialog.choice
        finally:
            dialog.deleteLater()
