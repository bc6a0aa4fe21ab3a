"""The month calendar says what happens each day; the detail pane says something before a
meeting is chosen."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from pathlib import Path

from station_app.services import meeting_planning as planning
from station_app.store import meetings as meeting_store, station as station_store
from station_app.ui.tabs.meeting_calendar import MeetingCalendar
from station_app.ui.tabs.meetings_tab import MeetingsTab
from tests.conftest import TODAY


def _meeting(day: date, kind: str, start: int, venue: str):  # type: ignore[no-untyped-def]
    building = station_store.ensure_building(venue)
    mid = planning.create_meeting(
        planning.MeetingDraft(
            kind=kind, day=day, start_time=time(start), end_time=time(start + 2),
            venue_id=building.id,
        )
    )  # fmt: skip
    return meeting_store.get_meeting(mid)


def test_a_calendar_cell_names_kind_time_and_place(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    calendar = MeetingCalendar()
    qtbot.addWidget(calendar)
    day = date(2026, 12, 12)
    first = _meeting(day, "employee", 11, "电子城大厦")
    second = _meeting(day, "enterprise_mixed", 15, "望京SOHO")
    both = [first, second]
    assert [t for _m, t in calendar.cell_lines(both, 4)] == [
        "11:00 职工",
        "电子城大厦",
        "15:00 混合型",
        "望京SOHO",
    ]
    assert [t for _m, t in calendar.cell_lines(both, 2)] == [
        "11:00 职工 电子城大厦",
        "15:00 混合型 望京SOHO",
    ]
    assert [t for _m, t in calendar.cell_lines(both, 1)] == ["另 2 场"]
    assert [t for _m, t in calendar.cell_lines([*both, first], 2)] == [
        "11:00 职工 电子城大厦",
        "另 2 场",
    ]
    cancelled = replace(first, status="cancelled")
    assert calendar.cell_lines([cancelled], 1)[0][1] == "11:00 职工（取消） 电子城大厦"
    calendar.set_meetings(both)
    calendar.show_day(day)
    calendar.resize(900, 600)
    assert not calendar.grab().isNull()  # paints with the lines above


def test_the_detail_pane_names_the_next_meeting_before_one_is_chosen(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    _meeting(date(2026, 12, 12), "employee", 11, "电子城大厦")
    tab = MeetingsTab(today=TODAY)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    overview = tab.detail.overview_label
    assert overview.isVisible()
    assert "下一场沟通会：2026-12-12 周六 11:00（还有 18 天）" in overview.text()
    assert "电子城大厦" in overview.text()
    tab.select_meeting(tab.upcoming_model.index(0, 0).data(tab.upcoming_model.RecordRole).id)
    assert not overview.isVisible() and tab.detail.body.isVisible()
