"""Planning meetings: the monthly 职工沟通日, new meetings with kind-aware defaults, weekend twins
(错时) and clashes at a venue."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, time

from station_app.domain.errors import ValidationError
from station_app.domain.holidays import DayKind, HolidayCalendar, is_weekend
from station_app.domain.months import month_add
from station_app.domain.terms import (
    COMMUNICATION_DAY,
    DEFAULT_CHECKLIST,
    DEFAULT_END,
    DEFAULT_START,
    MeetingKind,
    MeetingStatus,
)
from station_app.domain.weekdays import WEEKDAY_NAMES
from station_app.services import changes
from station_app.services.holidays import day_warning, station_calendar
from station_app.store import meetings as meeting_store
from station_app.store.records import MeetingRecord

ENTERPRISE_START = time(14, 0)
ENTERPRISE_END = time(16, 0)


# ------------------------------------------------------------------------------ defaults


def default_times(kind: str | MeetingKind) -> tuple[time, time]:
    """Lunchtime 11:00–14:00 for an employee meeting, an afternoon for enterprise meetings."""
    if MeetingKind(kind) is MeetingKind.EMPLOYEE:
        return DEFAULT_START, DEFAULT_END
    return ENTERPRISE_START, ENTERPRISE_END


def default_checklist(kind: str | MeetingKind) -> tuple[str, ...]:
    return DEFAULT_CHECKLIST[MeetingKind(kind)]


def default_title(kind: str | MeetingKind, day: date) -> str:
    k = MeetingKind(kind)
    if k is MeetingKind.EMPLOYEE and day.day == COMMUNICATION_DAY:
        return f"{day.month}月职工沟通日"
    return f"{day.month}月{day.day}日{k.label}"


# ------------------------------------------------------------------------------ monthly plan


@dataclass(frozen=True)
class PlannedDay:
    """One month's communication day: the 12th, with why it may need moving and where to."""

    month: date  # the first of the month
    day: date  # the 12th
    holiday: str = ""
    weekend: bool = False
    suggested: date | None = None  # a working day near the 12th, when the 12th is not one
    existing_id: int | None = None  # an employee meeting already planned for that day
    makeup: bool = False  # the 12th is a weekend day worked instead of a holiday (调休)
    known: bool = True  # False: nobody knows the year's holidays yet (never guessed)

    @property
    def needs_attention(self) -> bool:
        return bool(self.holiday) or self.weekend or self.makeup or not self.known

    @property
    def reason(self) -> str:
        parts = []
        if self.holiday:
            parts.append(f"{self.holiday}假期")
        if self.makeup:
            parts.append("调休上班日")
        if self.weekend:
            parts.append(WEEKDAY_NAMES[self.day.weekday()])
        if not self.known:
            parts.append(f"{self.day.year} 年节假日安排未知")
        return "、".join(parts)


def first_plan_month(today: date) -> date:
    """This month if its 12th is still ahead (or today), else next month."""
    first = today.replace(day=1)
    return first if today.day <= COMMUNICATION_DAY else month_add(first, 1)


def plan_communication_days(
    start_month: date,
    months: int,
    *,
    calendar: HolidayCalendar | None = None,
    existing: Iterable[MeetingRecord] = (),
) -> list[PlannedDay]:
    """The 12th of each of ``months`` months from ``start_month``, every one listed: a 12th on a
    weekend or public holiday is flagged with the reason and a nearby working day, never left
    out; a make-up working day and a year whose holidays nobody knows are flagged too.
    ``existing`` employee meetings (not cancelled) on a 12th or its suggested day mark the
    month as already planned."""
    taken = {
        m.date: m.id
        for m in existing
        if m.kind == MeetingKind.EMPLOYEE.value and m.status != MeetingStatus.CANCELLED.value
    }
    cal = calendar or HolidayCalendar()
    first = start_month.replace(day=1)
    out: list[PlannedDay] = []
    for k in range(max(months, 0)):
        month = month_add(first, k)
        day = month.replace(day=COMMUNICATION_DAY)
        info = cal.info(day)
        holiday = info.kind is DayKind.HOLIDAY
        weekend = is_weekend(day) and info.kind is not DayKind.MAKEUP
        suggested = cal.nearest_working_day(day) if not info.is_working_day else None
        existing_id = taken.get(day) or (taken.get(suggested) if suggested else None)
        out.append(
            PlannedDay(
                month=month,
                day=day,
                holiday=(info.name or "法定节假日") if holiday else "",
                weekend=weekend,
                suggested=suggested,
                existing_id=existing_id,
                makeup=info.kind is DayKind.MAKEUP,
                known=info.known,
            )
        )
    return out


