"""The day itself and after: mark a meeting held or cancelled, record who came and what came of
it. An enterprise's outcome moves its stage (with a StageChange) and counts as a follow-up."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from station_app.domain.errors import ValidationError
from station_app.domain.figures import LABELS, UNITS
from station_app.domain.terms import MeetingKind, MeetingStatus, Outcome, UnionStatus
from station_app.services import changes
from station_app.store import (
    attendance as attendance_store,
    enterprises as enterprise_store,
    meetings as meeting_store,
)
from station_app.store.records import MeetingFigures, MeetingRecord

if TYPE_CHECKING:  # the printed sheets' data: read when a sheet is printed
    from station_app.printing.meeting_sheet_data import (
        MeetingHeader,
        MeetingRecordSheet,
        SignInSheet,
    )

WEEKDAYS = "一二三四五六日"
ROLE_ATTENDED = "attended"  # 已参会 by default
ROLE_INTENTION = "intention"  # 有建会意向 by default


@dataclass(frozen=True)
class AttendanceEntry:
    """One enterprise's line on the attendance sheet. ``enterprise_id`` None with a ``name``:
    an enterprise not yet in the registry, added to it."""

    enterprise_id: int | None
    name: str = ""
    invited: bool = True
    attended: bool = False
    outcome: str = Outcome.NONE.value
    union_inquiry: bool = False
    notes: str = ""


@dataclass(frozen=True)
class HoldReport:
    """What a clerk records after the day. Joins are never typed: they are the members linked
    to the meeting."""

    consultations: int = 0
    attendance: tuple[AttendanceEntry, ...] = field(default_factory=tuple)
    notes: str = ""


@dataclass(frozen=True)
class HoldOutcome:
    stage_moves: int
    follow_ups: int
    added_enterprises: int


def _meeting(meeting_id: int) -> MeetingRecord:
    m = meeting_store.get_meeting(meeting_id)
    if m is None:
        raise ValidationError("meeting.missing", "找不到这场沟通会。")
    return m


def target_stage(outcome: str, attended: bool) -> str | None:
    """The role of the stage an enterprise reaches at least: the intention stage (有建会意向)
    for an intention, the attended stage (已参会) for being there (support included)."""
    if outcome == Outcome.INTENTION.value:
        return ROLE_INTENTION
    if attended or outcome == Outcome.SUPPORT.value:
        return ROLE_ATTENDED
    return None


def _advance_stage(
    enterprise_id: int, target_role: str, *, clerk: str, reason: str, on: date
) -> bool:
    """Move forward only: never back, never a founded union; an on-hold (暂缓) enterprise moves
    only on a new intention."""
    target = attendance_store.stage_by_role(target_role)
    if target is None:
        return False
    current, union_status = attendance_store.enterprise_stage(enterprise_id)
    if union_status == UnionStatus.FOUNDED.value:
        return False
    if current is not None:
        if current.is_founded or current.id == target.id:
            return False
        if current.is_on_hold:
            if target_role != ROLE_INTENTION:
                return False
        elif current.position >= target.position:
            return False
    enterprise_store.record_stage_change(
        enterprise_id,
        target.id,
        clerk=clerk,
        reason=reason,
        at=datetime.now().replace(microsecond=0),
        effective_on=on,
    )
    return True


def unionized_on(day: date) -> set[int]:
    """The enterprises that had their union on ``day``: they cannot reach an intention."""
    return attendance_store.unionized_on(day)


def _check_outcome(eid: int, e: AttendanceEntry, outcome: str, day: date) -> None:
    if outcome == Outcome.INTENTION.value and eid in attendance_store.unionized_on(day, [eid]):
        raise ValidationError(
            "outcome.unionized",
            f"“{e.name or '该企业'}”在会议当天已建会，不能记为“有建会意向”；"
            "认可工会工作可记为“表示支持”。",
            {"enterprise_id": eid},
        )


def _summary(m: MeetingRecord, e: AttendanceEntry) -> str:
    kind = MeetingKind(m.kind).label
    parts = [f"参加{m.date:%Y-%m-%d}{kind}" if e.attended else f"受邀参加{kind}"]
    if e.outcome and e.outcome != Outcome.NONE.value:
        parts.append(Outcome(e.outcome).label)
    if e.union_inquiry:
        parts.append("咨询建会")
    if e.notes.strip():
        parts.append(e.notes.strip())
    return "；".join(parts)


def record_attendance(
    meeting_id: int, entries: Sequence[AttendanceEntry], *, clerk: str, remove_others: bool = True
) -> HoldOutcome:
    """Save the attendance sheet. For every enterprise that came, or whose outcome is support or
    intention, the stage moves forward (with a StageChange) and the meeting is written as its
    follow-up (way 沟通会), once per meeting however often the sheet is saved."""
    m = _meeting(meeting_id)
    moves = follow_ups = added = 0
    with meeting_store.transaction():
        kept: set[int] = set()
        for e in entries:
            outcome = e.outcome or Outcome.NONE.value
            Outcome(outcome)
            eid = e.enterprise_id
            if eid is None:
                if not e.name.strip():
                    continue
                eid, created = attendance_store.ensure_enterprise(e.name)
                added += int(created)
            kept.add(eid)
            _check_outcome(eid, e, outcome, m.date)
            attendance_store.upsert_attendance(
                meeting_id,
                eid,
                invited=e.invited,
                attended=e.attended,
                outcome=outcome,
                union_inquiry=e.union_inquiry,
                notes=e.notes,
            )
            target = target_stage(outcome, e.attended)
            if target is None:
                continue
            reason = f"{m.date:%Y-%m-%d}{MeetingKind(m.kind).label}：{Outcome(outcome).label}"
            moves += int(_advance_stage(eid, target, clerk=clerk, reason=reason, on=m.date))
            attendance_store.upsert_meeting_follow_up(
                eid, meeting_id, day=m.date, clerk=clerk, summary=_summary(m, e)
            )
            follow_ups += 1
        if remove_others:
            gone = [
                a.enterprise_id
                for a in attendance_store.list_attendance(meeting_id)
                if a.enterprise_id not in kept
            ]
            attendance_store.remove_attendance(meeting_id, gone)
    return HoldOutcome(stage_moves=moves, follow_ups=follow_ups, added_enterprises=added)


def hold_refusal(m: MeetingRecord, today: date) -> str:
    """Why ``m`` cannot be marked held today, or "" when it can."""
    if m.status == MeetingStatus.CANCELLED.value:
        return "这场沟通会已取消，不能标记为已召开。"
    if m.date > today:
        return (
            f"这场沟通会定在 {m.date:%Y-%m-%d}（周{WEEKDAYS[m.date.weekday()]}），还没到日期，"
            "不能标记为已召开。请在召开当天或之后记录召开情况。"
        )
    return ""


def hold_meeting(
    meeting_id: int, report: HoldReport, *, clerk: str, today: date | None = None
) -> HoldOutcome:
    """Mark the meeting held and record the day: consultations, enterprises, notes. Gifts are
    recorded where they are handed over (registrations, hand-outs), never here."""
    m = _meeting(meeting_id)
    refusal = hold_refusal(m, today or date.today())
    if refusal:
        code = (
            "meeting.cancelled" if m.status == MeetingStatus.CANCELLED.value else "meeting.future"
        )
        raise ValidationError(code, refusal, {"date": m.date})
    if report.consultations < 0:
        raise ValidationError("meeting.negative", "咨询人次不能为负数。")
    with meeting_store.transaction():
        meeting_store.update_meeting(
            meeting_id,
            status=MeetingStatus.HELD.value,
            consultation_count=report.consultations,
            notes=report.notes,
        )
        result = record_attendance(meeting_id, report.attendance, clerk=clerk)
    changes.notify(changes.MEETINGS, changes.ENTERPRISES)
    return result


def cancel_meeting(meeting_id: int, reason: str = "") -> None:
    m = _meeting(meeting_id)
    if m.status == MeetingStatus.HELD.value:
        raise ValidationError("meeting.held", "这场沟通会已经召开，不能取消。")
    notes = m.notes
    if reason.strip():
        notes = (notes + "\n" if notes else "") + f"取消原因：{reason.strip()}"
    meeting_store.update_meeting(meeting_id, status=MeetingStatus.CANCELLED.value, notes=notes)
    changes.notify(changes.MEETINGS)


def reopen_meeting(meeting_id: int) -> None:
    """Back to planned (a cancellation or a 'held' set by mistake); recorded results stay."""
    _meeting(meeting_id)
    meeting_store.update_meeting(meeting_id, status=MeetingStatus.PLANNED.value)
    changes.notify(changes.MEETINGS)


@changes.notifies(changes.MEETINGS)
def add_consultation(meeting_id: int, n: int = 1) -> int:
    """咨询 +1: one more worker who asked and did not register; returns the meeting's count."""
    return meeting_store.add_consultation(meeting_id, n)


