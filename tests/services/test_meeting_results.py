from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from station_app.domain.errors import ValidationError
from station_app.domain.terms import MeetingStatus, Outcome
from station_app.services import meeting_planning as planning, meeting_results as results, stats
from station_app.store import (
    attendance as attendance_store,
    enterprises as enterprise_store,
    meetings as meeting_store,
    station as station_store,
)
from station_app.store.models import Enterprise, Member, Stage, StageChange


def _stage_id(name: str) -> int:
    return int(Stage.get(Stage.name == name).id)


def _enterprise(name: str, stage: str = "未联系", union_status: str = "未建会") -> int:
    return int(Enterprise.create(name=name, stage=_stage_id(stage), union_status=union_status).id)


def _meeting(kind: str = "enterprise_mixed", day: date = date(2026, 11, 20)) -> int:
    v = station_store.ensure_building("电子城大厦").id
    return planning.create_meeting(
        planning.MeetingDraft(
            kind=kind, day=day, start_time=time(14), end_time=time(16), venue_id=v
        )
    )


def test_intention_moves_stage_and_writes_follow_up(db_path: Path) -> None:
    a = _enterprise("北京星河科技有限公司", "已联系")
    b = _enterprise("北京蓝天物流有限公司")
    c = _enterprise("北京远景咨询有限公司", "有建会意向")
    mid = _meeting()
    out = results.record_attendance(
        mid,
        [
            results.AttendanceEntry(a, attended=True, outcome=Outcome.INTENTION.value),
            results.AttendanceEntry(b, attended=True, outcome=Outcome.SUPPORT.value),
            results.AttendanceEntry(c, attended=True, outcome=Outcome.NONE.value),
        ],
        clerk="王晓燕",
    )
    assert enterprise_store.get_enterprise(a).stage_name == "有建会意向"  # type: ignore[union-attr]
    assert enterprise_store.get_enterprise(b).stage_name == "已参会"  # type: ignore[union-attr]
    # never moved back
    assert enterprise_store.get_enterprise(c).stage_name == "有建会意向"  # type: ignore[union-attr]
    assert out.stage_moves == 2 and out.follow_ups == 3
    change = StageChange.get(StageChange.enterprise == a)
    assert change.from_stage.name == "已联系" and change.to_stage.name == "有建会意向"
    assert change.clerk_name == "王晓燕" and "有建会意向" in change.reason
    fus = {f.enterprise_id: f for f in attendance_store.follow_ups_of_meeting(mid)}
    assert set(fus) == {a, b, c}
    assert fus[a].way == "沟通会" and fus[a].date == date(2026, 11, 20)
    assert "有建会意向" in fus[a].summary

    # saving the sheet again writes no second follow-up or stage change
    results.record_attendance(
        mid,
        [results.AttendanceEntry(a, attended=True, outcome=Outcome.INTENTION.value)],
        clerk="王晓燕",
    )
    assert len(attendance_store.follow_ups_of_meeting(mid)) == 3
    assert StageChange.select().where(StageChange.enterprise == a).count() == 1
    # and enterprises dropped from the sheet are gone from the attendance
    assert [r.enterprise_id for r in attendance_store.list_attendance(mid)] == [a]


def test_founded_and_on_hold_enterprises(db_path: Path) -> None:
    founded = _enterprise("北京老字号有限公司", "已召开会员代表大会", "已建会")
    hold = _enterprise("北京暂缓有限公司", "暂缓")
    hold2 = _enterprise("北京暂缓二有限公司", "暂缓")
    mid = _meeting()
    results.record_attendance(
        mid,
        [
            results.AttendanceEntry(founded, attended=True, outcome=Outcome.SUPPORT.value),
            results.AttendanceEntry(hold, attended=True),
            results.AttendanceEntry(hold2, attended=True, outcome=Outcome.INTENTION.value),
        ],
        clerk="李",
    )
    assert enterprise_store.get_enterprise(founded).stage_name == "已召开会员代表大会"  # type: ignore[union-attr]
    assert enterprise_store.get_enterprise(hold).stage_name == "暂缓"  # type: ignore[union-attr]
    assert enterprise_store.get_enterprise(hold2).stage_name == "有建会意向"  # type: ignore[union-attr]


