"""Meetings: lists with their derived figures, and the basic writes."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from peewee import JOIN, SQL, fn

from station_app.store import figure_sql as rule
from station_app.store.dialect import weekday_number
from station_app.store.models import (
    Attendance,
    Building,
    ChecklistItem,
    Clerk,
    Meeting,
    database,
)
from station_app.store.records import ChecklistItemRecord, MeetingRecord
from station_app.store.values import as_date, as_time


def _joins_subquery() -> Any:
    """The meeting's registrations made on its day (the on-site joins once it is held)."""
    return rule.joins_on_meeting_day().alias("joins")


def _attended_subquery() -> Any:
    return (
        Attendance.select(fn.COUNT(Attendance.id))
        .where((Attendance.meeting == Meeting.id) & rule.present())
        .alias("attended")
    )


# Every column a MeetingRecord needs: the row's timestamps would only cost conversions.
_COLUMNS = [f for f in Meeting._meta.sorted_fields if f.name not in ("created_at", "updated_at")]


def _base_query() -> Any:
    return (
        Meeting.select(
            *_COLUMNS,
            Building.name.alias("venue_name"),
            Clerk.name.alias("host_name"),
            _joins_subquery(),
            _attended_subquery(),
        )
        .join(Building, JOIN.LEFT_OUTER, on=(Meeting.venue == Building.id))
        .switch(Meeting)
        .join(Clerk, JOIN.LEFT_OUTER, on=(Meeting.host == Clerk.id))
    )


def _record(row: dict[str, Any]) -> MeetingRecord:
    return MeetingRecord(
        id=row["id"],
        uuid=row["uuid"],
        kind=row["kind"],
        title=row["title"],
        date=as_date(row["date"]),
        start_time=as_time(row["start_time"]),
        end_time=as_time(row["end_time"]),
        venue_id=row["venue"],
        venue_name=row["venue_name"] or "",
        venue_detail=row["venue_detail"],
        host_id=row["host"],
        host_name=row["host_name"] or "",
        status=row["status"],
        twin_id=row["twin"],
        consultation_count=row["consultation_count"],
        notes=row["notes"],
        joins=row["joins"] or 0,
        enterprises_attended=row["attended"] or 0,
    )


# Sort keys of the meeting lists: each orders by itself first, then by date and time.
SORT_KEYS: dict[str, Any] = {
    "date": Meeting.date,
    "weekday": weekday_number(Meeting.date),
    "time": Meeting.start_time,
    "kind": Meeting.kind,
    "venue": Building.name,
    "host": Clerk.name,
    "status": Meeting.status,
    "consultations": Meeting.consultation_count,
    "joins": SQL('"joins"'),
    "attended": SQL('"attended"'),
}


def _filtered(
    q: Any, start: date | None, end: date | None, kind: str | None, status: str | None
) -> Any:
    if start:
        q = q.where(Meeting.date >= start)
    if end:
        q = q.where(Meeting.date <= end)
    if kind:
        q = q.where(Meeting.kind == kind)
    if status:
        q = q.where(Meeting.status == status)
    return q


def list_meetings(
    *,
    start: date | None = None,
    end: date | None = None,
    kind: str | None = None,
    status: str | None = None,
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
    sort: str = "",
    sort_descending: bool = False,
) -> list[MeetingRecord]:
    """Meetings by date and time (``descending``: newest first); ``sort`` (a key of
    :data:`SORT_KEYS`) puts another column first; ``limit``/``offset`` read one page."""
    q = _filtered(_base_query(), start, end, kind, status)
    order = (
        [Meeting.date.desc(), Meeting.start_time.desc(), Meeting.id.desc()]
        if descending
        else [Meeting.date, Meeting.start_time, Meeting.id]
    )
    if sort:
        key = SORT_KEYS[sort]
        order.insert(0, key.desc() if sort_descending else key.asc())
    q = q.order_by(*order)
    if limit:
        q = q.limit(limit).offset(offset)
    return [_record(r) for r in q.dicts()]


def count_meetings(
    *,
    start: date | None = None,
    end: date | None = None,
    kind: str | None = None,
    status: str | None = None,
) -> int:
    return int(_filtered(Meeting.select(), start, end, kind, status).count())


def meetings_of_enterprise(enterprise_id: int, limit: int = 50) -> list[MeetingRecord]:
    """The meetings an enterprise was invited to or attended, newest first."""
    q = (
        _base_query()
        .join(Attendance, on=(Attendance.meeting == Meeting.id))
        .where(Attendance.enterprise == enterprise_id)
        .order_by(Meeting.date.desc())
        .limit(limit)
    )
    return [_record(r) for r in q.dicts()]


