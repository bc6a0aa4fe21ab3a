from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from station_app.services import registration
from station_app.services.registration import (
    DuplicateMember,
    InvalidMember,
    MemberInput,
    field_errors,
    load_for_correction,
    register,
    update_member,
    validate,
)
from station_app.store import audit, members as member_store
from tests.conftest import TODAY

GOOD_ID = "11010519491231002X"  # female, born 1949-12-31, Beijing


def good(**changes: object) -> MemberInput:
    base = MemberInput(
        name="  刘䶮 ",
        id_number="110105 1949 1231 002x",
        phone="138-1234-5678",
        employer_text="望京科技有限公司",
        consent=True,
        clerk_name="王芳",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def codes(data: MemberInput) -> dict[str, str]:
    return {e.field: e.code for e in field_errors(data, today=TODAY)}


def test_valid_input_is_normalized_and_filled_from_the_id() -> None:
    v = validate(good(), today=TODAY)
    assert v.name == "刘䶮"
    assert v.id_number == GOOD_ID
    assert v.phone == "13812345678"
    assert (v.gender, v.birth_date) == ("女", date(1949, 12, 31))
    assert v.native_place == ""  # 籍贯 is typed: the ID's region is where it was issued
    assert v.application_date == TODAY


def test_native_place_is_kept_as_typed() -> None:
    assert validate(good(native_place=" 河北保定 "), today=TODAY).native_place == "河北保定"


def test_a_foreign_phone_number_is_accepted_in_international_form() -> None:
    v = validate(good(id_type="护照", id_number="C12345678", phone="+49 170 1234567"), today=TODAY)
    assert v.phone == "+491701234567"


def test_approval_date_is_checked_and_dates_an_undated_application() -> None:
    v = validate(good(approval_date="2026-11-20"), today=TODAY)
    assert v.approval_date == date(2026, 11, 20) and v.application_date == date(2026, 11, 20)
    assert codes(good(approval_date="2026-11-01", application_date="2026-11-10")) == {
        "approval_date": "approval_date.early"
    }
    assert codes(good(approval_date="2026-12-01")) == {"approval_date": "approval_date.future"}
    assert codes(good(approval_date="2026-13-01")) == {"approval_date": "approval_date.invalid"}


def test_long_texts_keep_their_lines() -> None:
    v = validate(good(family_members="  丈夫 张三 工程师  \n\n  女儿 张丽 学生 \n"), today=TODAY)
    assert v.family_members == "丈夫 张三 工程师\n\n  女儿 张丽 学生"


def test_each_rule_names_its_field() -> None:
    assert codes(good(name="   ")) == {"name": "name.empty"}
    assert codes(good(id_number="110105194912310021")) == {"id_number": "id.checksum"}
    assert codes(good(phone="1381234567")) == {"phone": "phone.length"}
    assert codes(good(consent=False)) == {"consent": "consent.required"}
    assert codes(good(gender="男")) == {"gender": "gender.mismatch"}
    assert codes(good(ethnicity="火星族")) == {"ethnicity": "ethnicity.unknown"}
    assert codes(good(application_date="2026-12-01")) == {
        "application_date": "application_date.future"
    }


def test_all_errors_come_at_once_with_readable_messages() -> None:
    with pytest.raises(InvalidMember) as info:
        validate(MemberInput(id_number="1101051949123100", phone="abc"), today=TODAY)
    fields = [e.field for e in info.value.errors]
    assert fields == ["name", "id_number", "phone", "consent"]
    assert "18位" in info.value.errors[1].message


def test_aliases_and_other_id_types() -> None:
    v = validate(
        good(ethnicity="回", education="大学本科", political_status="党员", hukou_type="农业"),
        today=TODAY,
    )
    assert (v.ethnicity, v.education, v.political_status, v.hukou_type) == (
        "回族",
        "本科",
        "中共党员",
        "农村",
    )
    passport = validate(
        good(id_type="护照", id_number="e1234 5678", gender="男", birth_date="1990/5/6"),
        today=TODAY,
    )
    assert (passport.id_number, passport.gender, passport.birth_date) == (
        "E12345678",
        "男",
        date(1990, 5, 6),
    )


def test_register_saves_member_audit_and_gift(db_path: Path) -> None:
    member_id = register(validate(good(gift="毛巾"), today=TODAY))
    rec = member_store.get_member(member_id)
    assert rec is not None
    assert (rec.name, rec.id_number, rec.gender, rec.consent) == ("刘䶮", GOOD_ID, "女", True)
    assert rec.clerk_name == "王芳"
    assert member_store.hand_outs_of_member(member_id) == ["毛巾"]
    entry = audit.recent(action="member.create")[0]
    assert entry.entity_uuid == rec.uuid and entry.clerk_name == "王芳"
    assert GOOD_ID not in entry.detail  # the audit log holds the masked number only


def test_register_links_a_known_enterprise_by_exact_name(demo_db: Path) -> None:
    from station_app.store import enterprises as enterprise_store

    ent_id, ent_name = enterprise_store.all_enterprise_names()[0]
    member_id = register(validate(good(employer_text=ent_name), today=TODAY))
    rec = member_store.get_member(member_id)
    assert rec is not None and rec.employer_id == ent_id and rec.employer_name == ent_name


def test_duplicates_are_refused(db_path: Path) -> None:
    first = register(validate(good(), today=TODAY))
    with pytest.raises(DuplicateMember) as same_id:
        register(validate(good(phone="13900000000"), today=TODAY))
    assert [r.id for r in same_id.value.existing] == [first]
    other_id = "110101199003074477"
    with pytest.raises(DuplicateMember):
        register(validate(good(id_number=other_id), today=TODAY))  # same name + phone
    register(validate(good(id_number=other_id), today=TODAY), allow_duplicate=True)
    with pytest.raises(DuplicateMember):  # the same ID number is never allowed
        register(validate(good(), today=TODAY), allow_duplicate=True)
    assert member_store.count_members() == 2


def test_unique_index_is_the_last_guard(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    register(validate(good(), today=TODAY))
    from station_app.services import registration

    monkeypatch.setattr(registration, "find_duplicates", lambda *a, **k: [])
    with pytest.raises(DuplicateMember):
        register(validate(good(name="别人", phone="13900000000"), today=TODAY))
    assert member_store.count_members() == 1
    assert len(audit.recent(action="member.create")) == 1


def test_update_member_corrects_and_audits(db_path: Path) -> None:
    member_id = register(validate(good(), today=TODAY))
    loaded = load_for_correction(member_id)
    assert loaded is not None and loaded.id_number == GOOD_ID
    changed = update_member(
        member_id, replace(loaded, phone="13987654321", clerk_name="李强", gift="")
    )
    assert changed == ["phone"]
    rec = member_store.get_member(member_id)
    assert rec is not None and rec.phone == "13987654321"
    assert rec.clerk_name == "王芳"  # the registrar stays; the corrector is in the audit log
    entry = audit.recent(action="member.update")[0]
    assert entry.clerk_name == "李强" and "phone" in entry.detail
    assert update_member(member_id, replace(loaded, phone="13987654321")) == []


def test_update_cannot_take_another_members_id_number(db_path: Path) -> None:
    register(validate(good(), today=TODAY))
    other = register(
        validate(good(name="张三", id_number="110101199003074477", phone="13900000000"))
    )
    with pytest.raises(DuplicateMember):
        update_member(other, good(name="张三", phone="13900000000"))
    rec = member_store.get_member(other)
    assert rec is not None and rec.id_number == "110101199003074477"


def test_a_free_text_employer_is_linked_when_the_enterprise_is_added(db_path: Path) -> None:
    from station_app.services import enterprises as enterprise_service

    member_id = register(validate(good(employer_text="望京科技有限公司"), today=TODAY))
    before = member_store.get_member(member_id)
    assert before is not None and before.employer_id is None

    ent = enterprise_service.save_enterprise(
        enterprise_service.EnterpriseInput(name="望京科技有限公司"), clerk="王芳"
    )

    after = member_store.get_member(member_id)
    assert after is not None and after.employer_id == ent.id
    assert after.employer_name == "望京科技有限公司"


def test_a_registration_links_to_a_meeting_only_on_its_day(db_path: Path) -> None:
    from station_app.store import meetings as meeting_store

    later = meeting_store.create_meeting(
        kind="employee", day=date(2026, 12, 12), start_time=None, end_time=None
    )
    with pytest.raises(InvalidMember) as caught:
        register(validate(good(meeting_id=later), today=TODAY))
    assert caught.value.errors[0].code == "meeting.other_day"
    assert "还没有召开" in caught.value.message
    member_id = register(validate(good(), today=TODAY))
    with pytest.raises(InvalidMember):
        update_member(member_id, validate(good(meeting_id=later), today=TODAY))
    on_day = validate(
        good(meeting_id=later, application_date="2026-12-12"), today=date(2026, 12, 12)
    )
    assert set(update_member(member_id, on_day)) == {"meeting_id", "application_date"}


def test_a_correction_saved_meanwhile_elsewhere_is_not_overwritten_unseen(db_path: Path) -> None:
    from station_app.services.registration import EditedElsewhere

    member_id = register(validate(good(), today=TODAY))
    mine = load_for_correction(member_id)  # this desk opens the record …
    theirs = load_for_correction(member_id)  # … and so does another desk
    assert mine is not None and theirs is not None and mine.version == theirs.version
    assert update_member(member_id, replace(theirs, job_title="焊工"), loaded=theirs) == [
        "job_title"
    ]

    with pytest.raises(EditedElsewhere) as edited:
        update_member(member_id, replace(mine, phone="13987654321"), loaded=mine)
    assert edited.value.fields == ["职务"]  # what the other desk changed
    assert edited.value.current.job_title == "焊工"
    rec = member_store.get_member(member_id)
    assert rec is not None and rec.phone == mine.phone  # nothing of this desk's was saved

    # the clerk keeps their own: saved over the version they were shown
    shown = registration.input_from_record(edited.value.current)
    assert update_member(member_id, replace(mine, phone="13987654321"), loaded=shown) == [
        "phone",
        "job_title",
    ]
    rec = member_store.get_member(member_id)
    assert rec is not None and (rec.phone, rec.job_title) == ("13987654321", "")
    assert rec.version == edited.value.current.version + 1
