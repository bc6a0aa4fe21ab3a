"""The register's search reads a sparse prefix from the column's index and a dense one by walking
the newest rows: both must give the same members in the same order, a page at a time."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from station_app.store import members as member_store


def _register() -> list[tuple[int, str, str, str]]:
    people = []
    for i in range(60):
        surname = "王" if i % 3 else "李"
        phone = f"13{i % 7}{i:08d}"
        number = f"1101051990{(i % 12) + 1:02d}{(i % 28) + 1:02d}{i:03d}X" if i % 4 else None
        member_id, _uuid = member_store.create_member(
            name=f"{surname}{'伟芳强'[i % 3]}{i}",
            id_number=number,
            phone=phone,
            application_date=date(2026, 11, 1),
        )
        people.append((member_id, f"{surname}{'伟芳强'[i % 3]}{i}", number or "", phone))
    return people


@pytest.mark.parametrize("text", ["王", "李伟", "wf", "liw", "130", "1101051990", "13", "9"])
def test_both_ways_of_searching_give_the_same_page(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    people = _register()
    expected = [
        pid
        for pid, name, number, phone in sorted(people, reverse=True)
        if name.startswith(text)
        or number.startswith(text)
        or phone.startswith(text)
        or member_store.search_columns(name)["name_initials"].startswith(text)
        or member_store.search_columns(name)["name_pinyin"].startswith(text)
    ]
    found = {}
    for bar in (10**6, 1):  # every search sparse, then every search dense
        monkeypatch.setattr(member_store, "_dense_bar", lambda bar=bar: bar)
        assert member_store._is_dense(text) == (bar == 1 and bool(expected))
        pages = [member_store.search_members(text, offset=o, limit=7) for o in range(0, 63, 7)]
        found[bar] = [row.id for page in pages for row in page]
    assert found[10**6] == expected
    assert found[1] == expected
