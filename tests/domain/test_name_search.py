"""Names found by pinyin, pinyin initials and Latin letters in any case: the keys beside each
name, the search through them, and the v13 migration that fills them in an existing file."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from station_app.domain.name_search import is_chinese_name_text, name_keys, typed_key
from station_app.store import db as store_db, members as member_store

DAY = date(2026, 11, 1)


def test_a_chinese_name_has_its_pinyin_and_initials() -> None:
    assert name_keys("张伟") == ("zhangwei", "zw")
    assert name_keys("吕 小红") == ("lvxiaohong", "lxh")  # ü typed as v, spaces dropped
    assert name_keys("刘䶮") == ("liuyan", "ly")  # Extension A has a reading


def test_a_latin_name_is_lower_cased_word_by_word() -> None:
    assert name_keys("Zoë Smith") == ("zoësmith", "zs")
    assert name_keys("") == ("", "")


def test_typed_text_becomes_a_key_prefix() -> None:
    assert typed_key("Zhang Wei") == "zhangwei"
    assert typed_key("张w") == "zhangw"
    assert is_chinese_name_text("张伟") and not is_chinese_name_text("zw")


def _add(name: str, number: str) -> int:
    member_id, _ = member_store.create_member(
        name=name, id_number=number, phone="", application_date=DAY
    )
    return member_id


def test_typing_zw_or_zhangwei_finds_zhang_wei(db_path: Path) -> None:
    zhang = _add("张伟", "11010519491231002X")
    _add("王芳", "110105194912310011")
    _add("Zoë Smith", "P1234567")
    for typed in ("zw", "ZW", "zhangwei", "zhang wei", "zhangw", "张伟", "张"):
        found = member_store.search_members(typed)
        assert [m.name for m in found] == ["张伟"], typed
        assert member_store.count_members(typed) == 1
    assert [m.name for m in member_store.search_members("zoe")] == []
    assert [m.name for m in member_store.search_members("zoë")] == ["Zoë Smith"]
    assert [m.name for m in member_store.search_members("ZS")] == ["Zoë Smith"]
    member_store.update_member(zhang, name="李伟")
    assert member_store.search_members("zw") == []
    assert [m.name for m in member_store.search_members("lw")] == ["李伟"]


@pytest.mark.sqlite_only  # SQLite's query plan
def test_the_pinyin_search_uses_the_indexes(db_path: Path) -> None:
    from station_app.store.models import Member, database

    query = member_store._search_filter(Member.select(Member.id), "zw")
    sql, params = query.sql()
    plan = " ".join(str(r) for r in database.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
    assert "member_name_pinyin" in plan and "member_name_initials" in plan


def test_the_migration_fills_the_keys_of_existing_members(tmp_path: Path) -> None:
    path = tmp_path / "v12.sqlite3"
    store_db.open_database(path)
    _add("张伟", "11010519491231002X")
    _add("Zoë Smith", "P1234567")
    store_db.close_database()
    con = sqlite3.connect(path)
    for column in ("name_pinyin", "name_initials"):
        con.execute(f'DROP INDEX "member_{column}"')
        con.execute(f"ALTER TABLE member DROP COLUMN {column}")
    con.execute("PRAGMA user_version = 12")
    con.commit()
    con.close()

    store_db.open_database(path)
    try:
        assert [m.name for m in member_store.search_members("zw")] == ["张伟"]
        assert [m.name for m in member_store.search_members("zhangwei")] == ["张伟"]
        assert [m.name for m in member_store.search_members("zs")] == ["Zoë Smith"]
    finally:
        store_db.close_database()
    assert store_db.check_database(path).ok
    con = sqlite3.connect(path)
    try:
        keys = con.execute("SELECT name_pinyin, name_initials FROM member ORDER BY id").fetchall()
        indexes = {r[1] for r in con.execute("PRAGMA index_list(member)")}
    finally:
        con.close()
    assert keys == [("zhangwei", "zw"), ("zoësmith", "zs")]
    assert {"member_name_pinyin", "member_name_initials"} <= indexes
