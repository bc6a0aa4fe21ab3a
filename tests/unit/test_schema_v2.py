"""Schema v2: the (enterprise, date) follow-up index, added to a v1 database on opening."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from station_app.store import db as store_db
from station_app.store import follow_ups as follow_up_store
from station_app.store import station as station_store
from station_app.store.migrations import SCHEMA_VERSION
from station_app.store.models import Enterprise

INDEX = "follow_up_enterprise_id_date"


def _indexes(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    finally:
        con.close()


def test_a_version_1_file_gets_the_index_and_keeps_a_copy(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite3"
    store_db.open_database(path)
    station_store.ensure_default_lists()
    eid = Enterprise.create(name="北京测试科技有限公司").id
    follow_up_store.add_follow_up(
        eid, on=date(2026, 11, 1), way="电话", clerk="王芳", summary="约下次", next_date=None
    )
    store_db.close_database()
    con = sqlite3.connect(path)
    con.execute(f'DROP INDEX "{INDEX}"')
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    assert INDEX not in _indexes(path)

    copies: list[Path] = []
    store_db.open_database(path, on_backup=copies.append)
    try:
        assert len(follow_up_store.list_follow_ups(eid)) == 1  # the data came through
    finally:
        store_db.close_database()
    assert SCHEMA_VERSION == 2
    assert store_db.read_schema_version(path) == 2
    assert INDEX in _indexes(path)
    assert len(copies) == 1 and store_db.read_schema_version(copies[0]) == 1
    assert store_db.check_database(path).ok


def test_a_new_database_has_the_index(db_path: Path) -> None:
    assert INDEX in _indexes(db_path)
