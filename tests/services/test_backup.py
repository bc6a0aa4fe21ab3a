from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from station_app.paths import backups_dir
from station_app.services import backup as backups
from station_app.services.instance_lock import InstanceLock
from station_app.store import db as store_db

# backups and restores of the database file (the server's backup: test_station_server.py)
pytestmark = pytest.mark.sqlite_only


def _member_count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute("SELECT COUNT(*) FROM member").fetchone()[0])
    finally:
        con.close()


def test_backup_while_open_is_a_checked_copy(demo_db: Path) -> None:
    out = backups.backup(demo_db)
    assert out.parent == backups_dir(demo_db)
    assert store_db.check_database(out).ok
    assert _member_count(out) == 120
    assert out.stat().st_mode & 0o077 == 0


def test_backup_to_a_named_file(demo_db: Path, tmp_path: Path) -> None:
    out = backups.backup(demo_db, tmp_path / "usb" / "copy.sqlite3")
    assert out == tmp_path / "usb" / "copy.sqlite3"
    assert store_db.check_database(out).ok


def test_rotation_keeps_7_daily_8_weekly_12_monthly(db_path: Path) -> None:
    start = datetime(2024, 1, 1, 18, 0)
    for day in range(800):
        for hour in (9, 18):  # two a day: only the later one of each day may stay
            when = start + timedelta(days=day, hours=hour - 18)
            folder = backups_dir(db_path)
            folder.mkdir(exist_ok=True)
            (folder / f"station-auto-{when:%Y%m%d-%H%M%S}.sqlite3").write_bytes(b"x")
    manual = backups.backup(db_path, now=start)
    removed = backups.rotate(db_path)
    kept = [b for b in backups.list_backups(db_path) if b.kind == "auto"]
    days = {b.taken_at.date() for b in kept}
    weeks = {b.taken_at.isocalendar()[:2] for b in kept}
    months = {(b.taken_at.year, b.taken_at.month) for b in kept}
    assert len(kept) == len(days)  # one per day at most
    assert len(months) == 12
    last = start + timedelta(days=799)
    for n in range(7):
        assert (last - timedelta(days=n)).date() in days
    assert len(weeks) >= 8
    assert all(b.taken_at.hour == 18 for b in kept)
    assert len(kept) <= 7 + 8 + 12
    assert manual.exists() and manual not in removed
    # running it again deletes nothing more
    assert backups.rotate(db_path) == []


def test_automatic_backup_at_most_daily(db_path: Path) -> None:
    now = datetime(2026, 11, 24, 9, 0)
    assert backups.backup_due(db_path, now=now)
    backups.auto_backup(db_path, now=now)
    assert not backups.backup_due(db_path, now=now.replace(hour=17))
    backups.auto_backup(db_path, now=now.replace(hour=17))  # on close
    autos = [b for b in backups.list_backups(db_path) if b.kind == "auto"]
    assert [b.taken_at.hour for b in autos] == [17]
    assert backups.backup_due(db_path, now=now + timedelta(days=1))


def test_restore_refuses_a_bad_backup_and_changes_nothing(demo_db: Path, tmp_path: Path) -> None:
    store_db.close_database()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    before = demo_db.read_bytes()
    with pytest.raises(backups.BackupError) as err:
        backups.restore(demo_db, bad)
    assert "检查未通过" in err.value.message
    assert demo_db.read_bytes() == before
    assert not backups_dir(demo_db).exists() or not any(backups_dir(demo_db).iterdir())


def test_restore_refuses_while_open(demo_db: Path) -> None:
    copy = backups.backup(demo_db)
    with pytest.raises(backups.BackupError) as err:
        backups.restore(demo_db, copy)
    assert "使用中" in err.value.message


def test_restore_keeps_a_copy_of_the_current_file(demo_db: Path, tmp_path: Path) -> None:
    copy = backups.backup(demo_db, tmp_path / "good.sqlite3")
    con = sqlite3.connect(demo_db)
    con.execute("DELETE FROM hand_out")
    con.execute("DELETE FROM member")
    con.commit()
    con.close()
    store_db.close_database()
    assert _member_count(demo_db) == 0
    kept = backups.restore(demo_db, copy)
    assert kept is not None and kept.exists()
    assert _member_count(kept) == 0  # the state just before the restore
    assert _member_count(demo_db) == 120
    assert store_db.check_database(demo_db).ok
    assert [b.path for b in backups.list_backups(demo_db) if b.kind == "before-restore"] == [kept]
    # the restored file opens normally
    store_db.open_database(demo_db)
    store_db.close_database()


def test_restore_allowed_under_this_programs_own_instance_lock(
    demo_db: Path, tmp_path: Path
) -> None:
    copy = backups.backup(demo_db, tmp_path / "good.sqlite3")
    store_db.close_database()
    other = InstanceLock(demo_db)
    # a lock held by this very process (the app closing its DB to restore) does not block
    with other:
        kept = backups.restore(demo_db, copy)
    assert kept is not None


def test_latest_backup_ignores_copies_taken_before_restore(db_path: Path) -> None:
    first = backups.backup(db_path, now=datetime(2026, 11, 20, 10, 0))
    folder = backups_dir(db_path)
    (folder / "station-before-restore-20261123-100000.sqlite3").write_bytes(b"x")
    latest = backups.latest_backup(db_path)
    assert latest is not None and latest.path == first
    assert latest.label.startswith("2026-11-20 10:00")


def test_old_manual_and_pre_restore_copies_go_after_half_a_year(db_path: Path) -> None:
    import os

    now = datetime(2026, 11, 24, 9, 0)
    folder = backups_dir(db_path)
    folder.mkdir(exist_ok=True)
    names = {
        "old-manual": f"station-{now - timedelta(days=400):%Y%m%d-%H%M%S}.sqlite3",
        "older-manual": f"station-{now - timedelta(days=500):%Y%m%d-%H%M%S}.sqlite3",
        "recent-manual": f"station-{now - timedelta(days=30):%Y%m%d-%H%M%S}.sqlite3",
        "only-restore": f"station-before-restore-{now - timedelta(days=400):%Y%m%d-%H%M%S}.sqlite3",
        "migration": f"station-before-v3-{now - timedelta(days=900):%Y%m%d-%H%M%S}.sqlite3",
    }
    for name in names.values():
        (folder / name).write_bytes(b"x")
    stale = folder / "station-auto-20261120-090000.sqlite3.partial"
    fresh = folder / "station-auto-20261124-085959.sqlite3.partial"
    for partial in (stale, fresh):
        partial.write_bytes(b"x")
    os.utime(stale, (now.timestamp() - 7200, now.timestamp() - 7200))
    os.utime(fresh, (now.timestamp() - 60, now.timestamp() - 60))

    removed = {p.name for p in backups.rotate(db_path, now=now)}

    assert removed == {names["old-manual"], names["older-manual"], stale.name}
    for kept in ("recent-manual", "only-restore", "migration"):
        assert (folder / names[kept]).exists()  # young, the newest of its kind, or a migration's
    assert fresh.exists()  # a backup still being written


def test_backups_and_their_folder_are_owner_only(db_path: Path) -> None:
    made = backups.backup(db_path)
    assert made.stat().st_mode & 0o077 == 0
    assert backups_dir(db_path).stat().st_mode & 0o077 == 0


def test_a_folder_made_for_the_database_is_owner_only(tmp_path: Path) -> None:
    from station_app.store import db as store_db

    store_db.open_database(tmp_path / "新文件夹" / "station.sqlite3")
    store_db.close_database()
    assert (tmp_path / "新文件夹").stat().st_mode & 0o077 == 0
