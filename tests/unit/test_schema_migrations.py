"""Schema migrations: a version-1 file opened by this version gets the (enterprise, date)
follow-up index (v2) and stage roles (v3), and a copy of the old file is kept."""

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
    con.execute("ALTER TABLE stage DROP COLUMN role")
    con.execute("UPDATE stage SET name = '参加过沟通会' WHERE name = '已参会'")
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    assert INDEX not in _indexes(path)

    copies: list[Path] = []
    store_db.open_database(path, on_backup=copies.append)
    try:
        assert len(follow_up_store.list_follow_ups(eid)) == 1  # the data came through
        roles = {s.name: s.role for s in station_store.list_stages()}
    finally:
        store_db.close_database()
    assert roles["有建会意向"] == "intention"
    assert roles["参加过沟通会"] == ""  # renamed before roles existed: no guess
    assert SCHEMA_VERSION >= 3
    assert store_db.read_schema_version(path) == SCHEMA_VERSION
    assert INDEX in _indexes(path)
    assert len(copies) == 1 and store_db.read_schema_version(copies[0]) == 1
    assert store_db.check_database(path).ok


def test_a_new_database_has_the_index(db_path: Path) -> None:
    assert INDEX in _indexes(db_path)


def test_a_new_database_has_stage_roles(db_path: Path) -> None:
    roles = {s.name: s.role for s in station_store.list_stages()}
    assert roles["已参会"] == "attended" and roles["有建会意向"] == "intention"
    assert sum(1 for r in roles.values() if r) == 2


def test_a_version_3_file_gets_the_station_holiday_table(tmp_path: Path) -> None:
    path = tmp_path / "v3.sqlite3"
    store_db.open_database(path)
    station_store.ensure_default_lists()
    store_db.close_database()
    con = sqlite3.connect(path)
    con.execute('DROP TABLE "calendar_day"')
    con.execute("PRAGMA user_version = 3")
    con.commit()
    con.close()
    store_db.open_database(path)
    try:
        from station_app.domain.holidays import CalendarEntry, DayKind
        from station_app.services import holidays

        holidays.save_year(2027, [CalendarEntry(date(2027, 10, 1), DayKind.HOLIDAY, "国庆节")])
        assert holidays.day_warning(date(2027, 10, 1)).endswith("国庆节假期")
    finally:
        store_db.close_database()
    assert store_db.read_schema_version(path) == SCHEMA_VERSION


def test_a_version_4_file_gets_effective_dates_from_the_typed_times(tmp_path: Path) -> None:
    path = tmp_path / "v4.sqlite3"
    store_db.open_database(path)
    station_store.ensure_default_lists()
    from station_app.services import enterprises as svc

    firm = svc.save_enterprise(svc.EnterpriseInput(name="北京测试科技有限公司")).id
    stage = station_store.list_stages()[1].id
    svc.move_stage(firm, stage, clerk="王芳", reason="电话联系")
    store_db.close_database()
    con = sqlite3.connect(path)
    con.execute('DROP INDEX "stage_change_effective_on"')
    con.execute("ALTER TABLE stage_change DROP COLUMN effective_on")
    con.execute("UPDATE stage_change SET changed_at = '2026-03-04 10:00:00'")
    con.execute("PRAGMA user_version = 4")
    con.commit()
    con.close()
    store_db.open_database(path)
    try:
        assert svc.stage_history(firm)[0].effective_on == date(2026, 3, 4)
    finally:
        store_db.close_database()
