"""Dates and times as the database hands them back: objects or ISO text, by engine."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any


def as_date(value: Any) -> date:
    """A stored day (a date, a datetime, or ISO text that may carry a time) as a date."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def as_optional_date(value: Any) -> date | None:
    return None if value is None or value == "" else as_date(value)


def as_time(value: Any) -> time | None:
    """A stored time of day, or None."""
    if value is None or isinstance(value, time):
        return value
    return time.fromisoformat(str(value))
