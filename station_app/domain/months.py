"""Calendar months and the periods built of them: the one place for month arithmetic."""

from __future__ import annotations

from datetime import date, timedelta


def month_add(d: date, months: int) -> date:
    """The first day of the month `months` after (or before, when negative) the month of `d`."""
    k = d.year * 12 + d.month - 1 + months
    return date(k // 12, k % 12 + 1, 1)


def month_range(year: int, month: int) -> tuple[date, date]:
    """The first and the last day of a month."""
    first = date(year, month, 1)
    return first, month_add(first, 1) - timedelta(days=1)


def quarter_range(d: date) -> tuple[date, date]:
    """The first and the last day of the quarter holding `d`."""
    first = (d.month - 1) // 3 * 3 + 1
    return date(d.year, first, 1), month_range(d.year, first + 2)[1]


def year_range(d: date) -> tuple[date, date]:
    """The first and the last day of the year holding `d`."""
    return date(d.year, 1, 1), date(d.year, 12, 31)
