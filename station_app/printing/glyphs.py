"""Which font of the printing chain draws a character, and which characters none can draw.

The fonts know what they cover: ``resources/fonts/fonts.json`` (written by
``tools/build_fonts.py`` from the font files themselves) lists each font's code points, so a name
is checked as it is typed without loading reportlab or any font. The same answer picks the font
a character is drawn in when printing (``printing/fonts.py``), so what is accepted is what
prints.

The chain: Noto Sans for Latin, Greek and Cyrillic (with a real bold), Noto Sans CJK SC for
Chinese, the CJK punctuation and the symbols people type (①, ≥, ℃, “ ”, …), HanaMinB for
CJK Extension B to F. Letters of the alphabetic scripts try Noto Sans first, every other
character the CJK font first, so Chinese punctuation keeps its full width.
"""

from __future__ import annotations

import bisect
import functools
import json
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from station_app.resources import fonts_dir

MANIFEST = "fonts.json"
LATIN, LATIN_BOLD, CJK, CJK_BOLD, CJK_EXT = (
    "latin",
    "latin-bold",
    "cjk",
    "cjk-bold",
    "cjk-extension",
)
_LATIN_FIRST = (LATIN, CJK, CJK_EXT)
_CJK_FIRST = (CJK, LATIN, CJK_EXT)
_BOLD = {LATIN: LATIN_BOLD, CJK: CJK_BOLD}
# Below this code point (Latin, Greek, Cyrillic, their extensions) letters prefer Noto Sans.
_ALPHABETIC_END = 0x2000


@dataclass(frozen=True)
class ChainFont:
    """One font of the chain: its role, its file and the code points it maps to a glyph."""

    role: str
    path: Path
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def covers(self, cp: int) -> bool:
        i = bisect.bisect_right(self.starts, cp) - 1
        return i >= 0 and cp <= self.ends[i]

    def code_points(self) -> Iterable[int]:
        for start, end in zip(self.starts, self.ends, strict=True):
            yield from range(start, end + 1)


_lock = threading.Lock()
_chain: dict[str, ChainFont] | None = None


def chain() -> dict[str, ChainFont]:
    """The fonts by role, read once from the manifest."""
    global _chain
    if _chain is None:
        with _lock:
            if _chain is None:
                folder = fonts_dir()
                data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
                fonts = {}
                for entry in data["fonts"]:
                    ranges = entry["coverage"]
                    fonts[entry["role"]] = ChainFont(
                        role=entry["role"],
                        path=folder / entry["file"],
                        starts=tuple(r[0] for r in ranges),
                        ends=tuple(r[1] for r in ranges),
                    )
                _chain = fonts
    return _chain


def is_ignorable(ch: str) -> bool:
    """Whitespace (but the ideographic space, which the CJK font draws) and control/format
    characters: never drawn as glyphs, never reported."""
    if ch == "\u3000":
        return False
    return ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")


@functools.lru_cache(maxsize=65536)
def font_role(ch: str, bold: bool = False) -> str | None:
    """The role of the font that draws ``ch`` (bold where the chain has a bold face), or None
    when no font of the chain has it. Whitespace (other than the ideographic space) is drawn
    as a Latin space."""
    cp = ord(ch)
    if ch.isspace() and ch != "\u3000":
        return LATIN_BOLD if bold else LATIN
    fonts = chain()
    for role in _LATIN_FIRST if cp < _ALPHABETIC_END else _CJK_FIRST:
        if fonts[role].covers(cp):
            heavy = _BOLD.get(role) if bold else None
            if heavy is not None and fonts[heavy].covers(cp):
                return heavy
            return role
    return None


def unprintable(text: str) -> list[str]:
    """The distinct characters of ``text`` (whitespace and control characters aside) that no
    font of the chain can draw, in order of first appearance."""
    missing: dict[str, None] = {}
    for ch in text:
        if ch not in missing and not is_ignorable(ch) and font_role(ch) is None:
            missing[ch] = None
    return list(missing)


def code_point(ch: str) -> str:
    """``U+2A6A5``: how a character is named to the clerk."""
    return f"U+{ord(ch):04X}"


def describe(chars: Iterable[str]) -> str:
    """“𫟼”（U+2B7FC）、… for a message."""
    return "、".join(f"“{ch}”（{code_point(ch)}）" for ch in chars)


def printable_text(text: str) -> str:
    """``text`` with each character no font can draw written as its code point, ``[U+1F44D]``:
    free text (notes, firm names) always prints, and nothing turns into an empty box."""
    if not unprintable(text):
        return text
    return "".join(
        f"[{code_point(ch)}]" if not is_ignorable(ch) and font_role(ch) is None else ch
        for ch in text
    )
