"""Slip 1: a walk-in at the desk on a day without a meeting is a desk registration (服务站日常),
never credited to the next planned meeting; a past meeting takes registrations only as 补录 on
its day, after the clerk said so."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from station_app.services import stats
from station_app.store import meetings as meeting_store, members as member_store
from station_app.ui.tabs import registration_tab
from station_app.ui.tabs.registration_tab import RegistrationTab
from tests.ui.test_registration_tab import GOOD_ID, type_member

TODAY = date(2026, 11, 29)  # a Sunday without a meeting


@pytest.fixture
def meetings(db_path: Path) -> dict[str, int]:
    def make(day: date, status: str) -> int:
        return meeting_store.create_meeting(
            kind="employee", day=day, start_time=time(11), end_time=time(14), status=status
        )

    return {"next": make(date(2026, 12, 12), "planned"), "past": make(date(2026, 11, 27), "held")}


@pytest.fixture
def tab(qtbot, meetings: dict[str, int], ui_settings: QSettings) -> RegistrationTab:  # type: ignore[no-untyped-def]
    widget = RegistrationTab(today=TODAY, settings=ui_settings)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    return widget


def _save(qtbot, tab: RegistrationTab) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(tab.form.phone_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_a_walk_in_without_a_meeting_today_is_a_desk_registration(
    qtbot, tab: RegistrationTab, meetings: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    combo = tab.meeting_combo
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert meetings["next"] not in offered  # a later meeting is never offered
    assert tab.selected_meeting_id() is None
    assert "服务站日常" in combo.currentText()
    type_member(qtbot, tab)
    _save(qtbot, tab)
    rec = member_store.find_member_by_id_number(GOOD_ID)
    assert rec is not None and rec.meeting_id is None and rec.application_date == TODAY
    nov = stats.period_figures(date(2026, 11, 1), date(2026, 11, 30))
    dec = stats.period_figures(date(2026, 12, 1), date(2026, 12, 31))
    assert (nov.onsite_joins, nov.desk_joins, dec.onsite_joins) == (0, 1, 0)
    nxt = meeting_store.get_meeting(meetings["next"])
    assert nxt is not None and nxt.joins == 0


@pytest.mark.parametrize("answer", [True, False])
def test_a_past_meeting_takes_a_registration_only_as_backdated_entry(
    qtbot, tab: RegistrationTab, meetings: dict[str, int], monkeypatch, answer: bool
) -> None:  # type: ignore[no-untyped-def]
    asked: list[date] = []

    def ask(cls, parent, text: str, day: date) -> bool:  # type: ignore[no-untyped-def]
        asked.append(day)
        return answer

    monkeypatch.setattr(registration_tab.BackdateQuestion, "ask", classmethod(ask))
    tab.meeting_combo.setCurrentIndex(tab.meeting_combo.findData(meetings["past"]))
    type_member(qtbot, tab)
    _save(qtbot, tab)
    assert asked == [date(2026, 11, 27)]
    rec = member_store.find_member_by_id_number(GOOD_ID)
    if not answer:
        assert rec is None and "未保存" in tab.status_label.text()
        return
    assert rec is not None
    assert (rec.meeting_id, rec.application_date) == (meetings["past"], date(2026, 11, 27))
    nov = stats.period_figures(date(2026, 11, 1), date(2026, 11, 30))
    assert (nov.onsite_joins, nov.desk_joins) == (1, 0)
