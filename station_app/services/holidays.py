"""The holiday calendar the planning uses: the library's arrangements and the station's own
entries for years the library does not know yet, and the warning a meeting date deserves."""

from __future__ import annotations

from datetime import date

from station_app.domain.errors import ValidationError
from station_app.domain.holidays import LIBRARY_YEARS, CalendarEntry, DayKind, HolidayCalendar
from station_app.services import changes
from station_app.store import audit, holidays as holiday_store
from station_app.store.db import unit_of_work

KIND_LABELS = {DayKind.HOLIDAY: "放假", DayKind.MAKEUP: "调休上班"}


def station_calendar() -> HolidayCalendar:
    return HolidayCalendar(holiday_store.entries())


def day_warning(day: date, calendar: HolidayCalendar | None = None) -> str:
    """ "" for a plain working day; else what is special about ``day`` (weekend, holiday,
    make-up working day, or a year whose arrangement nobody has entered)."""
    return (calendar or station_calendar()).info(day).warning()


def library_knows(year: int) -> bool:
    return year in LIBRARY_YEARS


def year_entries(year: int) -> list[CalendarEntry]:
    return holiday_store.entries(year)


@changes.notifies(changes.CALENDAR)
def save_year(year: int, rows: list[CalendarEntry], *, clerk: str = "") -> None:
    """Replace the station's arrangement of ``year`` (holidays and make-up working days)."""
    seen: set[date] = set()
    for e in rows:
        if e.day.year != year:
            raise ValidationError("calendar.year", f"{e.day.isoformat()} 不在 {year} 年")
        if e.day in seen:
            raise ValidationError("calendar.twice", f"{e.day.isoformat()} 填了两次")
        if e.kind not in KIND_LABELS:
            raise ValidationError("calendar.kind", "类型应为“放假”或“调休上班”")
        if e.kind is DayKind.MAKEUP and e.day.weekday() < 5:
            raise ValidationError(
                "calendar.makeup", f"{e.day.isoformat()} 不是周末，不能是调休上班日"
            )
        seen.add(e.day)
    with unit_of_work():
        holiday_store.replace_year(year, sorted(rows, key=lambda e: e.day))
        audit.log(
            "calendar.save", clerk=clerk, entity="calendar", detail=f"{year} 年 {len(rows)} 天"
        )