def plan_from_store(start_month: date, months: int) -> list[PlannedDay]:
    """The monthly plan with the employee meetings already in the database taken into account."""
    calendar = station_calendar()
    days: list[date] = []
    for p in plan_communication_days(start_month, months, calendar=calendar):
        days.append(p.day)
        if p.suggested:
            days.append(p.suggested)
    existing = meeting_store.meetings_of_kind_on(MeetingKind.EMPLOYEE.value, days)
    return plan_communication_days(start_month, months, calendar=calendar, existing=existing)


def date_warnings(days: Iterable[date]) -> list[str]:
    """What is special about each of ``days`` (weekend, holiday, make-up working day, or an
    unknown year), for every place that sets a meeting date to show before saving."""
    calendar = station_calendar()
    return [w for w in (day_warning(d, calendar) for d in days) if w]


# ------------------------------------------------------------------------------ creating


@dataclass(frozen=True)
class MeetingDraft:
    kind: str
    day: date
    start_time: time | None
    end_time: time | None
    venue_id: int | None = None
    venue_detail: str = ""
    host_id: int | None = None
    title: str = ""
    notes: str = ""
    checklist: tuple[str, ...] | None = None  # None: the kind's defaults
    invited_enterprise_ids: tuple[int, ...] = field(default_factory=tuple)


def check_draft(draft: MeetingDraft) -> None:
    if draft.start_time and draft.end_time and draft.end_time <= draft.start_time:
        raise ValidationError(
            "meeting.times", "结束时间必须晚于开始时间。", {"start": draft.start_time}
        )


@changes.notifies(changes.MEETINGS)
def create_meeting(draft: MeetingDraft) -> int:
    """Create the meeting with its preparation checklist and invited enterprises, in one go."""
    from station_app.store import attendance as attendance_store

    check_draft(draft)
    items = default_checklist(draft.kind) if draft.checklist is None else draft.checklist
    with meeting_store.transaction():
        mid = meeting_store.create_meeting(
            kind=draft.kind,
            day=draft.day,
            start_time=draft.start_time,
            end_time=draft.end_time,
            venue_id=draft.venue_id,
            venue_detail=draft.venue_detail,
            host_id=draft.host_id,
            title=draft.title or default_title(draft.kind, draft.day),
            notes=draft.notes,
        )
        meeting_store.add_checklist_items(mid, list(items))
        for eid in draft.invited_enterprise_ids:
            attendance_store.upsert_attendance(mid, eid, invited=True)
    return mid


@changes.notifies(changes.MEETINGS)
def update_meeting(meeting_id: int, draft: MeetingDraft) -> None:
    """Save edits (a new date moves the meeting); the checklist and attendance stay."""
    from station_app.store import attendance as attendance_store

    check_draft(draft)
    with meeting_store.transaction():
        meeting_store.update_meeting(
            meeting_id,
            kind=draft.kind,
            date=draft.day,
            start_time=draft.start_time,
            end_time=draft.end_time,
            venue=draft.venue_id,
            venue_detail=draft.venue_detail,
            host=draft.host_id,
            title=draft.title or default_title(draft.kind, draft.day),
            notes=draft.notes,
        )
        known = {a.enterprise_id for a in attendance_store.list_attendance(meeting_id)}
        for eid in draft.invited_enterprise_ids:
            if eid not in known:
                attendance_store.upsert_attendance(meeting_id, eid, invited=True)


@changes.notifies(changes.MEETINGS)
def create_planned_days(
    choices: Sequence[tuple[date, bool]],
    *,
    venue_id: int | None,
    host_id: int | None = None,
    venue_detail: str = "",
) -> list[int]:
    """Create one employee meeting per (date, moved) choice, all or none."""
    start, end = default_times(MeetingKind.EMPLOYEE)
    ids: list[int] = []
    with meeting_store.transaction():
        for day, moved in choices:
            ids.append(
                create_meeting(
                    MeetingDraft(
                        kind=MeetingKind.EMPLOYEE.value,
                        day=day,
                        start_time=start,
                        end_time=end,
                        venue_id=venue_id,
                        venue_detail=venue_detail,
                        host_id=host_id,
                        title=f"{day.month}月职工沟通日",
                        notes="职工沟通日（原定 12 日，已调整）" if moved else "",
                    )
                )
            )
    return ids


