"""Text that goes into, or comes out of, a spreadsheet cell: the two rules that keep it harmless.

- **Control characters** (NUL, ESC, DEL, the C1 range and the invisible bidi overrides) have no
  place in a name, an address or a remark. They are refused where text enters the database (the
  registration form, the enterprise form, imports, a merge) and, should one be stored already,
  made visible on the way out, so a spreadsheet writer never meets one.
- **Formula triggers**: a text cell beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
  return is run as a formula by Excel and WPS when it arrives in a CSV file. Such text is written
  as text: in xlsx as a string cell, in CSV behind a leading apostrophe (the OWASP rule for "CSV
  injection"), which the importer removes again.
"""

from __future__ import annotations

import re

from station_app.domain.errors import ValidationError

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
CSV_GUARD = "'"

# C0 without tab, line feed and carriage return; DEL and C1; the bidi embeddings, overrides and
# isolates that make text read differently from how it is stored.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def starts_like_formula(text: str) -> bool:
    """True when a spreadsheet would read ``text`` as the start of a formula."""
    return text.startswith(FORMULA_TRIGGERS)


def csv_text(text: str) -> str:
    """``text`` as a CSV cell that opens as text: a leading apostrophe before a formula trigger."""
    return CSV_GUARD + text if starts_like_formula(text) else text


def from_csv_text(text: str) -> str:
    """Undo :func:`csv_text`: a file we wrote (an export or an error file) reads back as it was."""
    if text.startswith(CSV_GUARD) and starts_like_formula(text[1:]):
        return text[1:]
    return text


def control_characters(text: str) -> list[tuple[int, str]]:
    """(1-based position, character) of every control character in ``text``."""
    return [(m.start() + 1, m.group()) for m in _CONTROL.finditer(text)]


def check_no_control_characters(text: str, label: str) -> None:
    """Raise :class:`ValidationError` naming the first control character in ``text``."""
    found = control_characters(text)
    if found:
        position, char = found[0]
        raise ValidationError(
            "text.control",
            f"{label}中有不可见的控制字符（第 {position} 个字符，U+{ord(char):04X}），"
            "请删除后重新输入",
            {"label": label, "position": position, "codepoint": ord(char)},
        )


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␀, ␛ …
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"


def escape_control_characters(text: str) -> str:
    """``text`` with each control character replaced by a visible sign (␀ for NUL, ␛ for ESC …)."""
    return _CONTROL.sub(_visible, text) if _CONTROL.search(text) else text
