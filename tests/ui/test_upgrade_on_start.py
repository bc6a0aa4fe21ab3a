"""A database from the previous version is brought up to date before the window opens, off the
GUI thread (a million members take seconds), with the old file kept in the backups folder."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date
from pathlib import Path

import pytest

from station_app.paths import backups_dir
from station_app.store import db as store_db, members as member_store
from station_app.ui import app


def test_an_older_file_is_upgraded_on_a_worker_thread_before_it_opens(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "old.sqlite3"
    store_db.open_database(path)
    member_store.create_member(
        name="张伟", id_number="11010519491231002X", phone="", application_date=date(2026, 11, 1)
    )
    store_db.close_database()
    con = sqlite3.connect(path)
    for column in ("name_pinyin", "name_initials"):
        con.execute(f'DROP INDEX "member_{column}"')
        con.execute(f"ALTER TABLE member DROP COLUMN {column}")
    con.execute("PRAGMA user_version = 12")
    con.commit()
    con.close()
    threads: list[int] = []
    real = store_db.migrate_file

    def migrate(p: Path) -> int:
        threads.append(threading.get_ident())
        return real(p)

    monkeypatch.setattr(store_db, "migrate_file", migrate)
    try:
        assert app.open_or_explain(path)
        assert threads and threads[0] != threading.get_ident()
        assert [m.name for m in member_store.search_members("zw")] == ["张伟"]
    finally:
        store_db.close_database()
    copies = list(backups_dir(path).glob("old-before-v12-*.sqlite3"))
    assert len(copies) == 1 and store_db.read_schema_version(copies[0]) == 12
