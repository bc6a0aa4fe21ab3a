"""The member's fields are declared once (domain/member_fields.py); every carrier holds them."""

from __future__ import annotations

import dataclasses
import io
import re
from datetime import date
from pathlib import Path

import pytest

from station_app.domain.member_fields import FIELDS, KEYS, Kind
from station_app.printing.form_data import FormData
from station_app.services import forms, member_import
from station_app.services.export import MEMBER_HEADERS
from station_app.services.merge import FIELD_LABELS
from station_app.services.registration import (
    MemberInput,
    ValidMember,
    load_for_correction,
    register,
    validate,
)
from station_app.store.models import Member
from station_app.store.records import MemberRecord
from tests import pdf_checks


@pytest.mark.parametrize("carrier", [MemberInput, ValidMember, MemberRecord])
def test_every_carrier_has_every_field(carrier: type) -> None:
    names = {f.name for f in dataclasses.fields(carrier)}
    assert set(KEYS) - {"employer_text"} <= names
    assert "employer_text" in names or "employer_name" in names


def test_the_printed_form_carries_the_printed_fields_in_table_order() -> None:
    assert tuple(f.name for f in dataclasses.fields(FormData)) == tuple(
        f.key for f in FIELDS if f.printed
    )


def test_the_member_table_has_a_column_for_every_field() -> None:
    assert set(KEYS) <= set(Member._meta.columns)


def test_only_choice_fields_have_choices() -> None:
    """A tuple given where the aliases go lands in ``choices``: the header is never recognised."""
    for f in FIELDS:
        if f.kind not in (Kind.CHOICE, Kind.YES_NO):
            assert f.choices == (), f.key


def test_imports_exports_and_merge_are_derived_from_the_table() -> None:
    columns = {c.key: c.headers for c in member_import.COLUMNS}
    assert columns == {f.key: f.headers for f in FIELDS if f.imported}
    assert all(columns[f.key][0] == f.label for f in FIELDS if f.imported)
    assert "填表日期" in columns["application_date"]
    assert [f.label for f in FIELDS if f.exported] == list(MEMBER_HEADERS[: len(FIELDS)])
    assert all(FIELD_LABELS[f.key] == f.label for f in FIELDS if f.key != "name")


VALUES = {
    "name": "王𠀋",
    "id_number": "11010519491231002X",
    "phone": "13812345678",
    "employer_text": "北京望京科技有限公司",
    "native_place": "河北保定",
    "ethnicity": "汉族",
    "education": "本科",
    "political_status": "群众",
    "hukou_type": "城镇",
    "job_title": "部门经理",
    "professional_title": "高级工程师",
    "card_number": "JK0001",
    "primary_union": "望京科技工会",
    "approval_date": "2026-11-20",
    "family_members": "丈夫 李明 工程师\n女儿 李𪚥 学生",
    "resume": "2015年7月至今 望京科技 部门经理",
    "group_opinion": "同意",
    "approval_opinion": "同意入会",
    "remarks": "现场入会",
    "application_date": "2026-11-12",
}


def test_input_to_database_to_input_to_pdf(db_path: Path) -> None:
    data = MemberInput(**VALUES, migrant_worker=False, consent=True)  # type: ignore[arg-type]
    member_id = register(validate(data, today=date(2026, 11, 29)))
    back = load_for_correction(member_id)
    assert back is not None
    for f in FIELDS:
        if f.key in VALUES:
            assert getattr(back, f.key) == VALUES[f.key], f.key
    assert back.migrant_worker is False and (back.gender, back.birth_date) == ("女", "1949-12-31")
    buf = io.BytesIO()
    forms.print_member_forms([member_id], buf)
    text = pdf_checks.text(pdf_checks.reader(buf.getvalue()))
    for key, value in VALUES.items():
        if Kind.DATE is next(f.kind for f in FIELDS if f.key == key):
            y, m, d = (int(p) for p in value.split("-"))
            value = f"{y}年{m}月{d}日"
        assert re.sub(r"\s+", "", value) in text, key
