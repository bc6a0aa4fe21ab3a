"""Hiding personal numbers: one rule for every ID type and phone number (:func:`mask`), used by
every list, dialog, export, preview and log line, and :func:`redact` for free text (log lines,
error details) before it is written anywhere."""

from __future__ import annotations

import re

from station_app.domain.choices import RESIDENT_ID_TYPE
from station_app.domain.phone import normalize_phone
from station_app.domain.resident_id import normalize_resident_id

PHONE = "phone"
MASK = "*"

# An 18-character resident ID (last character may be X), or an old 15-digit one, standing alone.
_RESIDENT_ID = re.compile(r"(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])")
# A mainland mobile number, with or without +86 / 86, standing alone.
_MOBILE = re.compile(r"(?<![0-9])(?:\+?86[- ]?)?(1[3-9]\d{9})(?![0-9])")
# Any other run of nine or more digits (spaces allowed between them): an international phone
# number or a document number. Dates and times never have nine digits in a row.
_LONG_NUMBER = re.compile(r"(?<![0-9])\+?\d(?: ?\d){8,}(?![0-9])")


def _visible_ends(kind: str, length: int) -> tuple[int, int]:
    """How many leading and trailing characters stay visible: never more than a third of a
    number shorter than 15, so a passport shows as little as a resident ID does."""
    if kind == PHONE:
        return (3, 4) if length >= 11 else (0, 0)
    if length >= 15:  # resident IDs (and numbers as long): the region and the last four
        return 6, 4
    if length >= 8:  # passports, permits, residence cards
        return 1, 2
    return 0, 0


def mask(kind: str, value: str | None) -> str:
    """``value`` as shown where the full number is not needed.

    ``kind`` is an ID type (居民身份证, 护照, 港澳居民来往内地通行证 …) or :data:`PHONE`. A resident
    ID keeps its first 6 and last 4 characters (110105********002X), a phone number its first 3
    and last 4 (138****5678), any other document its first and last two; a value too short to
    hide anything that way is masked entirely. Empty stays empty.
    """
    if not value:
        return ""
    text = normalize_phone(value) if kind == PHONE else normalize_resident_id(value)
    head, tail = _visible_ends(kind, len(text))
    if head == 0 and tail == 0:
        return MASK * len(text)
    return text[:head] + MASK * (len(text) - head - tail) + text[len(text) - tail :]


def mask_id(value: str | None, id_type: str = RESIDENT_ID_TYPE) -> str:
    return mask(id_type or RESIDENT_ID_TYPE, value)


def mask_phone(value: str | None) -> str:
    return mask(PHONE, value)


def person_label(name: str, id_number: str | None, id_type: str = RESIDENT_ID_TYPE) -> str:
    """How a person is named in the audit log, a merge preview or a report: the name and the
    masked document number."""
    return f"{name} {mask_id(id_number, id_type)}".strip()


def redact(text: str) -> str:
    """``text`` with every resident ID number, mobile number and long digit run masked."""
    text = _RESIDENT_ID.sub(lambda m: mask_id(m.group(1)), text)
    text = _MOBILE.sub(lambda m: mask_phone(m.group(1)), text)
    return _LONG_NUMBER.sub(lambda m: mask_phone(m.group(0)), text)
