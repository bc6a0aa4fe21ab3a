"""A month calendar with each day's meetings written into its cell."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QCalendarWidget, QWidget

from station_app.domain.terms import MEETING_KIND_SHORT, MeetingKind, MeetingStatus
from station_app.store.records import MeetingRecord
from station_app.ui import language
from station_app.ui.domain_text import domain_text

if TYPE_CHECKING:  # the holiday calendar is read when the calendar is first painted
    from station_app.domain.holidays import HolidayCalendar

KIND_COLORS = {
    MeetingKind.EMPLOYEE.value: QColor("#1a73e8"),
    MeetingKind.UNIONIZED.value: QColor("#188038"),
    MeetingKind.ONE_ON_ONE.value: QColor("#b06000"),
    MeetingKind.MIXED.value: QColor("#8430ce"),
}
CANCELLED = QColor("#9aa0a6")


class MeetingCalendar(QCalendarWidget):
    """QCalendarWidget whose cells list the day's meetings (time, kind and place); cancelled ones
    grey, public holidays named."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._by_day: dict[date, list[MeetingRecord]] = {}
        self._holidays: HolidayCalendar | None = None
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setLocale(language.ui_locale())

    @property
    def holidays(self) -> HolidayCalendar:
        """The public holidays named in the cells: the library's until the station's are set."""
        if self._holidays is None:
            from station_app.domain.holidays import HolidayCalendar

            self._holidays = HolidayCalendar()
        return self._holidays

    @holidays.setter
    def holidays(self, calendar: HolidayCalendar) -> None:
        self._holidays = calendar

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

    def cell_lines(
        self, meetings: Sequence[MeetingRecord], room: int
    ) -> list[tuple[MeetingRecord | None, str]]:
        """What a day's cell says in ``room`` lines: each meeting's time, kind and place (on two
        lines when there is room for all), and 「另 N 场」 for those that do not fit."""
        if room <= 0 or not meetings:
            return []
        shown = list(meetings) if len(meetings) <= room else list(meetings[: room - 1])
        two_lines = len(meetings) * 2 <= room
        lines: list[tuple[MeetingRecord | None, str]] = []
        for m in shown:
            start = f"{m.start_time:%H:%M} " if m.start_time else ""
            kind = domain_text(MEETING_KIND_SHORT.get(MeetingKind(m.kind), m.kind))
            head = f"{start}{kind}"
            if m.status == MeetingStatus.CANCELLED.value:
                head = self.tr("%1（取消）").replace("%1", head)
            if two_lines:
                lines.append((m, head))
                if m.venue_name:
                    lines.append((m, m.venue_name))
            else:
                lines.append((m, f"{head} {m.venue_name}".strip()))
        if len(shown) < len(meetings):
            lines.append((None, self.tr("另 %1 场").replace("%1", str(len(meetings) - len(shown)))))
        return lines

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        """The day's number at the top left, a holiday's name beside it, the meetings below."""
        day = date(qdate.year(), qdate.month(), qdate.day())
        meetings = self._by_day.get(day, [])
        from station_app.domain.holidays import DayKind

        info = self.holidays.info(day)
        mark = {DayKind.HOLIDAY: info.name[:2], DayKind.MAKEUP: self.tr("调休")}.get(info.kind, "")
        in_month = qdate.month() == self.monthShown()
        palette = self.palette()
        painter.save()
        selected = qdate == self.selectedDate()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        painter.fillRect(
            rect, highlight.lighter(185) if selected else palette.color(QPalette.ColorRole.Base)
        )
        if selected:
            painter.setPen(highlight)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        line = painter.fontMetrics().height()
        number = QFont(painter.font())
        number.setBold(qdate == QDate.currentDate())
        painter.setFont(number)
        weekend = qdate.dayOfWeek() >= 6
        painter.setPen(
            QColor("#9aa0a6")
            if not in_month
            else QColor("#c5221f")
            if weekend
            else palette.color(QPalette.ColorRole.Text)
        )
        top = QRect(rect.left() + 4, rect.top() + 2, rect.width() - 8, line)
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft, str(qdate.day()))
        small = QFont(painter.font())
        small.setBold(False)
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        painter.setFont(small)
        if mark and in_month:
            painter.setPen(QColor("#c5221f"))
            painter.drawText(top, Qt.AlignmentFlag.AlignRight, mark)
        small_line = painter.fontMetrics().height()
        y = rect.top() + line + 4
        room = max(0, (rect.bottom() - y) // (small_line + 1))
        for m, text in self.cell_lines(meetings, room):
            box = QRect(rect.left() + 2, y, rect.width() - 4, small_line)
            if m is None:
                painter.setPen(QColor("#5f6368"))
            else:
                cancelled = m.status == MeetingStatus.CANCELLED.value
                color = CANCELLED if cancelled else KIND_COLORS.get(m.kind, QColor("#3c4043"))
                fill = QColor(color)
                fill.setAlpha(40 if m.status == MeetingStatus.PLANNED.value else 90)
                painter.fillRect(box, fill)
                painter.setPen(color.darker(130))
            painter.drawText(
                box.adjusted(2, 0, -2, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, box.width()),
            )
            y += small_line + 1
        painter.restore()
