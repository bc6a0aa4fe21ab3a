"""The station's figures for a period, derived from the records (never typed twice)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from peewee import fn

from station_app.domain.terms import MeetingKind, MeetingStatus, Outcome, UnionStatus
from station_app.store.models import Attendance, Enterprise, Feedback, HandOut, Meeting, Member


@dataclass(frozen=True)
class PeriodFigures:
    start: date
    end: date
    meetings_held: int
    meetings_by_kind: dict[str, int] = field(default_factory=dict)
    consultations: int = 0
    onsite_joins: int = 0
    non_unionized_attended: int = 0
    intentions: int = 0
    unions_founded: int = 0
    feedback_received: int = 0
    feedback_answered: int = 0
    hand_outs: int = 0


def _held_in(start: date, end: date):  # type: ignore[no-untyped-def]
    return (
        (Meeting.status == MeetingStatus.HELD.value)
        & (Meeting.date >= start)
        & (Meeting.date <= end)
    )


def period_figures(start: date, end: date) -> PeriodFigures:
    held = _held_in(start, end)
    by_kind = {
        k: n
        for k, n in Meeting.select(Meeting.kind, fn.COUNT(Meeting.id))
        .where(held)
        .group_by(Meeting.kind)
        .tuples()
    }
    consultations = (
        Meeting.select(fn.COALESCE(fn.SUM(Meeting.consultation_count), 0)).where(held).scalar()
    )
    joins = Member.select(fn.COUNT(Member.id)).join(Meeting).where(held).scalar()
    attended_q = (
        Attendance.select(fn.COUNT(fn.DISTINCT(Attendance.enterprise)))
        .join(Meeting)
        .switch(Attendance)
        .join(Enterprise)
        .where(
            held
            & (Attendance.attended == True)  # noqa: E712
            & (
                (Enterprise.union_status != UnionStatus.FOUNDED.value)
                | (Enterprise.union_founded_on >= Meeting.date)
            )
        )
    )
    intentions = (
        Attendance.select(fn.COUNT(fn.DISTINCT(Attendance.enterprise)))
        .join(Meeting)
        .where(held & (Attendance.outcome.in_([Outcome.INTENTION.value, Outcome.SUPPORT.value])))
        .scalar()
    )
    founded = (
        Enterprise.select(fn.COUNT(Enterprise.id))
        .where(Enterprise.union_founded_on.between(start, end))
        .scalar()
    )
    fb_in = Feedback.select().where(Feedback.received_on.between(start, end))
    hand = (
        HandOut.select(fn.COALESCE(fn.SUM(HandOut.quantity), 0))
        .where(HandOut.date.between(start, end))
        .scalar()
    )
    return PeriodFigures(
        start=start,
        end=end,
        meetings_held=sum(by_kind.values()),
        meetings_by_kind={k.value: by_kind.get(k.value, 0) for k in MeetingKind},
        consultations=int(consultations or 0),
        onsite_joins=int(joins or 0),
        non_unionized_attended=int(attended_q.scalar() or 0),
        intentions=int(intentions or 0),
        unions_founded=int(founded or 0),
        feedback_received=fb_in.count(),
        feedback_answered=fb_in.where(Feedback.reply != "").count(),
        hand_outs=int(hand or 0),
    )
