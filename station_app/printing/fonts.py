"""Fonts for the PDF forms, and the glyph check that keeps rare characters from printing as boxes.

The bundled Droid Sans Fallback covers CJK (including Extension A, e.g. 䶮 U+4DAE) but has no
Latin letters or digits. Latin text (ID numbers, phone numbers, the English form) is therefore set
in reportlab's built-in Helvetica, whose WinAnsi character set every PDF viewer and printer has.
A character neither font can draw is "missing": the form builders refuse to print it.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterable

from station_app.resources import font_path

FONT_NAME = "StationCJK"
LATIN_FONT_NAME = "Helvetica"
LATIN_BOLD_FONT_NAME = "Helvetica-Bold"

_lock = threading.Lock()
_cjk_chars: frozenset[int] | None = None
_latin_chars: frozenset[str] = frozenset(
    ch
    for ch in (bytes([b]).decode("cp1252", errors="ignore") for b in range(0x20, 0x100))
    if ch and unicodedata.category(ch)[0] != "C"
)


class MissingGlyphsError(ValueError):
    """Raised before anything is written when a text holds characters the fonts cannot draw."""

    def __init__(self, chars: Iterable[str]) -> None:
        self.chars: list[str] = list(dict.fromkeys(chars))
        listed = "、".join(f"{ch}（U+{ord(ch):04X}）" for ch in self.chars)
        super().__init__(f"字体缺少以下字符，无法打印：{listed}")


def register_fonts() -> str:
    """Register the bundled CJK font with reportlab once (as ``StationCJK``); return its name.

    reportlab embeds TrueType fonts as subsets (only the glyphs used) by default.
    """
    global _cjk_chars
    if _cjk_chars is not None:
        return FONT_NAME
    # reportlab is read on first use: the window starts without it.
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with _lock:
        if _cjk_chars is None:
            font = TTFont(FONT_NAME, str(font_path()))
            pdfmetrics.registerFont(font)
            _cjk_chars = frozenset(font.face.charToGlyph)
    return FONT_NAME


def _cjk_cmap() -> frozenset[int]:
    if _cjk_chars is None:
        register_fonts()
    assert _cjk_chars is not None
    return _cjk_chars


def is_ignorable(ch: str) -> bool:
    """Whitespace and control/format characters: never drawn as glyphs, never reported."""
    return ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf")


_SPACE = " "
_IGNORE = ""
_char_class: dict[str, str | None] = {}


def _classify(ch: str) -> str | None:
    """FONT_NAME / LATIN_FONT_NAME for drawable characters, _SPACE for whitespace other than the
    ideographic space, _IGNORE for control/format characters, None when no font has the glyph."""
    cls = _char_class.get(ch, "?")
    if cls != "?":
        return cls
    if ch == "\u3000" and ord(ch) in _cjk_cmap():
        cls = FONT_NAME
    elif ch.isspace():
        cls = _SPACE
    elif unicodedata.category(ch) in ("Cc", "Cf"):
        cls = _IGNORE
    elif ord(ch) in _cjk_cmap():
        cls = FONT_NAME
    elif ch in _latin_chars:
        cls = LATIN_FONT_NAME
    else:
        cls = None
    _char_class[ch] = cls
    return cls


def font_for_char(ch: str) -> str | None:
    """The font that draws ``ch`` (CJK font first, Helvetica for Latin and for spaces), or None
    if neither can."""
    cls = _classify(ch)
    if cls == _SPACE:
        return LATIN_FONT_NAME
    if cls == _IGNORE:
        return None
    return cls


def missing_glyphs(text: str) -> list[str]:
    """The distinct characters of ``text`` (whitespace and control characters aside) that no
    printing font has a glyph for, in order of first appearance."""
    missing: dict[str, None] = {}
    for ch in text:
        if _classify(ch) is None:
            missing[ch] = None
    return list(missing)


def check_texts(texts: Iterable[str]) -> None:
    """Raise MissingGlyphsError listing every undrawable character found in ``texts``."""
    missing: dict[str, None] = {}
    for text in texts:
        for ch in missing_glyphs(text):
            missing[ch] = None
    if missing:
        raise MissingGlyphsError(missing)


def split_runs(text: str) -> list[tuple[str, str]]:
    """Split ``text`` into (font name, substring) runs. Control/format characters are dropped;
    whitespace becomes a Helvetica space. Raises MissingGlyphsError on an undrawable character."""
    runs: list[tuple[str, str]] = []
    font: str | None = None
    buf: list[str] = []
    for ch in text:
        f = _char_class.get(ch, "?")
        if f == "?":
            f = _classify(ch)
        if f == _SPACE:
            ch, f = " ", LATIN_FONT_NAME
        elif f == _IGNORE:
            continue
        elif f is None:
            raise MissingGlyphsError([ch])
        if f != font:
            if buf and font is not None:
                runs.append((font, "".join(buf)))
                buf = []
            font = f
        buf.append(ch)
    if buf and font is not None:
        runs.append((font, "".join(buf)))
    return runs
