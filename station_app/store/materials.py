"""The station's leaflets handed out at meetings: how many copies of which, when."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from peewee import fn

from station_app.store.models import MaterialHandOut, database


@contextmanager
def transaction() -> Iterator[None]:
    with database.atomic():
        yield


def record(meeting_id: int | None, copies: dict[str, int], day: date) -> None:
    """Count ``copies`` (title → number) as handed out at the meeting, in one transaction."""
    with database.atomic():
        for title, n in copies.items():
            MaterialHandOut.create(meeting=meeting_id, title=title, copies=n, date=day)


def of_meeting(meeting_id: int) -> dict[str, int]:
    """Copies handed out at one meeting, by title."""
    q = (
        MaterialHandOut.select(MaterialHandOut.title, fn.SUM(MaterialHandOut.copies))
        .where(MaterialHandOut.meeting == meeting_id)
        .group_by(MaterialHandOut.title)
        .order_by(MaterialHandOut.title)
        .tuples()
    )
    return {title: int(n) for title, n in q}


def total(start: date, end: date) -> int:
    """Copies handed out in the period."""
    q = MaterialHandOut.select(fn.COALESCE(fn.SUM(MaterialHandOut.copies), 0)).where(
        (MaterialHandOut.date >= start) & (MaterialHandOut.date <= end)
    )
    return int(q.scalar() or 0)