def figures(meeting_id: int) -> MeetingFigures:
    return attendance_store.meeting_figures(meeting_id)


def current_report(meeting_id: int) -> HoldReport:
    """What is recorded so far, as the starting point of the attendance dialog."""
    m = _meeting(meeting_id)
    entries = tuple(
        AttendanceEntry(
            enterprise_id=a.enterprise_id,
            name=a.enterprise_name,
            invited=a.invited,
            attended=a.attended,
            outcome=a.outcome or Outcome.NONE.value,
            union_inquiry=a.union_inquiry,
            notes=a.notes,
        )
        for a in attendance_store.list_attendance(meeting_id)
    )
    return HoldReport(
        consultations=m.consultation_count,
        attendance=entries,
        notes=m.notes,
    )


# ------------------------------------------------------------------------------ printing


def _header(m: MeetingRecord, station: str) -> MeetingHeader:
    from station_app.printing.meeting_sheet_data import MeetingHeader

    span = f"{m.start_time:%H:%M}–{m.end_time:%H:%M}" if m.start_time and m.end_time else ""
    return MeetingHeader(
        station=station,
        title=m.title or MeetingKind(m.kind).label,
        kind=MeetingKind(m.kind).label,
        day=f"{m.date.year}年{m.date.month}月{m.date.day}日（周{WEEKDAYS[m.date.weekday()]}）",
        time_span=span,
        venue=" ".join(p for p in (m.venue_name, m.venue_detail) if p),
        host=m.host_name,
    )


