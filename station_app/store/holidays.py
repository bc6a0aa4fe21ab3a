"""The station's own holiday arrangements (a year the holiday library does not know yet)."""

from __future__ import annotations

from datetime import date

from station_app.domain.holidays import CalendarEntry, DayKind
from station_app.store.models import CalendarDay
from station_app.store.values import as_date


def entries(year: int | None = None) -> list[CalendarEntry]:
    q = CalendarDay.select().order_by(CalendarDay.day)
    if year is not None:
        q = q.where((CalendarDay.day >= date(year, 1, 1)) & (CalendarDay.day <= date(year, 12, 31)))
    return [CalendarEntry(as_date(r.day), DayKind(r.kind), r.name) for r in q]


def replace_year(year: int, rows: list[CalendarEntry]) -> None:
    """Within the caller's unit of work."""
    CalendarDay.delete().where(
        (CalendarDay.day >= date(year, 1, 1)) & (CalendarDay.day <= date(year, 12, 31))
    ).execute()
    for e in rows:
        CalendarDay.create(day=e.day, kind=e.kind.value, name=e.name)
