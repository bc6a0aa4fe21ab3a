from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from station_app.domain.errors import ValidationError
from station_app.domain.holidays import DayKind, HolidayCalendar
from station_app.domain.months import month_add
from station_app.domain.terms import DEFAULT_CHECKLIST, MeetingKind, MeetingStatus
from station_app.services import meeting_planning as planning
from station_app.store import meetings as meeting_store, station as station_store
from station_app.store.records import MeetingRecord


def _rec(
    mid: int,
    day: date,
    start: time | None,
    end: time | None,
    *,
    venue: int | None = 1,
    status: str = "planned",
    kind: str = "employee",
) -> MeetingRecord:
    return MeetingRecord(
        id=mid,
        uuid=str(mid),
        kind=kind,
        title="",
        date=day,
        start_time=start,
        end_time=end,
        venue_id=venue,
        venue_name="望京SOHO",
        venue_detail="",
        host_id=None,
        host_name="",
        status=status,
        twin_id=None,
        consultation_count=0,
        notes="",
    )


# ------------------------------------------------------------------------------ planner


def test_plan_lists_every_twelfth_and_flags_weekends() -> None:
    plan = planning.plan_communication_days(date(2026, 1, 1), 12)
    assert [p.day for p in plan] == [date(2026, m, 12) for m in range(1, 13)]
    by_month = {p.day.month: p for p in plan}
    # 2026-04-12 is a Sunday: flagged, moved to Monday the 13th, still listed
    assert by_month[4].weekend and by_month[4].reason == "周日"
    assert by_month[4].suggested == date(2026, 4, 13)
    # 2026-09-12 is a Saturday: the nearest working day is Friday the 11th
    assert by_month[9].weekend and by_month[9].suggested == date(2026, 9, 11)
    # 2026-11-12 is a Thursday: nothing to flag
    assert not by_month[11].needs_attention and by_month[11].suggested is None
    flagged = [p.day.month for p in plan if p.needs_attention]
    assert flagged == [4, 7, 9, 12]


def test_plan_crosses_the_year_boundary() -> None:
    plan = planning.plan_communication_days(date(2026, 11, 1), 4)
    assert [p.day for p in plan] == [
        date(2026, 11, 12),
        date(2026, 12, 12),
        date(2027, 1, 12),
        date(2027, 2, 12),
    ]
    dec = plan[1]
    assert dec.weekend and dec.suggested == date(2026, 12, 11)  # a Saturday
    feb = plan[3]  # 2027: the holiday library does not know the year yet, nothing is guessed
    assert not feb.known and feb.needs_attention and feb.holiday == ""
    assert "2027 年节假日安排未知" in feb.reason


def test_plan_start_month_and_month_add_at_month_ends() -> None:
    assert planning.first_plan_month(date(2026, 11, 12)) == date(2026, 11, 1)
    assert planning.first_plan_month(date(2026, 11, 13)) == date(2026, 12, 1)
    assert planning.first_plan_month(date(2026, 12, 31)) == date(2027, 1, 1)
    assert month_add(date(2026, 12, 1), 1) == date(2027, 1, 1)
    assert month_add(date(2026, 1, 1), 25) == date(2028, 2, 1)
    # a start given as a month end still plans from that month
    plan = planning.plan_communication_days(date(2026, 1, 31), 2)
    assert [p.day for p in plan] == [date(2026, 1, 12), date(2026, 2, 12)]


def test_plan_flags_holidays_and_marks_existing_meetings() -> None:
    plan = planning.plan_communication_days(
        date(2025, 10, 1),
        1,
        existing=[_rec(7, date(2025, 10, 13), time(11), time(14))],
    )
    # 2025-10-12 is a Sunday after the National Day week (the 1st–8th)
    assert plan[0].weekend and plan[0].suggested == date(2025, 10, 13)
    assert plan[0].existing_id == 7
    cancelled = planning.plan_communication_days(
        date(2025, 10, 1),
        1,
        existing=[_rec(7, date(2025, 10, 13), time(11), time(14), status="cancelled")],
    )
    assert cancelled[0].existing_id is None


def test_holiday_calendar_and_nearest_working_day() -> None:
    cal = HolidayCalendar()
    assert cal.info(date(2026, 10, 5)).name == "国庆节"
    assert cal.info(date(2026, 10, 8)).kind is DayKind.WORKDAY
    assert cal.info(date(2025, 1, 30)).name == "春节"
    assert cal.nearest_working_day(date(2026, 10, 3)) == date(2026, 9, 30)
    assert cal.nearest_working_day(date(2026, 10, 6)) == date(2026, 10, 8)
    assert cal.nearest_working_day(date(2026, 11, 24)) == date(2026, 11, 24)


def test_kind_aware_defaults() -> None:
    assert planning.default_times("employee") == (time(11), time(14))
    assert planning.default_times(MeetingKind.MIXED) != (time(11), time(14))
    assert planning.default_checklist("employee") == DEFAULT_CHECKLIST[MeetingKind.EMPLOYEE]
    assert planning.default_title("employee", date(2026, 12, 12)) == "12月职工沟通日"


