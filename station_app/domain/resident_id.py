"""Resident ID numbers (居民身份证号码, GB 11643-1999).

18 characters: 6-digit region code, 8-digit birth date (YYYYMMDD), 3-digit sequence number
(the last of which is odd for men, even for women) and a check character (0-9 or X).
Old 15-digit numbers (6-digit region, YYMMDD, 3-digit sequence, no check character) are upgraded
to 18 digits by inserting "19" before the year and appending the check character.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from station_app.domain.errors import (
    ValidationError,
    is_ascii_digits,
    strip_whitespace,
    to_halfwidth,
)
from station_app.domain.regions import PROVINCES

Gender = Literal["男", "女"]

_WEIGHTS: tuple[int, ...] = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
_EARLIEST_BIRTH = date(1900, 1, 1)
_DASHES = "-‐‑‒–—"


@dataclass(frozen=True, slots=True)
class ResidentId:
    """A valid, normalized 18-digit resident ID number and what it says about its holder."""

    number: str
    birth_date: date
    gender: Gender
    region_code: str
    province: str
    upgraded_from: str | None = None

    def __str__(self) -> str:
        return self.number


def normalize_resident_id(text: str) -> str:
    """Strip whitespace and dashes, convert full-width characters to ASCII, uppercase x."""
    text = strip_whitespace(to_halfwidth(text))
    for dash in _DASHES:
        text = text.replace(dash, "")
    return text.upper()


def check_digit(first17: str) -> str:
    """The GB 11643 check character ("0"-"9" or "X") for the first 17 digits of a number."""
    if len(first17) != 17 or not is_ascii_digits(first17):
        raise ValidationError(
            "id.body",
            f"计算校验位需要17位数字，实际为“{first17}”",
            {"given": first17},
        )
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def upgrade_15_to_18(number15: str) -> str:
    """Upgrade an old 15-digit number: insert "19" before the year and append the check digit.

    Only the shape (15 ASCII digits) is checked here; use :func:`parse_resident_id` to validate.
    """
    number15 = normalize_resident_id(number15)
    if len(number15) != 15 or not is_ascii_digits(number15):
        raise ValidationError(
            "id.old15",
            f"旧版身份证号码应为15位数字，实际为“{number15}”",
            {"given": number15},
        )
    first17 = number15[:6] + "19" + number15[6:]
    return first17 + check_digit(first17)


def _parse_date(digits: str) -> date | None:
    try:
        return date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None


def _check_characters(number: str) -> None:
    for index, char in enumerate(number):
        position = index + 1
        if char in "0123456789":
            continue
        if char == "X" and position == 18:
            continue
        if char == "X":
            message = f"身份证号码第{position}位不能是 X，只有第18位（校验位）可以是 X"
        elif len(number) == 18:
            message = (
                f"身份证号码第{position}位“{char}”不是数字：前17位必须是数字，第18位是数字或 X"
            )
        else:
            message = f"旧版15位身份证号码第{position}位“{char}”不是数字：15位必须全部是数字"
        raise ValidationError("id.chars", message, {"position": position, "char": char})


def parse_resident_id(text: str, *, today: date | None = None, allow_15: bool = True) -> ResidentId:
    """Validate a resident ID number as typed and return what it encodes.

    Raises :class:`ValidationError` with code ``id.empty``, ``id.length``, ``id.chars``,
    ``id.region``, ``id.date`` (``params["reason"]`` is ``"invalid"``, ``"future"`` or
    ``"too_early"``), ``id.checksum`` or, with ``allow_15=False``, ``id.old15``.
    """
    today = today if today is not None else date.today()
    number = normalize_resident_id(text)
    if not number:
        raise ValidationError("id.empty", "请填写身份证号码")
    if len(number) not in (15, 18):
        raise ValidationError(
            "id.length",
            f"身份证号码应为18位，实际输入了{len(number)}位",
            {"length": len(number)},
        )
    _check_characters(number)
    if len(number) == 15 and not allow_15:
        raise ValidationError(
            "id.old15",
            "这是旧版15位身份证号码，请填写现行的18位号码",
            {"given": number},
        )

    province_code = number[:2]
    province = PROVINCES.get(province_code)
    if province is None:
        raise ValidationError(
            "id.region",
            f"身份证号码前两位“{province_code}”不是有效的省级行政区代码",
            {"province_code": province_code},
        )

    date_digits = number[6:14] if len(number) == 18 else "19" + number[6:12]
    birth = _parse_date(date_digits)
    if birth is None:
        raise ValidationError(
            "id.date",
            f"身份证号码中的出生日期“{date_digits}”不是有效日期",
            {"reason": "invalid", "date": date_digits},
        )
    if birth > today:
        raise ValidationError(
            "id.date",
            f"身份证号码中的出生日期 {birth.isoformat()} 晚于今天",
            {"reason": "future", "date": date_digits},
        )
    if birth < _EARLIEST_BIRTH:
        raise ValidationError(
            "id.date",
            f"身份证号码中的出生日期 {birth.isoformat()} 早于1900年，请核对",
            {"reason": "too_early", "date": date_digits},
        )

    upgraded_from: str | None = None
    if len(number) == 15:
        upgraded_from = number
        number = upgrade_15_to_18(number)
    else:
        expected = check_digit(number[:17])
        given = number[17]
        if given != expected:
            raise ValidationError(
                "id.checksum",
                f"身份证号码校验位错误：第18位应为 {expected}，实际为 {given}",
                {"expected": expected, "given": given},
            )

    gender: Gender = "男" if int(number[16]) % 2 == 1 else "女"
    return ResidentId(
        number=number,
        birth_date=birth,
        gender=gender,
        region_code=number[:6],
        province=province,
        upgraded_from=upgraded_from,
    )


def is_valid_resident_id(text: str, *, today: date | None = None) -> bool:
    """True if :func:`parse_resident_id` accepts ``text``."""
    try:
        parse_resident_id(text, today=today)
    except ValidationError:
        return False
    return True


def age_on(rid: ResidentId, day: date) -> int:
    """Age in whole years on ``day`` (the birthday itself counts as a completed year).

    Someone born on 29 February turns a year older on 1 March in common years.
    """
    birth = rid.birth_date
    years = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        years -= 1
    return years
