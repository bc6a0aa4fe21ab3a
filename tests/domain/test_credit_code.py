from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from station_app.domain.credit_code import (
    ALPHABET,
    credit_code_check_char,
    is_valid_credit_code,
    make_credit_code,
    normalize_credit_code,
    validate_credit_code,
)
from station_app.domain.errors import ValidationError
from tests.domain.rejections import rejected


def assert_rejected(text: str, code: str, **params: object) -> ValidationError:
    return rejected(lambda: validate_credit_code(text), code, **params)


@pytest.mark.parametrize("code", ["91350100M000100Y43", "91110108551385082Q"])
def test_reference_vectors_are_valid(code: str) -> None:
    assert validate_credit_code(code) == code
    assert is_valid_credit_code(code)
    assert credit_code_check_char(code[:17]) == code[17]
    assert make_credit_code(code[:17]) == code


def test_wrong_check_char() -> None:
    err = assert_rejected("91350100M000100Y44", "uscc.checksum", expected="3", given="4")
    assert err.message == "统一社会信用代码校验码错误：第18位应为 3，实际为 4"
    assert not is_valid_credit_code("91350100M000100Y44")


def test_first_position_may_be_a_letter() -> None:
    code = make_credit_code("Y1110108551385082")
    assert code[0] == "Y"
    assert validate_credit_code(code) == code


@pytest.mark.parametrize(
    "raw",
    [
        " 91350100M000100Y43 ",
        "91350100m000100y43",
        "9135 0100 M000 100Y 43",
        "\u300091350100M000100Y43\t",
        "９１３５０１００Ｍ０００１００Ｙ４３",
        "９１３５０１００ｍ０００１００ｙ４３",
    ],
)
def test_normalization(raw: str) -> None:
    assert normalize_credit_code(raw) == "91350100M000100Y43"
    assert validate_credit_code(raw) == "91350100M000100Y43"


@pytest.mark.parametrize("raw", ["", "  ", "\u3000"])
def test_empty(raw: str) -> None:
    assert_rejected(raw, "uscc.empty")


@pytest.mark.parametrize("raw,length", [("91350100M000100Y4", 17), ("91350100M000100Y433", 19)])
def test_wrong_length(raw: str, length: int) -> None:
    err = assert_rejected(raw, "uscc.length", length=length)
    assert str(length) in err.message


@pytest.mark.parametrize("letter", list("IOZSV"))
def test_excluded_letters(letter: str) -> None:
    raw = "91350100" + letter + "000100Y43"
    err = assert_rejected(raw, "uscc.chars", position=9, char=letter)
    assert "第9位" in err.message
    assert "I、O、Z、S、V" in err.message


def test_other_bad_character() -> None:
    err = assert_rejected("91350100M000100Y4#", "uscc.chars", position=18, char="#")
    assert "第18位" in err.message


def test_check_char_needs_17_valid_characters() -> None:
    with pytest.raises(ValidationError) as info:
        credit_code_check_char("9135")
    assert info.value.code == "uscc.length"
    with pytest.raises(ValidationError) as info:
        credit_code_check_char("91350100O000100Y4")
    assert info.value.code == "uscc.chars"


@given(st.text())
def test_random_text_only_raises_validation_error(text: str) -> None:
    try:
        code = validate_credit_code(text)
    except ValidationError as err:
        assert err.code.startswith("uscc.")
        assert err.message
    else:
        assert len(code) == 18


@given(st.text(alphabet=ALPHABET + "IOZSV ", min_size=16, max_size=20))
def test_code_like_text_only_raises_validation_error(text: str) -> None:
    try:
        validate_credit_code(text)
    except ValidationError as err:
        assert err.code.startswith("uscc.")


@given(st.text(alphabet=ALPHABET, min_size=17, max_size=17))
def test_valid_bodies_round_trip(body: str) -> None:
    code = make_credit_code(body)
    assert validate_credit_code(code) == code
    assert validate_credit_code(code.lower()) == code
    for wrong in ALPHABET:
        if wrong != code[-1]:
            assert not is_valid_credit_code(body + wrong)
