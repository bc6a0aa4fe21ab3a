"""Slips 3 and 5 in the 召开情况 dialog: Enter in a field never closes it, every column is readable,
a future meeting is refused with a clear message, a unionized firm cannot be given an intention,
and gifts already on record are shown instead of being asked for again."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox

from station_app.domain.resident_id import check_digit
from station_app.domain.terms import Outcome
from station_app.services import meeting_results as results, registration
from station_app.services.hand_outs import meeting_gifts_text
from station_app.store import meetings as meeting_store
from station_app.store.models import Enterprise
from station_app.ui.dialogs.attendance_dialog import AttendanceDialog
from station_app.ui.dialogs.common import Notice
from station_app.ui.tabs.meetings_tab import MeetingsTab

DAY = date(2026, 11, 27)


@pytest.fixture
def meeting(db_path: Path) -> int:
    return meeting_store.create_meeting(
        kind="enterprise_mixed", day=DAY, start_time=time(14), end_time=time(16)
    )


def _dialog(qtbot, meeting_id: int, unionized: set[int] | None = None) -> AttendanceDialog:  # type: ignore[no-untyped-def]
    m = meeting_store.get_meeting(meeting_id)
    assert m is not None
    names = [(e.id, e.name) for e in Enterprise.select()]
    dialog = AttendanceDialog(
        m,
        results.current_report(meeting_id),
        names,
        joins=0,
        unionized=unionized or set(),
        gifts=meeting_gifts_text(meeting_id),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_enter_in_the_company_field_adds_a_line_and_never_closes(qtbot, meeting: int) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, meeting)
    dialog.add_edit.setFocus()
    qtbot.keyClicks(dialog.add_edit, "Acme Beijing Co")
    qtbot.keyClick(dialog.add_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.names() == ["Acme Beijing Co"]
    for widget in (dialog.consult_spin, dialog.add_edit):
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Enter)
        assert dialog.isVisible()
    qtbot.keyClick(dialog.add_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible() and dialog.result() == 1


def test_every_column_is_readable(qtbot, meeting: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, meeting)
    dialog.add_enterprise("北京星河科技有限公司")
    dialog.add_enterprise("北京蓝天物流有限公司")
    qtbot.wait(10)
    combo = dialog.table.cellWidget(1, 3)
    assert isinstance(combo, QComboBox)
    header = dialog.table.horizontalHeader()
    assert header.sectionSize(3) >= combo.sizeHint().width()  # "有建会意向" fits, not ":"
    for col in range(1, 5):
        title_width = header.fontMetrics().horizontalAdvance(dialog.COLUMNS[col])
        assert header.sectionSize(col) >= title_width, dialog.COLUMNS[col]
    dialog.grab().save(str(tmp_path / "hold_dialog.png"))


def test_a_unionized_firm_cannot_be_given_an_intention(qtbot, meeting: int) -> None:  # type: ignore[no-untyped-def]
    founded = Enterprise.create(name="北京老字号有限公司", union_status="已建会").id
    dialog = _dialog(qtbot, meeting, unionized={founded})
    dialog.add_enterprise("北京老字号有限公司")
    combo = dialog.table.cellWidget(0, 3)
    assert isinstance(combo, QComboBox)
    model = combo.model()
    assert isinstance(model, QStandardItemModel)
    assert not model.item(combo.findData(Outcome.INTENTION.value)).isEnabled()
    assert model.item(combo.findData(Outcome.SUPPORT.value)).isEnabled()
    for outcome in Outcome:
        assert outcome.meaning in dialog.outcome_help.text()


def test_gifts_on_record_are_shown_not_asked_again(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    mid = meeting_store.create_meeting(
        kind="employee", day=DAY, start_time=time(11), end_time=time(14)
    )
    for i in range(3):
        first17 = f"11010519900101{i}23"
        number = first17 + check_digit(first17)
        data = registration.MemberInput(
            name="职工甲乙丙"[i] + "某",
            id_number=number,
            phone=f"1381234567{i}",
            consent=True,
            gift="毛巾",
            meeting_id=mid,
            application_date=DAY.isoformat(),
        )
        registration.register(registration.validate(data, today=DAY))
    dialog = _dialog(qtbot, mid)
    assert "毛巾" in dialog.gifts_label.text() and "随入会登记" in dialog.gifts_label.text()
    assert not hasattr(dialog, "gift_spin")  # nothing to type the same towels in again
    gifts_before = results.figures(mid).gifts
    results.hold_meeting(mid, dialog.report(), clerk="李", today=DAY)
    assert results.figures(mid).gifts == gifts_before


def test_the_tab_refuses_a_future_meeting_with_a_message(
    qtbot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    future = meeting_store.create_meeting(
        kind="employee", day=date(2026, 12, 12), start_time=time(11), end_time=time(14)
    )
    said: list[str] = []
    monkeypatch.setattr(Notice, "warn", classmethod(lambda cls, p, t, text: said.append(text)))
    opened: list[int] = []
    monkeypatch.setattr(AttendanceDialog, "ask", classmethod(lambda cls, *a, **k: opened.append(1)))
    tab = MeetingsTab(today=date(2026, 11, 29))
    qtbot.addWidget(tab)
    tab.refresh()
    tab.select_meeting(future)
    tab.hold_button.click()
    assert opened == [] and len(said) == 1 and "还没到日期" in said[0]
    assert meeting_store.get_meeting(future).status == "planned"  # type: ignore[union-attr]
