"""The figures' rules (``domain/figures.py``) as SQL conditions.

The period figures, their drill-downs, the meeting lists and one meeting's figures all count
with these, so a figure and the rows behind it cannot drift apart. Each function mirrors a rule
of the domain module; ``tests/store/test_figure_rules.py`` checks both give the same answers.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from peewee import SQL, Case, fn

from station_app.domain.figures import JoinLine
from station_app.domain.terms import MeetingStatus, Outcome, UnionStatus
from station_app.store.models import Attendance, Enterprise, Meeting, Member


def held() -> Any:
    return Meeting.status == MeetingStatus.HELD.value


def between(column: Any, start: date, end: date) -> Any:
    return (column >= start) & (column <= end)


def held_between(start: date, end: date) -> Any:
    return held() & between(Meeting.date, start, end)


def on_meeting_day() -> Any:
    """A member registered at the meeting: linked to it and registered on its day."""
    return (Member.meeting == Meeting.id) & (Member.application_date == Meeting.date)


def joins_on_meeting_day() -> Any:
    """For each meeting row: its registrations made on its day (its on-site joins once held,
    waiting while planned); one index seek on member (meeting_id, application_date)."""
    return Member.select(fn.COUNT(SQL("*"))).where(on_meeting_day())


def join_line() -> Any:
    """:func:`station_app.domain.figures.join_line` for a member left-joined to its meeting."""
    same_day = Meeting.id.is_null(False) & (Member.application_date == Meeting.date)
    return Case(
        None,
        [
            (same_day & held(), JoinLine.ONSITE.value),
            (same_day & (Meeting.status == MeetingStatus.PLANNED.value), JoinLine.PENDING.value),
        ],
        JoinLine.DESK.value,
    )


def had_union_on(day: Any) -> Any:
    """``domain.figures.had_union_on`` for a date or a date column; never NULL."""
    founded = Enterprise.union_founded_on
    return (founded.is_null(False) & (founded <= day)) | (
        founded.is_null() & (Enterprise.union_status == UnionStatus.FOUNDED.value)
    )


def no_union_at_meeting() -> Any:
    """The enterprise had no union on the meeting's day."""
    return ~had_union_on(Meeting.date)


def present() -> Any:
    return Attendance.attended == True  # noqa: E712


def non_unionized_present() -> Any:
    return present() & no_union_at_meeting()


def intention() -> Any:
    return (Attendance.outcome == Outcome.INTENTION.value) & no_union_at_meeting()


def support() -> Any:
    return Attendance.outcome == Outcome.SUPPORT.value


def pending_meeting(today: date) -> Any:
    """Past its date, still planned (待补录)."""
    return (Meeting.status == MeetingStatus.PLANNED.value) & (Meeting.date < today)
