"""Follow-up records of enterprises: the contact log and what is due next."""

from __future__ import annotations

from datetime import date
from typing import Any

from peewee import JOIN

from station_app.store.models import Enterprise, FollowUp, Stage, database
from station_app.store.records import FollowUpRecord


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


def latest_with_next_date(until: date) -> list[FollowUpRecord]:
    """For every enterprise still in the pipeline, its latest follow-up if that plans a next
    contact on or before ``until``; founded and on-hold enterprises are left out."""
    rows = _latest_due(
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
    ).tuples()
    out = [
        FollowUpRecord(
            id=fid,
            enterprise_id=eid,
            enterprise_name=name,
            date=day,
            way=way,
            clerk_name=clerk,
            summary=summary,
            next_date=next_date,
            meeting_id=meeting_id,
        )
        for fid, eid, name, day, way, clerk, summary, next_date, meeting_id in rows
    ]
    out.sort(key=lambda r: (r.next_date, r.enterprise_name))
    return out