def test_slip4_a_unionized_firm_cannot_reach_an_intention(db_path: Path) -> None:
    """Slip 4: 表示支持 at a 已建会企业 meeting raised 达成建会意向; the meeting record said
    "达成建会意向 2 / 表示支持 1" while the period figure said 3."""
    founded = _enterprise("北京老字号有限公司", "已召开会员代表大会", "已建会")
    a = _enterprise("北京星河科技有限公司", "已联系")
    b = _enterprise("北京蓝天物流有限公司", "已联系")
    mid = _meeting("enterprise_unionized", date(2026, 11, 20))
    entry = results.AttendanceEntry(
        founded, name="北京老字号有限公司", attended=True, outcome=Outcome.INTENTION.value
    )
    with pytest.raises(ValidationError, match="已建会"):
        results.record_attendance(mid, [entry], clerk="李")
    results.hold_meeting(
        mid,
        results.HoldReport(
            attendance=(
                results.AttendanceEntry(founded, attended=True, outcome=Outcome.SUPPORT.value),
                results.AttendanceEntry(a, attended=True, outcome=Outcome.INTENTION.value),
                results.AttendanceEntry(b, attended=True, outcome=Outcome.INTENTION.value),
            )
        ),
        clerk="李",
        today=date(2026, 11, 20),
    )
    f = results.figures(mid)
    period = stats.period_figures(date(2026, 11, 20), date(2026, 11, 20))
    assert (f.intentions, f.support) == (period.intentions, period.support) == (2, 1)
    sheet = dict(results.record_sheet(mid, "站", date(2026, 11, 21)).figures)
    assert sheet["达成建会意向（家）"] == "2" and sheet["表示支持（家）"] == "1"


def test_slip3_a_future_meeting_cannot_be_marked_held(db_path: Path) -> None:
    mid = _meeting("employee", date(2026, 12, 12))
    with pytest.raises(ValidationError, match="还没到日期") as caught:
        results.hold_meeting(mid, results.HoldReport(), clerk="李", today=date(2026, 11, 29))
    assert caught.value.code == "meeting.future"
    assert meeting_store.get_meeting(mid).status == "planned"  # type: ignore[union-attr]
    results.hold_meeting(mid, results.HoldReport(), clerk="李", today=date(2026, 12, 12))
    assert meeting_store.get_meeting(mid).status == "held"  # type: ignore[union-attr]


def test_hold_meeting_figures_counted_from_records(db_path: Path) -> None:
    mid = _meeting("employee", date(2026, 11, 12))
    known = _enterprise("北京已登记有限公司")
    for i in range(3):
        Member.create(name=f"张{i}", application_date=date(2026, 11, 12), meeting=mid)
    Member.create(name="别的会", application_date=date(2026, 11, 12))
    report = results.HoldReport(
        consultations=25,
        attendance=(
            results.AttendanceEntry(known, attended=True, union_inquiry=True),
            results.AttendanceEntry(
                None, name="北京新来的科技有限公司", attended=True, union_inquiry=True
            ),
        ),
        notes="大堂人流较大",
    )
    out = results.hold_meeting(mid, report, clerk="王晓燕", today=date(2026, 11, 12))
    assert out.added_enterprises == 1
    added = enterprise_store.find_by_name("北京新来的科技有限公司")
    assert added is not None and added.union_status == "未建会"
    m = meeting_store.get_meeting(mid)
    assert m.status == MeetingStatus.HELD.value and m.notes == "大堂人流较大"  # type: ignore[union-attr]
    figs = results.figures(mid)
    assert figs.joins == 3  # counted from the members linked to the meeting
    assert figs.consultations == 25
    assert figs.union_inquiries == 2 and figs.attended == 2 and figs.non_unionized_attended == 2
    assert figs.gifts == 0  # gifts are recorded where they are handed over, not here
    # a new member linked later changes the figure without anything typed
    Member.create(name="后来的", application_date=date(2026, 11, 12), meeting=mid)
    assert results.figures(mid).joins == 4


def test_cancel_and_hold_rules(db_path: Path) -> None:
    mid = _meeting()
    results.cancel_meeting(mid, "场地临时占用")
    m = meeting_store.get_meeting(mid)
    assert m.status == "cancelled" and "场地临时占用" in m.notes  # type: ignore[union-attr]
    with pytest.raises(ValidationError):
        results.hold_meeting(mid, results.HoldReport(), clerk="李")
    results.reopen_meeting(mid)
    results.hold_meeting(mid, results.HoldReport(consultations=3), clerk="李")
    with pytest.raises(ValidationError):
        results.cancel_meeting(mid)
    with pytest.raises(ValidationError):
        results.hold_meeting(mid, results.HoldReport(consultations=-1), clerk="李")
