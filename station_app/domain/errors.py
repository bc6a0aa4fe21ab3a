"""Validation errors raised by the domain rules.

Every error carries a stable machine ``code`` (e.g. ``"id.checksum"``), the ``params`` that went
into it (e.g. ``{"expected": "X", "given": "1"}``) and a ``message`` in plain Chinese that can be
shown to a clerk as is. ``str(err)`` is the message.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Any


class ValidationError(ValueError):
    """A value typed by a clerk does not satisfy a domain rule."""

    code: str
    params: dict[str, object]
    message: str

    def __init__(self, code: str, message: str, params: Mapping[str, object] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = dict(params) if params is not None else {}

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return (
            f"ValidationError(code={self.code!r}, message={self.message!r}, params={self.params!r})"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        # Keep the exception picklable despite the custom constructor.
        return (self.__class__, (self.code, self.message, self.params))


# Translate full-width ASCII variants (U+FF01–U+FF5E) and the ideographic space to ASCII.
FULLWIDTH_TO_ASCII: dict[int, int] = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
FULLWIDTH_TO_ASCII[0x3000] = 0x20


def to_halfwidth(text: str) -> str:
    """Convert full-width ASCII characters (０-９, Ａ-Ｚ, ａ-ｚ, －, ＋ …) to their ASCII forms."""
    return text.translate(FULLWIDTH_TO_ASCII)


def strip_whitespace(text: str) -> str:
    """Remove every whitespace character, including the full-width space U+3000."""
    return "".join(text.split())


def is_ascii_digits(text: str) -> bool:
    """True if ``text`` is non-empty and consists only of ASCII digits 0-9."""
    return text.isascii() and text.isdigit()


def clean_text(text: str) -> str:
    """Runs of whitespace made one space and control characters (a pasted tab, a bell) dropped:
    what a one-line field keeps of what was typed or pasted; rare characters stay as they are."""
    kept = "".join(
        ch for ch in text if not unicodedata.category(ch).startswith("C") or ch.isspace()
    )
    return " ".join(kept.split())
