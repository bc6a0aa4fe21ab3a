"""Unified social credit codes (统一社会信用代码, GB 32100-2015).

18 characters from "0123456789ABCDEFGHJKLMNPQRTUWXY" (the letters I O Z S V are never used);
the 18th is a check character. Position 1 (registration authority) may be a letter, e.g. Y.
"""

from __future__ import annotations

from station_app.domain.errors import ValidationError, strip_whitespace, to_halfwidth

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
EXCLUDED_LETTERS = "IOZSV"
_WEIGHTS: tuple[int, ...] = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_VALUES: dict[str, int] = {char: index for index, char in enumerate(ALPHABET)}


def normalize_credit_code(text: str) -> str:
    """Strip whitespace, convert full-width characters to ASCII and uppercase."""
    return strip_whitespace(to_halfwidth(text)).upper()


def _check_characters(code: str) -> None:
    for index, char in enumerate(code):
        if char in _VALUES:
            continue
        position = index + 1
        if char in EXCLUDED_LETTERS:
            message = f"统一社会信用代码第{position}位“{char}”无效：代码中不使用字母 I、O、Z、S、V"
        else:
            message = f"统一社会信用代码第{position}位“{char}”无效：只能是数字或大写字母"
        raise ValidationError("uscc.chars", message, {"position": position, "char": char})


def credit_code_check_char(first17: str) -> str:
    """The check character for the first 17 characters of a code."""
    first17 = normalize_credit_code(first17)
    if len(first17) != 17:
        raise ValidationError(
            "uscc.length",
            f"计算校验码需要统一社会信用代码的前17位，实际为{len(first17)}位",
            {"length": len(first17)},
        )
    _check_characters(first17)
    total = sum(_VALUES[c] * w for c, w in zip(first17, _WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def make_credit_code(first17: str) -> str:
    """Append the check character to 17 characters (used to generate demo data)."""
    first17 = normalize_credit_code(first17)
    return first17 + credit_code_check_char(first17)


def validate_credit_code(text: str) -> str:
    """Return the normalized code, or raise :class:`ValidationError`.

    Codes: ``uscc.empty``, ``uscc.length``, ``uscc.chars``, ``uscc.checksum``.
    """
    code = normalize_credit_code(text)
    if not code:
        raise ValidationError("uscc.empty", "请填写统一社会信用代码")
    if len(code) != 18:
        raise ValidationError(
            "uscc.length",
            f"统一社会信用代码应为18位，实际输入了{len(code)}位",
            {"length": len(code)},
        )
    _check_characters(code)
    expected = credit_code_check_char(code[:17])
    given = code[17]
    if given != expected:
        raise ValidationError(
            "uscc.checksum",
            f"统一社会信用代码校验码错误：第18位应为 {expected}，实际为 {given}",
            {"expected": expected, "given": given},
        )
    return code


def is_valid_credit_code(text: str) -> bool:
    """True if :func:`validate_credit_code` accepts ``text``."""
    try:
        validate_credit_code(text)
    except ValidationError:
        return False
    return True