# ------------------------------------------------------------------------------ twins (错时)


def twin_day(day: date, calendar: HolidayCalendar | None = None) -> date | None:
    """The usual day of a meeting's staggered twin: for a weekday meeting the first weekend day
    after it that is neither a holiday nor worked (调休); for a weekend meeting the first
    ordinary working day after it."""
    cal = calendar or station_calendar()
    return cal.next_day(day, "weekday" if is_weekend(day) else "weekend")


@changes.notifies(changes.MEETINGS)
def create_twin(meeting_id: int, day: date | None = None) -> int:
    """Copy a meeting to its staggered twin day (:func:`twin_day` unless ``day`` is given): a
    weekday meeting gets a weekend twin, a weekend meeting a weekday twin; the two are linked
    both ways and the checklist is copied, unticked."""
    m = meeting_store.get_meeting(meeting_id)
    if m is None:
        raise ValidationError("meeting.missing", "找不到这场沟通会。")
    if m.twin_id is not None:
        raise ValidationError("twin.exists", "这场沟通会已经有错时场次。", {"twin": m.twin_id})
    if m.status == MeetingStatus.CANCELLED.value:
        raise ValidationError("twin.cancelled", "已取消的沟通会不能创建错时场次。")
    chosen = day or twin_day(m.date)
    if chosen is None:
        raise ValidationError("twin.no_day", "找不到合适的错时日期，请手动选择日期。")
    if is_weekend(chosen) == is_weekend(m.date):
        raise ValidationError(
            "twin.same_kind",
            "错时场次应安排在周末"
            if not is_weekend(m.date)
            else "周末场次的错时场次应安排在工作日",
        )
    suffix = "（周末场）" if is_weekend(chosen) else "（工作日场）"
    items = [c.item for c in meeting_store.checklist(meeting_id)]
    with meeting_store.transaction():
        tid = create_meeting(
            MeetingDraft(
                kind=m.kind,
                day=chosen,
                start_time=m.start_time,
                end_time=m.end_time,
                venue_id=m.venue_id,
                venue_detail=m.venue_detail,
                host_id=m.host_id,
                title=f"{m.title or default_title(m.kind, m.date)}{suffix}",
                notes="错时场次",
                checklist=tuple(items) if items else None,
            )
        )
        meeting_store.link_twins(meeting_id, tid)
    return tid


# ------------------------------------------------------------------------------ clashes

_DAY_START = time(0, 0)
_DAY_END = time(23, 59, 59)


def overlaps(
    a_start: time | None, a_end: time | None, b_start: time | None, b_end: time | None
) -> bool:
    """Two time spans on one day overlap; a meeting without times takes the whole day.
    Touching spans (one ends at 14:00, the next starts at 14:00) do not overlap."""
    a0, a1 = a_start or _DAY_START, a_end or _DAY_END
    b0, b1 = b_start or _DAY_START, b_end or _DAY_END
    return a0 < b1 and b0 < a1


def find_clashes(
    day: date,
    start: time | None,
    end: time | None,
    venue_id: int | None,
    others: Iterable[MeetingRecord],
    *,
    exclude_id: int | None = None,
) -> list[MeetingRecord]:
    """The meetings among ``others`` held at the same venue on the same day at overlapping times;
    cancelled meetings never clash."""
    if venue_id is None:
        return []
    return [
        m
        for m in others
        if m.id != exclude_id
        and m.venue_id == venue_id
        and m.date == day
        and m.status != MeetingStatus.CANCELLED.value
        and overlaps(start, end, m.start_time, m.end_time)
    ]


def clashes_in_store(draft: MeetingDraft, *, exclude_id: int | None = None) -> list[MeetingRecord]:
    if draft.venue_id is None:
        return []
    others = meeting_store.meetings_at_venue(draft.venue_id, draft.day)
    return find_clashes(
        draft.day, draft.start_time, draft.end_time, draft.venue_id, others, exclude_id=exclude_id
    )


def clash_text(m: MeetingRecord) -> str:
    span = f"{m.start_time:%H:%M}–{m.end_time:%H:%M}" if m.start_time and m.end_time else "全天"
    return f"{m.date:%Y-%m-%d} {span} {m.venue_name}：{m.title or MeetingKind(m.kind).label}"
