"""An import batch asks which of its people are registered already: by ID number, and by name
and phone together (a phone alone or a name alone is not the same person)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from station_app.store import members as member_store


def test_a_batch_finds_registered_ids_and_name_phone_pairs(db_path: Path) -> None:
    day = date(2026, 11, 1)
    member_store.create_member(
        name="张伟", id_number="11010519491231002X", phone="13800000001", application_date=day
    )
    member_store.create_member(
        name="张伟", id_number=None, phone="13800000002", application_date=day
    )
    member_store.create_member(
        name="王芳", id_number=None, phone="13800000003", application_date=day
    )
    by_id, by_pair = member_store.registered_among(
        ["11010519491231002X", "110105194912310011"],
        [("张伟", "13800000002"), ("张伟", "13900000000"), ("王芳", "13800000001"),
         ("李强", "13800000003")],
    )  # fmt: skip
    assert by_id == {"11010519491231002X": "张伟"}
    assert by_pair == {("张伟", "13800000002"): ""}
    assert member_store.registered_among([], []) == ({}, {})
