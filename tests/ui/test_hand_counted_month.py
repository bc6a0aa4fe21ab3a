"""October 2026 entered through the services, counted by hand, and read back through the window.

What happened (the hand count is written beside each figure in ``EXPECTED``):
- M1 职工沟通会 Mon 10-12, held, 30 consultations; three people registered there, each given a
  towel (毛巾); one of them later had her personal data erased. Two employees gave feedback
  there, one anonymously.
- M1T, M1's weekend twin (错时) on the first rest weekend day after it: Sat 10-17, held, 10
  consultations. One person registered at the lobby laptop; the same person walked into the
  office on 10-19 and was registered again at the desk; the laptop was merged back.
- a meeting on 10-03 would fall in the National Day holiday: the planning says so.
- M2 混合型 10-15, held: A (no union) intention, B (no union) support, C (union since 2020)
  support, D (no union) came without an outcome. A's feedback that day, answered.
- M3 一对一 10-22, held: A again with an intention (a firm at two meetings); E's intention was
  recorded and then withdrawn (the sheet saved again without it).
- M4 已建会企业 10-27, held: F (union) support; 10 慰问品 handed to people who did not register.
- M5 职工沟通会 10-29 left 计划中 with two registrations made there (待补录).
- M6 10-20 cancelled. A desk walk-in on 10-13 (服务站日常).
- G held its congress on 10-25; it was entered on 11-02 (补录) straight from 有建会意向.
"""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings

from station_app.domain.resident_id import check_digit
from station_app.domain.terms import Outcome
from station_app.services import (
    enterprises as svc,
    hand_outs,
    meeting_planning as planning,
    meeting_results as results,
    merge,
    privacy,
    registration,
    reporting,
    stats,
)
from station_app.store import db as store_db, station as station_store
from station_app.store.models import Stage
from station_app.ui.dialogs.records_dialog import RecordsDialog
from station_app.ui.main_window import MainWindow
from tests.ui.stats_figures import shown

OCT = (date(2026, 10, 1), date(2026, 10, 31))
TODAY = date(2026, 11, 2)
EXPECTED = {
    "meetings_held": 5,  # M1, M1T, M2, M3, M4 (M5 planned, M6 cancelled)
    "consultations": 40,  # 30 + 10
    "onsite_joins": 4,  # three at M1 (one erased, still counted), the merged one at M1T
    "non_unionized_attended": 4,  # A (twice), B, D, E; C and F had their unions
    "intentions": 1,  # A; E's was withdrawn
    "desk_joins": 1,  # the 10-13 walk-in (the merged person counts at M1T, once)
    "support": 3,  # B, C, F
    "unions_founded": 1,  # G on its congress date 10-25
    "feedback_received": 3,  # two employees at M1, A at M2
    "feedback_answered": 1,  # A's
    "hand_outs": 13,  # three towels with registrations, 10 慰问品
}
BY_KIND = {
    "employee": 2,
    "enterprise_mixed": 1,
    "enterprise_one_on_one": 1,
    "enterprise_unionized": 1,
}
PENDING = 2  # M5's registrations


def _id(n: int) -> str:
    first17 = f"11010519900101{n:02d}1"
    return first17 + check_digit(first17)


def _register(name: str, n: int, day: date, meeting: int | None, gift: str = "") -> int:
    data = registration.MemberInput(
        name=name,
        id_number=_id(n),
        phone=f"138000000{n:02d}",
        consent=True,
        gift=gift,
        meeting_id=meeting,
        application_date=day.isoformat(),
    )
    return registration.register(registration.validate(data, today=day))


def _meeting(kind: str, day: date) -> int:
    return planning.create_meeting(
        planning.MeetingDraft(kind=kind, day=day, start_time=time(11), end_time=time(14))
    )


def _firm(name: str, founded: bool = False) -> int:
    status = "已建会" if founded else "未建会"
    rec = svc.save_enterprise(svc.EnterpriseInput(name=name, union_status=status))
    if founded:
        svc.enterprise_store.update_enterprise(rec.id, {"union_founded_on": date(2020, 5, 1)})
    return rec.id


