from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from station_app.domain.errors import ValidationError
from station_app.services import enterprises as svc
from station_app.store import audit, enterprises as enterprise_store, station as station_store
from tests.conftest import TODAY

CODE = "91110108551385082Q"
OTHER_CODE = "91350100M000100Y43"


def _stage(name: str) -> int:
    return next(s.id for s in station_store.list_stages() if s.name == name)


def _add(name: str = "北京星河科技有限公司", code: str = CODE, **kw: object) -> int:
    return svc.save_enterprise(
        svc.EnterpriseInput(name=name, credit_code=code, **kw),  # type: ignore[arg-type]
        clerk="张敏",
    ).id


def test_new_enterprise_is_validated_and_starts_uncontacted(db_path: Path) -> None:
    rec = svc.save_enterprise(
        svc.EnterpriseInput(
            name="  北京星河  科技有限公司 ",
            credit_code="９１１１０１０８５５１３８５０８２ｑ",
            building_name="电子城大厦",
            employee_count=230,
        ),
        clerk="张敏",
    )
    assert rec.name == "北京星河科技有限公司"  # stray spaces between Chinese characters go
    assert rec.credit_code == CODE
    assert rec.stage_name == "未联系"
    assert rec.building_name == "电子城大厦"
    assert audit.recent(action="enterprise.create")[0].clerk_name == "张敏"


def test_bad_code_and_empty_name_are_refused(db_path: Path) -> None:
    with pytest.raises(ValidationError) as err:
        _add(code="91110108551385082A")
    assert err.value.code == "uscc.checksum"
    with pytest.raises(ValidationError) as err:
        _add(name="  ")
    assert err.value.code == "enterprise.name"
    assert enterprise_store.list_enterprises() == []


def test_duplicate_code_is_refused_with_the_existing_record(db_path: Path) -> None:
    first = _add()
    with pytest.raises(svc.DuplicateEnterpriseError) as err:
        _add(name="另一个名字有限公司")
    assert err.value.existing.id == first
    assert "北京星河科技有限公司" in err.value.message
    # editing the enterprise itself keeps its own code
    svc.save_enterprise(
        svc.EnterpriseInput(name="北京星河科技股份有限公司", credit_code=CODE), enterprise_id=first
    )
    assert enterprise_store.get_enterprise(first).name == "北京星河科技股份有限公司"  # type: ignore[union-attr]


def test_walk_to_founded_records_every_move(db_path: Path) -> None:
    eid = _add()
    path = ["已联系", "已参会", "有建会意向", "筹备中"]
    for i, name in enumerate(path):
        svc.move_stage(
            eid, _stage(name), clerk="李强", reason=f"原因{i}", when=datetime(2026, 11, i + 1, 10)
        )
    rec = enterprise_store.get_enterprise(eid)
    assert rec is not None and rec.union_status == "筹备中"
    checklist = svc.founding_checklist(eid)
    assert checklist is not None and len(checklist.tasks) == 6 and checklist.done == 0
    svc.set_task_done(checklist.tasks[0].id, True, on=TODAY)
    svc.set_congress_date(eid, date(2026, 11, 20))
    checklist = svc.founding_checklist(eid)
    assert checklist is not None and checklist.done == 1
    assert checklist.tasks[0].done_on == TODAY
    assert checklist.congress_date == date(2026, 11, 20)

    svc.move_stage(
        eid,
        _stage("已召开会员代表大会"),
        clerk="李强",
        reason="大会已召开",
        when=datetime(2026, 11, 21),
    )
    rec = enterprise_store.get_enterprise(eid)
    assert rec is not None
    assert rec.union_status == "已建会"
    assert rec.union_founded_on == date(2026, 11, 20)  # the congress date, not the click
    history = svc.stage_history(eid)
    assert [(h.from_stage, h.to_stage) for h in history][:2] == [
        ("筹备中", "已召开会员代表大会"),
        ("有建会意向", "筹备中"),
    ]
    assert history[0].clerk_name == "李强" and history[0].reason == "大会已召开"
    assert len(history) == 5


def test_move_needs_a_reason_and_a_different_stage(db_path: Path) -> None:
    eid = _add()
    with pytest.raises(ValidationError) as err:
        svc.move_stage(eid, _stage("已联系"), clerk="李强", reason=" ")
    assert err.value.code == "stage.reason"
    with pytest.raises(ValidationError) as err:
        svc.move_stage(eid, _stage("未联系"), clerk="李强", reason="x")
    assert err.value.code == "stage.same"
    assert svc.stage_history(eid) == []


def test_stepping_back_from_founded_clears_the_union(db_path: Path) -> None:
    eid = _add()
    svc.move_stage(eid, _stage("已召开会员代表大会"), clerk="a", reason="录入")
    svc.move_stage(eid, _stage("暂缓"), clerk="a", reason="录错了")
    rec = enterprise_store.get_enterprise(eid)
    assert rec is not None and rec.union_status == "未建会" and rec.union_founded_on is None


def test_stage_board_counts(db_path: Path) -> None:
    _add()
    second = _add(name="北京二号有限公司", code=OTHER_CODE)
    svc.move_stage(second, _stage("已联系"), clerk="a", reason="电话")
    board = {c.stage.name: c.count for c in svc.stage_board() if c.stage}
    assert board["未联系"] == 1 and board["已联系"] == 1 and board["筹备中"] == 0


