"""The registration form's problems in the window's language: the Chinese sentences the window
keeps (``ui/error_text.py``) give back the core's messages word for word, and in English they
carry no Chinese."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication

from station_app.domain.errors import ValidationError
from station_app.domain.phone import validate_mobile
from station_app.domain.resident_id import parse_resident_id
from station_app.services.registration import MemberInput, field_errors
from station_app.ui import language
from station_app.ui.error_text import TEMPLATES, _key, error_text
from tests.conftest import TODAY

CJK = re.compile(r"[\u4e00-\u9fff]")
BASE = MemberInput(
    name="Anna Schmidt",
    id_number="C01X00T47",
    id_type="护照",
    phone="+49 170 1234567",
    employer_text="Siemens",
    consent=True,
    clerk_name="王芳",
)
BAD_INPUTS = [
    replace(BASE, name="", consent=False),
    replace(BASE, name="Anna 2", id_number=""),
    replace(BASE, name="A" * 80, id_number="#"),
    replace(BASE, id_type="居民身份证", id_number="11010519491231002", phone="1381234567"),
    replace(BASE, id_type="居民身份证", id_number="99010519491231002X", phone="23812345678"),
    replace(BASE, id_type="居民身份证", id_number="11010519491331002X", phone="1381234x678"),
    replace(BASE, id_type="居民身份证", id_number="110105194912310021", phone=""),
    replace(BASE, id_type="居民身份证", id_number="11010519491231002X", gender="男"),
    replace(BASE, id_type="居民身份证", id_number="11010519491231002X", birth_date="1950-01-01"),
    replace(BASE, id_type="Visa", gender="X", birth_date="1990-02-30", phone="+49 1"),
    replace(BASE, application_date="2099-01-01", approval_date="2026-13-01"),
    replace(BASE, application_date="2026-11-20", approval_date="2026-11-01"),
]


def problems() -> list[tuple[str, dict[str, object], str]]:
    found = [
        (e.code, dict(e.params), e.message)
        for d in BAD_INPUTS
        for e in field_errors(d, today=TODAY)
    ]
    for check in (
        lambda: parse_resident_id("", today=TODAY),
        lambda: parse_resident_id("1101051949", today=TODAY),
        lambda: validate_mobile("138"),
    ):
        with pytest.raises(ValidationError) as caught:
            check()
        found.append((caught.value.code, caught.value.params, caught.value.message))
    return found


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    assert language.install(qapp, language.ENGLISH)
    yield qapp
    language.uninstall(qapp)


def test_the_bad_inputs_reach_most_sentences() -> None:
    reached = {_key(code, params) for code, params, _ in problems()}
    assert len(reached & TEMPLATES.keys()) >= len(TEMPLATES) - 2


def test_the_chinese_sentences_are_the_cores_own(qapp: QApplication) -> None:
    for code, params, message in problems():
        assert error_text(code, params, message) == message, code


def test_english_problems_have_no_chinese(english: QApplication) -> None:
    texts = [error_text(code, params, message) for code, params, message in problems()]
    assert [t for t in texts if CJK.search(t)] == []
    assert "Enter the name (as on the ID document)" in texts
    assert "Enter the Passport number" in texts


def test_an_unknown_code_keeps_the_cores_message(english: QApplication) -> None:
    assert error_text("something.new", {}, "新的问题") == "新的问题"
    assert error_text("name.length", {}, "姓名过长") == "姓名过长"  # params missing
