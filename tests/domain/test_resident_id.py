from __future__ import annotations

import pickle
from datetime import date, timedelta

import pytest
from hypothesis import given, strategies as st

from station_app.domain.errors import ValidationError
from station_app.domain.regions import PROVINCES
from station_app.domain.resident_id import (
    ResidentId,
    age_on,
    check_digit,
    normalize_resident_id,
    parse_resident_id,
    upgrade_15_to_18,
)
from tests.domain.rejections import CJK, rejected

TODAY = date(2024, 6, 1)


def assert_rejected(text: str, code: str, **params: object) -> ValidationError:
    return rejected(lambda: parse_resident_id(text, today=TODAY), code, **params)


# --- the vectors from DOMAIN.md -------------------------------------------------------------


def test_reference_vector_is_valid() -> None:
    rid = parse_resident_id("11010519491231002X", today=TODAY)
    assert rid == ResidentId(
        number="11010519491231002X",
        birth_date=date(1949, 12, 31),
        gender="女",
        region_code="110105",
        province="北京市",
        upgraded_from=None,
    )


def test_wrong_check_digit_names_expected_and_given() -> None:
    err = assert_rejected("110105194912310021", "id.checksum", expected="X", given="1")
    assert err.message == "身份证号码校验位错误：第18位应为 X，实际为 1"


def test_lowercase_x_is_accepted() -> None:
    assert parse_resident_id("11010519491231002x", today=TODAY).number == "11010519491231002X"


def test_fullwidth_number_is_accepted() -> None:
    rid = parse_resident_id("１１０１０５１９４９１２３１００２Ｘ", today=TODAY)
    assert rid.number == "11010519491231002X"
    assert (
        parse_resident_id("１１０１０５１９４９１２３１００２ｘ", today=TODAY).number == rid.number
    )


def test_15_digit_number_is_upgraded() -> None:
    rid = parse_resident_id("110105491231002", today=TODAY)
    assert rid.number == "11010519491231002X"
    assert rid.upgraded_from == "110105491231002"
    assert rid.birth_date == date(1949, 12, 31)
    assert rid.gender == "女"
    assert upgrade_15_to_18("110105491231002") == "11010519491231002X"


def test_check_digit() -> None:
    assert check_digit("11010519491231002") == "X"
    with pytest.raises(ValidationError):
        check_digit("1101051949123100")
    with pytest.raises(ValidationError):
        check_digit("1101051949123100A")


def test_upgrade_rejects_non_15_digit_input() -> None:
    with pytest.raises(ValidationError) as info:
        upgrade_15_to_18("11010519491231002X")
    assert info.value.code == "id.old15"


# --- normalization ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        " 11010519491231002X ",
        "110105 19491231 002X",
        "110105-19491231-002x",
        "110105\u300019491231\u3000002X",
        "\t11010519491231002X\n",
        "１１０１０５－１９４９１２３１－００２ｘ",
    ],
)
def test_normalization(raw: str) -> None:
    assert normalize_resident_id(raw) == "11010519491231002X"
    assert parse_resident_id(raw, today=TODAY).number == "11010519491231002X"


def test_gender_male() -> None:
    body = "11010519800101001"
    rid = parse_resident_id(body + check_digit(body), today=TODAY)
    assert rid.gender == "男"


# --- every rejection reason ------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["", "   ", "\u3000", "--"])
def test_empty(raw: str) -> None:
    assert_rejected(raw, "id.empty")


@pytest.mark.parametrize("raw,length", [("1101051949123100", 16), ("11010519491231002XX", 19)])
def test_wrong_length_says_how_many(raw: str, length: int) -> None:
    err = assert_rejected(raw, "id.length", length=length)
    assert str(length) in err.message


def test_bad_character_says_where() -> None:
    err = assert_rejected("1101051949A231002X", "id.chars", position=11, char="A")
    assert "第11位" in err.message


def test_x_only_allowed_last() -> None:
    assert_rejected("1101051949X231002X", "id.chars", position=11)


def test_15_digit_with_x_rejected() -> None:
    assert_rejected("11010549123100X", "id.chars", position=15)


def test_unicode_digits_are_not_ascii_digits() -> None:
    # Arabic-Indic digit three (U+0663) satisfies str.isdigit() but is not an ID digit.
    assert_rejected("1101051949123\u0663002X", "id.chars", position=14)


@pytest.mark.parametrize("prefix", ["00", "10", "16", "20", "24", "30", "38", "47", "55", "99"])
def test_unknown_province(prefix: str) -> None:
    body = prefix + "010519491231002"
    err = assert_rejected(body + check_digit(body), "id.region", province_code=prefix)
    assert prefix in err.message


@pytest.mark.parametrize("birth", ["19490230", "19491301", "19490000", "20230229"])
def test_impossible_birth_date(birth: str) -> None:
    body = "110105" + birth + "002"
    assert_rejected(body + check_digit(body), "id.date", reason="invalid")


def test_leap_day_is_fine() -> None:
    body = "11010520000229002"
    assert parse_resident_id(body + check_digit(body), today=TODAY).birth_date == date(2000, 2, 29)


