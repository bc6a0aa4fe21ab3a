"""Phone numbers: mainland mobiles (手机号码) as 11 digits, foreign numbers in international
form (E.164, checked and normalised by Google's libphonenumber through ``phonenumbers``)."""

from __future__ import annotations

import re

from station_app.domain.errors import ValidationError, strip_whitespace, to_halfwidth

_MOBILE_RE = re.compile(r"1[3-9][0-9]{9}")
_SEPARATORS = "-‐‑‒–—()"


def normalize_phone(text: str) -> str:
    """Strip spaces, dashes and brackets, convert full-width digits, drop a +86/0086/86 prefix."""
    text = strip_whitespace(to_halfwidth(text))
    for sep in _SEPARATORS:
        text = text.replace(sep, "")
    if text.startswith("+86"):
        text = text[3:]
    elif text.startswith("0086") and len(text) == 15:
        text = text[4:]
    elif text.startswith("86") and len(text) == 13:
        text = text[2:]
    return text


def is_international(text: str) -> bool:
    """True for a number written with a country code other than China's (+49 …, 0049 …)."""
    number = normalize_phone(text)
    return (number.startswith("+") or number.startswith("00")) and not number.startswith(
        ("+86", "0086")
    )


def validate_international(text: str) -> str:
    """A foreign number in international form, as E.164 (``+491701234567``), or raise
    :class:`ValidationError` (code ``phone.international``)."""
    import phonenumbers

    number = normalize_phone(text)
    if number.startswith("00"):
        number = "+" + number[2:]
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is None or not phonenumbers.is_valid_number(parsed):
        raise ValidationError(
            "phone.international",
            f"“{text.strip()}”不是有效的国际电话号码（请写国家代码，如 +49 170 1234567）",
            {"given": text.strip()},
        )
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))


def display_phone(number: str) -> str:
    """How a stored number is written on paper: 11 digits as stored, an international one
    grouped as its country writes it (+49 170 1234567)."""
    if not number.startswith("+"):
        return number
    import phonenumbers

    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return number
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


def validate_mobile(text: str) -> str:
    """Return the normalized number, or raise :class:`ValidationError`: a mainland mobile as
    11 digits, a foreign number (with its country code) as E.164.

    Codes: ``phone.empty``, ``phone.length``, ``phone.format`` (also for a non-digit character,
    with ``params["position"]``), ``phone.international``.
    """
    number = normalize_phone(text)
    if not number:
        raise ValidationError("phone.empty", "请填写手机号码")
    if is_international(number):
        return validate_international(number)
    for index, char in enumerate(number):
        if char not in "0123456789":
            raise ValidationError(
                "phone.format",
                f"手机号码第{index + 1}位“{char}”不是数字",
                {"position": index + 1, "char": char},
            )
    if len(number) != 11:
        raise ValidationError(
            "phone.length",
            f"手机号码应为11位数字，实际输入了{len(number)}位",
            {"length": len(number)},
        )
    if _MOBILE_RE.fullmatch(number) is None:
        raise ValidationError(
            "phone.format",
            f"“{number}”不是有效的手机号码：应以 13–19 开头",
            {"given": number},
        )
    return number


def is_valid_mobile(text: str) -> bool:
    """True if :func:`validate_mobile` accepts ``text``."""
    try:
        validate_mobile(text)
    except ValidationError:
        return False
    return True
