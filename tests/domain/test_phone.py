from __future__ import annotations

import re

import pytest
from hypothesis import given, strategies as st

from station_app.domain.errors import ValidationError
from station_app.domain.phone import (
    display_phone,
    is_international,
    is_valid_mobile,
    normalize_phone,
    validate_mobile,
)
from tests.domain.rejections import rejected


def assert_rejected(text: str, code: str, **params: object) -> ValidationError:
    return rejected(lambda: validate_mobile(text), code, **params)


@pytest.mark.parametrize(
    "raw",
    [
        "13812345678",
        " 138 1234 5678 ",
        "138-1234-5678",
        "１３８１２３４５６７８",
        "+86 138 1234 5678",
        "+8613812345678",
        "8613812345678",
        "86-138-1234-5678",
        "0086 13812345678",
        "\u3000138\u30001234\u30005678",
    ],
)
def test_normalization(raw: str) -> None:
    assert normalize_phone(raw) == "13812345678"
    assert validate_mobile(raw) == "13812345678"
    assert is_valid_mobile(raw)


def test_86_prefix_only_stripped_from_13_digits() -> None:
    # An 11-digit number that happens to start with 86 is left alone.
    assert normalize_phone("86123456789") == "86123456789"


@pytest.mark.parametrize("prefix", ["13", "14", "15", "16", "17", "18", "19"])
def test_valid_prefixes(prefix: str) -> None:
    assert validate_mobile(prefix + "912345678") == prefix + "912345678"


@pytest.mark.parametrize("raw", ["", "  ", "--"])
def test_empty(raw: str) -> None:
    assert_rejected(raw, "phone.empty")


@pytest.mark.parametrize("raw,length", [("1381234567", 10), ("138123456789", 12), ("110", 3)])
def test_wrong_length(raw: str, length: int) -> None:
    err = assert_rejected(raw, "phone.length", length=length)
    assert str(length) in err.message


@pytest.mark.parametrize("raw", ["12812345678", "10812345678", "23812345678", "01012345678"])
def test_bad_prefix(raw: str) -> None:
    assert_rejected(raw, "phone.format")
    assert not is_valid_mobile(raw)


def test_non_digit() -> None:
    err = assert_rejected("138l2345678", "phone.format", position=4, char="l")
    assert "第4位" in err.message


@given(st.text())
def test_random_text_only_raises_validation_error(text: str) -> None:
    try:
        number = validate_mobile(text)
    except ValidationError as err:
        assert err.code.startswith("phone.")
        assert err.message
    else:
        assert re.fullmatch(r"1[3-9][0-9]{9}", number)


@given(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True))
def test_valid_numbers_round_trip(number: str) -> None:
    assert validate_mobile(number) == number
    assert validate_mobile("+86 " + number) == number


@pytest.mark.parametrize(
    ("raw", "stored", "shown"),
    [
        ("+49 170 1234567", "+491701234567", "+49 170 1234567"),
        ("0049 170 1234567", "+491701234567", "+49 170 1234567"),
        ("+44 7911 123456", "+447911123456", "+44 7911 123456"),
        ("＋１ 650 253 0000", "+16502530000", "+1 650-253-0000"),
    ],
)
def test_foreign_numbers_are_accepted_in_international_form(
    raw: str, stored: str, shown: str
) -> None:
    assert is_international(raw)
    assert validate_mobile(raw) == stored
    assert display_phone(stored) == shown


@pytest.mark.parametrize("raw", ["+49 12", "+999 1234 5678", "+44 abc"])
def test_invalid_foreign_numbers_are_named(raw: str) -> None:
    assert_rejected(raw, "phone.international")


def test_mainland_numbers_stay_eleven_digits_and_are_not_international() -> None:
    assert not is_international("+86 138 1234 5678")
    assert validate_mobile("+86 138 1234 5678") == "13812345678"
    assert display_phone("13812345678") == "13812345678"
