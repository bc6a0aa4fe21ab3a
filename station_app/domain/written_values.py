"""Values as people write them in the rosters a street office sends: "120人", "约150", "1,200",
full-width digits and letters, stray spaces and line breaks, a company name once with half-width
and once with full-width parentheses."""

from __future__ import annotations

import re

from station_app.domain.errors import ValidationError, to_halfwidth

_SPACES = re.compile(r"\s+")
# Control characters (a NUL, a bell) other than the tab and line breaks: nothing a person wrote,
# and a PostgreSQL server refuses a NUL in any text.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CJK = r"\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff"
_SPACE_BESIDE_CJK = re.compile(rf"(?<=[{_CJK}])\s+|\s+(?=[{_CJK}])")
_COUNT_WORDS = re.compile(r"^(约|大约|近|逾|超过)|(人|名|位|人左右|左右|余人|多人|余|多|\+)$")


def written_text(text: str) -> str:
    """A longer text (an address, notes) as stored: control characters dropped, line breaks
    kept, ends trimmed."""
    return _CONTROLS.sub("", text).strip()


def one_line(text: str) -> str:
    """Line breaks, tabs and runs of spaces (also U+3000) become one space; control characters
    are dropped; ends trimmed."""
    return _SPACES.sub(" ", written_text(text).replace("\u3000", " ")).strip()


MAX_COUNT = 10_000_000  # more people than any firm or meeting has: a typing slip


def parse_count(text: str, label: str = "人数") -> int:
    """A head count as written: "120", "120人", "约150", "1,200", "１２０", "200余人"."""
    cleaned = one_line(to_halfwidth(text)).replace(" ", "").replace(",", "").replace("，", "")
    previous = None
    while cleaned != previous:
        previous, cleaned = cleaned, _COUNT_WORDS.sub("", cleaned)
    if re.fullmatch(r"\d+(\.0+)?", cleaned):
        count = int(cleaned.split(".")[0])
        if count > MAX_COUNT:
            raise ValidationError("count.too_large", f"{label}“{text}”太大，请核对", {"text": text})
        return count
    raise ValidationError("count.invalid", f"{label}“{text}”不是整数", {"text": text})


def company_name(text: str) -> str:
    """A company name as stored: one line, ASCII letters and digits half-width, parentheses
    full-width (the form of registered Chinese company names), no spaces beside Chinese text."""
    name = one_line(to_halfwidth(text))
    name = _SPACE_BESIDE_CJK.sub("", name)
    return name.replace("(", "（").replace(")", "）")


def company_key(text: str) -> str:
    """What two spellings of the same company name have in common (for finding duplicates)."""
    return company_name(text).replace(" ", "").casefold()
