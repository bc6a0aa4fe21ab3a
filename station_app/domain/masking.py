"""Hiding personal numbers in free text (log lines, error details) before it is written anywhere."""

from __future__ import annotations

import re

from station_app.domain.phone import mask_phone
from station_app.domain.resident_id import mask_resident_id

# An 18-character resident ID (last character may be X), or an old 15-digit one, standing alone.
_RESIDENT_ID = re.compile(r"(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])")
# A mainland mobile number, with or without +86 / 86, standing alone.
_MOBILE = re.compile(r"(?<![0-9])(?:\+?86[- ]?)?(1[3-9]\d{9})(?![0-9])")
# Any other run of nine or more digits (spaces allowed between them): an international phone
# number or a document number. Dates and times never have nine digits in a row.
_LONG_NUMBER = re.compile(r"(?<![0-9])\+?\d(?: ?\d){8,}(?![0-9])")


def redact(text: str) -> str:
    """``text`` with every resident ID number, mobile number and long digit run masked."""
    text = _RESIDENT_ID.sub(lambda m: mask_resident_id(m.group(1)), text)
    text = _MOBILE.sub(lambda m: mask_phone(m.group(1)), text)
    return _LONG_NUMBER.sub(lambda m: _mask_digits(m.group(0)), text)


def _mask_digits(run: str) -> str:
    digits = [i for i, ch in enumerate(run) if ch.isdigit()]
    keep = set(digits[:3] + digits[-2:])
    return "".join(ch if (i in keep or not ch.isdigit()) else "*" for i, ch in enumerate(run))
