from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from station_app.services import privacy, registration, stats
from station_app.store import audit, members as member_store, station as station_store
from station_app.store.models import HandOut
from tests.conftest import TODAY


def _register(meeting_id: int | None = None, *, renewed_consent: bool = False) -> int:
    valid = registration.validate(
        registration.MemberInput(
            name="王䶮",
            id_number="11010519491231002X",
            phone="13812345678",
            consent=True,
            clerk_name="李敏",
            gift="毛巾",
            meeting_id=meeting_id,
            renewed_consent=renewed_consent,
        ),
        today=TODAY,
    )
    return registration.register(valid)


def _a_joined_member() -> tuple[int, date]:
    """A demo member who joined at a held meeting (counted in the figures)."""
    for row in member_store.search_members(limit=500):
        if row.meeting_id is not None:
            return row.id, row.application_date
    raise AssertionError("demo data has no joins")


def test_erasing_removes_personal_fields_and_keeps_the_figures(demo_db: Path) -> None:
    member_id, day = _a_joined_member()
    before = member_store.get_member(member_id)
    assert before is not None and before.id_number
    year = (date(day.year, 1, 1), date(day.year, 12, 31))
    figures_before = stats.period_figures(*year)

    uuid = privacy.erase_member(member_id, clerk="李敏", reason="本人来电要求").uuid

    after = member_store.get_member(member_id)
    assert after is not None and after.uuid == uuid
    assert after.name == "已删除"
    assert after.id_number is None
    assert after.phone == ""
    assert after.birth_date is None
    assert after.status == "erased"
    assert after.meeting_id == before.meeting_id
    assert after.application_date == before.application_date
    assert stats.period_figures(*year) == figures_before
    assert member_store.find_member_by_id_number(before.id_number) is None
    assert all(r.id != member_id for r in member_store.search_members(before.name))
    entry = audit.recent(1)[0]
    assert (entry.action, entry.clerk_name, entry.entity_uuid) == ("member.erase", "李敏", uuid)
    assert entry.detail == "本人来电要求"


def test_erasing_takes_the_person_out_of_hand_outs_and_audit_details(db_path: Path) -> None:
    station_store.ensure_clerk("李敏")
    member_id = _register()
    rec = member_store.get_member(member_id)
    assert rec is not None
    assert member_store.hand_outs_of_member(member_id) == ["毛巾"]
    created = [e for e in audit.recent() if e.entity_uuid == rec.uuid]
    assert created and "王䶮" in created[0].detail

    privacy.erase_member(member_id, clerk="李敏")
    trail = [e for e in audit.recent() if e.entity_uuid == rec.uuid]
    assert {e.action for e in trail} >= {"member.create", "member.erase"}
    for e in trail:
        assert "王䶮" not in e.detail and "002X" not in e.detail and "5678" not in e.detail
    assert member_store.hand_outs_of_member(member_id) == ["毛巾"]  # the count stays
    recipients = HandOut.select(HandOut.recipient_name).where(HandOut.member == member_id)
    assert [h.recipient_name for h in recipients] == [""]  # the name does not
    with pytest.raises(privacy.ErasureError):
        privacy.erase_member(member_id, clerk="李敏")
    # the person comes back only with a new consent recorded
    with pytest.raises(privacy.ErasedPerson) as refused:
        _register()
    assert privacy.ERASED_ON_REQUEST in refused.value.message
    assert _register(renewed_consent=True) != member_id
    assert "member.consent_renewed" in [e.action for e in audit.recent(3)]


def test_audit_trail_covers_create_change_print_and_erase(db_path: Path, tmp_path: Path) -> None:
    from station_app.services import forms

    station_store.ensure_clerk("李敏")
    member_id = _register()
    registration.update_member(
        member_id,
        registration.MemberInput(
            name="王䶮",
            id_number="11010519491231002X",
            phone="13912345678",
            consent=True,
            clerk_name="李敏",
        ),
    )
    forms.print_member_forms([member_id], tmp_path / "f.pdf", clerk="李敏")
    privacy.erase_member(member_id, clerk="李敏")
    actions = [e.action for e in privacy.audit_trail()]
    for wanted in ("member.create", "member.update", "member.print", "member.erase"):
        assert wanted in actions
    assert all(privacy.action_label(a) != a for a in actions)


def test_exports_mask_numbers_by_default(demo_db: Path) -> None:
    from station_app.services import export

    sheet = export.build_sheet("members")
    text = "\n".join(",".join(str(c) for c in row) for row in sheet.rows)
    assert "********" in text
    full = export.build_sheet("members", full_values=True)
    assert "********" not in "\n".join(",".join(str(c) for c in r) for r in full.rows)


def test_password_is_stored_as_scrypt_hash(db_path: Path) -> None:
    assert not privacy.has_password()
    assert privacy.check_password("anything")
    privacy.set_password("工会2026", clerk="李敏")
    stored = station_store.get_setting(privacy.PASSWORD_KEY)
    assert stored.startswith("scrypt$") and "工会2026" not in stored
    assert privacy.has_password()
    assert privacy.check_password("工会2026")
    assert not privacy.check_password("工会2025")
    assert not privacy.check_password("")
    other = privacy.hash_password("工会2026")
    assert other != stored  # salted
    assert privacy.verify_hash("工会2026", other)
    assert not privacy.verify_hash("x", "garbage")
    privacy.set_password("")
    assert not privacy.has_password()
