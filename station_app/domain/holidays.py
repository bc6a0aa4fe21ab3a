"""Chinese public holidays (法定节假日) 2025–2027 as date ranges, for planning meeting days.

2025 and 2026 follow the State Council's published arrangements (国务院办公厅通知). 2027 is
published late in 2026; until then its ranges are the usual pattern around the traditional
dates and only serve to flag a planned day for a second look. Make-up working days (调休上班)
are not listed: a meeting is never planned on a Saturday or Sunday without being flagged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Holiday:
    name: str
    first: date
    last: date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last


def _h(name: str, first: tuple[int, int, int], last: tuple[int, int, int]) -> Holiday:
    return Holiday(name, date(*first), date(*last))


HOLIDAYS: tuple[Holiday, ...] = (
    _h("元旦", (2025, 1, 1), (2025, 1, 1)),
    _h("春节", (2025, 1, 28), (2025, 2, 4)),
    _h("清明节", (2025, 4, 4), (2025, 4, 6)),
    _h("劳动节", (2025, 5, 1), (2025, 5, 5)),
    _h("端午节", (2025, 5, 31), (2025, 6, 2)),
    _h("国庆节、中秋节", (2025, 10, 1), (2025, 10, 8)),
    _h("元旦", (2026, 1, 1), (2026, 1, 3)),
    _h("春节", (2026, 2, 15), (2026, 2, 23)),
    _h("清明节", (2026, 4, 4), (2026, 4, 6)),
    _h("劳动节", (2026, 5, 1), (2026, 5, 5)),
    _h("端午节", (2026, 6, 19), (2026, 6, 21)),
    _h("中秋节", (2026, 9, 25), (2026, 9, 27)),
    _h("国庆节", (2026, 10, 1), (2026, 10, 7)),
    _h("元旦", (2027, 1, 1), (2027, 1, 3)),
    _h("春节", (2027, 2, 5), (2027, 2, 13)),
    _h("清明节", (2027, 4, 3), (2027, 4, 5)),
    _h("劳动节", (2027, 5, 1), (2027, 5, 5)),
    _h("端午节", (2027, 6, 9), (2027, 6, 11)),
    _h("中秋节", (2027, 9, 15), (2027, 9, 17)),
    _h("国庆节", (2027, 10, 1), (2027, 10, 7)),
)

WEEKDAY_NAMES = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")


def holiday_on(day: date, holidays: tuple[Holiday, ...] = HOLIDAYS) -> Holiday | None:
    """The public holiday ``day`` falls in, or None."""
    for h in holidays:
        if day in h:
            return h
    return None


def is_weekend(day: date) -> bool:
    return day.weekday() >= 5


def is_working_day(day: date, holidays: tuple[Holiday, ...] = HOLIDAYS) -> bool:
    return not is_weekend(day) and holiday_on(day, holidays) is None


def nearest_working_day(
    day: date, holidays: tuple[Holiday, ...] = HOLIDAYS, *, max_days: int = 31
) -> date:
    """The working day closest to ``day`` (``day`` itself if it is one); on a tie the later one,
    so a meeting moved off a Sunday goes to Monday rather than Friday."""
    if is_working_day(day, holidays):
        return day
    for k in range(1, max_days + 1):
        after = day + timedelta(days=k)
        if is_working_day(after, holidays):
            return after
        before = day - timedelta(days=k)
        if is_working_day(before, holidays):
            return before
    return day
