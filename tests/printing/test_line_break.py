"""Line breaking by the rules of the text (UAX #14 in brief), the same for every document."""

from __future__ import annotations

from hypothesis import given, strategies as st

from station_app.printing.line_break import clusters, is_closing, is_opening, wrap


def width(text: str) -> float:
    """Chinese characters two units wide, everything else one."""
    return sum(2.0 if ord(ch) >= 0x2E80 else 1.0 for ch in text)


def test_closing_punctuation_never_starts_a_line() -> None:
    text = "我自愿加入中华全国总工会，承认《中国工会章程》，遵守工会章程。"
    for max_width in range(4, 40):
        for line in wrap(text, max_width, width)[1:]:
            assert not is_closing(line[0]), (max_width, line)


def test_opening_punctuation_never_ends_a_line() -> None:
    text = "外资企业询问英文版《工会法》（含附则）和“会员卡”的办理"
    for max_width in range(6, 40):
        for line in wrap(text, max_width, width)[:-1]:
            assert not is_opening(line[-1]), (max_width, line)


def test_latin_words_are_not_split() -> None:
    text = "Maximiliane Alexandra Friederike von Hohenzollern-Sigmaringen"
    lines = wrap(text, 30, width)
    words = set(text.split())
    assert all(set(line.split()) <= words for line in lines), lines
    assert " ".join(lines) == text


def test_a_word_longer_than_the_line_is_split_rather_than_lost() -> None:
    lines = wrap("Pneumonoultramicroscopicsilicovolcanoconiosis", 10, width)
    assert "".join(lines) == "Pneumonoultramicroscopicsilicovolcanoconiosis"
    assert all(width(line) <= 10 for line in lines)


def test_given_line_breaks_and_ideographic_spaces_are_kept() -> None:
    assert wrap("丈夫　李明\n女儿　李𪚥", 100, width) == ["丈夫　李明", "女儿　李𪚥"]


def test_clusters_glue_punctuation_to_its_neighbour() -> None:
    assert clusters("（甲）乙，丙") == ["（甲）", "乙，", "丙"]
    assert clusters("ID 11010519491231002X。") == ["ID", " ", "11010519491231002X。"]


@given(st.text(alphabet="中华全国总工会，。（）《》“”abc de ", max_size=60), st.integers(4, 30))
def test_wrapping_keeps_every_character_and_every_line_fits(text: str, max_width: int) -> None:
    lines = wrap(text, max_width, width)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for line in lines:
        glued = max((width(c) for c in clusters(line)), default=0)
        assert width(line) <= max_width or glued > max_width or len(clusters(line)) == 1
