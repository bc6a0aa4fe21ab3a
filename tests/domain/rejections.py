"""How a validator of the domain refuses a value: a ValidationError with its code, its parameters
and a Chinese message the clerk can read."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from station_app.domain.errors import ValidationError

CJK = re.compile(r"[\u4e00-\u9fff]")


def rejected(check: Callable[[], object], code: str, **params: object) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        check()
    err = info.value
    assert err.code == code
    assert err.message
    assert CJK.search(err.message), err.message
    assert str(err) == err.message
    for key, value in params.items():
        assert err.params[key] == value
    return err