def _hold(mid: int, day: date, consultations: int = 0, *entries: results.AttendanceEntry) -> None:
    results.hold_meeting(
        mid, results.HoldReport(consultations, tuple(entries)), clerk="王芳", today=day
    )


def _at(eid: int, outcome: Outcome = Outcome.NONE) -> results.AttendanceEntry:
    return results.AttendanceEntry(eid, attended=True, outcome=outcome.value)


@pytest.fixture
def october(db_path: Path, tmp_path: Path) -> dict[str, int]:
    ids: dict[str, int] = {}
    ids["M1"] = _meeting("employee", date(2026, 10, 12))
    assert planning.twin_day(date(2026, 10, 12)) == date(2026, 10, 17)
    ids["M1T"] = planning.create_twin(ids["M1"])
    assert "国庆节" in planning.date_warnings([date(2026, 10, 3)])[0]
    for key, kind, day in (
        ("M2", "enterprise_mixed", date(2026, 10, 15)),
        ("M3", "enterprise_one_on_one", date(2026, 10, 22)),
        ("M4", "enterprise_unionized", date(2026, 10, 27)),
        ("M5", "employee", date(2026, 10, 29)),
        ("M6", "employee", date(2026, 10, 20)),
    ):
        ids[key] = _meeting(kind, day)
    for key in "ABCDEFG":
        ids[key] = _firm(f"北京{key}科技有限公司", founded=key in "CF")
    store_db.close_database()

    # the lobby laptop, prepared before the twin meeting
    laptop = merge.prepare_event_copy(db_path, tmp_path / "laptop.sqlite3")
    store_db.open_database(laptop)
    _register("周游", 20, date(2026, 10, 17), ids["M1T"])
    store_db.close_database()

    store_db.open_database(db_path)
    for n in range(3):
        _register(f"现场{'甲乙丙'[n]}", n, date(2026, 10, 12), ids["M1"], gift="毛巾")
    _hold(ids["M1"], date(2026, 10, 12), 30)
    _hold(ids["M1T"], date(2026, 10, 17), 10)
    _register("散客", 10, date(2026, 10, 13), None)  # a desk walk-in
    _register("周游", 20, date(2026, 10, 19), None)  # the same person at the desk
    for n in (11, 12):
        _register("待补" + "甲乙"[n - 11], n, date(2026, 10, 29), ids["M5"])
    results.cancel_meeting(ids["M6"], "场地维修")
    A, B, C, D, E, F = (ids[k] for k in "ABCDEF")
    m2 = (_at(A, Outcome.INTENTION), _at(B, Outcome.SUPPORT), _at(C, Outcome.SUPPORT), _at(D))
    _hold(ids["M2"], date(2026, 10, 15), 0, *m2)
    _hold(ids["M3"], date(2026, 10, 22), 0, _at(A, Outcome.INTENTION), _at(E, Outcome.INTENTION))
    _hold(ids["M3"], date(2026, 10, 23), 0, _at(A, Outcome.INTENTION), _at(E))  # withdrawn
    _hold(ids["M4"], date(2026, 10, 27), 0, _at(F, Outcome.SUPPORT))
    hand_outs.add_hand_out(
        hand_outs.HandOutInput(date(2026, 10, 27), "慰问品", "慰问品", 10, meeting_id=ids["M4"]),
        today=TODAY,
    )
    for person in ("", "张师傅"):
        svc.add_feedback(
            enterprise_id=None, category="职工福利", content="午间活动能否多办",
            meeting_id=ids["M1"], received_on=date(2026, 10, 12), source="employee",
            person_name=person,
        )  # fmt: skip
    fb = svc.add_feedback(
        enterprise_id=A, category="工会经费", content="经费返还", received_on=date(2026, 10, 15),
        meeting_id=ids["M2"],
    )  # fmt: skip
    svc.reply_feedback(fb.id, reply="已说明流程", replied_on=date(2026, 10, 20))
    erased = registration.member_store.find_member_by_id_number(_id(0))
    assert erased is not None
    privacy.erase_member(erased.id, clerk="王芳", reason="本人申请")
    intention = int(Stage.get(Stage.name == "有建会意向").id)
    founded = int(Stage.get(Stage.name == "已召开会员代表大会").id)
    typed = datetime(2026, 11, 2, 9, 0)
    svc.move_stage(ids["G"], intention, clerk="王芳", reason="上门", when=typed,
                   effective_on=date(2026, 9, 1))  # fmt: skip
    svc.move_stage(ids["G"], founded, clerk="王芳", reason="补录大会", when=typed,
                   effective_on=date(2026, 10, 25))  # fmt: skip
    store_db.close_database()

    plan = merge.apply_merge(db_path, laptop, clerk="王芳")
    assert plan.applied
    store_db.open_database(db_path)
    station_store.ensure_default_lists()
    return ids


