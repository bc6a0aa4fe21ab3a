"""A month calendar with each day's meetings written into its cell."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QCalendarWidget, QWidget

from station_app.domain.holidays import DayKind, HolidayCalendar
from station_app.domain.terms import MEETING_KIND_SHORT, MeetingKind, MeetingStatus
from station_app.store.records import MeetingRecord
from station_app.ui import language
from station_app.ui.domain_text import domain_text

KIND_COLORS = {
    MeetingKind.EMPLOYEE.value: QColor("#1a73e8"),
    MeetingKind.UNIONIZED.value: QColor("#188038"),
    MeetingKind.ONE_ON_ONE.value: QColor("#b06000"),
    MeetingKind.MIXED.value: QColor("#8430ce"),
}
CANCELLED = QColor("#9aa0a6")


class MeetingCalendar(QCalendarWidget):
    """QCalendarWidget whose cells list the day's meetings (time and kind); cancelled ones grey,
    public holidays named."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._by_day: dict[date, list[MeetingRecord]] = {}
        self.holidays = HolidayCalendar()
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setLocale(language.ui_locale())

    def set_meetings(self, meetings: Sequence[MeetingRecord]) -> None:
        by_day: dict[date, list[MeetingRecord]] = defaultdict(list)
        for m in meetings:
            by_day[m.date].append(m)
        self._by_day = dict(by_day)
        self.updateCells()

    def meetings_on(self, day: date) -> list[MeetingRecord]:
        return list(self._by_day.get(day, []))

    def selected_day(self) -> date:
        q = self.selectedDate()
        return date(q.year(), q.month(), q.day())

    def show_day(self, day: date) -> None:
        self.setSelectedDate(QDate(day.year, day.month, day.day))

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        super().paintCell(painter, rect, qdate)
        day = date(qdate.year(), qdate.month(), qdate.day())
        meetings = self._by_day.get(day, [])
        info = self.holidays.info(day)
        mark = {DayKind.HOLIDAY: info.name[:2], DayKind.MAKEUP: self.tr("调休")}.get(info.kind, "")
        if not meetings and not mark:
            return
        painter.save()
        small = QFont(painter.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.8))
        painter.setFont(small)
        line = painter.fontMetrics().height()
        y = rect.center().y() + line // 2 + 2
        if mark and qdate.month() == self.monthShown():
            painter.setPen(QColor("#c5221f"))
            painter.drawText(
                QRect(rect.left() + 3, rect.top() + 2, rect.width() - 6, line),
                Qt.AlignmentFlag.AlignLeft,
                mark,
            )
        for i, m in enumerate(meetings):
            if y + line > rect.bottom():
                painter.setPen(QColor("#5f6368"))
                painter.drawText(
                    QRect(rect.left() + 3, rect.bottom() - line, rect.width() - 6, line),
                    Qt.AlignmentFlag.AlignRight,
                    f"+{len(meetings) - i}",
                )
                break
            cancelled = m.status == MeetingStatus.CANCELLED.value
            color = CANCELLED if cancelled else KIND_COLORS.get(m.kind, QColor("#3c4043"))
            box = QRect(rect.left() + 2, y, rect.width() - 4, line)
            fill = QColor(color)
            fill.setAlpha(40 if m.status == MeetingStatus.PLANNED.value else 90)
            painter.fillRect(box, fill)
            painter.setPen(color.darker(130))
            start = f"{m.start_time:%H:%M} " if m.start_time else ""
            kind = domain_text(MEETING_KIND_SHORT.get(MeetingKind(m.kind), m.kind))
            text = f"{start}{kind}"
            if cancelled:
                text = self.tr("%1（取消）").replace("%1", text)
            painter.drawText(
                box.adjusted(2, 0, -2, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, box.width()),
            )
            y += line + 1
        painter.restore()
