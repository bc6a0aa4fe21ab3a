"""Follow-up records of enterprises: the contact log and what is due next."""

from __future__ import annotations

from datetime import date
from typing import Any

from peewee import JOIN, Case, fn

from station_app.store.models import Enterprise, FollowUp, Stage, database
from station_app.store.records import FollowUpRecord
from station_app.store.values import as_date


def _record(f: Any, enterprise_name: str) -> FollowUpRecord:
    return FollowUpRecord(
        id=f.id,
        enterprise_id=f.enterprise_id,
        enterprise_name=enterprise_name,
        date=f.date,
        way=f.way,
        clerk_name=f.clerk_name,
        summary=f.summary,
        next_date=f.next_date,
        meeting_id=f.meeting_id,
        recorded_at=f.created_at,
    )


def add_follow_up(
    enterprise_id: int,
    *,
    on: date,
    way: str,
    clerk: str,
    summary: str,
    next_date: date | None,
    meeting_id: int | None = None,
) -> FollowUpRecord:
    with database.atomic():
        row = FollowUp.create(
            enterprise=enterprise_id,
            date=on,
            way=way,
            clerk_name=clerk,
            summary=summary,
            next_date=next_date,
            meeting=meeting_id,
        )
    name = Enterprise.get_by_id(enterprise_id).name
    return _record(row, name)


def list_follow_ups(enterprise_id: int) -> list[FollowUpRecord]:
    """The log of one enterprise, newest contact first."""
    name = Enterprise.get_by_id(enterprise_id).name
    q = (
        FollowUp.select()
        .where(FollowUp.enterprise == enterprise_id)
        .order_by(FollowUp.date.desc(), FollowUp.id.desc())
    )
    return [_record(f, name) for f in q]


def _latest_due(until: date, *columns: Any) -> Any:
    """Pipeline enterprises whose latest follow-up plans a contact on or before ``until``.

    Each enterprise finds its latest follow-up through the (enterprise, date) index.
    """
    newer = FollowUp.alias()
    latest = (
        newer.select(newer.id)
        .where(newer.enterprise == Enterprise.id)
        .order_by(newer.date.desc(), newer.id.desc())
        .limit(1)
    )
    return (
        Enterprise.select(*columns)
        .join(Stage, JOIN.LEFT_OUTER, on=(Enterprise.stage == Stage.id))
        .switch(Enterprise)
        .join(FollowUp, on=(FollowUp.id == latest))
        .where(
            (Enterprise.union_status != "已建会")
            & (Stage.id.is_null() | ((Stage.is_founded == False) & (Stage.is_on_hold == False)))  # noqa: E712
            & (FollowUp.next_date <= until)
        )
    )


def count_latest_with_next_date(until: date) -> int:
    """How many entries :func:`latest_with_next_date` would return."""
    return int(_latest_due(until, Enterprise.id).count())


def count_latest_due(until: date, overdue_before: date) -> tuple[int, int]:
    """How many entries :func:`latest_with_next_date` would return, and how many of them plan
    the next contact before ``overdue_before``; one query."""
    overdue = fn.SUM(Case(None, [(FollowUp.next_date < overdue_before, 1)], 0))
    row = _latest_due(until, fn.COUNT(Enterprise.id), overdue).tuples().get()
    return int(row[0] or 0), int(row[1] or 0)


# Sort keys of the due list: each orders by itself first, then by the planned date and name.
DUE_SORT_KEYS: dict[str, Any] = {
    "next_date": FollowUp.next_date,
    "enterprise": Enterprise.name,
    "date": FollowUp.date,
    "way": FollowUp.way,
    "clerk": FollowUp.clerk_name,
    "summary": FollowUp.summary,
}


def latest_with_next_date(
    until: date,
    *,
    offset: int = 0,
    limit: int | None = None,
    sort: str = "",
    descending: bool = False,
) -> list[FollowUpRecord]:
    """For every enterprise still in the pipeline, its latest follow-up if that plans a next
    contact on or before ``until``; founded and on-hold enterprises are left out.

    Earliest planned date first (then by name) unless ``sort`` (a key of
    :data:`DUE_SORT_KEYS`) says otherwise; ``limit``/``offset`` read one page."""
    order = [FollowUp.next_date, Enterprise.name, FollowUp.id]
    if sort:
        key = DUE_SORT_KEYS[sort]
        order.insert(0, key.desc() if descending else key.asc())
    query = _latest_due(
        until,
        FollowUp.id,
        FollowUp.enterprise,
        Enterprise.name.alias("enterprise_name"),
        FollowUp.date,
        FollowUp.way,
        FollowUp.clerk_name,
        FollowUp.summary,
        FollowUp.next_date,
        FollowUp.meeting,
    ).order_by(*order)
    if limit:
        query = query.limit(limit).offset(offset)
    # Possibly thousands of rows: the raw cursor with one date conversion, not peewee's per field.
    return [
        FollowUpRecord(
            id=fid,
            enterprise_id=eid,
            enterprise_name=name,
            date=as_date(day),
            way=way,
            clerk_name=clerk,
            summary=summary,
            next_date=as_date(next_date) if next_date else None,
            meeting_id=meeting_id,
        )
        for fid, eid, name, day, way, clerk, summary, next_date, meeting_id in database.execute(
            query
        )
    ]
