"""The font chain: what fonts.json says each font covers is what the font files hold."""

from __future__ import annotations

import hashlib
import json

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from station_app.printing import glyphs
from station_app.resources import fonts_dir

MANIFEST = json.loads((fonts_dir() / glyphs.MANIFEST).read_text(encoding="utf-8"))


@pytest.mark.parametrize("entry", MANIFEST["fonts"], ids=lambda e: e["file"])
def test_the_manifest_matches_the_font_file(entry: dict[str, object]) -> None:
    path = fonts_dir() / str(entry["file"])
    assert hashlib.sha256(path.read_bytes()).hexdigest() == entry["sha256"]
    font = glyphs.chain()[str(entry["role"])]
    in_file = set(TTFont("probe", str(path)).face.charToGlyph) - {0xFFFF}  # the cmap's end mark

    def drawn(points: set[int]) -> set[int]:  # spaces and controls are never drawn from a font
        return {cp for cp in points if not glyphs.is_ignorable(chr(cp))}

    assert drawn(set(font.code_points())) == drawn(in_file)


def test_every_font_is_truetype_with_a_licence_beside_it() -> None:
    for entry in MANIFEST["fonts"]:
        assert (fonts_dir() / entry["file"]).read_bytes()[:4] == b"\x00\x01\x00\x00"
    assert (fonts_dir() / "LICENSE-OFL-1.1.txt").is_file()
    assert (fonts_dir() / "LICENSE-Hanazono.txt").is_file()


@pytest.mark.parametrize(
    ("ch", "role"),
    [
        ("A", glyphs.LATIN),
        ("Ł", glyphs.LATIN),
        ("Д", glyphs.LATIN),
        ("λ", glyphs.LATIN),
        ("刘", glyphs.CJK),
        ("䶮", glyphs.CJK),  # Extension A
        ("𠀋", glyphs.CJK),  # Extension B, in Noto Sans CJK SC
        ("𪚥", glyphs.CJK_EXT),  # Extension B, only in HanaMinB
        ("\U0002b740", glyphs.CJK_EXT),  # Extension D
        ("，", glyphs.CJK),
        ("“", glyphs.CJK),  # full width in Chinese text
        ("①", glyphs.CJK),
        ("℃", glyphs.CJK),
        ("≥", glyphs.CJK),
    ],
)
def test_each_character_goes_to_the_first_font_that_has_it(ch: str, role: str) -> None:
    assert glyphs.font_role(ch) == role


def test_bold_uses_the_real_bold_faces() -> None:
    assert glyphs.font_role("A", bold=True) == glyphs.LATIN_BOLD
    assert glyphs.font_role("会", bold=True) == glyphs.CJK_BOLD
    assert glyphs.font_role("𪚥", bold=True) == glyphs.CJK_EXT  # no bold there: the regular


def test_what_no_font_has_is_named_and_can_be_written_as_its_code_point() -> None:
    assert glyphs.unprintable("王\U0001f600 \u200b李") == ["\U0001f600"]
    assert glyphs.printable_text("好👍") == "好[U+1F44D]"
    assert glyphs.describe(["𪚥"]) == "“𪚥”（U+2A6A5）"


def test_the_registered_faces_leave_the_collector_little_to_visit() -> None:
    """Every full collection visits what the fonts keep; their glyph maps must not count."""
    import gc

    from reportlab.pdfbase import pdfmetrics

    from station_app.printing import fonts

    fonts.register_fonts()
    gc.collect()
    for role in glyphs.chain():
        face = pdfmetrics.getFont(fonts.font_name(role)).face
        kept = [chars for chars in face.glyphToChar.values() if gc.is_tracked(chars)]
        assert len(kept) < 100, role
