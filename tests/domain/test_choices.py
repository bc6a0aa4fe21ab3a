from __future__ import annotations

import pytest

from station_app.domain import choices


def test_56_ethnic_groups_han_first() -> None:
    assert len(choices.ETHNIC_GROUPS) == 56
    assert len(set(choices.ETHNIC_GROUPS)) == 56
    assert choices.ETHNIC_GROUPS[0] == "汉族"
    assert all(name.endswith("族") for name in choices.ETHNIC_GROUPS)
    for name in ("蒙古族", "回族", "藏族", "维吾尔族", "壮族", "满族", "基诺族"):
        assert name in choices.ETHNIC_GROUPS


def test_fixed_lists() -> None:
    assert choices.GENDERS == ("男", "女")
    assert choices.HUKOU_TYPES == ("城镇", "农村")
    assert choices.POLITICAL_STATUS == ("中共党员", "中共预备党员", "共青团员", "民主党派", "群众")
    assert choices.ID_TYPES[0] == choices.RESIDENT_ID_TYPE == "居民身份证"
    assert "护照" in choices.ID_TYPES
    assert choices.EDUCATION[0] == "小学"
    assert choices.EDUCATION[-1] == "其他"
    assert "本科" in choices.EDUCATION


LISTS = [
    choices.ETHNIC_GROUPS,
    choices.EDUCATION,
    choices.POLITICAL_STATUS,
    choices.HUKOU_TYPES,
    choices.ID_TYPES,
    choices.GENDERS,
]


@pytest.mark.parametrize("values", LISTS)
def test_lists_are_tuples_of_unique_nonempty_strings(values: tuple[str, ...]) -> None:
    assert isinstance(values, tuple)
    assert len(values) == len(set(values))
    assert all(isinstance(v, str) and v.strip() == v and v for v in values)


@pytest.mark.parametrize("values", [*LISTS, (choices.YES, choices.NO)])
def test_every_listed_value_has_english_without_chinese(values: tuple[str, ...]) -> None:
    for value in values:
        english = choices.in_english(value)
        assert english != value
        assert english.isascii(), english


def test_english_of_free_text_is_the_text() -> None:
    assert choices.in_english("张三的公司") == "张三的公司"
    assert choices.in_english("汉族") == "Han"
