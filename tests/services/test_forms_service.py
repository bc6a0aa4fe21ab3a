"""Members and meetings turned into printed forms, with an audit entry per printed member."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from station_app.printing.application_form import PrintCancelled
from station_app.services import forms
from station_app.store import audit, members as member_store, station as station_store
from station_app.store.models import Enterprise, Meeting, Member
from station_app.store.records import StationSettings

DAY = date(2026, 11, 12)


@pytest.fixture
def station(db_path: Path) -> None:
    station_store.save_station(
        StationSettings(
            name="酒仙桥街道工会服务站",
            district_federation="朝阳区总工会",
            address="北京市朝阳区酒仙桥路12号",
            phone="010-64312345",
        )
    )


def _meeting() -> int:
    return int(Meeting.create(kind="employee", title="11月职工沟通日", date=DAY).id)


def _member(name: str, id_number: str | None, **values: object) -> int:
    fields: dict[str, object] = {
        "name": name,
        "gender": "男",
        "phone": "13812345678",
        "id_number": id_number,
        "application_date": DAY,
        "consent": True,
    }
    fields.update(values)
    return int(Member.create(**fields).id)


def _text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)


def test_member_record_becomes_form_data(station: None) -> None:
    employer = Enterprise.create(name="北京电子城科技有限公司")
    member_id = _member(
        "刘䶮",
        "11010519491231002X",
        gender="女",
        birth_date=date(1949, 12, 31),
        ethnicity="汉族",
        education="大学本科",
        native_place="北京市",
        political_status="群众",
        employer=employer.id,
        job_title="部门经理",
        professional_title="工程师",
        primary_union="北京电子城科技有限公司工会",
        approval_date=date(2026, 11, 20),
        group_opinion="同意",
        hukou_type="城镇",
        migrant_worker=False,
        family_members="丈夫 张三",
        resume="2012年至今 本公司",
        approval_opinion="同意",
        remarks="现场入会",
        card_number="CY0001",
    )
    data = forms.form_data(member_store.get_member(member_id))  # type: ignore[arg-type]
    assert data.name == "刘䶮"
    assert data.gender == "女"
    assert data.birth_date == "1949-12-31"
    assert data.employer_text == "北京电子城科技有限公司"
    assert data.id_type == "居民身份证"
    assert data.id_number == "11010519491231002X"
    assert data.migrant_worker == "否"
    assert data.application_date == "2026-11-12"
    assert (data.card_number, data.job_title, data.remarks) == ("CY0001", "部门经理", "现场入会")
    assert (data.professional_title, data.primary_union) == ("工程师", "北京电子城科技有限公司工会")
    assert (data.approval_date, data.group_opinion) == ("2026-11-20", "同意")
    assert (data.family_members, data.resume) == ("丈夫 张三", "2012年至今 本公司")


def test_unknown_migrant_status_and_free_text_employer_print_as_given(station: None) -> None:
    member_id = _member("王芳", None, employer_text="某某外卖站", migrant_worker=None)
    data = forms.form_data(member_store.get_member(member_id))  # type: ignore[arg-type]
    assert data.employer_text == "某某外卖站"
    assert data.migrant_worker == ""
    assert data.id_number == "" and data.id_type == ""


def test_station_settings_become_the_letterhead(station: None) -> None:
    info = forms.station_info()
    assert info.name == "酒仙桥街道工会服务站"
    assert info.district_federation == "朝阳区总工会"
    assert info.phone == "010-64312345"


def test_foreign_invested_employer_defaults_to_bilingual(station: None) -> None:
    foreign = Enterprise.create(name="思科嘉禾咨询（中国）有限公司", foreign_invested=True)
    local = Enterprise.create(name="北京宏达医药有限公司")
    a = member_store.get_member(_member("甲", "110105199001010011", employer=foreign.id))
    b = member_store.get_member(_member("乙", "110105199001010038", employer=local.id))
    c = member_store.get_member(_member("丙", "110105199001010054"))
    assert [forms.default_lang(m) for m in (a, b, c)] == ["bilingual", "zh", "zh"]  # type: ignore[arg-type]


def test_one_member_prints_two_pages_with_data_and_audit(station: None) -> None:
    member_id = _member("刘䶮", "11010519491231002X")
    buf = io.BytesIO()
    result = forms.print_member_forms([member_id], buf, lang="zh", clerk="王芳")
    assert (result.pages, result.printed, result.skipped) == (2, 1, ())
    text = _text(buf.getvalue())
    assert "刘䶮" in text and "11010519491231002X" in text
    assert "酒仙桥街道工会服务站" in text
    entries = audit.recent(action=forms.PRINT_ACTION)
    assert len(entries) == 1
    uuid = member_store.get_member(member_id).uuid  # type: ignore[union-attr]
    assert (entries[0].entity_uuid, entries[0].clerk_name) == (uuid, "王芳")
    assert "lang=zh" in entries[0].detail


def test_meeting_batch_is_two_pages_per_member_and_one_audit_entry_each(station: None) -> None:
    meeting = _meeting()
    other = _meeting()
    ids = [
        _member(f"会员{i}", f"1101051990010100{i}X", meeting=meeting, phone=f"1381234567{i}")
        for i in range(5)
    ]
    _member("别场的人", None, meeting=other)
    seen: list[tuple[int, int]] = []
    buf = io.BytesIO()
    result = forms.print_meeting_forms(
        meeting, buf, lang="bilingual", progress=lambda d, t: seen.append((d, t)) or True
    )
    assert result.pages == 2 * len(ids)
    assert len(PdfReader(io.BytesIO(buf.getvalue())).pages) == 2 * len(ids)
    assert seen[-1] == (5, 5)
    text = _text(buf.getvalue())
    assert all(f"会员{i}" in text for i in range(5)) and "别场的人" not in text
    entries = audit.recent(action=forms.PRINT_ACTION)
    uuids = {member_store.get_member(i).uuid for i in ids}  # type: ignore[union-attr]
    assert {e.entity_uuid for e in entries} == uuids and len(entries) == 5
    assert all("meeting=" in e.detail for e in entries)


def test_copies_multiply_pages(station: None) -> None:
    member_id = _member("张伟", "110105199001010011")
    buf = io.BytesIO()
    assert forms.print_member_forms([member_id], buf, copies=3).pages == 6
    assert len(PdfReader(io.BytesIO(buf.getvalue())).pages) == 6


def test_empty_or_unknown_meeting_prints_nothing(station: None) -> None:
    with pytest.raises(forms.NothingToPrint, match="还没有人登记"):
        forms.print_meeting_forms(_meeting(), io.BytesIO())
    with pytest.raises(forms.NothingToPrint, match="找不到这场沟通会"):
        forms.print_meeting_forms(9999, io.BytesIO())
    with pytest.raises(forms.NothingToPrint, match="找不到会员"):
        forms.print_member_forms([4242], io.BytesIO())


def test_a_batch_prints_every_printable_form_and_lists_the_others(station: None) -> None:
    meeting = _meeting()
    good = _member("王𠮷", "110105199001010011", meeting=meeting, phone="13812345670")
    bad = _member("李\U0001f600", "110105199001010038", meeting=meeting, phone="13812345671")
    also_good = _member("𪚥", "110105199001010054", meeting=meeting, phone="13812345672")
    buf = io.BytesIO()
    result = forms.print_meeting_forms(meeting, buf)
    assert (result.pages, result.printed) == (4, 2)
    assert [(s.member_id, s.chars) for s in result.skipped] == [(bad, ("\U0001f600",))]
    assert "U+1F600" in result.summary() and "1 人未打印" in result.summary()
    text = _text(buf.getvalue())
    assert "王𠮷" in text and "𪚥" in text and "李" not in text.replace("李明", "")
    logged = {e.entity_uuid for e in audit.recent(action=forms.PRINT_ACTION)}
    assert logged == {member_store.get_member(i).uuid for i in (good, also_good)}  # type: ignore[union-attr]


def test_nothing_printable_is_said_with_the_characters(station: None) -> None:
    member_id = _member("王\U0001f600", "110105199001010011")
    buf = io.BytesIO()
    with pytest.raises(forms.NothingToPrint, match="U\\+1F600"):
        forms.print_member_forms([member_id], buf)
    assert buf.getvalue() == b""
    assert audit.recent(action=forms.PRINT_ACTION) == []


def test_cancelled_batch_logs_nothing(station: None) -> None:
    meeting = _meeting()
    for i in range(3):
        _member(f"会员{i}", None, meeting=meeting, phone=f"1391234567{i}")
    with pytest.raises(PrintCancelled):
        forms.print_meeting_forms(meeting, io.BytesIO(), progress=lambda d, t: d < 2)
    assert audit.recent(action=forms.PRINT_ACTION) == []


def test_blank_forms_in_copies_and_language(station: None) -> None:
    buf = io.BytesIO()
    assert forms.print_blank(buf, copies=4, lang="en") == 8
    text = _text(buf.getvalue())
    assert "Application for Trade Union Membership" in text
    assert audit.recent(action=forms.PRINT_ACTION) == []
