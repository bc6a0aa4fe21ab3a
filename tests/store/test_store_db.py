from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from station_app.store import db as store_db
from station_app.store.migrations import SCHEMA_VERSION


def test_new_database_is_wal_with_foreign_keys_and_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    db = store_db.open_database(path)
    try:
        assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        store_db.close_database()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert store_db.check_database(path).ok


def test_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes("这不是数据库".encode() * 50)
    before = path.read_bytes()
    with pytest.raises(store_db.DatabaseProblem) as err:
        store_db.open_database(path)
    assert err.value.kind == "not_a_database"
    assert path.read_bytes() == before
    assert not store_db.check_database(path).ok


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    store_db.open_database(path)
    store_db.close_database()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    with pytest.raises(store_db.DatabaseProblem) as err:
        store_db.open_database(path)
    assert err.value.kind == "newer_schema"
    assert "更新版本" in err.value.message


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(store_db.DatabaseProblem) as err:
        store_db.open_database(path)
    assert err.value.kind == "not_a_database"


def test_truncated_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "cut.sqlite3"
    store_db.open_database(path)
    from station_app.services import demo

    demo.generate(demo.DemoSize(members=200, enterprises=20, meetings=10))
    store_db.close_database()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(store_db.DatabaseProblem) as err:
        store_db.open_database(path)
    assert err.value.kind == "corrupt"


def test_migration_copies_the_file_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from station_app.store import migrations

    path = tmp_path / "old.sqlite3"
    store_db.open_database(path)
    store_db.close_database()
    ran: list[int] = []
    monkeypatch.setattr(store_db, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(migrations.MIGRATIONS, SCHEMA_VERSION + 1, lambda db: ran.append(1))
    copies: list[Path] = []
    store_db.open_database(path, on_backup=copies.append)
    store_db.close_database()
    assert ran == [1]
    assert len(copies) == 1 and copies[0].exists()
    assert stat.S_IMODE(copies[0].stat().st_mode) == 0o600
    assert store_db.read_schema_version(copies[0]) == SCHEMA_VERSION
    assert store_db.read_schema_version(path) == SCHEMA_VERSION + 1


def test_walk_ins_go_to_todays_meeting_never_a_later_one(db_path: Path) -> None:
    from datetime import date, time

    from station_app.store import meetings as meeting_store

    today = date(2026, 11, 24)

    def make(kind: str, day: date, status: str = "planned") -> int:
        return meeting_store.create_meeting(
            kind=kind, day=day, start_time=time(11), end_time=time(14), status=status
        )

    mixed_soon = make("enterprise_mixed", date(2026, 11, 26))
    employee_later = make("employee", date(2026, 12, 12))
    make("employee", date(2026, 12, 1), status="cancelled")
    # a later meeting is never the one a walk-in today belongs to
    assert meeting_store.todays_meeting(today) is None
    assert {mixed_soon, employee_later}
    todays = make("enterprise_one_on_one", today)
    found = meeting_store.todays_meeting(today)
    assert found is not None and found.id == todays
    todays_employee = make("employee", today)
    found = meeting_store.todays_meeting(today)
    assert found is not None and found.id == todays_employee
