"""Check characters against an independent implementation: python-stdnum's cn.ric and cn.uscc."""

from __future__ import annotations

from hypothesis import example, given, strategies as st
from stdnum.cn import ric, uscc

from station_app.domain.credit_code import ALPHABET, credit_code_check_char, is_valid_credit_code
from station_app.domain.resident_id import check_digit


@given(st.from_regex(r"[0-9]{17}", fullmatch=True))
@example("11010519491231002")  # remainder 10: the check character X
@example("11010519800101001")
def test_resident_id_check_digit_matches_stdnum(first17: str) -> None:
    assert check_digit(first17) == ric.calc_check_digit(first17 + "0")


def test_every_check_value_is_reached() -> None:
    """The sample reaches all eleven check characters, X (remainder 10) among them."""
    seen = {check_digit(f"1101051980010100{d}") for d in range(10)}
    seen |= {check_digit(f"11010519800101{n:03d}") for n in range(100)}
    assert seen == set("0123456789X")


_USCC_BODY = st.text(alphabet=ALPHABET, min_size=17, max_size=17)


@given(_USCC_BODY)
@example("91350100M000100Y4")
@example("91110108551385082")
def test_credit_code_check_char_matches_stdnum(first17: str) -> None:
    assert credit_code_check_char(first17) == uscc.calc_check_digit(first17)


@given(_USCC_BODY, st.sampled_from(ALPHABET))
def test_credit_code_validity_matches_stdnum_check(first17: str, last: str) -> None:
    code = first17 + last
    right = uscc.calc_check_digit(first17) == last
    assert is_valid_credit_code(code) is (
        right and is_valid_credit_code(first17 + credit_code_check_char(first17))
    )
