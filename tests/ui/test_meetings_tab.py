from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QTime

from station_app.domain.terms import DEFAULT_CHECKLIST, MeetingKind, Outcome
from station_app.services import meeting_planning as planning, meeting_results as results
from station_app.store import (
    enterprises as enterprise_store,
    meetings as meeting_store,
    station as station_store,
)
from station_app.store.models import Enterprise, Member, Stage
from station_app.ui.dialogs.attendance_dialog import AttendanceDialog
from station_app.ui.dialogs.common import SaveAsDialog
from station_app.ui.dialogs.meeting_dialog import MeetingDialog
from station_app.ui.dialogs.plan_days_dialog import PlanDaysDialog
from station_app.ui.dialogs.twin_dialog import TwinDialog
from station_app.ui.print_support import PreviewDialog
from station_app.ui.tabs.meetings_tab import Confirm, MeetingsTab
from tests.conftest import TODAY


@pytest.fixture
def tab(qtbot, db_path: Path) -> MeetingsTab:  # type: ignore[no-untyped-def]
    station_store.ensure_building("电子城大厦", lobby="一层大堂")
    station_store.ensure_building("望京SOHO")
    station_store.ensure_clerk("王晓燕")
    w = MeetingsTab(today=TODAY, clerk=lambda: "王晓燕")
    qtbot.addWidget(w)
    w.resize(1300, 800)
    w.show()
    w.refresh()
    return w


def _fill_dialog(dialog: MeetingDialog, day: date, venue: str) -> None:
    dialog.date_edit.setDate(QDate(day.year, day.month, day.day))
    dialog.venue_combo.setCurrentIndex(dialog.venue_combo.findText(venue))


def test_new_meeting_through_the_dialog_widgets(
    tab: MeetingsTab, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def fake_ask(cls, parent, **kw):  # type: ignore[no-untyped-def]
        dialog = MeetingDialog(parent=parent, **kw)
        qtbot.addWidget(dialog)
        # kind-aware defaults: an employee meeting is 11:00–14:00 with its checklist
        seen["start"] = dialog.start_edit.time().toString("HH:mm")
        seen["end"] = dialog.end_edit.time().toString("HH:mm")
        seen["checklist"] = dialog.checklist_edit.toPlainText().splitlines()
        _fill_dialog(dialog, date(2026, 12, 3), "电子城大厦")
        seen["detail"] = dialog.venue_detail.text()
        return dialog.draft()

    monkeypatch.setattr(MeetingDialog, "ask", classmethod(fake_ask))
    tab.new_button.click()
    assert seen["start"] == "11:00" and seen["end"] == "14:00"
    assert seen["checklist"] == list(DEFAULT_CHECKLIST[MeetingKind.EMPLOYEE])
    assert seen["detail"] == "一层大堂"
    upcoming = tab.upcoming_model.rows()
    assert [m.date for m in upcoming] == [date(2026, 12, 3)]
    assert tab.current_meeting() is not None
    assert tab.detail.checklist.count() == len(DEFAULT_CHECKLIST[MeetingKind.EMPLOYEE])
    assert "2026-12-03" in tab.detail.info_label.text()


def test_kind_change_in_dialog_and_clash_warning(tab: MeetingsTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    v = station_store.list_buildings()[0]
    planning.create_meeting(
        planning.MeetingDraft(
            kind="employee",
            day=date(2026, 12, 3),
            start_time=time(11),
            end_time=time(14),
            venue_id=v.id,
        )
    )
    dialog = MeetingDialog(
        buildings=station_store.list_buildings(),
        clerks=station_store.list_clerks(),
        enterprises=[],
        clash_check=lambda d: [planning.clash_text(c) for c in planning.clashes_in_store(d)],
        day=date(2026, 12, 3),
    )
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(MeetingKind.MIXED.value))
    assert dialog.start_edit.time() == QTime(14, 0)
    assert "邀请函" in dialog.checklist_edit.toPlainText()
    dialog.venue_combo.setCurrentIndex(dialog.venue_combo.findData(v.id))
    assert dialog.clash_label.text() == ""  # 14:00 starts as the other ends: touching only
    dialog.start_edit.setTime(QTime(13, 0))
    assert "已有安排" in dialog.clash_label.text()


def test_clash_asks_before_saving(tab: MeetingsTab, monkeypatch: pytest.MonkeyPatch) -> None:
    v = station_store.list_buildings()[0]
    draft = planning.MeetingDraft(
        kind="employee",
        day=date(2026, 12, 3),
        start_time=time(11),
        end_time=time(14),
        venue_id=v.id,
    )
    planning.create_meeting(draft)
    asked: list[str] = []
    monkeypatch.setattr(
        Confirm, "ask", classmethod(lambda cls, parent, title, text: asked.append(text) or False)
    )
    # the dialog comes back with the same draft; after a "no" the clerk closes it
    monkeypatch.setattr(
        MeetingDialog, "ask", classmethod(lambda cls, parent, **kw: None if asked else draft)
    )
    tab.new_button.click()
    assert asked and "已有安排" in asked[0]
    assert len(meeting_store.list_meetings()) == 1  # not saved


def test_move_meeting_by_editing(tab: MeetingsTab, monkeypatch: pytest.MonkeyPatch) -> None:
    mid = planning.create_meeting(
        planning.MeetingDraft(
            kind="employee", day=date(2026, 12, 12), start_time=time(11), end_time=time(14)
        )
    )
    tab.refresh()
    tab.select_meeting(mid)

    def fake_ask(cls, parent, *, initial, **kw):  # type: ignore[no-untyped-def]
        assert initial is not None and initial.day == date(2026, 12, 12)
        dialog = MeetingDialog(initial=initial, parent=parent, **kw)
        dialog.date_edit.setDate(QDate(2026, 12, 11))
        out = dialog.draft()
        dialog.deleteLater()
        return out

    monkeypatch.setattr(MeetingDialog, "ask", classmethod(fake_ask))
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, p, t, text: False))
    tab.edit_button.click()
    assert meeting_store.get_meeting(mid).date == date(2026, 12, 11)  # type: ignore[union-attr]
    assert "改期" in tab.message_label.text()
    assert len(meeting_store.checklist(mid)) == len(DEFAULT_CHECKLIST[MeetingKind.EMPLOYEE])


