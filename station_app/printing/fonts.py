"""The printing font chain registered with reportlab, and text split into runs per font.

Every font is TrueType and embedded as a subset (only the glyphs used) in every PDF; which font
draws a character is decided once, in :mod:`station_app.printing.glyphs`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any

from station_app.printing.glyphs import (
    CJK,
    LATIN,
    chain,
    describe,
    font_role,
    is_ignorable,
    unprintable,
)

PREFIX = "Station-"
FONT_NAME = PREFIX + CJK  # the CJK face, for callers that set one font for a whole text
LATIN_FONT_NAME = PREFIX + LATIN

_lock = threading.Lock()
_registered = False


class MissingGlyphsError(ValueError):
    """Raised before anything is written when a text holds characters no font can draw."""

    def __init__(self, chars: Iterable[str]) -> None:
        self.chars: list[str] = list(dict.fromkeys(chars))
        super().__init__(f"字体缺少以下字符，无法打印：{describe(self.chars)}")


def font_name(role: str) -> str:
    return PREFIX + role


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap with each character written in UTF-16BE, as PDF requires.

    reportlab 5.1 writes the bare code point (``<2000B>``), which is not UTF-16 for a
    character beyond the BMP: 𠀋 and 𪚥 printed, but could not be searched or copied."""
    head = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
    ]
    chars = [
        f"<{i:02X}> <{chr(v).encode('utf-16-be').hex().upper()}>" for i, v in enumerate(subset)
    ]
    tail = ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(head + chars + tail)


def _settle(face: Any) -> None:
    """Keep a loaded face out of the cyclic collector's way.

    A face maps each glyph to the characters it draws as a list per glyph: some 44,000 lists
    for the CJK face, 150,000 for the chain, all kept for the whole session. Each of them is
    visited by every full collection (50–120 ms on the window's thread). Read-only tuples hold
    the same map and are set aside by the collector after their first visit."""
    face.glyphToChar = {glyph: tuple(chars) for glyph, chars in face.glyphToChar.items()}


def register_fonts() -> str:
    """Register every font of the chain with reportlab once; return the CJK font's name.

    reportlab is read on first use: the window starts without it."""
    global _registered
    if _registered:
        return FONT_NAME
    from reportlab.pdfbase import pdfmetrics, ttfonts
    from reportlab.pdfbase.ttfonts import TTFont

    with _lock:
        if not _registered:
            ttfonts.makeToUnicodeCMap = _to_unicode_cmap
            for role, font in chain().items():
                ttf = TTFont(font_name(role), str(font.path))
                _settle(ttf.face)
                pdfmetrics.registerFont(ttf)
            _registered = True
    return FONT_NAME


def font_for_char(ch: str, bold: bool = False) -> str | None:
    """The registered name of the font that draws ``ch``, or None if none can."""
    role = font_role(ch, bold)
    return None if role is None else PREFIX + role


def missing_glyphs(text: str) -> list[str]:
    """The distinct characters of ``text`` no font can draw (see :func:`glyphs.unprintable`)."""
    return unprintable(text)


def check_texts(texts: Iterable[str]) -> None:
    """Raise MissingGlyphsError listing every undrawable character found in ``texts``."""
    missing: dict[str, None] = {}
    for text in texts:
        for ch in unprintable(text):
            missing[ch] = None
    if missing:
        raise MissingGlyphsError(missing)


_runs_cache: dict[tuple[str, bool], list[tuple[str, str]]] = {}


def split_runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """Split ``text`` into (font name, substring) runs. Control/format characters are dropped;
    whitespace becomes a Latin space. Raises MissingGlyphsError on an undrawable character."""
    cached = _runs_cache.get((text, bold))
    if cached is not None:
        return cached
    runs: list[tuple[str, str]] = []
    font: str | None = None
    buf: list[str] = []
    for ch in text:
        if ch.isspace() and ch != "\u3000":
            ch = " "
        elif is_ignorable(ch):
            continue
        role = font_role(ch, bold)
        if role is None:
            raise MissingGlyphsError([ch])
        f = PREFIX + role
        if f != font:
            if buf and font is not None:
                runs.append((font, "".join(buf)))
                buf = []
            font = f
        buf.append(ch)
    if buf and font is not None:
        runs.append((font, "".join(buf)))
    if len(_runs_cache) < 50_000:
        _runs_cache[(text, bold)] = runs
    return runs


def new_canvas(out: object, **options: object) -> Any:
    """A reportlab canvas whose initial font is the chain's CJK font, so no PDF we write names
    a font it does not embed (reportlab's default is the unembedded Helvetica)."""
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    return Canvas(out, initialFontName=FONT_NAME, initialFontSize=10, **options)


def string_width(text: str, size: float, bold: bool = False) -> float:
    """The width of ``text`` at ``size`` points, run by run."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    return sum(pdfmetrics.stringWidth(s, f, size) for f, s in split_runs(text, bold))
