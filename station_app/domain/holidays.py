"""Public holidays (法定节假日) and make-up working days (调休上班) for planning meeting days.

The State Council's arrangements come from the maintained ``chinesecalendar`` package; for a
year it does not know yet the station types the arrangement in (``CalendarEntry`` rows, kept in
the database). A year known to neither is never guessed: its days are judged by the weekday
alone and every warning says the arrangement is not known.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

import chinese_calendar
from chinese_calendar.constants import Holiday as _LibraryHoliday

from station_app.domain.weekdays import WEEKDAY_NAMES

_CHINESE_NAMES = {h.value: h.chinese for h in _LibraryHoliday}
LIBRARY_YEARS = range(min(chinese_calendar.holidays).year, max(chinese_calendar.holidays).year + 1)


class DayKind(StrEnum):
    WORKDAY = "workday"  # an ordinary working day
    WEEKEND = "weekend"  # Saturday or Sunday, no work
    HOLIDAY = "holiday"  # a public holiday (days off in its arrangement)
    MAKEUP = "makeup"  # a weekend day worked to make up for a holiday (调休上班)


@dataclass(frozen=True)
class CalendarEntry:
    """One day of a year's arrangement typed in by the station: ``kind`` is HOLIDAY or MAKEUP."""

    day: date
    kind: DayKind
    name: str = ""


@dataclass(frozen=True)
class DayInfo:
    day: date
    kind: DayKind
    name: str = ""  # the holiday (国庆节), also for its make-up days
    known: bool = True  # False: the year's arrangement is not known; judged by weekday only

    @property
    def is_working_day(self) -> bool:
        return self.kind in (DayKind.WORKDAY, DayKind.MAKEUP)

    @property
    def weekday(self) -> str:
        return WEEKDAY_NAMES[self.day.weekday()]

    def warning(self) -> str:
        """Why a meeting on this day deserves a second look, or "" for a plain working day."""
        parts = []
        if self.kind is DayKind.HOLIDAY:
            parts.append(f"{self.day:%Y-%m-%d}（{self.weekday}）是{self.name or '法定节假日'}假期")
        elif self.kind is DayKind.MAKEUP:
            why = f"，{self.name}调休" if self.name else ""
            parts.append(f"{self.day:%Y-%m-%d} 是调休上班日（{self.weekday}{why}）")
        elif self.kind is DayKind.WEEKEND:
            parts.append(f"{self.day:%Y-%m-%d} 是{self.weekday}")
        if not self.known:
            unknown = (
                f"{self.day.year} 年的节假日与调休安排尚未录入，无法判断是否为节假日"
                "（文件 → 节假日与调休…）"
            )
            parts.append(unknown if parts else f"{self.day:%Y-%m-%d}（{self.weekday}）：{unknown}")
        return "；".join(parts)


class HolidayCalendar:
    """The library's arrangements plus the station's own entries (which take precedence)."""

    def __init__(self, station: Iterable[CalendarEntry] = ()) -> None:
        self._station = {e.day: e for e in station}
        self._station_years = {d.year for d in self._station}

    def knows(self, year: int) -> bool:
        return year in LIBRARY_YEARS or year in self._station_years

    def unknown_years(self, first: date, last: date) -> list[int]:
        return [y for y in range(first.year, last.year + 1) if not self.knows(y)]

    def info(self, day: date) -> DayInfo:
        weekend = day.weekday() >= 5
        entry = self._station.get(day)
        if entry is not None:
            return DayInfo(day, entry.kind, entry.name)
        if day.year not in LIBRARY_YEARS:
            kind = DayKind.WEEKEND if weekend else DayKind.WORKDAY
            return DayInfo(day, kind, known=day.year in self._station_years)
        off, name = chinese_calendar.get_holiday_detail(day)
        chinese = _CHINESE_NAMES.get(name or "", "")
        if off:
            return DayInfo(day, DayKind.HOLIDAY if chinese else DayKind.WEEKEND, chinese)
        return DayInfo(day, DayKind.MAKEUP if weekend else DayKind.WORKDAY, chinese)

    def is_working_day(self, day: date) -> bool:
        return self.info(day).is_working_day

    def is_rest_weekend(self, day: date) -> bool:
        """A Saturday or Sunday that is neither a holiday nor worked (a 错时 weekend day)."""
        return self.info(day).kind is DayKind.WEEKEND

    def nearest_working_day(self, day: date, *, max_days: int = 31) -> date:
        """The working day closest to ``day`` (``day`` itself if it is one); on a tie the later
        one, so a meeting moved off a Sunday goes to Monday rather than Friday."""
        if self.is_working_day(day):
            return day
        for k in range(1, max_days + 1):
            for candidate in (day + timedelta(days=k), day - timedelta(days=k)):
                if self.is_working_day(candidate):
                    return candidate
        return day

    def next_day(self, day: date, wanted: str, *, max_days: int = 35) -> date | None:
        """The first day after ``day`` that is a rest weekend day (``wanted`` "weekend") or a
        working day that is not a make-up day ("weekday")."""
        for k in range(1, max_days + 1):
            d = day + timedelta(days=k)
            kind = self.info(d).kind
            if (wanted == "weekend" and kind is DayKind.WEEKEND) or (
                wanted == "weekday" and kind is DayKind.WORKDAY
            ):
                return d
        return None


def is_weekend(day: date) -> bool:
    return day.weekday() >= 5
