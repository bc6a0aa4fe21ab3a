"""Reads behind the exports, a batch at a time: a million members never sit in memory at once.

Members are read in keyset batches along the application-date index (each batch a short read,
so desks keep writing and the WAL keeps being checkpointed while a long export runs).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from peewee import JOIN, Tuple, fn

from station_app.store.enterprises import enterprise_query, enterprise_record
from station_app.store.members import member_record
from station_app.store.models import (
    Attendance,
    Clerk,
    Enterprise,
    Feedback,
    FollowUp,
    HandOut,
    Meeting,
    Member,
    StageChange,
)
from station_app.store.records import EnterpriseRecord, MemberRecord

BATCH = 2000


def _member_where(start: date | None, end: date | None) -> Any:
    cond = Member.erased_at.is_null() & (Member.status != "erased")
    if start:
        cond &= Member.application_date >= start
    if end:
        cond &= Member.application_date <= end
    return cond


def count_members(start: date | None = None, end: date | None = None) -> int:
    return int(Member.select(fn.COUNT(Member.id)).where(_member_where(start, end)).scalar() or 0)


def iter_members(
    start: date | None = None, end: date | None = None, *, batch: int = BATCH
) -> Iterator[MemberRecord]:
    """Members (erased ones left out) by application date, then id."""
    base = (
        Member.select(
            Member, Enterprise.name.alias("employer_name"), Clerk.name.alias("clerk_name")
        )
        .join(Enterprise, JOIN.LEFT_OUTER, on=(Member.employer == Enterprise.id))
        .switch(Member)
        .join(Clerk, JOIN.LEFT_OUTER, on=(Member.clerk == Clerk.id))
        .order_by(Member.application_date, Member.id)
    )
    after: tuple[Any, int] | None = None
    while True:
        cond = _member_where(start, end)
        if after is not None:
            cond &= Tuple(Member.application_date, Member.id) > Tuple(*after)
        rows = list(base.where(cond).limit(batch).dicts())
        for r in rows:
            yield member_record(r)
        if len(rows) < batch:
            return
        after = (rows[-1]["application_date"], rows[-1]["id"])


def _enterprise_where(start: date | None, end: date | None) -> Any:
    """Enterprises with something on record in the period: added, contacted, at a meeting,
    moved to another stage (on the day the move took effect), a union founded or a congress
    held. No period: all of them."""
    if start is None and end is None:
        return None
    lo, hi = start or date.min, end or date.max

    def within(column: Any) -> Any:
        return (column >= lo) & (column <= hi)

    def any_of(model: Any, column: Any) -> Any:
        return fn.EXISTS(
            model.select(model.id).where((model.enterprise == Enterprise.id) & within(column))
        )

    meeting = fn.EXISTS(
        Attendance.select(Attendance.id)
        .join(Meeting, on=(Attendance.meeting == Meeting.id))
        .where((Attendance.enterprise == Enterprise.id) & within(Meeting.date))
    )
    return (
        within(fn.DATE(Enterprise.created_at))
        | within(Enterprise.union_founded_on)
        | within(Enterprise.congress_date)
        | any_of(FollowUp, FollowUp.date)
        | any_of(StageChange, StageChange.effective_on)
        | any_of(Feedback, Feedback.received_on)
        | meeting
    )


def count_enterprises(start: date | None = None, end: date | None = None) -> int:
    q = Enterprise.select(fn.COUNT(Enterprise.id))
    where = _enterprise_where(start, end)
    return int((q.where(where) if where is not None else q).scalar() or 0)


def iter_enterprises(
    start: date | None = None, end: date | None = None
) -> Iterator[EnterpriseRecord]:
    """The registry (or the enterprises with something on record in the period), by name."""
    q = enterprise_query().order_by(Enterprise.name, Enterprise.id)
    where = _enterprise_where(start, end)
    if where is not None:
        q = q.where(where)
    for r in q.dicts().iterator():
        yield enterprise_record(r)


def data_span() -> tuple[date, date] | None:
    """The first and last day anything is recorded on (meetings, members, contacts, feedback,
    hand-outs), for an export of "everything"."""
    columns = (
        Meeting.date,
        Member.application_date,
        FollowUp.date,
        Feedback.received_on,
        HandOut.date,
    )
    days: list[date] = []
    for column in columns:
        lo, hi = column.model.select(fn.MIN(column), fn.MAX(column)).tuples().get()
        days += [d if isinstance(d, date) else date.fromisoformat(str(d)) for d in (lo, hi) if d]
    return (min(days), max(days)) if days else None