def test_the_month_through_the_services(october: dict[str, int], tmp_path: Path) -> None:
    f = stats.period_figures(*OCT)
    assert {k: f.value(k) for k in EXPECTED} == EXPECTED
    assert f.meetings_by_kind == BY_KIND
    assert f.pending_joins == PENDING and "另有 2 人待补录" in f.pending_note
    for key, n in EXPECTED.items():
        assert stats.records_behind(key, *OCT).total == n, key
    joins = {r[0] for r in stats.records_behind("onsite_joins", *OCT).rows}
    assert joins == {"已删除", "现场乙", "现场丙", "周游"}  # the erased one keeps counting
    assert {r[0] for r in stats.records_behind("desk_joins", *OCT).rows} == {"散客"}
    firms = {r[0] for r in stats.records_behind("intentions", *OCT).rows}
    assert firms == {"北京A科技有限公司"}
    # the trend's October is the same month
    trend = stats.monthly_figures(date(2026, 9, 1), date(2026, 11, 30))
    assert trend[1] == f and trend[2].unions_founded == 0

    m1 = dict(results.record_sheet(october["M1"], "站", TODAY).figures)
    assert (m1["现场入会（人）"], m1["收集意见建议（条）"], m1["发放礼品/慰问品（份）"]) == (
        "3",
        "2",
        "3",
    )
    m2 = dict(results.record_sheet(october["M2"], "站", TODAY).figures)
    assert (m2["参会未建会企业（家）"], m2["表示支持（家）"], m2["达成建会意向（家）"]) == (
        "3",
        "2",
        "1",
    )
    assert dict(results.record_sheet(october["M1T"], "站", TODAY).figures)["现场入会（人）"] == "1"

    out = tmp_path / "report.pdf"
    reporting.print_monthly_report(2026, 10, out, made_on=TODAY)
    page = PdfReader(out).pages[0].extract_text().replace(" ", "").replace("\n", "")
    assert "现场入会4" in page and "达成建会意向1" in page and "服务站日常入会1" in page
    assert "另有2人待补录" in page


def test_the_month_through_the_window(
    qtbot, october: dict[str, int], ui_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ui_settings, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_tab(window.stats_tab)
    tab = window.stats_tab
    tab.set_period("month", date(2026, 10, 1))
    shown(qtbot, tab)
    for key, n in EXPECTED.items():
        assert tab.value_labels[key].text() == str(n), key
    for kind, n in BY_KIND.items():
        assert tab.kind_labels[kind].text() == str(n), kind
    assert "另有 2 人待补录" in tab.pending_label.text()
    opened = []
    monkeypatch.setattr(RecordsDialog, "ask", classmethod(lambda cls, d, *a: opened.append(d)))
    tab.value_labels["onsite_joins"].click()
    assert opened[0].total == 4 and len(opened[0].rows) == 4

    window.show_tab(window.meetings_tab)
    meetings = window.meetings_tab
    meetings.select_meeting(october["M1"])
    assert meetings.detail.figure("现场入会（人）") == 3
    assert meetings.detail.figure("收集意见建议（条）") == 2
    assert meetings.pending_model.rowCount() == 1
    assert meetings.pending_model.record(0).id == october["M5"]
    window.show_due_count()
    assert "待补录沟通会：1 场（2 人待计入）" in window.pending_label.text()
