"""Reads behind the station's figures and exports: every figure is counted from the same
conditions its drill-down list uses, so a figure and the rows behind it always agree.

Definitions (a period is ``start``–``end``, both days included):

- a meeting counts when it was held (status ``held``) in the period; cancelled or planned ones
  count zero;
- an on-site join is a member linked to such a meeting (one row per person, erased members keep
  counting so the totals stay right after an erasure);
- an enterprise counts as non-unionized at a meeting when it had no union on the meeting date:
  no founding date and not marked 已建会, or a union founded after that date;
- enterprises are counted once per period however many meetings they attended.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from peewee import JOIN, fn

from station_app.domain.terms import MeetingStatus, Outcome, UnionStatus
from station_app.store.enterprises import _query as _enterprise_query
from station_app.store.enterprises import _record as _enterprise_record
from station_app.store.members import _list_query, _list_row
from station_app.store.members import _record as _member_record
from station_app.store.models import (
    Attendance,
    Clerk,
    Enterprise,
    Feedback,
    FollowUp,
    HandOut,
    Meeting,
    Member,
    Stage,
)
from station_app.store.records import (
    EnterpriseRecord,
    FeedbackRecord,
    FollowUpRecord,
    MemberListRow,
    MemberRecord,
)

INTENTION_OUTCOMES = (Outcome.INTENTION.value, Outcome.SUPPORT.value)


@dataclass(frozen=True)
class EnterpriseAtMeetings:
    """One enterprise behind an enterprise figure, with the held meetings that put it there."""

    enterprise_id: int
    name: str
    credit_code: str
    employee_count: int
    union_status: str
    stage_name: str
    meetings: int
    first_date: date
    last_date: date
    outcome: str = ""  # the strongest outcome reached (intention before support)


@dataclass(frozen=True)
class HandOutRow:
    id: int
    date: date
    item: str
    quantity: int
    campaign: str
    recipient_name: str
    meeting_id: int | None


@dataclass(frozen=True)
class StageCount:
    stage_id: int
    name: str
    position: int
    is_founded: bool
    is_on_hold: bool
    count: int


def _as_date(v: Any) -> date:
    return v if isinstance(v, date) else date.fromisoformat(str(v))


def _held(start: date, end: date) -> Any:
    return (
        (Meeting.status == MeetingStatus.HELD.value)
        & (Meeting.date >= start)
        & (Meeting.date <= end)
    )


def _no_union_at_meeting() -> Any:
    return (
        Enterprise.union_founded_on.is_null()
        & (Enterprise.union_status != UnionStatus.FOUNDED.value)
    ) | (Enterprise.union_founded_on > Meeting.date)


# ------------------------------------------------------------------------------ meetings


def held_by_kind(start: date, end: date) -> dict[str, int]:
    q = (
        Meeting.select(Meeting.kind, fn.COUNT(Meeting.id))
        .where(_held(start, end))
        .group_by(Meeting.kind)
        .tuples()
    )
    return {kind: int(n) for kind, n in q}


def consultation_total(start: date, end: date) -> int:
    total = (
        Meeting.select(fn.COALESCE(fn.SUM(Meeting.consultation_count), 0))
        .where(_held(start, end))
        .scalar()
    )
    return int(total or 0)


# ------------------------------------------------------------------------------- members


def _joins_query(start: date, end: date) -> Any:
    return (
        Member.select(Member.id)
        .join(Meeting, on=(Member.meeting == Meeting.id))
        .where(_held(start, end))
    )


def join_count(start: date, end: date) -> int:
    return int(_joins_query(start, end).count())


def join_members(start: date, end: date) -> list[MemberListRow]:
    q = (
        _list_query()
        .where(Member.id.in_(_joins_query(start, end)))
        .order_by(Member.application_date, Member.id)
    )
    return [_list_row(r) for r in q.dicts()]


def member_records(start: date | None = None, end: date | None = None) -> list[MemberRecord]:
    """Members (erased ones left out) by application date, for exports."""
    q = (
        Member.select(
            Member, Enterprise.name.alias("employer_name"), Clerk.name.alias("clerk_name")
        )
        .join(Enterprise, JOIN.LEFT_OUTER, on=(Member.employer == Enterprise.id))
        .switch(Member)
        .join(Clerk, JOIN.LEFT_OUTER, on=(Member.clerk == Clerk.id))
        .where(Member.erased_at.is_null() & (Member.status != "erased"))
    )
    if start:
        q = q.where(Member.application_date >= start)
    if end:
        q = q.where(Member.application_date <= end)
    return [_member_record(r) for r in q.order_by(Member.application_date, Member.id).dicts()]


def meeting_dates(ids: list[int]) -> dict[int, date]:
    if not ids:
        return {}
    q = Meeting.select(Meeting.id, Meeting.date).where(Meeting.id.in_(ids)).tuples()
    return {mid: _as_date(d) for mid, d in q}


# --------------------------------------------------------------------------- enterprises


def _enterprises_at(rows: list[dict[str, Any]]) -> list[EnterpriseAtMeetings]:
    grouped: dict[int, dict[str, Any]] = {}
    for r in rows:
        d = _as_date(r["date"])
        g = grouped.setdefault(r["eid"], {**r, "n": set(), "first": d, "last": d, "outs": set()})
        g["n"].add(r["mid"])
        g["first"] = min(g["first"], d)
        g["last"] = max(g["last"], d)
        g["outs"].add(r["outcome"] or "")
    out = []
    for eid, g in grouped.items():
        outcome = next((o for o in INTENTION_OUTCOMES if o in g["outs"]), "")
        out.append(
            EnterpriseAtMeetings(
                enterprise_id=eid,
                name=g["name"],
                credit_code=g["credit_code"] or "",
                employee_count=g["employee_count"],
                union_status=g["union_status"],
                stage_name=g["stage_name"] or "",
                meetings=len(g["n"]),
                first_date=g["first"],
                last_date=g["last"],
                outcome=outcome,
            )
        )
    return sorted(out, key=lambda e: (e.first_date, e.name))


def _attendance_query(where: Any) -> Any:
    return (
        Attendance.select(
            Enterprise.id.alias("eid"),
            Enterprise.name,
            Enterprise.credit_code,
            Enterprise.employee_count,
            Enterprise.union_status,
            Stage.name.alias("stage_name"),
            Meeting.id.alias("mid"),
            Meeting.date,
            Attendance.outcome,
        )
        .join(Meeting, on=(Attendance.meeting == Meeting.id))
        .switch(Attendance)
        .join(Enterprise, on=(Attendance.enterprise == Enterprise.id))
        .join(Stage, JOIN.LEFT_OUTER, on=(Enterprise.stage == Stage.id))
        .where(where)
    )


def _non_unionized_where(start: date, end: date) -> Any:
    return _held(start, end) & (Attendance.attended == True) & _no_union_at_meeting()  # noqa: E712


def _intention_where(start: date, end: date) -> Any:
    return _held(start, end) & Attendance.outcome.in_(INTENTION_OUTCOMES)


def _distinct_count(where: Any) -> int:
    q = (
        Attendance.select(fn.COUNT(fn.DISTINCT(Attendance.enterprise)))
        .join(Meeting, on=(Attendance.meeting == Meeting.id))
        .switch(Attendance)
        .join(Enterprise, on=(Attendance.enterprise == Enterprise.id))
        .where(where)
    )
    return int(q.scalar() or 0)


def non_unionized_attended_count(start: date, end: date) -> int:
    return _distinct_count(_non_unionized_where(start, end))


def non_unionized_attended(start: date, end: date) -> list[EnterpriseAtMeetings]:
    return _enterprises_at(list(_attendance_query(_non_unionized_where(start, end)).dicts()))


def intention_count(start: date, end: date) -> int:
    return _distinct_count(_intention_where(start, end))


def intention_enterprises(start: date, end: date) -> list[EnterpriseAtMeetings]:
    return _enterprises_at(list(_attendance_query(_intention_where(start, end)).dicts()))


def _founded_where(start: date, end: date) -> Any:
    return (Enterprise.union_founded_on >= start) & (Enterprise.union_founded_on <= end)


def founded_count(start: date, end: date) -> int:
    return int(Enterprise.select().where(_founded_where(start, end)).count())


def founded_enterprises(start: date, end: date) -> list[EnterpriseRecord]:
    q = _enterprise_query().where(_founded_where(start, end)).order_by(Enterprise.union_founded_on)
    return [_enterprise_record(r) for r in q.dicts()]


def stage_counts() -> list[StageCount]:
    counts = dict(
        Enterprise.select(Enterprise.stage, fn.COUNT(Enterprise.id))
        .group_by(Enterprise.stage)
        .tuples()
    )
    return [
        StageCount(s.id, s.name, s.position, s.is_founded, s.is_on_hold, int(counts.get(s.id, 0)))
        for s in Stage.select().order_by(Stage.position)
    ]


# ---------------------------------------------------------------- feedback, follow-ups, gifts


def _answered() -> Any:
    return (Feedback.reply != "") | Feedback.replied_on.is_null(False)


def _feedback_where(start: date | None, end: date | None, answered: bool) -> Any:
    cond = Feedback.id.is_null(False)
    if start:
        cond &= Feedback.received_on >= start
    if end:
        cond &= Feedback.received_on <= end
    return cond & _answered() if answered else cond


def feedback_count(start: date, end: date, *, answered: bool = False) -> int:
    return int(Feedback.select().where(_feedback_where(start, end, answered)).count())


def feedback_records(
    start: date | None = None, end: date | None = None, *, answered: bool = False
) -> list[FeedbackRecord]:
    q = (
        Feedback.select(Feedback, Enterprise.name.alias("enterprise_name"))
        .join(Enterprise, JOIN.LEFT_OUTER, on=(Feedback.enterprise == Enterprise.id))
        .where(_feedback_where(start, end, answered))
        .order_by(Feedback.received_on, Feedback.id)
    )
    return [
        FeedbackRecord(
            id=r["id"],
            enterprise_id=r["enterprise"],
            enterprise_name=r["enterprise_name"] or "",
            meeting_id=r["meeting"],
            category=r["category"],
            content=r["content"],
            received_on=_as_date(r["received_on"]),
            reply=r["reply"],
            replied_on=_as_date(r["replied_on"]) if r["replied_on"] else None,
            status=r["status"],
        )
        for r in q.dicts()
    ]


def follow_up_records(start: date | None = None, end: date | None = None) -> list[FollowUpRecord]:
    q = (
        FollowUp.select(FollowUp, Enterprise.name.alias("enterprise_name"))
        .join(Enterprise, on=(FollowUp.enterprise == Enterprise.id))
        .order_by(FollowUp.date, FollowUp.id)
    )
    if start:
        q = q.where(FollowUp.date >= start)
    if end:
        q = q.where(FollowUp.date <= end)
    return [
        FollowUpRecord(
            id=r["id"],
            enterprise_id=r["enterprise"],
            enterprise_name=r["enterprise_name"],
            date=_as_date(r["date"]),
            way=r["way"],
            clerk_name=r["clerk_name"],
            summary=r["summary"],
            next_date=_as_date(r["next_date"]) if r["next_date"] else None,
            meeting_id=r["meeting"],
        )
        for r in q.dicts()
    ]


def hand_out_total(start: date, end: date) -> int:
    total = (
        HandOut.select(fn.COALESCE(fn.SUM(HandOut.quantity), 0))
        .where((HandOut.date >= start) & (HandOut.date <= end))
        .scalar()
    )
    return int(total or 0)


def hand_out_rows(start: date, end: date) -> list[HandOutRow]:
    q = (
        HandOut.select()
        .where((HandOut.date >= start) & (HandOut.date <= end))
        .order_by(HandOut.date, HandOut.id)
    )
    return [
        HandOutRow(
            h.id,
            _as_date(h.date),
            h.item,
            h.quantity,
            h.campaign,
            h.recipient_name,
            h.meeting_id,
        )
        for h in q
    ]
