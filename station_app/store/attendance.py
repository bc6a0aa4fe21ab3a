"""What happened at a meeting: enterprises present and their outcomes, follow-ups the meeting
counts as, gifts handed out, and the meeting's figures counted from those rows."""

from __future__ import annotations

from datetime import date
from typing import Any

from peewee import JOIN, fn

from station_app.domain.terms import UnionStatus
from station_app.store import figure_sql as rule
from station_app.store.members import adopt_free_text_employer
from station_app.store.models import (
    Attendance,
    Enterprise,
    Feedback,
    FollowUp,
    HandOut,
    Meeting,
    Stage,
)
from station_app.store.records import AttendanceRecord, FollowUpRecord, MeetingFigures, StageRecord

MEETING_WAY = "沟通会"


def _attendance_query() -> Any:
    return (
        Attendance.select(
            Attendance,
            Enterprise.name.alias("enterprise_name"),
            Enterprise.union_status.alias("union_status"),
            Stage.name.alias("stage_name"),
        )
        .join(Enterprise, on=(Attendance.enterprise == Enterprise.id))
        .join(Stage, JOIN.LEFT_OUTER, on=(Enterprise.stage == Stage.id))
    )


def list_attendance(meeting_id: int) -> list[AttendanceRecord]:
    q = (
        _attendance_query()
        .where(Attendance.meeting == meeting_id)
        .order_by(Attendance.attended.desc(), Enterprise.name)
    )
    return [
        AttendanceRecord(
            id=r["id"],
            meeting_id=r["meeting"],
            enterprise_id=r["enterprise"],
            enterprise_name=r["enterprise_name"],
            union_status=r["union_status"],
            stage_name=r["stage_name"] or "",
            invited=r["invited"],
            attended=r["attended"],
            outcome=r["outcome"],
            union_inquiry=r["union_inquiry"],
            notes=r["notes"],
        )
        for r in q.dicts()
    ]


def upsert_attendance(
    meeting_id: int,
    enterprise_id: int,
    *,
    invited: bool = True,
    attended: bool = False,
    outcome: str = "",
    union_inquiry: bool = False,
    notes: str = "",
) -> int:
    row = Attendance.get_or_none(
        (Attendance.meeting == meeting_id) & (Attendance.enterprise == enterprise_id)
    )
    if row is None:
        row = Attendance(meeting=meeting_id, enterprise=enterprise_id)
    row.invited = invited
    row.attended = attended
    row.outcome = outcome
    row.union_inquiry = union_inquiry
    row.notes = notes
    row.save()
    return int(row.id)


def remove_attendance(meeting_id: int, enterprise_ids: list[int]) -> int:
    if not enterprise_ids:
        return 0
    return int(
        Attendance.delete()
        .where((Attendance.meeting == meeting_id) & Attendance.enterprise.in_(enterprise_ids))
        .execute()
    )


def ensure_enterprise(name: str) -> tuple[int, bool]:
    """The registry entry called ``name``, created (未建会, first stage) if there is none."""
    name = name.strip()
    row = Enterprise.get_or_none(Enterprise.name == name)
    if row is not None:
        return int(row.id), False
    first = Stage.select().where(Stage.is_on_hold == False).order_by(Stage.position).first()  # noqa: E712
    ent = Enterprise.create(
        name=name, union_status=UnionStatus.NONE.value, stage=first.id if first else None
    )
    adopt_free_text_employer(ent.id, name)
    return int(ent.id), True


def _stage(s: Stage | None) -> StageRecord | None:
    if s is None:
        return None
    return StageRecord(s.id, s.name, s.position, s.is_founded, s.is_on_hold, s.role)


def enterprise_stage(enterprise_id: int) -> tuple[StageRecord | None, str]:
    """The enterprise's current stage and its union status (未建会 / 筹备中 / 已建会)."""
    e = Enterprise.get_by_id(enterprise_id)
    return _stage(Stage.get_or_none(Stage.id == e.stage_id) if e.stage_id else None), str(
        e.union_status
    )


def stage_by_name(name: str) -> StageRecord | None:
    return _stage(Stage.get_or_none(Stage.name == name))


def stage_by_role(role: str) -> StageRecord | None:
    return _stage(Stage.get_or_none(Stage.role == role))


def upsert_meeting_follow_up(
    enterprise_id: int, meeting_id: int, *, day: date, clerk: str, summary: str
) -> int:
    """The one follow-up record (way 沟通会) a meeting counts as for an enterprise."""
    row = FollowUp.get_or_none(
        (FollowUp.enterprise == enterprise_id) & (FollowUp.meeting == meeting_id)
    )
    if row is None:
        row = FollowUp(enterprise=enterprise_id, meeting=meeting_id)
    row.date = day
    row.way = MEETING_WAY
    row.clerk_name = clerk
    row.summary = summary
    row.save()
    return int(row.id)


def follow_ups_of_meeting(meeting_id: int) -> list[FollowUpRecord]:
    q = (
        FollowUp.select(FollowUp, Enterprise.name.alias("enterprise_name"))
        .join(Enterprise, on=(FollowUp.enterprise == Enterprise.id))
        .where(FollowUp.meeting == meeting_id)
        .order_by(Enterprise.name)
    )
    return [
        FollowUpRecord(
            id=r["id"],
            enterprise_id=r["enterprise"],
            enterprise_name=r["enterprise_name"],
            date=r["date"],
            way=r["way"],
            clerk_name=r["clerk_name"],
            summary=r["summary"],
            next_date=r["next_date"],
            meeting_id=r["meeting"],
        )
        for r in q.dicts()
    ]


def unionized_on(day: date, among: list[int] | None = None) -> set[int]:
    """Ids of the enterprises (of ``among``, or all) that had their union on ``day``."""
    q = Enterprise.select(Enterprise.id).where(rule.had_union_on(day))
    if among is not None:
        q = q.where(Enterprise.id.in_(among))
    return {eid for (eid,) in q.tuples()}


def meeting_figures(meeting_id: int) -> MeetingFigures:
    """One meeting's figures, with the same conditions as the period figures."""
    m = Meeting.get_by_id(meeting_id)
    here = Meeting.id == meeting_id

    def firms(cond: Any) -> int:
        q = (
            Attendance.select(fn.COUNT(fn.DISTINCT(Attendance.enterprise)))
            .join(Meeting, on=(Attendance.meeting == Meeting.id))
            .switch(Attendance)
            .join(Enterprise, on=(Attendance.enterprise == Enterprise.id))
            .where(here & cond)
        )
        return int(q.scalar() or 0)

    gifts = (
        HandOut.select(fn.COALESCE(fn.SUM(HandOut.quantity), 0))
        .where(HandOut.meeting == meeting_id)
        .scalar()
    )
    joins = Meeting.select(rule.joins_on_meeting_day()).where(here).scalar()
    return MeetingFigures(
        consultations=int(m.consultation_count),
        joins=int(joins or 0),
        invited=firms(Attendance.invited == True),  # noqa: E712
        attended=firms(rule.present()),
        non_unionized_attended=firms(rule.non_unionized_present()),
        support=firms(rule.support()),
        intentions=firms(rule.intention()),
        union_inquiries=firms(Attendance.union_inquiry == True),  # noqa: E712
        gifts=int(gifts or 0),
        feedback=Feedback.select().where(Feedback.meeting == meeting_id).count(),
    )
