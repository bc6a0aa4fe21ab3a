"""Editing the stage list and the feedback categories: what is allowed, what is refused and why."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from station_app.domain.errors import ValidationError
from station_app.services import lists
from station_app.store import (
    audit,
    enterprises as enterprise_store,
    feedback as feedback_store,
    station as station_store,
)
from station_app.store.station import CategoryEntry, StageEntry


def _entries() -> list[StageEntry]:
    return [
        StageEntry(s.id, s.name, s.is_founded, s.is_on_hold) for s in station_store.list_stages()
    ]


def _names() -> list[str]:
    return [s.name for s in station_store.list_stages()]


def _stage_id(name: str) -> int:
    return next(s.id for s in station_store.list_stages() if s.name == name)


def _categories() -> list[CategoryEntry]:
    return [CategoryEntry(n, n) for n in station_store.list_feedback_categories()]


def _save_stages(entries: list[StageEntry]) -> list[str]:
    return lists.save(entries, _categories(), clerk="王芳").stage_changes


def _enterprise_in(stage: str, name: str = "北京测试科技有限公司") -> int:
    return enterprise_store.create_enterprise({"name": name, "stage_id": _stage_id(stage)}).id


def test_unchanged_lists_save_nothing(db_path: Path) -> None:
    result = lists.save(_entries(), _categories())
    assert not result.saved
    assert audit.recent(action="settings.stages") == []


def test_rename_reorder_add_in_one_save(db_path: Path) -> None:
    entries = _entries()
    entries[0] = StageEntry(entries[0].id, "  尚未联系 ", False, False)
    entries[1], entries[2] = entries[2], entries[1]
    entries.insert(4, StageEntry(None, "筹备组成立", False, False))
    changes = _save_stages(entries)
    assert _names() == [
        "尚未联系",
        "已参会",
        "已联系",
        "有建会意向",
        "筹备组成立",
        "筹备中",
        "已召开会员代表大会",
        "暂缓",
    ]
    assert [s.position for s in station_store.list_stages()] == list(range(8))
    assert "“未联系”改名为“尚未联系”" in changes
    assert "新增“筹备组成立”" in changes
    assert "调整顺序" in changes
    (entry,) = audit.recent(action="settings.stages")
    assert entry.clerk_name == "王芳"
    assert "尚未联系" in entry.detail


def test_enterprise_keeps_its_stage_through_a_rename(db_path: Path) -> None:
    eid = _enterprise_in("已联系")
    entries = [
        StageEntry(e.id, "电话已联系" if e.name == "已联系" else e.name, e.is_founded, e.is_on_hold)
        for e in _entries()
    ]
    _save_stages(entries)
    rec = enterprise_store.get_enterprise(eid)
    assert rec is not None and rec.stage_name == "电话已联系"


def test_two_stages_swap_names(db_path: Path) -> None:
    entries = _entries()
    a, b = entries[0], entries[1]
    entries[0] = StageEntry(a.id, b.name)
    entries[1] = StageEntry(b.id, a.name)
    _save_stages(entries)
    assert _names()[:2] == ["已联系", "未联系"]
    assert _stage_id("已联系") == a.id


def test_empty_stage_can_be_deleted(db_path: Path) -> None:
    changes = _save_stages([e for e in _entries() if e.name != "已联系"])
    assert "已联系" not in _names()
    assert changes == ["删除“已联系”"]


def test_a_stage_meeting_results_use_is_kept_but_may_be_renamed(db_path: Path) -> None:
    with pytest.raises(ValidationError) as err:
        _save_stages([e for e in _entries() if e.name != "有建会意向"])
    assert err.value.code == "stages.delete_role"
    renamed = [
        StageEntry(e.id, "表示建会意愿" if e.name == "有建会意向" else e.name,
                   e.is_founded, e.is_on_hold)
        for e in _entries()
    ]  # fmt: skip
    _save_stages(renamed)
    from station_app.store import attendance as attendance_store

    target = attendance_store.stage_by_role("intention")
    assert target is not None and target.name == "表示建会意愿"


def test_stage_with_enterprises_is_not_deleted(db_path: Path) -> None:
    _enterprise_in("已参会", "北京甲公司")
    _enterprise_in("已参会", "北京乙公司")
    with pytest.raises(ValidationError) as err:
        _save_stages([e for e in _entries() if e.name != "已参会"])
    assert err.value.code == "stages.in_use"
    assert "2 家企业" in err.value.message and "已参会" in err.value.message
    assert "已参会" in _names()


def test_founded_stage_is_never_deleted(db_path: Path) -> None:
    entries = [e for e in _entries() if not e.is_founded]
    entries[0] = StageEntry(entries[0].id, entries[0].name, is_founded=True)
    with pytest.raises(ValidationError) as err:
        _save_stages(entries)
    assert err.value.code == "stages.delete_founded"
    assert "已召开会员代表大会" in err.value.message
    assert "已召开会员代表大会" in _names()


def test_exactly_one_founded_stage(db_path: Path) -> None:
    none = [StageEntry(e.id, e.name, False, e.is_on_hold) for e in _entries()]
    with pytest.raises(ValidationError, match="已建会") as err:
        _save_stages(none)
    assert err.value.code == "stages.founded"
    two = _entries()
    two[0] = StageEntry(two[0].id, two[0].name, is_founded=True)
    with pytest.raises(ValidationError) as err:
        _save_stages(two)
    assert err.value.code == "stages.founded"
    assert [s.name for s in station_store.list_stages() if s.is_founded] == ["已召开会员代表大会"]


def test_at_most_one_on_hold_stage_and_it_can_be_cleared(db_path: Path) -> None:
    two = _entries()
    two[0] = StageEntry(two[0].id, two[0].name, is_on_hold=True)
    with pytest.raises(ValidationError) as err:
        _save_stages(two)
    assert err.value.code == "stages.on_hold"
    none = [StageEntry(e.id, e.name, e.is_founded, False) for e in _entries()]
    assert "取消暂缓阶段" in _save_stages(none)
    assert not any(s.is_on_hold for s in station_store.list_stages())


def test_founded_mark_moves_only_off_an_empty_stage(db_path: Path) -> None:
    def moved() -> list[StageEntry]:
        return [StageEntry(e.id, e.name, e.name == "筹备中", e.is_on_hold) for e in _entries()]

    assert "已建会阶段改为“筹备中”" in _save_stages(moved())
    # back, then with a founded enterprise in it the mark stays where it is
    _save_stages(
        [StageEntry(e.id, e.name, e.name == "已召开会员代表大会", e.is_on_hold) for e in _entries()]
    )
    _enterprise_in("已召开会员代表大会")
    with pytest.raises(ValidationError) as err:
        _save_stages(moved())
    assert err.value.code == "stages.founded_in_use"
    assert "1 家" in err.value.message


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("", "stages.empty"),
        ("　", "stages.empty"),
        ("已联系", "stages.duplicate"),
        ("长" * 31, "stages.long"),
    ],
)
def test_bad_stage_names_are_refused(db_path: Path, name: str, code: str) -> None:
    entries = _entries()
    entries[0] = StageEntry(entries[0].id, name)
    with pytest.raises(ValidationError) as err:
        _save_stages(entries)
    assert err.value.code == code
    assert err.value.message
    assert _names()[0] == "未联系"


def test_a_refusal_saves_nothing_of_either_list(db_path: Path) -> None:
    stages = _entries()
    stages[0] = StageEntry(stages[0].id, "尚未联系")
    cats = [*_categories(), CategoryEntry("", "其他")]
    with pytest.raises(ValidationError, match="重复"):
        lists.save(stages, cats)
    assert _names()[0] == "未联系"


# -- categories -----------------------------------------------------------------------------------
def _feedback(category: str) -> int:
    return feedback_store.add_feedback(
        enterprise_id=None, category=category, content="希望多办活动", received_on=date(2026, 11, 1)
    ).id


def test_category_rename_carries_its_feedback(db_path: Path) -> None:
    first = _feedback("文体活动")
    second = _feedback("文体活动")
    other = _feedback("其他")
    cats = [
        CategoryEntry(c.original, "文体与健身" if c.original == "文体活动" else c.name)
        for c in _categories()
    ]
    result = lists.save(_entries(), cats, clerk="王芳")
    assert "文体与健身" in station_store.list_feedback_categories()
    assert "文体活动" not in station_store.list_feedback_categories()
    for fid in (first, second):
        rec = feedback_store.get_feedback(fid)
        assert rec is not None and rec.category == "文体与健身"
    rec = feedback_store.get_feedback(other)
    assert rec is not None and rec.category == "其他"
    assert any("2 条意见建议随之改名" in c for c in result.category_changes)
    (entry,) = audit.recent(action="settings.categories")
    assert "文体与健身" in entry.detail


def test_categories_swap_names_with_their_feedback(db_path: Path) -> None:
    a = _feedback("工会经费")
    b = _feedback("职工福利")
    cats = _categories()
    cats[0] = CategoryEntry("工会经费", "职工福利")
    cats[1] = CategoryEntry("职工福利", "工会经费")
    lists.save(_entries(), cats)
    assert station_store.list_feedback_categories()[:2] == ["职工福利", "工会经费"]
    ra, rb = feedback_store.get_feedback(a), feedback_store.get_feedback(b)
    assert ra is not None and ra.category == "职工福利"
    assert rb is not None and rb.category == "工会经费"


def test_category_reorder_add_delete(db_path: Path) -> None:
    cats = [c for c in _categories() if c.original != "医疗互助"]
    cats.reverse()
    cats.append(CategoryEntry("", "职工之家"))
    changes = lists.save(_entries(), cats).category_changes
    names = station_store.list_feedback_categories()
    assert names[0] == "其他" and names[-1] == "职工之家"
    assert "医疗互助" not in names
    assert set(changes) == {"删除“医疗互助”", "调整顺序", "新增“职工之家”"}


def test_used_category_is_not_deleted(db_path: Path) -> None:
    _feedback("法律咨询")
    with pytest.raises(ValidationError) as err:
        lists.save(_entries(), [c for c in _categories() if c.original != "法律咨询"])
    assert err.value.code == "categories.in_use"
    assert "1 条意见建议" in err.value.message
    assert "法律咨询" in station_store.list_feedback_categories()


@pytest.mark.parametrize(
    ("name", "code"), [(" ", "categories.empty"), ("其他", "categories.duplicate")]
)
def test_bad_category_names_are_refused(db_path: Path, name: str, code: str) -> None:
    cats = _categories()
    cats[0] = CategoryEntry(cats[0].original, name)
    with pytest.raises(ValidationError) as err:
        lists.save(_entries(), cats)
    assert err.value.code == code
    assert isinstance(err.value, ValueError) and err.value.message
    assert station_store.list_feedback_categories()[0] == "工会经费"


def test_load_counts_what_uses_each_entry(db_path: Path) -> None:
    _enterprise_in("已联系")
    _feedback("其他")
    settings = lists.load()
    assert {u.stage.name: u.enterprises for u in settings.stages}["已联系"] == 1
    assert {u.name: u.feedback for u in settings.categories} == {
        **{n: 0 for n in station_store.list_feedback_categories()},
        "其他": 1,
    }