def sign_in_sheet(meeting_id: int, station: str) -> SignInSheet:
    """The sign-in sheet: invited enterprises pre-filled in the 单位 column, then blank lines."""
    from station_app.printing.meeting_sheet_data import SignInRow, SignInSheet

    m = _meeting(meeting_id)
    rows = tuple(
        SignInRow(unit=a.enterprise_name)
        for a in attendance_store.list_attendance(meeting_id)
        if a.invited
    )
    blank = 30 if m.kind == MeetingKind.EMPLOYEE.value else 20
    return SignInSheet(header=_header(m, station), rows=rows, min_rows=max(blank, len(rows) + 5))


def _figure(key: str, value: int) -> tuple[str, int]:
    return f"{LABELS[key]}（{UNITS[key]}）", value


def figure_rows(m: MeetingRecord, f: MeetingFigures) -> tuple[tuple[str, int], ...]:
    """The figures a meeting shows, as (label, value) pairs, in the order a clerk reads them;
    the period figures' labels and definitions (domain/figures.py) for those it adds to."""
    firms = (
        _figure("non_unionized_attended", f.non_unionized_attended),
        _figure("support", f.support),
        _figure("intentions", f.intentions),
        ("建会咨询企业（家）", f.union_inquiries),
        _figure("feedback_received", f.feedback),
    )
    if m.kind == MeetingKind.EMPLOYEE.value:
        return (
            _figure("consultations", f.consultations),
            _figure("onsite_joins", f.joins),
            _figure("hand_outs", f.gifts),
            ("参会企业（家）", f.attended),
            *firms,
        )
    return (
        ("邀请企业（家）", f.invited),
        ("参会企业（家）", f.attended),
        *firms,
        _figure("onsite_joins", f.joins),
    )


def record_sheet(meeting_id: int, station: str, printed_on: date) -> MeetingRecordSheet:
    from station_app.printing.meeting_sheet_data import MeetingRecordSheet, figure_pairs

    m = _meeting(meeting_id)
    f = figures(meeting_id)
    attendance = tuple(
        (
            a.enterprise_name,
            "出席" if a.attended else "未到",
            Outcome(a.outcome).label if a.outcome else "",
            "是" if a.union_inquiry else "",
        )
        for a in attendance_store.list_attendance(meeting_id)
    )
    return MeetingRecordSheet(
        header=_header(m, station),
        status=MeetingStatus(m.status).label,
        figures=figure_pairs(figure_rows(m, f)),
        attendance=attendance,
        checklist=tuple((c.item, c.done) for c in meeting_store.checklist(meeting_id)),
        notes=m.notes,
        printed_on=f"{printed_on:%Y-%m-%d}",
    )