def pending_meetings(today: date) -> list[MeetingRecord]:
    """Meetings past their date and still planned (待补录), oldest first."""
    q = _base_query().where(rule.pending_meeting(today)).order_by(Meeting.date, Meeting.id)
    return [_record(r) for r in q.dicts()]


def get_meeting(meeting_id: int) -> MeetingRecord | None:
    rows = list(_base_query().where(Meeting.id == meeting_id).dicts())
    return _record(rows[0]) if rows else None


def todays_meeting(today: date) -> MeetingRecord | None:
    """The meeting a walk-in registration made today belongs to: today's meeting (an employee
    meeting first), never a later one; None on a day without a meeting (服务站日常)."""
    todays = [m for m in list_meetings(start=today, end=today) if m.status != "cancelled"]
    return min(todays, key=lambda m: m.kind != "employee") if todays else None


def create_meeting(
    *,
    kind: str,
    day: date,
    start_time: time | None,
    end_time: time | None,
    venue_id: int | None = None,
    venue_detail: str = "",
    host_id: int | None = None,
    title: str = "",
    notes: str = "",
    status: str = "planned",
) -> int:
    m = Meeting.create(
        kind=kind,
        date=day,
        start_time=start_time,
        end_time=end_time,
        venue=venue_id,
        venue_detail=venue_detail,
        host=host_id,
        title=title,
        notes=notes,
        status=status,
    )
    return int(m.id)


def add_consultation(meeting_id: int, n: int = 1) -> int:
    Meeting.update(consultation_count=Meeting.consultation_count + n).where(
        Meeting.id == meeting_id
    ).execute()
    return int(Meeting.get_by_id(meeting_id).consultation_count)


def update_meeting(meeting_id: int, **fields: Any) -> None:
    """Change a meeting's own columns (kind, date, times, venue, host, title, notes, status)."""
    allowed = {
        "kind",
        "title",
        "date",
        "start_time",
        "end_time",
        "venue",
        "venue_detail",
        "host",
        "status",
        "notes",
        "consultation_count",
    }
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"unknown meeting fields: {sorted(unknown)}")
    if fields:
        m = Meeting.get_by_id(meeting_id)
        for k, v in fields.items():
            setattr(m, k, v)
        m.save()


def link_twins(a_id: int, b_id: int) -> None:
    """Make two meetings each other's staggered twin (错时)."""
    with database.atomic():
        Meeting.update(twin=b_id).where(Meeting.id == a_id).execute()
        Meeting.update(twin=a_id).where(Meeting.id == b_id).execute()


def meetings_at_venue(venue_id: int, day: date) -> list[MeetingRecord]:
    return [
        _record(r)
        for r in _base_query()
        .where((Meeting.venue == venue_id) & (Meeting.date == day))
        .order_by(Meeting.start_time)
        .dicts()
    ]


def meetings_of_kind_on(kind: str, days: list[date]) -> list[MeetingRecord]:
    if not days:
        return []
    q = _base_query().where((Meeting.kind == kind) & (Meeting.date.in_(days)))
    return [_record(r) for r in q.dicts()]


def _checklist_record(c: ChecklistItem) -> ChecklistItemRecord:
    return ChecklistItemRecord(
        id=c.id, meeting_id=c.meeting_id, item=c.item, done=c.done, position=c.position
    )


def checklist(meeting_id: int) -> list[ChecklistItemRecord]:
    q = ChecklistItem.select().where(ChecklistItem.meeting == meeting_id)
    return [_checklist_record(c) for c in q.order_by(ChecklistItem.position, ChecklistItem.id)]


def add_checklist_items(meeting_id: int, items: list[str]) -> None:
    with database.atomic():
        start = (
            ChecklistItem.select(fn.MAX(ChecklistItem.position))
            .where(ChecklistItem.meeting == meeting_id)
            .scalar()
        )
        base = -1 if start is None else int(start)
        for k, item in enumerate(items, start=1):
            ChecklistItem.create(meeting=meeting_id, item=item, position=base + k)


def set_checklist_done(item_id: int, done: bool) -> None:
    ChecklistItem.update(done=done).where(ChecklistItem.id == item_id).execute()


def transaction() -> Any:
    """The store's unit of work (see :func:`station_app.store.db.unit_of_work`)."""
    from station_app.store.db import unit_of_work

    return unit_of_work()
