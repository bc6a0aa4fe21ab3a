"""Slip 8: employees' questions and opinions at a meeting (anonymous allowed) have a place, and
feedback entered against a firm on a meeting's day counts for that meeting's record."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QDate

from station_app.services import (
    enterprises as svc,
    meeting_planning as planning,
    meeting_results as results,
)
from station_app.store import meetings as meeting_store, station as station_store
from station_app.ui.dialogs.feedback_dialog import FeedbackDialog
from station_app.ui.dialogs.meeting_feedback import MeetingFeedbackDialog

DAY = date(2026, 11, 20)


def _meeting(kind: str) -> int:
    return planning.create_meeting(
        planning.MeetingDraft(kind=kind, day=DAY, start_time=time(11), end_time=time(14))
    )


def _sheet_feedback(mid: int) -> str:
    return dict(results.record_sheet(mid, "站", DAY).figures)["收集意见建议（条）"]


def test_employees_give_feedback_at_a_meeting(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    mid = _meeting("employee")
    m = meeting_store.get_meeting(mid)
    assert m is not None
    dialog = MeetingFeedbackDialog(
        m, [], station_store.list_feedback_categories(), today=date(2026, 11, 29)
    )
    qtbot.addWidget(dialog)
    assert dialog.employee_radio.isChecked()
    dialog.content_edit.setPlainText("加班费怎么算？")
    assert dialog.add()  # anonymous
    dialog.person_edit.setText("张师傅")
    dialog.category_combo.setCurrentIndex(1)
    dialog.content_edit.setPlainText("希望多办午间讲座")
    assert dialog.add()
    assert dialog.model.rowCount() == 2
    who = {i.record.who for i in dialog.model.rows()}
    assert who == {"匿名职工", "张师傅"}
    assert "共 2 条，待答复 2 条" in dialog.count_label.text()
    assert results.figures(mid).feedback == 2 and _sheet_feedback(mid) == "2"
    dialog.firm_radio.setChecked(True)
    dialog.content_edit.setPlainText("没有选企业")
    assert not dialog.add() and "企业" in dialog.error_label.text()


def test_firm_feedback_on_the_meeting_day_counts_for_the_meeting(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    firms = [svc.save_enterprise(svc.EnterpriseInput(name=f"北京{n}有限公司")) for n in "甲乙丙"]
    mid = _meeting("enterprise_unionized")
    results.record_attendance(
        mid, [results.AttendanceEntry(f.id, attended=True) for f in firms], clerk="王芳"
    )
    for firm in firms:
        dialog = FeedbackDialog(
            firm.name,
            date(2026, 11, 29),
            categories=station_store.list_feedback_categories(),
            meetings=svc.meetings_of_enterprise(firm.id),
        )
        qtbot.addWidget(dialog)
        assert dialog.meeting_combo.currentData() is None  # entered a week later
        dialog.date_edit.setDate(QDate(2026, 11, 20))
        assert dialog.meeting_combo.currentData() == mid  # received that day: that meeting
        dialog.content_edit.setPlainText("希望工会经费返还更快")
        answer = dialog.feedback()
        svc.add_feedback(
            enterprise_id=firm.id,
            category=answer.category,
            content=answer.content,
            received_on=answer.received_on,
            meeting_id=answer.meeting_id,
        )
    assert results.figures(mid).feedback == 3 and _sheet_feedback(mid) == "3"
