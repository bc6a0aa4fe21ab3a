"""Gathers the monthly report for the district federation from the figures and the station."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import BinaryIO

from station_app.domain.months import month_range
from station_app.printing.form_data import StationInfo
from station_app.printing.monthly_report import MonthlyReport, write_monthly_report
from station_app.services import stats
from station_app.store import station as station_store

TREND_MONTHS = 6


def monthly_report(year: int, month: int, *, made_on: date | None = None) -> MonthlyReport:
    """The month's report; a month not yet over counts up to ``made_on`` (and says so)."""
    made_on = made_on or date.today()
    start, end = month_range(year, month)
    end = max(start, min(end, made_on))
    s = station_store.get_station()
    return MonthlyReport(
        station=StationInfo(s.name, s.district_federation, s.address, s.phone),
        year=year,
        month=month,
        month_figures=stats.period_figures(start, end),
        year_to_date=stats.period_figures(date(year, 1, 1), end),
        trend=stats.monthly_figures(*stats.trailing_months(end, TREND_MONTHS)),
        made_on=made_on,
    )


def print_monthly_report(
    year: int, month: int, target: Path | str | BinaryIO, *, made_on: date | None = None
) -> MonthlyReport:
    report = monthly_report(year, month, made_on=made_on)
    write_monthly_report(report, target)
    return report
