"""Reads behind the station's figures and exports: every figure is counted with the conditions
of ``store/figure_sql.py`` (the SQL of the definitions in ``domain/figures.py``), and its
drill-down list uses the very same conditions, so a figure and the rows behind it always agree.

A whole trend is read with a handful of grouped queries (one per kind of record, grouped by
month), not one set of queries per month.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from peewee import JOIN, SQL, Case, Value, fn

from station_app.domain.figures import JoinLine
from station_app.domain.terms import MeetingStatus, Outcome
from station_app.store import figure_sql as rule
from station_app.store.dialect import month_text
from station_app.store.enterprises import enterprise_query, enterprise_record
from station_app.store.feedback import feedback_record
from station_app.store.members import member_list_query, member_list_row, member_record
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
from station_app.store.values import as_date

# the strongest outcome an enterprise reached in a period, shown in the drill-downs
OUTCOME_ORDER = (Outcome.INTENTION.value, Outcome.SUPPORT.value)
WHOLE_PERIOD = ""  # the bucket of an ungrouped count


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


# ------------------------------------------------------------------------------ figures

Buckets = dict[str, dict[str, int]]  # bucket ("YYYY-MM", or "" for the whole period) -> values


def _by_day(query: Any, day: Any, *more: Any) -> Any:
    """``query`` grouped by its date column (and ``more``): the index's order, no function per
    row; the rows are put into months in Python (:func:`_bucket`)."""
    return query.select_extend(day.alias("day")).group_by(day, *more)


def _bucket(day: Any, by_month: bool) -> str:
    return str(day)[:7] if by_month else WHOLE_PERIOD


def _distinct_firms(cond: Any) -> Any:
    return fn.COUNT(fn.DISTINCT(Case(None, [(cond, Attendance.enterprise)], None)))


def figure_table(start: date, end: date, *, by_month: bool) -> Buckets:
    """Every figure for ``start``–``end`` (both included), for the whole period or by month,
    in seven grouped queries however many months there are. Meetings by kind are keyed
    ``meetings_held:<kind>``; registrations waiting on unmarked meetings ``pending_joins``."""
    out: Buckets = defaultdict(lambda: defaultdict(int))

    meetings = _by_day(
        Meeting.select(
            Meeting.kind,
            fn.COUNT(Meeting.id).alias("n"),
            fn.COALESCE(fn.SUM(Meeting.consultation_count), 0).alias("consult"),
        ).where(rule.held_between(start, end)),
        Meeting.date,
        Meeting.kind,
    )
    for r in meetings.dicts():
        b = out[_bucket(r["day"], by_month)]
        b["meetings_held:" + r["kind"]] += int(r["n"])
        b["meetings_held"] += int(r["n"])
        b["consultations"] += int(r["consult"] or 0)

    # Registrations made at a held or planned meeting on its day, counted per meeting (an index
    # seek each); every other registration of the period is a desk registration.
    at_meetings = Meeting.select(
        Meeting.date, Meeting.status, rule.joins_on_meeting_day().alias("n")
    ).where(
        rule.between(Meeting.date, start, end)
        & Meeting.status.in_((MeetingStatus.HELD.value, MeetingStatus.PLANNED.value))
    )
    for r in at_meetings.dicts():
        held = r["status"] == MeetingStatus.HELD.value
        out[_bucket(r["date"], by_month)]["onsite_joins" if held else "pending_joins"] += r["n"]
    registrations = _by_day(
        Member.select(fn.COUNT(SQL("*")).alias("n")).where(
            rule.between(Member.application_date, start, end)
        ),
        Member.application_date,
    )
    for r in registrations.dicts():
        out[_bucket(r["day"], by_month)]["desk_joins"] += int(r["n"])
    for b in out.values():
        b["desk_joins"] -= b["onsite_joins"] + b["pending_joins"]

    # firms are counted once per bucket: grouped in SQL, not added up from days
    bucket = month_text(Meeting.date) if by_month else Value(WHOLE_PERIOD)
    firms = (
        Attendance.select(
            bucket.alias("bucket"),
            _distinct_firms(rule.non_unionized_present()).alias("non_unionized_attended"),
            _distinct_firms(rule.intention()).alias("intentions"),
            _distinct_firms(rule.support()).alias("support"),
        )
        .join(Meeting, on=(Attendance.meeting == Meeting.id))
        .switch(Attendance)
        .join(Enterprise, on=(Attendance.enterprise == Enterprise.id))
        .where(rule.held_between(start, end))
    )
    for r in (firms.group_by(bucket) if by_month else firms).dicts():
        for key in ("non_unionized_attended", "intentions", "support"):
            out[r["bucket"]][key] += int(r[key] or 0)

    founded = _by_day(
        Enterprise.select(fn.COUNT(Enterprise.id).alias("n")).where(
            rule.between(Enterprise.union_founded_on, start, end)
        ),
        Enterprise.union_founded_on,
    )
    for r in founded.dicts():
        out[_bucket(r["day"], by_month)]["unions_founded"] += int(r["n"])

    answered = fn.SUM(Case(None, [(_answered(), 1)], 0))
    feedback = _by_day(
        Feedback.select(
            fn.COUNT(Feedback.id).alias("n"), fn.COALESCE(answered, 0).alias("answered")
        ).where(rule.between(Feedback.received_on, start, end)),
        Feedback.received_on,
    )
    for r in feedback.dicts():
        b = out[_bucket(r["day"], by_month)]
        b["feedback_received"] += int(r["n"])
        b["feedback_answered"] += int(r["answered"] or 0)

    gifts = _by_day(
        HandOut.select(fn.COALESCE(fn.SUM(HandOut.quantity), 0).alias("n")).where(
            rule.between(HandOut.date, start, end)
        ),
        HandOut.date,
    )
    for r in gifts.dicts():
        out[_bucket(r["day"], by_month)]["hand_outs"] += int(r["n"] or 0)
    return out


# ------------------------------------------------------------------------------- members


def _member_line_query(start: date, end: date, line: JoinLine) -> Any:
    return (
        Member.select(Member.id)
        .join(Meeting, JOIN.LEFT_OUTER, on=(Member.meeting == Meeting.id))
        .where(rule.between(Member.application_date, start, end) & (rule.join_line() == line))
    )


def members_of_line(start: date, end: date, line: JoinLine) -> list[MemberListRow]:
    """The registrations behind 现场入会, 服务站日常入会 or the ones waiting (待补录)."""
    q = (
        member_list_query()
        .where(Member.id.in_(_member_line_query(start, end, line)))
        .order_by(Member.application_date, Member.id)
    )
    return [member_list_row(r) for r in q.dicts()]


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
    return [member_record(r) for r in q.order_by(Member.application_date, Member.id).dicts()]


def meeting_dates(ids: list[int]) -> dict[int, date]:
    if not ids:
        return {}
    q = Meeting.select(Meeting.id, Meeting.date).where(Meeting.id.in_(ids)).tuples()
    return {mid: as_date(d) for mid, d in q}


# --------------------------------------------------------------------------- enterprises


def _enterprises_at(rows: list[dict[str, Any]]) -> list[EnterpriseAtMeetings]:
    grouped: dict[int, dict[str, Any]] = {}
    for r in rows:
        d = as_date(r["date"])
        g = grouped.setdefault(r["eid"], {**r, "n": set(), "first": d, "last": d, "outs": set()})
        g["n"].add(r["mid"])
        g["first"] = min(g["first"], d)
        g["last"] = max(g["last"], d)
        g["outs"].add(r["outcome"] or "")
    out = []
    for eid, g in grouped.items():
        outcome = next((o for o in OUTCOME_ORDER if o in g["outs"]), "")
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


# the condition behind each enterprise figure
FIRM_RULES = {
    "non_unionized_attended": rule.non_unionized_present,
    "intentions": rule.intention,
    "support": rule.support,
}


def firms_behind(figure: str, start: date, end: date) -> list[EnterpriseAtMeetings]:
    """The enterprises counted in ``figure`` (a key of :data:`FIRM_RULES`), each once."""
    q = (
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
        .where(rule.held_between(start, end) & FIRM_RULES[figure]())
    )
    return _enterprises_at(list(q.dicts()))


def _founded_where(start: date, end: date) -> Any:
    return rule.between(Enterprise.union_founded_on, start, end)


def founded_enterprises(start: date, end: date) -> list[EnterpriseRecord]:
    q = enterprise_query().where(_founded_where(start, end)).order_by(Enterprise.union_founded_on)
    return [enterprise_record(r) for r in q.dicts()]


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


def feedback_records(
    start: date | None = None, end: date | None = None, *, answered: bool = False
) -> list[FeedbackRecord]:
    q = (
        Feedback.select(Feedback, Enterprise.name.alias("enterprise_name"))
        .join(Enterprise, JOIN.LEFT_OUTER, on=(Feedback.enterprise == Enterprise.id))
        .where(_feedback_where(start, end, answered))
        .order_by(Feedback.received_on, Feedback.id)
    )
    return [feedback_record(r) for r in q.dicts()]


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
            date=as_date(r["date"]),
            way=r["way"],
            clerk_name=r["clerk_name"],
            summary=r["summary"],
            next_date=as_date(r["next_date"]) if r["next_date"] else None,
            meeting_id=r["meeting"],
        )
        for r in q.dicts()
    ]


def hand_out_rows(start: date, end: date) -> list[HandOutRow]:
    q = (
        HandOut.select()
        .where((HandOut.date >= start) & (HandOut.date <= end))
        .order_by(HandOut.date, HandOut.id)
    )
    return [
        HandOutRow(
            h.id,
            as_date(h.date),
            h.item,
            h.quantity,
            h.campaign,
            h.recipient_name,
            h.meeting_id,
        )
        for h in q
    ]
