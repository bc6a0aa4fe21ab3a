"""Whether a member's details can be printed, checked as they are typed or imported.

The rule (which characters the fonts can draw) lives in :mod:`station_app.printing.glyphs`;
this module words it for the clerk: a character no font can draw is named with its code point,
the record can still be saved, and its paper form is completed by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from station_app.domain.member_fields import BY_KEY
from station_app.printing.glyphs import describe, unprintable

# The fields checked as they are typed: those printed on the forms.
CHECKED = tuple(key for key, f in BY_KEY.items() if f.printed)


@dataclass(frozen=True)
class PrintProblem:
    """Characters of one field that no font can draw."""

    field: str
    chars: tuple[str, ...]

    @property
    def message(self) -> str:
        return (
            f"{BY_KEY[self.field].label}中的{describe(self.chars)}无法打印，"
            "可以保存，申请表请手工填写"
        )


def problems(values: Mapping[str, object]) -> list[PrintProblem]:
    """The printed fields of ``values`` (field key → text) holding characters no font can draw."""
    found = []
    for key in CHECKED:
        value = values.get(key)
        if isinstance(value, str) and value:
            chars = unprintable(value)
            if chars:
                found.append(PrintProblem(key, tuple(chars)))
    return found


def text_problem(field: str, text: str) -> PrintProblem | None:
    """The problem with one field's text, or None when it prints."""
    chars = unprintable(text)
    return PrintProblem(field, tuple(chars)) if chars else None


def prints(text: str) -> bool:
    """True when every character of ``text`` can be printed (for a mark in lists)."""
    return not unprintable(text)
