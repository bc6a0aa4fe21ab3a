"""The two rules for spreadsheet text, the messy values of real rosters, and control characters
refused where text enters the database."""

from __future__ import annotations

from pathlib import Path

import pytest

from station_app.domain.cell_text import (
    check_no_control_characters,
    csv_text,
    escape_control_characters,
    from_csv_text,
    starts_like_formula,
)
from station_app.domain.errors import ValidationError
from station_app.domain.written_values import company_key, company_name, parse_count
from station_app.services import enterprises as enterprise_svc
from station_app.services.registration import InvalidMember, MemberInput, validate

HOSTILE = [
    '=HYPERLINK("http://example.invalid","点此")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_formula_triggers_get_the_csv_guard_and_lose_it_on_reading(text: str) -> None:
    assert starts_like_formula(text)
    assert csv_text(text) == "'" + text
    assert from_csv_text(csv_text(text)) == text


@pytest.mark.parametrize("text", ["张三", "O'Brien", "'quoted'", "1-2", "a=b", ""])
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert csv_text(text) == text
    assert from_csv_text(text) == text


def test_control_characters_are_named_and_made_visible() -> None:
    with pytest.raises(ValidationError) as err:
        check_no_control_characters("李\x00四", "姓名")
    assert "姓名" in err.value.message and "第 2 个字符" in err.value.message
    assert "U+0000" in err.value.message
    check_no_control_characters("第一行\n第二行\t制表", "备注")  # line breaks and tabs are text
    with pytest.raises(ValidationError):
        check_no_control_characters("abc\u202edef", "备注")  # a right-to-left override
    assert escape_control_characters("李\x00四\x1b\x7f\x85") == "李␀四␛␡\ufffd"
    assert escape_control_characters("正常\n文字") == "正常\n文字"


@pytest.mark.parametrize(
    ("written", "count"),
    [("120人", 120), ("约150", 150), ("1,200", 1200), ("１２０", 120), ("200余人", 200),
     ("35 人", 35), ("大约80人左右", 80), ("1200.0", 1200)],
)  # fmt: skip
def test_head_counts_as_written(written: str, count: int) -> None:
    assert parse_count(written) == count


@pytest.mark.parametrize("written", ["很多", "1-5", "一百", ""])
def test_what_is_not_a_count_is_named(written: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_count(written, "职工人数")
    assert "职工人数" in err.value.message


def test_company_names_with_either_parentheses_are_one_company() -> None:
    half = "北京星河科技(北京)有限公司"
    full = " 北京星河科技（北京）\n有限公司 "
    assert company_name(half) == company_name(full) == "北京星河科技（北京）有限公司"
    assert company_key("ＡＢＣ Tech（北京）有限公司") == company_key("abc tech (北京)有限公司")
    assert company_name("Siemens  Ltd. 北京 分公司") == "Siemens Ltd.北京分公司"


@pytest.mark.parametrize(
    "field", ["name", "employer_text", "remarks", "native_place", "job_title", "card_number"]
)
def test_the_registration_form_refuses_control_characters(field: str) -> None:
    values = dict(name="李四", id_number="11010519491231002X", phone="13812345678", consent=True)
    values[field] = values.get(field, "") + "\x1b[31m"
    with pytest.raises(InvalidMember) as err:
        validate(MemberInput(**values))  # type: ignore[arg-type]
    assert [e.field for e in err.value.errors] == [field]
    assert err.value.errors[0].code == "text.control"


def test_the_enterprise_form_refuses_control_characters(db_path: Path) -> None:
    with pytest.raises(ValidationError) as err:
        enterprise_svc.save_enterprise(enterprise_svc.EnterpriseInput(name="北京\x00有限公司"))
    assert "企业名称" in err.value.message
    with pytest.raises(ValidationError) as err:
        enterprise_svc.save_enterprise(
            enterprise_svc.EnterpriseInput(name="北京一号有限公司", notes="备注\x07")
        )
    assert "备注" in err.value.message


def test_control_characters_are_dropped_from_written_text() -> None:
    from station_app.domain.written_values import one_line, written_text

    assert one_line("北京\x00一号\x07有限公司\t(朝阳)") == "北京一号有限公司 (朝阳)"
    assert written_text(" 朝阳区\x00\n酒仙桥路\x1b ") == "朝阳区\n酒仙桥路"
    assert one_line("\x00") == ""
