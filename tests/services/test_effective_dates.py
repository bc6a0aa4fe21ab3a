"""Slip 6: a firm moved from 有建会意向 straight to 已召开会员代表大会 while entering it later
(补录) is founded on the congress date, not the PC's date; stage changes and follow-ups carry
when they happened beside when they were typed; the founding date is corrected only with a
reason, in the audit log."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest

from station_app.domain.errors import ValidationError
from station_app.domain.terms import Outcome
from station_app.services import (
    enterprises as svc,
    meeting_planning as planning,
    meeting_results as results,
    stats,
)
from station_app.store import audit
from station_app.store.models import Stage

TYPED = datetime(2026, 11, 29, 9, 30)


def _stage(name: str) -> int:
    return int(Stage.get(Stage.name == name).id)


def test_founding_entered_later_counts_on_the_congress_date(db_path: Path) -> None:
    firm = svc.save_enterprise(svc.EnterpriseInput(name="北京星河科技有限公司")).id
    svc.move_stage(
        firm, _stage("有建会意向"), clerk="王芳", reason="上门", when=TYPED,
        effective_on=date(2026, 9, 10),
    )  # fmt: skip
    svc.move_stage(
        firm, _stage("已召开会员代表大会"), clerk="王芳", reason="补录大会", when=TYPED,
        effective_on=date(2026, 10, 20),
    )  # fmt: skip
    rec = svc.enterprise_store.get_enterprise(firm)
    assert rec is not None
    assert (rec.union_founded_on, rec.congress_date) == (date(2026, 10, 20), date(2026, 10, 20))
    assert stats.period_figures(date(2026, 10, 1), date(2026, 10, 31)).unions_founded == 1
    assert stats.period_figures(date(2026, 11, 1), date(2026, 11, 30)).unions_founded == 0
    latest = svc.stage_history(firm)[0]
    assert latest.effective_on == date(2026, 10, 20) and latest.changed_at == TYPED
    checklist = svc.founding_checklist(firm)
    assert checklist is not None and checklist.founded  # the 建会筹备 page opens for it

    with pytest.raises(ValidationError) as no_reason:
        svc.set_congress_date(firm, date(2026, 10, 22), clerk="王芳")
    assert no_reason.value.code == "founding.reason"
    svc.set_congress_date(firm, date(2026, 10, 22), clerk="李明", reason="通知书上的日期有误")
    rec = svc.enterprise_store.get_enterprise(firm)
    assert rec is not None and rec.union_founded_on == date(2026, 10, 22)
    entry = audit.recent(action="enterprise.founding_date")[0]
    assert entry.clerk_name == "李明"
    assert "2026-10-20 → 2026-10-22" in entry.detail and "通知书" in entry.detail


def test_a_change_cannot_take_effect_before_the_previous_one(db_path: Path) -> None:
    firm = svc.save_enterprise(svc.EnterpriseInput(name="北京蓝天物流有限公司")).id
    svc.move_stage(firm, _stage("已联系"), clerk="", reason="电话", when=TYPED,
                   effective_on=date(2026, 11, 2))  # fmt: skip
    with pytest.raises(ValidationError) as caught:
        svc.move_stage(firm, _stage("已参会"), clerk="", reason="会", when=TYPED,
                       effective_on=date(2026, 11, 1))  # fmt: skip
    assert caught.value.code == "stage.before_last"
    with pytest.raises(ValidationError):
        svc.move_stage(firm, _stage("已参会"), clerk="", reason="会", when=TYPED,
                       effective_on=date(2026, 11, 30))  # fmt: skip


def test_follow_ups_and_meeting_outcomes_carry_when_they_happened(db_path: Path) -> None:
    firm = svc.save_enterprise(svc.EnterpriseInput(name="北京远景咨询有限公司")).id
    fu = svc.add_follow_up(firm, on=date(2026, 10, 15), way="上门", clerk="王芳", summary="补录")
    assert fu.date == date(2026, 10, 15)
    assert svc.follow_ups(firm)[0].recorded_at is not None
    assert svc.follow_ups(firm)[0].recorded_at.date() > fu.date  # type: ignore[union-attr]
    mid = planning.create_meeting(
        planning.MeetingDraft(
            kind="enterprise_mixed", day=date(2026, 11, 6), start_time=time(14), end_time=None
        )
    )
    results.record_attendance(
        mid,
        [results.AttendanceEntry(firm, attended=True, outcome=Outcome.INTENTION.value)],
        clerk="王芳",
    )
    assert svc.stage_history(firm)[0].effective_on == date(2026, 11, 6)