def test_plan_days_dialog_flags_and_creates(
    tab: MeetingsTab, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    flagged: list[str] = []

    def fake_ask(cls, parent, replan, **kw):  # type: ignore[no-untyped-def]
        dialog = PlanDaysDialog(replan, parent=parent, **kw)
        qtbot.addWidget(dialog)
        dialog.months_spin.setValue(3)  # Dec 2026, Jan 2027, Feb 2027
        assert dialog.table.rowCount() == 3
        flagged.extend(dialog.table.item(r, 3).text() for r in range(3))
        # keep February's 12th (Spring Festival) on a date of the clerk's choosing
        dialog.row_date_edit(2).setDate(QDate(2027, 2, 18))
        return dialog.choice()

    monkeypatch.setattr(PlanDaysDialog, "ask", classmethod(fake_ask))
    confirmed: list[str] = []
    monkeypatch.setattr(
        Confirm, "ask", classmethod(lambda cls, p, t, text: confirmed.append(text) or True)
    )
    tab.plan_button.click()
    assert "周六" in flagged[0] and "12-11" in flagged[0]
    # 2027's holidays are not known yet: said, never guessed
    assert "2027 年节假日安排未知" in flagged[1] and "2027 年节假日安排未知" in flagged[2]
    assert "2027-02-18" in confirmed[0] and "尚未录入" in confirmed[0]
    days = [m.date for m in tab.upcoming_model.rows()]
    assert days == [date(2026, 12, 11), date(2027, 1, 12), date(2027, 2, 18)][: len(days)]
    created = meeting_store.list_meetings(kind="employee")
    assert [m.date for m in created] == [date(2026, 12, 11), date(2027, 1, 12), date(2027, 2, 18)]
    assert all((m.start_time, m.end_time) == (time(11), time(14)) for m in created)
    assert "3 场" in tab.message_label.text()

    # planned again: the months are known and left unticked
    def again(cls, parent, replan, **kw):  # type: ignore[no-untyped-def]
        dialog = PlanDaysDialog(replan, parent=parent, **kw)
        qtbot.addWidget(dialog)
        dialog.months_spin.setValue(2)
        assert not dialog.row_checkbox(0).isChecked()
        assert not dialog.ok_button.isEnabled()
        return None

    monkeypatch.setattr(PlanDaysDialog, "ask", classmethod(again))
    tab.plan_button.click()
    assert len(meeting_store.list_meetings(kind="employee")) == 3


def test_twin_and_hold_with_consultations(
    tab: MeetingsTab, qtbot, qtmodeltester, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    v = station_store.list_buildings()[0]
    stage = Stage.get(Stage.name == "已联系")
    known = Enterprise.create(name="北京星河科技有限公司", stage=stage.id, union_status="未建会")
    mid = planning.create_meeting(
        planning.MeetingDraft(
            kind="employee",
            day=date(2026, 11, 20),  # a Friday
            start_time=time(11),
            end_time=time(14),
            venue_id=v.id,
        )
    )
    tab.refresh()
    tab.select_meeting(mid)
    assert tab.twin_button.isEnabled()
    warned: list[str] = []

    def twin_ask(cls, parent, meeting, suggested, day_check):  # type: ignore[no-untyped-def]
        dialog = TwinDialog(meeting, suggested, day_check, parent)
        qtbot.addWidget(dialog)
        warned.append(dialog.warning_label.text())
        return dialog.day()

    monkeypatch.setattr(TwinDialog, "ask", classmethod(twin_ask))
    monkeypatch.setattr(
        Confirm, "ask", classmethod(lambda cls, p, t, text: warned.append(text) or True)
    )
    tab.twin_button.click()
    assert "周六" in warned[0] and "周六" in warned[1]  # said in the dialog and before saving
    m = meeting_store.get_meeting(mid)
    assert m is not None and m.twin_id is not None
    twin = meeting_store.get_meeting(m.twin_id)
    assert twin.date == date(2026, 11, 21) and twin.twin_id == mid  # type: ignore[union-attr]
    assert tab.current_meeting().id == twin.id  # type: ignore[union-attr]
    assert not tab.twin_button.isEnabled()  # already has its twin

    # the day: consultations via the registration tab's 咨询 +1, joins by registration
    tab.select_meeting(mid)
    meeting_store.add_consultation(mid, 30)
    for i in range(4):
        Member.create(name=f"职工{i}", application_date=date(2026, 11, 20), meeting=mid)

    def fake_ask(cls, parent, meeting, report, enterprises, *, joins, unionized, gifts):  # type: ignore[no-untyped-def]
        dialog = AttendanceDialog(
            meeting,
            report,
            enterprises,
            joins=joins,
            unionized=unionized,
            gifts=gifts,
            parent=parent,
        )
        qtbot.addWidget(dialog)
        assert dialog.consult_spin.value() == 30
        assert "4 人" in dialog.joins_label.text()
        dialog.consult_spin.setValue(32)
        dialog.add_edit.setText("北京星河科技有限公司")
        dialog.add_button.click()
        dialog.add_edit.setText("北京全新物流有限公司")
        dialog.add_button.click()
        assert "新增" in dialog.add_hint.text()
        dialog.set_row(0, outcome=Outcome.INTENTION.value)
        dialog.notes_edit.setPlainText("午间人多")
        return dialog.report()

    monkeypatch.setattr(AttendanceDialog, "ask", classmethod(fake_ask))
    tab.hold_button.click()
    held = meeting_store.get_meeting(mid)
    assert held.status == "held" and held.consultation_count == 32  # type: ignore[union-attr]
    assert tab.detail.figure("接待职工咨询（人次）") == 32
    assert tab.detail.figure("现场入会（人）") == 4
    assert tab.detail.figure("建会咨询企业（家）") == 2
    assert tab.detail.figure("发放礼品/慰问品（份）") == 0
    assert tab.detail.figure("达成建会意向（家）") == 1
    shown = tab.detail.attendance_model
    assert shown.rowCount() == 2
    cells = {
        shown.index(r, 0).data(): [shown.index(r, c).data() for c in range(1, 4)]
        for r in range(shown.rowCount())
    }
    assert cells[known.name][1] == "有建会意向" and cells["北京全新物流有限公司"][1] == "无"
    qtmodeltester.check(shown)
    assert enterprise_store.get_enterprise(known.id).stage_name == "有建会意向"  # type: ignore[union-attr]
    assert enterprise_store.find_by_name("北京全新物流有限公司") is not None
    assert "阶段已更新" in tab.message_label.text()
    assert tab.hold_button.text() == "修改召开情况" and not tab.cancel_button.isEnabled()
    # a registration linked afterwards shows without anything typed
    Member.create(name="迟到的", application_date=date(2026, 11, 20), meeting=mid)
    tab.refresh()
    assert tab.detail.figure("现场入会（人）") == 5
    assert results.figures(mid).joins == 5


def test_cancel_and_checklist_and_filters(
    tab: MeetingsTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = planning.create_meeting(
        planning.MeetingDraft(
            kind="employee", day=date(2026, 12, 11), start_time=None, end_time=None
        )
    )
    planning.create_meeting(
        planning.MeetingDraft(
            kind="enterprise_mixed", day=date(2027, 1, 6), start_time=None, end_time=None
        )
    )
    tab.refresh()
    tab.select_meeting(a)
    item = tab.detail.checklist.item(0)
    item.setCheckState(item.checkState().Checked)
    assert meeting_store.checklist(a)[0].done
    monkeypatch.setattr(Confirm, "reason", classmethod(lambda cls, p, t, label: "场地维修"))
    tab.cancel_button.click()
    assert meeting_store.get_meeting(a).status == "cancelled"  # type: ignore[union-attr]
    assert not tab.hold_button.isEnabled()
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("cancelled"))
    assert [m.id for m in tab.upcoming_model.rows()] == [a]
    tab.status_filter.setCurrentIndex(0)
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData("enterprise_mixed"))
    assert [m.kind for m in tab.upcoming_model.rows()] == ["enterprise_mixed"]
    tab.kind_filter.setCurrentIndex(0)
    tab.month_filter.setCurrentIndex(tab.month_filter.findText("2027年1月"))
    assert [m.date for m in tab.upcoming_model.rows()] == [date(2027, 1, 6)]
    assert tab.past_model.rowCount() == 0


def test_calendar_view_marks_meetings(tab: MeetingsTab, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    mid = planning.create_meeting(
        planning.MeetingDraft(
            kind="employee", day=date(2026, 11, 12), start_time=time(11), end_time=time(14)
        )
    )
    tab.refresh()
    tab.calendar_button.click()
    assert tab.stack.currentIndex() == 1
    assert [m.id for m in tab.calendar.meetings_on(date(2026, 11, 12))] == [mid]
    tab.calendar.show_day(date(2026, 11, 12))
    assert tab.day_model.rowCount() == 1
    assert tab.current_meeting().id == mid  # type: ignore[union-attr]
    tab.calendar.show_day(date(2026, 11, 13))
    assert tab.day_model.rowCount() == 0 and "无安排" in tab.day_label.text()
    assert not tab.grab().isNull()
    tab.list_button.click()
    assert tab.stack.currentIndex() == 0


def test_print_sign_in_and_record(
    tab: MeetingsTab, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    station_store.save_station(station_store.get_station().__class__(name="酒仙桥街道工会服务站"))
    mid = planning.create_meeting(
        planning.MeetingDraft(
            kind="employee", day=date(2026, 11, 12), start_time=time(11), end_time=time(14)
        )
    )
    tab.refresh()
    tab.select_meeting(mid)
    previews: list[Path] = []
    targets = iter([tmp_path / "sign.pdf", tmp_path / "record.pdf"])
    monkeypatch.setattr(SaveAsDialog, "ask", classmethod(lambda cls, s, p=None: next(targets)))
    monkeypatch.setattr(
        PreviewDialog,
        "show_pdf",
        classmethod(lambda cls, path, p=None: previews.append(path) or False),
    )
    tab.sign_button.click()
    tab.record_button.click()
    assert previews == [tmp_path / "sign.pdf", tmp_path / "record.pdf"]
    assert all(p.read_bytes().startswith(b"%PDF") for p in previews)
    # cancelling the file dialog writes and shows nothing
    monkeypatch.setattr(SaveAsDialog, "ask", classmethod(lambda cls, s, p=None: None))
    tab.sign_button.click()
    assert len(previews) == 2


def test_hand_out_materials_are_printed_in_copies_and_counted(
    tab: MeetingsTab, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader
    from reportlab.pdfgen.canvas import Canvas

    from station_app.services import materials
    from station_app.ui.dialogs import materials_dialog
    from station_app.ui.dialogs.materials_dialog import MaterialsDialog

    leaflet = tmp_path / "宣传折页.pdf"
    c = Canvas(str(leaflet))
    for _ in range(2):
        c.showPage()
    c.save()
    mid = planning.create_meeting(
        planning.MeetingDraft(
            kind="employee", day=date(2026, 12, 12), start_time=time(11), end_time=time(14)
        )
    )
    tab.refresh()
    tab.select_meeting(mid)
    # the dialog itself: add the file, tick it, three copies
    monkeypatch.setattr(materials_dialog.PdfFileDialog, "ask", classmethod(lambda c, p: leaflet))
    dlg = MaterialsDialog(tab)
    qtbot.addWidget(dlg)
    assert dlg.empty_label.isVisibleTo(dlg)
    dlg.add_button.click()
    assert dlg.chosen() == ["宣传折页"]
    dlg.copies_spin.setValue(3)
    answer = (dlg.chosen(), dlg.copies_spin.value())
    monkeypatch.setattr(MaterialsDialog, "ask", classmethod(lambda c, p=None, **k: answer))
    target = tmp_path / "out.pdf"
    monkeypatch.setattr(SaveAsDialog, "ask", classmethod(lambda cls, s, p=None: target))
    monkeypatch.setattr(PreviewDialog, "show_pdf", classmethod(lambda cls, path, p=None: False))
    assert tab.materials_button.isEnabled()
    tab.materials_button.click()
    assert len(PdfReader(target).pages) == 6
    assert materials.handed_out(mid) == {"宣传折页": 3}