def test_birth_date_in_future() -> None:
    tomorrow = TODAY + timedelta(days=1)
    body = "110105" + tomorrow.strftime("%Y%m%d") + "002"
    assert_rejected(body + check_digit(body), "id.date", reason="future")
    # Born today is accepted.
    body = "110105" + TODAY.strftime("%Y%m%d") + "002"
    assert parse_resident_id(body + check_digit(body), today=TODAY).birth_date == TODAY


def test_birth_date_before_1900() -> None:
    body = "11010518991231002"
    assert_rejected(body + check_digit(body), "id.date", reason="too_early")


def test_15_digit_with_impossible_date() -> None:
    assert_rejected("110105490231002", "id.date", reason="invalid")
    assert_rejected("110105491331002", "id.date", reason="invalid")


def test_15_digit_with_unknown_province() -> None:
    assert_rejected("990105491231002", "id.region")


def test_15_digit_can_be_refused() -> None:
    with pytest.raises(ValidationError) as info:
        parse_resident_id("110105491231002", today=TODAY, allow_15=False)
    assert info.value.code == "id.old15"
    assert CJK.search(info.value.message)


def test_default_today_is_used() -> None:
    assert parse_resident_id("11010519491231002X").birth_date == date(1949, 12, 31)


def test_error_is_a_value_error_and_pickles() -> None:
    with pytest.raises(ValueError) as info:
        parse_resident_id("110105194912310021", today=TODAY)
    err = pickle.loads(pickle.dumps(info.value))
    assert isinstance(err, ValidationError)
    assert (err.code, err.message, err.params) == (
        "id.checksum",
        "身份证号码校验位错误：第18位应为 X，实际为 1",
        {"expected": "X", "given": "1"},
    )


# --- masking and age -------------------------------------------------------------------------


def test_age_on() -> None:
    rid = parse_resident_id("11010519491231002X", today=TODAY)
    assert age_on(rid, date(2024, 12, 30)) == 74
    assert age_on(rid, date(2024, 12, 31)) == 75
    assert age_on(rid, date(1949, 12, 31)) == 0
    leap_body = "11010520000229002"
    leap = parse_resident_id(leap_body + check_digit(leap_body), today=TODAY)
    assert age_on(leap, date(2018, 2, 28)) == 17
    assert age_on(leap, date(2018, 3, 1)) == 18


def test_provinces_table() -> None:
    assert PROVINCES["11"] == "北京市"
    expected = {
        *(str(n) for n in range(11, 16)),
        *(str(n) for n in range(21, 24)),
        *(str(n) for n in range(31, 38)),
        *(str(n) for n in range(41, 47)),
        *(str(n) for n in range(50, 55)),
        *(str(n) for n in range(61, 66)),
        *("71", "81", "82", "83", "91"),
    }
    assert set(PROVINCES) == expected
    assert all(name for name in PROVINCES.values())


# --- properties ------------------------------------------------------------------------------


@given(st.text())
def test_random_text_only_raises_validation_error(text: str) -> None:
    try:
        rid = parse_resident_id(text, today=TODAY)
    except ValidationError as err:
        assert err.code.startswith("id.")
        assert err.message
    else:
        assert len(rid.number) == 18


@given(st.text(alphabet="0123456789Xx -", min_size=14, max_size=20))
def test_digit_like_text_only_raises_validation_error(text: str) -> None:
    try:
        parse_resident_id(text, today=TODAY)
    except ValidationError as err:
        assert err.code.startswith("id.")


@given(
    province=st.sampled_from(sorted(PROVINCES)),
    rest_of_region=st.from_regex(r"[0-9]{4}", fullmatch=True),
    birth=st.dates(min_value=date(1900, 1, 1), max_value=TODAY),
    sequence=st.from_regex(r"[0-9]{3}", fullmatch=True),
)
def test_valid_bodies_round_trip(
    province: str, rest_of_region: str, birth: date, sequence: str
) -> None:
    body = province + rest_of_region + birth.strftime("%Y%m%d") + sequence
    number = body + check_digit(body)
    rid = parse_resident_id(number, today=TODAY)
    assert rid.number == number
    assert rid.birth_date == birth
    assert rid.region_code == body[:6]
    assert rid.province == PROVINCES[province]
    assert rid.gender == ("男" if int(sequence[-1]) % 2 else "女")
    assert parse_resident_id(number.lower(), today=TODAY) == rid
    # Any other check character is rejected.
    for wrong in "0123456789X":
        if wrong != number[-1]:
            with pytest.raises(ValidationError):
                parse_resident_id(body + wrong, today=TODAY)


@given(
    province=st.sampled_from(sorted(PROVINCES)),
    rest_of_region=st.from_regex(r"[0-9]{4}", fullmatch=True),
    birth=st.dates(min_value=date(1900, 1, 1), max_value=date(1999, 12, 31)),
    sequence=st.from_regex(r"[0-9]{3}", fullmatch=True),
)
def test_15_digit_bodies_upgrade(
    province: str, rest_of_region: str, birth: date, sequence: str
) -> None:
    old = province + rest_of_region + birth.strftime("%y%m%d") + sequence
    rid = parse_resident_id(old, today=TODAY)
    assert rid.upgraded_from == old
    assert rid.birth_date == birth
    assert parse_resident_id(rid.number, today=TODAY).number == rid.number
