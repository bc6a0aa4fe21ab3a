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


def latest_with_next_date(until: date) -> list[FollowUpRecord]:
    """For every enterprise still in the pipeline, its latest follow-up if that plans a next
    contact on or before ``until``; founded and on-hold enterprises are left out."""
    rows = (
        FollowUp.select(FollowUp, Enterprise.name.alias("enterprise_name"))
        .join(Enterprise, on=(FollowUp.enterprise == Enterprise.id))
        .join(Stage, on=(Enterprise.stage == Stage.id), join_type=JOIN.LEFT_OUTER)
        .where(
            (Enterprise.union_status != "已建会")
            & (Stage.id.is_null() | ((Stage.is_founded == False) & (Stage.is_on_hold == False)))  # noqa: E712
        )
        .order_by(FollowUp.enterprise, FollowUp.date.desc(), FollowUp.id.desc())
    )
    seen: set[int] = set()
    out: list[FollowUpRecord] = []
    for f in rows.objects():
        if f.enterprise_id in seen:
            continue
        seen.add(f.enterprise_id)
        if f.next_date is not None and f.next_date <= until:
            out.append(_record(f, f.enterprise_name))
    out.sort(key=lambda r: (r.next_date, r.enterprise_name))
    return out