# ------------------------------------------------------------------------------ clashes


def test_clash_needs_same_venue_day_and_overlap() -> None:
    day = date(2026, 12, 12)
    others = [
        _rec(1, day, time(11), time(14)),
        _rec(2, day, time(9), time(10), venue=1),
        _rec(3, day, time(11), time(14), venue=2),
        _rec(4, date(2026, 12, 13), time(11), time(14)),
    ]
    found = planning.find_clashes(day, time(13), time(15), 1, others)
    assert [m.id for m in found] == [1]


def test_touching_times_do_not_clash() -> None:
    day = date(2026, 12, 12)
    others = [_rec(1, day, time(11), time(14))]
    assert planning.find_clashes(day, time(14), time(16), 1, others) == []
    assert planning.find_clashes(day, time(9), time(11), 1, others) == []
    assert len(planning.find_clashes(day, time(13, 59), time(16), 1, others)) == 1


def test_cancelled_meetings_and_the_meeting_itself_are_ignored() -> None:
    day = date(2026, 12, 12)
    others = [
        _rec(1, day, time(11), time(14), status=MeetingStatus.CANCELLED.value),
        _rec(2, day, time(11), time(14)),
    ]
    assert planning.find_clashes(day, time(11), time(14), 1, others, exclude_id=2) == []
    assert [m.id for m in planning.find_clashes(day, time(12), time(13), 1, others)] == [2]


def test_meeting_without_times_takes_the_whole_day() -> None:
    day = date(2026, 12, 12)
    others = [_rec(1, day, None, None)]
    assert len(planning.find_clashes(day, time(18), time(19), 1, others)) == 1
    assert planning.find_clashes(day, time(18), time(19), None, others) == []


# ------------------------------------------------------------------------------ with the store


def _venue() -> int:
    return station_store.ensure_building("望京SOHO", lobby="T1 大堂").id


def test_create_meeting_with_default_checklist_and_clash_in_store(db_path: Path) -> None:
    v = _venue()
    draft = planning.MeetingDraft(
        kind="employee", day=date(2026, 12, 11), start_time=time(11), end_time=time(14), venue_id=v
    )
    mid = planning.create_meeting(draft)
    items = [c.item for c in meeting_store.checklist(mid)]
    assert items == list(DEFAULT_CHECKLIST[MeetingKind.EMPLOYEE])
    assert meeting_store.get_meeting(mid).title == "12月11日职工沟通会"  # type: ignore[union-attr]
    assert [m.id for m in planning.clashes_in_store(draft)] == [mid]
    assert planning.clashes_in_store(draft, exclude_id=mid) == []
    with pytest.raises(ValidationError):
        planning.create_meeting(
            planning.MeetingDraft(
                kind="employee", day=date(2026, 12, 11), start_time=time(14), end_time=time(11)
            )
        )


def test_planned_days_created_and_then_known(db_path: Path) -> None:
    v = _venue()
    plan = planning.plan_from_store(date(2026, 12, 1), 2)
    choices = [(p.suggested or p.day, p.suggested is not None) for p in plan]
    ids = planning.create_planned_days(choices, venue_id=v)
    assert len(ids) == 2
    created = [meeting_store.get_meeting(i) for i in ids]
    assert [m.date for m in created] == [date(2026, 12, 11), date(2027, 1, 12)]  # type: ignore[union-attr]
    assert "已调整" in created[0].notes  # type: ignore[union-attr]
    again = planning.plan_from_store(date(2026, 12, 1), 2)
    assert [p.existing_id for p in again] == ids


def test_twin_links_both_ways(db_path: Path) -> None:
    v = _venue()
    mid = planning.create_meeting(
        planning.MeetingDraft(
            kind="employee",
            day=date(2026, 12, 10),  # a Thursday
            start_time=time(11),
            end_time=time(14),
            venue_id=v,
        )
    )
    tid = planning.create_twin(mid)
    m, t = meeting_store.get_meeting(mid), meeting_store.get_meeting(tid)
    assert m.twin_id == tid and t.twin_id == mid  # type: ignore[union-attr]
    assert t.date == date(2026, 12, 12) and t.venue_id == v  # type: ignore[union-attr]
    assert (t.start_time, t.end_time) == (time(11), time(14))  # type: ignore[union-attr]
    assert len(meeting_store.checklist(tid)) == len(meeting_store.checklist(mid))
    with pytest.raises(ValidationError) as again:
        planning.create_twin(mid)
    assert again.value.code == "twin.exists"
    sunday = planning.create_meeting(
        planning.MeetingDraft(
            kind="employee", day=date(2026, 12, 13), start_time=None, end_time=None
        )
    )
    with pytest.raises(ValidationError) as same:
        planning.create_twin(sunday, date(2026, 12, 19))
    assert same.value.code == "twin.same_kind"
    weekday_twin = meeting_store.get_meeting(planning.create_twin(sunday))
    assert weekday_twin.date == date(2026, 12, 14)  # type: ignore[union-attr]
