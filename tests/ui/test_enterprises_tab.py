from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from station_app.services import enterprises as svc
from station_app.store import enterprises as enterprise_store, station as station_store
from station_app.ui.dialogs.enterprise_dialog import EnterpriseDialog
from station_app.ui.dialogs.feedback_dialog import FeedbackDialog, FeedbackInput
from station_app.ui.dialogs.follow_up_dialog import FollowUpDialog, FollowUpInput
from station_app.ui.dialogs.stage_dialog import StageDialog
from station_app.ui.main_window import MainWindow
from station_app.ui.models.enterprise_lists import OVERDUE_RED
from tests.conftest import TODAY

NEW_CODE = "91110108551385082Q"
NEW_NAME = "北京晨光智造科技有限公司"


def _stage_id(name: str) -> int:
    return next(s.id for s in station_store.list_stages() if s.name == name)


def _board_count(tab: Any, stage_name: str) -> int:
    for i in range(tab.stage_board.count()):
        text = tab.stage_board.item(i).text()
        if text.startswith(stage_name + "　"):
            return int(text.split("　")[-1])
    raise AssertionError(stage_name)


def test_walk_one_company_from_uncontacted_to_founded(
    main_window: MainWindow, qtbot, qtmodeltester, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    main_window.show_tab(main_window.enterprises_tab)
    tab = main_window.enterprises_tab
    clerk = main_window.current_clerk()
    assert clerk
    uncontacted_before = _board_count(tab, "未联系")
    founded_before = _board_count(tab, "已召开会员代表大会")

    # 1. add the company through the enterprise dialog's save function
    def fake_add(save, current, buildings, parent=None):  # type: ignore[no-untyped-def]
        assert current is None
        return save(
            svc.EnterpriseInput(
                name=NEW_NAME,
                credit_code=NEW_CODE,
                employee_count=320,
                building_name="电子城科技大厦",
            )
        )

    monkeypatch.setattr(
        EnterpriseDialog, "ask", classmethod(lambda cls, *a, **k: fake_add(*a, **k))
    )
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    rec = tab.current_enterprise()
    assert rec is not None and rec.name == NEW_NAME and rec.stage_name == "未联系"
    assert _board_count(tab, "未联系") == uncontacted_before + 1
    assert NEW_NAME in tab.detail.title_label.text()

    # search finds it by code
    tab.search_edit.setText(NEW_CODE[:10])
    assert [r.name for r in tab.model.rows()] == [NEW_NAME]
    tab.search_edit.clear()

    # 2. a first visit, planning the next contact in three days
    monkeypatch.setattr(
        FollowUpDialog,
        "ask",
        classmethod(
            lambda cls, name, today, who, parent=None: FollowUpInput(
                today, "上门", f"{who}上门介绍建会流程", today + timedelta(days=3)
            )
        ),
    )
    qtbot.mouseClick(tab.detail.follow_up_button, Qt.MouseButton.LeftButton)
    assert tab.detail.follow_up_model.rowCount() == 1
    assert tab.detail.follow_up_model.record(0).clerk_name == clerk
    due_names = [i.follow_up.enterprise_name for i in tab.due_model.rows()]
    assert NEW_NAME in due_names
    assert f"待跟进（{len(due_names)}）" == tab.lists.tabText(1)

    # 3. move it stage by stage, each with a reason
    path = ["已联系", "已参会", "有建会意向", "筹备中"]
    asked: list[int | None] = []

    def fake_stage(name, current_id, stages, parent=None, *, today, congress_date):  # type: ignore[no-untyped-def]
        asked.append(current_id)
        target = path.pop(0)
        # entered afterwards, each on the day it happened; the dialog offers the planned
        # congress date for the founded stage
        day = (
            congress_date if target == "已召开会员代表大会" else today - timedelta(10 - len(asked))
        )
        return _stage_id(target), f"推进到{target}", day

    monkeypatch.setattr(StageDialog, "ask", classmethod(lambda cls, *a, **k: fake_stage(*a, **k)))
    for _ in range(4):
        qtbot.mouseClick(tab.detail.stage_button, Qt.MouseButton.LeftButton)
    assert asked[0] == _stage_id("未联系") and asked[-1] == _stage_id("有建会意向")
    rec = tab.current_enterprise()
    assert rec is not None and (rec.stage_name, rec.union_status) == ("筹备中", "筹备中")

    # 4. the founding checklist opens by itself; tick every item and set the congress date
    assert tab.detail.pages.currentIndex() == tab.detail.founding_index
    assert tab.detail.tasks_list.count() == 6
    for i in range(tab.detail.tasks_list.count()):
        tab.detail.tasks_list.item(i).setCheckState(Qt.CheckState.Checked)
    assert "6 / 6" in tab.detail.checklist_label.text()
    congress = TODAY - timedelta(days=1)
    tab.detail.congress_edit.setDate(QDate(congress.year, congress.month, congress.day))
    qtbot.mouseClick(tab.detail.congress_button, Qt.MouseButton.LeftButton)
    rec = tab.current_enterprise()
    assert rec is not None and rec.congress_date == congress

    # 5. the congress was held: the union is founded
    path.append("已召开会员代表大会")
    qtbot.mouseClick(tab.detail.stage_button, Qt.MouseButton.LeftButton)
    rec = tab.current_enterprise()
    assert rec is not None
    assert (rec.stage_name, rec.union_status, rec.union_founded_on) == (
        "已召开会员代表大会",
        "已建会",
        congress,
    )
    changes = tab.detail.stage_model.rows()
    assert len(changes) == 5
    assert changes[0].to_stage == "已召开会员代表大会" and changes[0].clerk_name == clerk
    assert all(c.reason.startswith("推进到") for c in changes)
    assert _board_count(tab, "已召开会员代表大会") == founded_before + 1
    assert _board_count(tab, "未联系") == uncontacted_before
    assert NEW_NAME not in [i.follow_up.enterprise_name for i in tab.due_model.rows()]
    for model in (tab.model, tab.due_model, tab.detail.stage_model, tab.detail.follow_up_model):
        qtmodeltester.check(model)


def test_feedback_is_recorded_and_replied(
    main_window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    main_window.show_tab(main_window.enterprises_tab)
    tab = main_window.enterprises_tab
    tab.view.selectRow(0)
    rec = tab.current_enterprise()
    assert rec is not None
    monkeypatch.setattr(
        FeedbackDialog,
        "ask",
        classmethod(
            lambda cls, name, cats, today, parent=None, meetings=(): FeedbackInput(
                cats[0], "希望增加培训", today
            )
        ),
    )
    qtbot.mouseClick(tab.detail.feedback_button, Qt.MouseButton.LeftButton)
    assert tab.detail.feedback_model.rowCount() >= 1
    mine = [i for i in tab.detail.feedback_model.rows() if i.record.content == "希望增加培训"]
    assert len(mine) == 1 and not mine[0].answered
    row = tab.detail.feedback_model.rows().index(mine[0])
    tab.detail.feedback_view.selectRow(row)
    monkeypatch.setattr(
        FeedbackDialog,
        "ask_reply",
        classmethod(lambda cls, record, today, parent=None: ("已安排专题培训", today)),
    )
    qtbot.mouseClick(tab.detail.reply_button, Qt.MouseButton.LeftButton)
    mine = [i for i in tab.detail.feedback_model.rows() if i.record.content == "希望增加培训"]
    assert mine[0].answered and mine[0].record.reply == "已安排专题培训"
    assert svc.feedback_summary().sentence() in tab.feedback_summary_label.text()


def test_due_view_overdue_rows_are_red_and_counted_in_status_bar(
    main_window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    tab = main_window.enterprises_tab
    due = svc.due_view(TODAY)
    assert due.count > 0 and due.overdue_count > 0
    qtbot.waitUntil(lambda: main_window.due_label.text() == f"待跟进企业：{due.count} 家")
    assert tab.due_count() == due.count
    main_window.show_tab(tab)
    first = tab.due_model.index(0, 1)
    assert first.data().startswith("逾期")
    assert tab.due_model.data(first, Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_RED
    dates = [i.next_date for i in tab.due_model.rows()]
    assert dates == sorted(dates)


def test_filters(main_window: MainWindow) -> None:
    tab = main_window.enterprises_tab
    main_window.show_tab(tab)
    total = tab.model.total()
    tab.large_check.setChecked(True)
    assert 0 < tab.model.total() < total
    assert all(r.employee_count >= 100 for r in tab.model.rows())
    tab.large_check.setChecked(False)
    tab.foreign_filter.setCurrentIndex(tab.foreign_filter.findData(True))
    assert tab.model.rows() and all(r.foreign_invested for r in tab.model.rows())
    tab.foreign_filter.setCurrentIndex(0)
    tab.union_filter.setCurrentIndex(tab.union_filter.findData("已建会"))
    assert all(r.union_status == "已建会" for r in tab.model.rows())
    tab.union_filter.setCurrentIndex(0)
    # clicking a stage on the board filters the list to it
    for i in range(tab.stage_board.count()):
        if tab.stage_board.item(i).text().startswith("筹备中"):
            tab.stage_board.setCurrentRow(i)
    assert tab.stage_filter.currentText() == "筹备中"
    assert {r.stage_name for r in tab.model.rows()} == {"筹备中"}


def test_registry_is_read_a_page_at_a_time_counted_and_sorted_in_sql(
    main_window: MainWindow, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    extra = [{"name": f"北京分页{i:03d}有限公司", "employee_count": i % 150} for i in range(90)]
    for values in extra:
        enterprise_store.save_imported(None, values)
    tab = main_window.enterprises_tab
    main_window.show_tab(tab)
    tab.refresh()
    everything = svc.search()
    page = tab.model.page_size
    assert len(everything) > page
    assert tab.model.total() == len(everything)
    assert tab.model.rows() == everything[:page]  # one page read, biggest companies first
    large = sum(1 for e in everything if e.employee_count >= svc.LARGE_COMPANY)
    assert tab.count_label.text() == f"共 {len(everything)} 家，其中 100 人以上 {large} 家"
    while tab.model.canFetchMore():
        tab.model.fetchMore()
    assert tab.model.rows() == everything

    # a click on a header sorts the whole registry in the database, not just the rows read
    tab.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert tab.model.rowCount() == page
    assert [r.name for r in tab.model.rows()] == sorted(e.name for e in everything)[:page]
    tab.view.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    counts = [r.employee_count for r in tab.model.rows()]
    assert counts == sorted(e.employee_count for e in everything)[:page]
    tab.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    assert tab.model.rows() == everything[:page]
    qtmodeltester.check(tab.model)


def test_due_and_feedback_lists_match_the_services(main_window: MainWindow) -> None:
    tab = main_window.enterprises_tab
    main_window.show_tab(tab)
    due = svc.due_view(TODAY)
    assert tab.due_model.total() == due.count
    while tab.due_model.canFetchMore():
        tab.due_model.fetchMore()
    assert tab.due_model.rows() == due.items
    assert f"逾期 {due.overdue_count} 家" in tab.due_label.text()
    tab.due_view.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # 企业名称, in the database
    names = [i.follow_up.enterprise_name for i in tab.due_model.rows()]
    assert (
        names
        == sorted((i.follow_up.enterprise_name for i in due.items), reverse=True)[: len(names)]
    )

    # all feedback is read when its page is first shown; its waiting count is there before
    items = svc.feedback_items(TODAY)
    waiting = sum(1 for i in items if not i.answered)
    assert tab.lists.tabText(2) == f"意见建议（待答复 {waiting}）"
    assert tab.all_feedback_model.rowCount() == 0
    tab.lists.setCurrentIndex(2)
    assert tab.all_feedback_model.rows() == items


def test_enterprise_dialog_shows_the_registered_duplicate(demo_db: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    existing = enterprise_store.list_enterprises()[0]
    dlg = EnterpriseDialog(lambda data: svc.save_enterprise(data), None, [])
    qtbot.addWidget(dlg)
    dlg.name_edit.setText("另一家公司")
    dlg.code_edit.setText(existing.credit_code or "")
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dlg.error_label.isHidden() and existing.name in dlg.error_label.text()
    assert not dlg.show_existing_button.isHidden()
    dlg.show_existing_button.click()
    assert dlg.saved == existing
    assert enterprise_store.find_by_name("另一家公司") is None


def test_due_this_week_is_not_red(db_path: Path) -> None:
    eid = svc.save_enterprise(svc.EnterpriseInput(name="北京今天有限公司")).id
    svc.add_follow_up(
        eid, on=TODAY - timedelta(days=7), way="电话", clerk="x", summary="s", next_date=TODAY
    )
    from station_app.ui.models.enterprise_lists import DueTableModel

    model = DueTableModel()
    model.set_rows(svc.due_view(TODAY).items)
    assert model.index(0, 1).data() == "本周"
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ForegroundRole) is None
