"""Slip 2: registrations at a meeting nobody marked 已召开 are listed as 待补录 (on start, in the
沟通会 tab, in the status bar) and the figures say "另有 N 人待补录".
Slip 10: lists refresh when the records behind them change, without F5.
A reminder on start in the week before the 12th."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from station_app.services import meeting_planning as planning, stats
from station_app.store import meetings as meeting_store
from station_app.store.models import Member
from station_app.ui.dialogs.start_notes import StartNotes
from station_app.ui.main_window import MainWindow
from tests.ui import stats_figures
from tests.ui.test_registration_tab import type_member

TODAY = date(2026, 12, 8)  # the week before the 12th


@pytest.fixture
def world(db_path: Path) -> dict[str, int]:
    def make(day: date, kind: str = "employee") -> int:
        return planning.create_meeting(
            planning.MeetingDraft(kind=kind, day=day, start_time=time(11), end_time=time(14))
        )

    forgotten = make(date(2026, 12, 3))
    for i in range(3):
        Member.create(name=f"等{i}", application_date=date(2026, 12, 3), meeting=forgotten)
    return {
        "forgotten": forgotten,
        "today": make(TODAY, "enterprise_mixed"),
        "twelfth": make(date(2026, 12, 11)),  # the 12th is a Saturday: moved to Friday
    }


@pytest.fixture
def window(qtbot, world: dict[str, int], ui_settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(ui_settings, today=TODAY)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_a_meeting_left_planned_is_listed_as_waiting(
    qtbot, window: MainWindow, world: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    dec = stats.period_figures(date(2026, 12, 1), date(2026, 12, 31))
    assert (dec.onsite_joins, dec.pending_joins) == (0, 3)
    assert "另有 3 人待补录" in dec.pending_note

    shown: list[tuple[object, object]] = []

    def ask(cls, parent, pending, reminder) -> str:  # type: ignore[no-untyped-def]
        shown.append((pending, reminder))
        return StartNotes.SHOW_MEETINGS

    monkeypatch.setattr(StartNotes, "ask", classmethod(ask))
    window.show_start_notes()
    ((pending, reminder),) = shown
    assert [m.id for m in pending.meetings] == [world["forgotten"]]  # type: ignore[attr-defined]
    assert pending.registrations == 3  # type: ignore[attr-defined]
    assert reminder.day == date(2026, 12, 12)  # type: ignore[attr-defined]
    assert reminder.meeting.id == world["twelfth"]  # type: ignore[attr-defined]
    assert "周六" in reminder.sentence() and "横幅" in reminder.sentence()  # type: ignore[attr-defined]

    tab = window.meetings_tab
    assert window.tabs.currentWidget().page() is tab  # type: ignore[attr-defined]
    assert tab.current_meeting().id == world["forgotten"]  # type: ignore[union-attr]
    assert tab.pending_view.isVisibleTo(tab) and tab.pending_model.rowCount() == 1
    assert "3 人" in tab.pending_label.text()
    status = tab.past_model.index(0, 6).data()
    assert status == "待补录"

    window.show_due_count()
    assert "待补录沟通会：1 场" in window.pending_label.text()
    assert "3 人" in window.pending_label.text()

    window.show_tab(window.stats_tab)
    window.stats_tab.set_period("month", TODAY)
    stats_figures.shown(qtbot, window.stats_tab)
    assert "另有 3 人待补录" in window.stats_tab.pending_label.text()
    # the window's wording of the note is the figures' own (domain/figures.py)
    assert window.stats_tab.pending_label.text() == window.stats_tab._figures.pending_note
    assert window.stats_tab.pending_label.isVisibleTo(window.stats_tab)


def test_lists_follow_a_registration_made_on_another_tab(
    qtbot, window: MainWindow, world: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    meetings = window.meetings_tab
    window.show_tab(meetings)
    meetings.select_meeting(world["today"])
    assert meetings.detail.figure("现场入会（人）") == 0
    window.show_tab(window.stats_tab)
    window.stats_tab.set_period("month", TODAY)
    before = int(stats_figures.shown(qtbot, window.stats_tab).value_labels["desk_joins"].text())

    reg = window.registration_tab
    window.show_tab(reg)
    assert reg.selected_meeting_id() == world["today"]
    type_member(qtbot, reg)
    assert reg.save() is not None

    window.show_tab(meetings)
    qtbot.waitUntil(lambda: meetings.detail.figure("现场入会（人）") == 1)
    assert meeting_store.get_meeting(world["today"]).joins == 1  # type: ignore[union-attr]
    window.show_tab(window.stats_tab)
    # today's meeting is not marked held yet: the join waits, the desk line is unchanged
    qtbot.waitUntil(lambda: "另有 4 人待补录" in window.stats_tab.pending_label.text())
    assert int(window.stats_tab.value_labels["desk_joins"].text()) == before