def test_due_view_overdue_first_and_only_latest_plan_counts(db_path: Path) -> None:
    a = _add()
    b = _add(name="北京二号有限公司", code=OTHER_CODE)
    c = _add(name="北京三号有限公司", code="")
    # a: an old plan superseded by a newer contact planning next month
    svc.add_follow_up(
        a, on=date(2026, 10, 1), way="电话", clerk="x", summary="初次", next_date=date(2026, 10, 8)
    )
    svc.add_follow_up(
        a,
        on=date(2026, 11, 20),
        way="上门",
        clerk="x",
        summary="再访",
        next_date=date(2026, 12, 20),
    )
    svc.add_follow_up(
        b,
        on=date(2026, 11, 1),
        way="微信",
        clerk="x",
        summary="发资料",
        next_date=date(2026, 11, 14),
    )
    svc.add_follow_up(
        c,
        on=date(2026, 11, 20),
        way="电话",
        clerk="x",
        summary="约时间",
        next_date=date(2026, 11, 27),
    )
    view = svc.due_view(TODAY)  # Tuesday 2026-11-24; the week ends Sunday 11-29
    assert [i.follow_up.enterprise_id for i in view.items] == [b, c]
    assert view.items[0].overdue and view.items[0].days_overdue == 10
    assert not view.items[1].overdue
    assert view.count == 2 and view.overdue_count == 1
    assert svc.due_count(TODAY) == 2
    # a founded company needs no more follow-ups
    svc.move_stage(b, _stage("已召开会员代表大会"), clerk="x", reason="建会")
    assert svc.due_count(TODAY) == 1


def test_follow_up_checks(db_path: Path) -> None:
    a = _add()
    with pytest.raises(ValidationError):
        svc.add_follow_up(a, on=TODAY, way="电话", clerk="x", summary="")
    with pytest.raises(ValidationError) as err:
        svc.add_follow_up(
            a, on=TODAY, way="电话", clerk="x", summary="s", next_date=date(2026, 1, 1)
        )
    assert err.value.code == "follow_up.next_date"
    svc.add_follow_up(a, on=TODAY, way="电话", clerk="王", summary="聊了", next_date=None)
    assert [f.clerk_name for f in svc.follow_ups(a)] == ["王"]


def test_feedback_reply_age_and_summary(db_path: Path) -> None:
    a = _add()
    f1 = svc.add_feedback(
        enterprise_id=a, category="工会经费", content="经费怎么返还", received_on=date(2026, 11, 1)
    )
    svc.add_feedback(
        enterprise_id=a, category="职工福利", content="福利标准", received_on=date(2026, 11, 10)
    )
    items = svc.feedback_items(TODAY)
    assert [(i.record.category, i.age_days, i.answered) for i in items] == [
        ("工会经费", 23, False),
        ("职工福利", 14, False),
    ]
    summary = svc.feedback_summary()
    assert "2 类 2 条" in summary.sentence() and "待答复" in summary.sentence()
    with pytest.raises(ValidationError):
        svc.reply_feedback(f1.id, reply="按规定返还", replied_on=date(2026, 10, 1))
    svc.reply_feedback(f1.id, reply="按规定返还", replied_on=date(2026, 11, 5))
    for item in svc.feedback_items(TODAY):
        if not item.answered:
            svc.reply_feedback(item.record.id, reply="已答复", replied_on=TODAY)
    summary = svc.feedback_summary()
    assert summary.all_answered
    assert summary.sentence() == "共收集意见建议 2 类 2 条，已逐一答复。"
    answered = {i.record.category: i.age_days for i in svc.feedback_items(TODAY)}
    assert answered["工会经费"] == 4


def test_search_filters(demo_db: Path) -> None:
    everything = svc.search()
    large = svc.search(large_only=True)
    foreign = svc.search(foreign_invested=True)
    assert 0 < len(large) < len(everything)
    assert all(e.employee_count >= 100 for e in large)
    assert all(e.foreign_invested for e in foreign)
    first = everything[0]
    assert first.employee_count == max(e.employee_count for e in everything)
    assert first in svc.search(first.credit_code or "")
    assert all(
        e.building_id == first.building_id for e in svc.search(building_id=first.building_id)
    )


class _AuditDown(RuntimeError):
    pass


def _audit_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise _AuditDown("audit log not writable")

    monkeypatch.setattr(svc.audit, "log", refuse)


def test_an_enterprise_is_not_saved_without_its_audit_entry(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    eid = _add()
    _audit_fails(monkeypatch)
    with pytest.raises(_AuditDown):
        _add(name="另一家有限公司", code=OTHER_CODE)
    with pytest.raises(_AuditDown):
        svc.save_enterprise(
            svc.EnterpriseInput(name="改名有限公司", credit_code=CODE), enterprise_id=eid
        )
    assert [e.name for e in enterprise_store.list_enterprises()] == ["北京星河科技有限公司"]


def test_a_stage_change_is_not_kept_without_its_audit_entry(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    eid = _add()
    _audit_fails(monkeypatch)
    with pytest.raises(_AuditDown):
        svc.move_stage(eid, _stage("筹备中"), clerk="张敏", reason="已召开筹备会")
    rec = enterprise_store.get_enterprise(eid)
    assert rec is not None and rec.stage_name == "未联系"
    assert svc.stage_history(eid) == []
    assert enterprise_store.founding_tasks(eid) == []


def test_feedback_is_not_kept_without_its_audit_entry(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    eid = _add()
    _audit_fails(monkeypatch)
    with pytest.raises(_AuditDown):
        svc.add_feedback(
            enterprise_id=eid, category="劳动关系", content="加班费", received_on=TODAY
        )
    assert svc.feedback_items(TODAY) == []
