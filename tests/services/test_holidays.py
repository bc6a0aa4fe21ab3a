"""Slip 7: holidays and make-up working days come from the chinesecalendar package, a year it
does not know is never guessed (the station can type it in), and every place that sets a
meeting date gets the warning."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from station_app.domain.errors import ValidationError
from station_app.domain.holidays import LIBRARY_YEARS, CalendarEntry, DayKind, HolidayCalendar
from station_app.services import holidays as holiday_service, meeting_planning as planning
from station_app.store import meetings as meeting_store


def test_the_library_knows_holidays_and_make_up_days() -> None:
    cal = HolidayCalendar()
    assert 2026 in LIBRARY_YEARS
    national = cal.info(date(2026, 10, 3))
    assert (national.kind, national.name) == (DayKind.HOLIDAY, "国庆节")
    makeup = cal.info(date(2026, 10, 10))  # a Saturday worked for the National Day week
    assert makeup.kind is DayKind.MAKEUP and makeup.is_working_day
    assert "调休上班日" in makeup.warning()
    assert cal.info(date(2026, 10, 11)).kind is DayKind.WEEKEND
    assert cal.info(date(2026, 11, 24)).warning() == ""


def test_an_unknown_year_is_never_guessed() -> None:
    cal = HolidayCalendar()
    assert not cal.knows(2027)
    day = cal.info(date(2027, 10, 1))  # a Friday; nobody knows yet whether it is a holiday
    assert day.kind is DayKind.WORKDAY and not day.known
    assert "2027 年的节假日与调休安排尚未录入" in day.warning()
    typed = HolidayCalendar(
        [
            CalendarEntry(date(2027, 10, 1), DayKind.HOLIDAY, "国庆节"),
            CalendarEntry(date(2027, 9, 26), DayKind.MAKEUP, "国庆节"),
        ]
    )
    assert typed.knows(2027)
    assert typed.info(date(2027, 10, 1)).warning() == "2027-10-01（周五）是国庆节假期"
    assert typed.info(date(2027, 9, 26)).kind is DayKind.MAKEUP
    assert typed.info(date(2027, 11, 3)).warning() == ""


def test_the_station_table_is_saved_checked_and_used(db_path: Path) -> None:
    assert "尚未录入" in holiday_service.day_warning(date(2027, 10, 1))
    with pytest.raises(ValidationError) as caught:
        holiday_service.save_year(2027, [CalendarEntry(date(2027, 10, 4), DayKind.MAKEUP)])
    assert caught.value.code == "calendar.makeup"
    holiday_service.save_year(
        2027, [CalendarEntry(date(2027, 10, d), DayKind.HOLIDAY, "国庆节") for d in range(1, 8)]
    )
    assert holiday_service.day_warning(date(2027, 10, 1)) == "2027-10-01（周五）是国庆节假期"
    assert len(holiday_service.year_entries(2027)) == 7


def test_every_meeting_date_gets_its_warning(db_path: Path) -> None:
    assert planning.date_warnings([date(2027, 10, 1)])  # a new or moved meeting in 2027
    assert planning.date_warnings([date(2026, 10, 1)]) == ["2026-10-01（周四）是国庆节假期"]
    assert planning.date_warnings([date(2026, 11, 24)]) == []
    plan = planning.plan_communication_days(date(2026, 9, 1), 2)
    assert plan[1].day == date(2026, 10, 12) and not plan[1].needs_attention


def test_twins_avoid_holidays_and_make_up_days_in_both_directions(db_path: Path) -> None:
    def make(day: date) -> int:
        return planning.create_meeting(
            planning.MeetingDraft(kind="employee", day=day, start_time=time(11), end_time=time(14))
        )

    # 09-30 is a Wednesday: the weekend twin is not 10-03 (National Day) nor 10-10 (worked)
    assert planning.twin_day(date(2026, 9, 30)) == date(2026, 10, 11)
    tid = planning.create_twin(make(date(2026, 9, 30)))
    assert meeting_store.get_meeting(tid).date == date(2026, 10, 11)  # type: ignore[union-attr]
    # a weekend meeting gets a weekday twin: the next ordinary working day
    assert planning.twin_day(date(2026, 9, 26)) == date(2026, 9, 28)
    assert planning.twin_day(date(2026, 10, 4)) == date(2026, 10, 8)
