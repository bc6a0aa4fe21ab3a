"""What the window says on start: meetings waiting to be recorded (待补录) and, in the week
before the 12th (职工沟通日), the day, its weekday and the preparation items still open."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from station_app.domain.terms import COMMUNICATION_DAY, MeetingKind, MeetingStatus
from station_app.domain.weekdays import WEEKDAY_NAMES
from station_app.services.meeting_planning import first_plan_month
from station_app.store import meetings as meeting_store
from station_app.store.records import MeetingRecord

REMIND_DAYS = 7  # the week before the 12th


@dataclass(frozen=True)
class DayReminder:
    day: date  # the 12th
    meeting: MeetingRecord | None  # the month's employee meeting, possibly moved off the 12th
    open_items: tuple[str, ...] = ()

    def sentence(self) -> str:
        head = (
            f"{self.day.month}月{self.day.day}日（{WEEKDAY_NAMES[self.day.weekday()]}）职工沟通日"
        )
        if self.meeting is None:
            return head + "：尚未安排沟通会，请在“沟通会”页新建或规划。"
        m = self.meeting
        when = f"{m.date:%m-%d}（{WEEKDAY_NAMES[m.date.weekday()]}）"
        where = " ".join(p for p in (m.venue_name, m.venue_detail) if p) or "地点未定"
        text = f"{head}：{when} {where}"
        if self.open_items:
            return text + f"；尚未准备：{'、'.join(self.open_items)}。"
        return text + "；筹备清单已全部完成。"


def next_communication_day(today: date) -> date:
    return first_plan_month(today).replace(day=COMMUNICATION_DAY)


def communication_day_reminder(today: date) -> DayReminder | None:
    """The coming 12th when it is at most a week away (the day itself included), else None."""
    day = next_communication_day(today)
    if (day - today).days > REMIND_DAYS:
        return None
    near = [
        m
        for m in meeting_store.list_meetings(
            start=day - timedelta(days=REMIND_DAYS),
            end=day + timedelta(days=REMIND_DAYS),
            kind=MeetingKind.EMPLOYEE.value,
        )
        if m.status != MeetingStatus.CANCELLED.value
    ]
    if not near:
        return DayReminder(day, None)
    meeting = min(near, key=lambda m: abs((m.date - day).days))
    items = tuple(c.item for c in meeting_store.checklist(meeting.id) if not c.done)
    return DayReminder(day, meeting, items)
