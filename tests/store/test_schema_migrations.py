"""Schema migrations: a version-1 file opened by this version gets the (enterprise, date)
follow-up index (v2), stage roles (v3), the registration record's own member cells (v4), the
leaflets handed out (v5), the station's holiday table (v6), effective dates of stage changes (v7),
employee feedback (v8) and the meeting-day index (v9), and a copy of the old file is kept."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from station_app.store import (
    db as store_db,
    follow_ups as follow_up_store,
    members as member_store,
    station as station_store,
)
from station_app.store.migrations import SCHEMA_VERSION
from station_app.store.models import Enterprise

INDEX = "follow_up_enterprise_id_date"
NEW_MEMBER_COLUMNS = {"professional_title", "primary_union", "approval_date", "group_opinion"}


def _names(path: Path, sql: str) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute(sql)}
    finally:
        con.close()


def _indexes(path: Path) -> set[str]:
    return _names(path, "SELECT name FROM sqlite_master WHERE type='index'")


def _tables(path: Path) -> set[str]:
    return _names(path, "SELECT name FROM sqlite_master WHERE type='table'")


def _columns(path: Path, table: str) -> set[str]:
    return _names(path, f'SELECT name FROM pragma_table_info("{table}")')


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
    for column in NEW_MEMBER_COLUMNS:
        con.execute(f"ALTER TABLE member DROP COLUMN {column}")
    con.execute("DROP TABLE material_hand_out")
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
    assert SCHEMA_VERSION >= 9
    assert {"material_hand_out", "calendar_day"} <= _tables(path)
    assert _columns(path, "member") >= NEW_MEMBER_COLUMNS
    assert store_db.read_schema_version(path) == SCHEMA_VERSION
    assert INDEX in _indexes(path)
    assert len(copies) == 1 and store_db.read_schema_version(copies[0]) == 1
    assert store_db.check_database(path).ok


def test_a_new_database_has_the_index(db_path: Path) -> None:
    from station_app.store.models import database

    assert INDEX in {i.name for i in database.get_indexes("follow_up")}


def test_a_new_database_has_stage_roles(db_path: Path) -> None:
    roles = {s.name: s.role for s in station_store.list_stages()}
    assert roles["已参会"] == "attended" and roles["有建会意向"] == "intention"
    assert sum(1 for r in roles.values() if r) == 2


def test_version_3_members_get_the_registration_record_cells(tmp_path: Path) -> None:
    path = tmp_path / "v3.sqlite3"
    store_db.open_database(path)
    member_store.create_member(
        name="刘䶮", id_number="11010519491231002X", phone="13812345678",
        application_date=date(2026, 11, 1), job_title="工程师",
    )  # fmt: skip
    store_db.close_database()
    con = sqlite3.connect(path)
    for column in NEW_MEMBER_COLUMNS:
        con.execute(f"ALTER TABLE member DROP COLUMN {column}")
    con.execute("PRAGMA user_version = 3")
    con.commit()
    con.close()

    store_db.open_database(path)
    try:
        rec = member_store.find_member_by_id_number("11010519491231002X")
    finally:
        store_db.close_database()
    assert rec is not None and rec.job_title == "工程师"
    assert (rec.professional_title, rec.primary_union, rec.group_opinion) == ("", "", "")
    assert rec.approval_date is None
    assert store_db.check_database(path).ok


def test_a_version_5_file_gets_the_station_holiday_table(tmp_path: Path) -> None:
    path = tmp_path / "v5.sqlite3"
    store_db.open_database(path)
    station_store.ensure_default_lists()
    store_db.close_database()
    con = sqlite3.connect(path)
    con.execute('DROP TABLE "calendar_day"')
    con.execute("PRAGMA user_version = 5")
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


def test_a_version_6_file_gets_effective_dates_from_the_typed_times(tmp_path: Path) -> None:
    path = tmp_path / "v6.sqlite3"
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
    con.execute("PRAGMA user_version = 6")
    con.commit()
    con.close()
    store_db.open_database(path)
    try:
        assert svc.stage_history(firm)[0].effective_on == date(2026, 3, 4)
    finally:
        store_db.close_database()
