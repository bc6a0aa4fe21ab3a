from __future__ import annotations

import pytest

from station_app.domain.duplicates import Likeness, Person, likeness, same_number

ZHANG = Person("11010519491231002X", "张伟", "13800138000")


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        (Person("11010519491231002X", "张伟", "13900000000"), Likeness.SAME_PERSON),
        (Person("11010519491231002X", "张玮", "13800138000"), Likeness.NAME_DIFFERS),
        (Person("110105198001010019", "张伟", "13800138000"), Likeness.SAME_NAME_AND_PHONE),
        (Person("110105198001010019", " 张伟 ", "13800138000 "), Likeness.SAME_NAME_AND_PHONE),
        (Person("110105198001010019", "张伟", "13900000000"), None),
        (Person("110105198001010019", "李娜", "13800138000"), None),
    ],
)
def test_likeness(other: Person, expected: Likeness | None) -> None:
    assert likeness(ZHANG, other) is expected


def test_empty_name_or_phone_never_makes_a_pair() -> None:
    assert likeness(Person("", "", ""), Person("110105198001010019", "", "")) is None
    assert likeness(Person("", "张伟", ""), Person("110105198001010019", "张伟", "")) is None


def test_only_the_same_number_is_never_saved_twice() -> None:
    assert same_number(Likeness.SAME_PERSON) and same_number(Likeness.NAME_DIFFERS)
    assert not same_number(Likeness.SAME_NAME_AND_PHONE) and not same_number(None)
